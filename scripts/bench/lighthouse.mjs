// Lighthouse benchmark (figures only, no pass/fail): Lighthouse's scores and metrics for the
// release build, against the "floor", the same index.html with every script removed, so what the
// app's scripts and wasm cost is the difference between the two columns.
//   node scripts/bench/lighthouse.mjs DIST [RUNS]      (RUNS: default 3, at least 3)
//
// - The floor is DIST/index.html minus every <script> element (inline and external), every
//   <link rel="modulepreload"> and every <link rel="preload" as="fetch|script">: the static
//   reading view with the app's stylesheet, as a reader without JavaScript sees it. It is
//   written to DIST/floor.html (in place of load.mjs's floor of that name) and deleted
//   again at the end, on an error too.
// - DIST is served gzipped, as GitHub Pages serves it (`serve_dist.py --gzip`: HTML, JS, wasm,
//   CSS, JSON, SVG), on a free loopback port. Served raw, Lighthouse would count (and, in its
//   simulated slow 4G, "download") about 2.6 times the bytes a visitor gets.
// - Lighthouse 12.2.3 (its CLI, node_modules/.bin/lighthouse, one fresh Chromium per run) in two
//   presets: mobile (the default: simulated slow 4G, 4× CPU slowdown) and desktop. In each the
//   app and the floor are run alternately, RUNS times each, so a busy moment on the machine
//   costs both pages alike; every figure printed is the median over the RUNS runs of a page
//   (one run's figures move by several points on a shared 2-core machine).
// - Printed per preset: a table (metric | app | floor | ratio: app/floor for times, the
//   difference for scores), the app's LCP element, and the audits of accessibility, best
//   practices and SEO the app fails, with their first failing nodes, for a developer to fix.
// - The LCP element comes from Lighthouse's largest-contentful-paint-element audit. Lighthouse
//   12.2.3's trace engine cannot read the traces of Debian's Chromium 156 (that audit and a few
//   other diagnostics end in an error; the metrics and scores are unaffected), so when the audit
//   has no element each page is loaded RUNS times more in the same Chromium through Playwright,
//   at the preset's screen size and user agent (Lighthouse's own load is unthrottled too: the
//   throttling is simulated afterwards), and Chromium's own largest-contentful-paint entries
//   name the element, and say whether it came with the HTML or was made by a script.
// Exits non-zero only when Lighthouse (or the server) fails to run, never on the figures.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lighthouseBin = join(root, 'node_modules', '.bin', 'lighthouse');
const CHROME_PATH = '/usr/bin/chromium';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PRESETS = [
  { name: 'mobile', label: 'mobile (simulated slow 4G, 4× CPU slowdown)', args: [] },
  { name: 'desktop', label: 'desktop (--preset=desktop)', args: ['--preset=desktop'] },
];
// [audit id, label, unit]
const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint', 'ms'],
  ['largest-contentful-paint', 'Largest Contentful Paint', 'ms'],
  ['total-blocking-time', 'Total Blocking Time', 'ms'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift', ''],
  ['speed-index', 'Speed Index', 'ms'],
  ['interactive', 'Time to Interactive', 'ms'],
];

const [distArg = 'dist', runsArg = '3'] = process.argv.slice(2);
const dist = resolve(distArg);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 3) fail(`RUNS must be a whole number, at least 3 (got ${runsArg})`);
if (!existsSync(join(dist, 'index.html'))) fail(`no ${join(dist, 'index.html')}: build first`);
if (!existsSync(lighthouseBin)) fail(`no ${lighthouseBin}: run npm ci (scripts/setup.sh does)`);
if (!existsSync(CHROME_PATH)) fail(`no ${CHROME_PATH}: scripts/setup.sh --browser installs it`);

function fail(message) {
  console.error(`bench-lighthouse: ${message}`);
  process.exit(1);
}

// --- cleaning up: the floor page, the server and the temporary folder, however we end ---
const floorPath = join(dist, 'floor.html');
const work = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
let server = null;
process.on('exit', () => {
  if (server && server.exitCode === null) server.kill();
  try { unlinkSync(floorPath); } catch { /* not written yet */ }
  rmSync(work, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

// --- the floor ---
const attrs = (tag) => {
  const out = {};
  for (const m of tag.matchAll(/([^\s"'<>\/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    out[m[1].toLowerCase()] = (m[2] ?? m[3] ?? m[4]).toLowerCase();
  }
  return out;
};
const index = readFileSync(join(dist, 'index.html'), 'utf8');
let removedScripts = 0;
let removedLinks = 0;
const floor = index
  .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => { removedScripts++; return ''; })
  .replace(/<link\b[^>]*>/gi, (tag) => {
    const a = attrs(tag);
    const rel = (a.rel ?? '').split(/\s+/);
    const drop = rel.includes('modulepreload') || (rel.includes('preload') && ['fetch', 'script'].includes(a.as));
    if (drop) removedLinks++;
    return drop ? '' : tag;
  });
writeFileSync(floorPath, floor);

// --- the server: serve_dist.py --gzip on a free port ---
async function startServer() {
  server = spawn('python3', [join(root, 'scripts', 'dev', 'serve_dist.py'), dist, '0', '--gzip'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, ko) => {
    let out = '';
    const timer = setTimeout(() => ko(new Error('serve_dist.py printed no port in 10 s')), 10000);
    server.on('exit', (code) => ko(new Error(`serve_dist.py exited (${code})`)));
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /serving on (\d+)/.exec(out);
      if (m) { clearTimeout(timer); ok(Number(m[1])); }
    });
  });
}
// what the server sends for a path, with the Accept-Encoding Chromium sends
const probe = (url) => new Promise((ok, ko) => {
  get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (res) => {
    let bytes = 0;
    res.on('data', (c) => { bytes += c.length; });
    res.on('end', () => ok({ status: res.statusCode, encoding: res.headers['content-encoding'] ?? 'none', bytes }));
  }).on('error', ko);
});

// --- one Lighthouse run ---
function lighthouse(url, preset, tag) {
  const out = join(work, `${tag}.json`);
  const r = spawnSync(lighthouseBin, [
    url,
    '--output=json', `--output-path=${out}`, '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    ...preset.args,
  ], { env: { ...process.env, CHROME_PATH }, encoding: 'utf8', timeout: 300000 });
  if (r.error || r.status !== 0 || !existsSync(out)) {
    fail(`Lighthouse failed on ${url} (${preset.name}): ${r.error?.message ?? `exit ${r.status}`}\n${(r.stderr ?? '').trim().split('\n').slice(-15).join('\n')}`);
  }
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  unlinkSync(out);
  if (lhr.runtimeError) fail(`Lighthouse could not measure ${url} (${preset.name}): ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const w of lhr.runWarnings ?? []) console.log(`  (Lighthouse warning, ${tag}: ${w})`);
  return lhr;
}

// --- reading a report ---
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const score = (lhr, cat) => (lhr.categories[cat]?.score ?? NaN) * 100;
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;
// audits of a category that did not pass (score below 1, or the audit itself errored)
function failing(lhr, cat) {
  const out = [];
  for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
    const a = lhr.audits[ref.id];
    if (!a) continue;
    if (a.scoreDisplayMode === 'error') out.push({ id: a.id, title: a.title, weight: ref.weight, error: a.errorMessage, items: [] });
    else if (['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) && a.score !== null && a.score < 1) {
      out.push({ id: a.id, title: a.title, weight: ref.weight, items: a.details?.items ?? [] });
    }
  }
  return out;
}
const clip = (s, n = 140) => { const t = String(s).replace(/\s+/g, ' ').trim(); return t.length > n ? `${t.slice(0, n - 1)}…` : t; };
// one line for a failing item: the node (selector and snippet) when there is one, else a URL or text
function describe(item) {
  const node = item.node ?? (item.type === 'node' ? item : null);
  if (node) return clip([node.selector, node.snippet].filter(Boolean).join('  '));
  const source = item.source?.url ?? item.url ?? item.scriptUrl ?? item.source;
  const sub = item.subItems?.items?.[0];
  const text = item.description ?? item.issueType ?? item.directive ?? item.reason ?? sub?.error ?? sub?.description ?? item.value;
  const parts = [typeof source === 'string' ? source : null, typeof text === 'string' ? text : (text?.formattedDefault ?? null)].filter(Boolean);
  return parts.length ? clip(parts.join(': ')) : clip(JSON.stringify(item));
}
// the LCP element and its phases, from the largest-contentful-paint-element audit (null when
// the audit has none: it errored, see above)
function lcpElement(lhr) {
  const audit = lhr.audits['largest-contentful-paint-element'];
  const d = audit?.details;
  const tables = d?.type === 'list' ? d.items : d ? [d] : [];
  const node = tables.flatMap((t) => t.items ?? []).map((i) => i.node).find(Boolean);
  if (!node) return null;
  const phases = tables.flatMap((t) => t.items ?? []).filter((i) => i.phase !== undefined);
  return {
    node: `${node.nodeLabel ? `"${clip(node.nodeLabel, 60)}" ` : ''}${node.selector ?? ''}`,
    snippet: node.snippet ? clip(node.snippet, 160) : '',
    phases: phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', '),
  };
}
// The fallback: Chromium's largest-contentful-paint entries for one load at the screen and user
// agent Lighthouse emulated (from its report), cold cache, no service worker. Every candidate, in
// order, until none has come for a second after the load event (at most 15 s), each marked as an
// element of the HTML as served (there when the document was parsed, before any deferred or module
// script ran) or one a script made.
const lcpObserver = `(() => {
  window.__lcp = [];
  const parsed = new WeakSet();
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') for (const e of document.querySelectorAll('*')) parsed.add(e);
  });
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.localName + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
      if (e.id) break;
    }
    return parts.join(' > ');
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__lcp.push({ time: e.startTime, size: e.size, url: e.url, selector: e.element ? path(e.element) : '(removed)',
        origin: e.element ? (parsed.has(e.element) ? 'from the HTML' : 'made by a script') : '',
        text: e.element ? (e.element.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60) : '' });
      window.__lcpAt = performance.now();
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})()`;
async function lcpFromChromium(url, settings) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const screen = settings.screenEmulation;
    const context = await browser.newContext({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.deviceScaleFactor,
      isMobile: screen.mobile,
      hasTouch: screen.mobile,
      userAgent: settings.emulatedUserAgent || undefined,
      serviceWorkers: 'block',
    });
    await context.addInitScript(lcpObserver);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const loaded = Date.now();
    for (;;) {
      await page.waitForTimeout(250);
      const quiet = await page.evaluate(() => performance.now() - (window.__lcpAt ?? 0));
      if (quiet > 1000 || Date.now() - loaded > 15000) break;
    }
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      entries: window.__lcp,
    }));
  } finally {
    await browser.close();
  }
}

// --- the runs ---
const port = await startServer().catch((e) => fail(e.message));
const base = `http://127.0.0.1:${port}/`;
const pages = [['app', base], ['floor', `${base}floor.html`]];
const served = await Promise.all(pages.map(([, url]) => probe(url)));
console.log(`floor: index.html without ${removedScripts} <script> elements and ${removedLinks} preload links`);
console.log(`served on ${base} by serve_dist.py --gzip: index.html ${served[0].bytes} B (${served[0].encoding}), floor.html ${served[1].bytes} B (${served[1].encoding})`);

const fmtMs = (x) => (Number.isNaN(x) ? '–' : `${Math.round(x).toLocaleString('en-US')} ms`);
const fmtScore = (x) => (Number.isNaN(x) ? '–' : String(Math.round(x)));
let environment = null;
for (const preset of PRESETS) {
  const results = { app: [], floor: [] };
  const started = Date.now();
  for (let i = 0; i < runs; i++) {
    for (const [page, url] of pages) results[page].push(lighthouse(url, preset, `${preset.name}-${page}-${i + 1}`));
  }
  environment ??= { version: results.app[0].lighthouseVersion, ...results.app[0].environment };
  const bench = median([...results.app, ...results.floor].map((l) => l.environment?.benchmarkIndex));
  console.log(`\n${preset.label}: median of ${runs} runs per page, app and floor alternating (${Math.round((Date.now() - started) / 1000)} s; Lighthouse's benchmarkIndex ${Math.round(bench)})`);

  const rows = [];
  const med = (page, f) => median(results[page].map(f));
  for (const cat of CATEGORIES) {
    const a = med('app', (l) => score(l, cat));
    const f = med('floor', (l) => score(l, cat));
    const d = Math.round(a) - Math.round(f);
    rows.push([`${results.app[0].categories[cat].title} score`, fmtScore(a), fmtScore(f), Number.isNaN(d) ? '–' : `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)} points`]);
  }
  for (const [id, label, unit] of METRICS) {
    const a = med('app', (l) => metric(l, id));
    const f = med('floor', (l) => metric(l, id));
    // a time the floor does not have at all (Total Blocking Time 0): the difference instead
    if (unit === 'ms') rows.push([label, fmtMs(a), fmtMs(f), f > 0 ? `${(a / f).toFixed(2)}×` : a > 0 ? `+${fmtMs(a)}` : '–']);
    else rows.push([label, a.toFixed(3), f.toFixed(3), f > 0 ? `${(a / f).toFixed(2)}×` : '–']);
  }
  const head = ['metric', 'app', 'floor', 'ratio'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r) => `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')}`;
  console.log(line(head));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const r of rows) console.log(line(r));

  // audits that could not run at all (in any run of either page), once per preset
  const errored = new Map();
  for (const l of [...results.app, ...results.floor]) {
    for (const a of Object.values(l.audits)) if (a.scoreDisplayMode === 'error') errored.set(a.id, a.errorMessage);
  }
  if (errored.size) {
    console.log(`  audits Lighthouse could not run (no effect on the scores above): ${[...errored.keys()].join(', ')}`);
    console.log(`    first error: ${clip(errored.values().next().value, 200)}`);
  }

  // the app's LCP element, from the run with the median LCP
  const lcpMedian = med('app', (l) => metric(l, 'largest-contentful-paint'));
  const lcpRun = results.app.reduce((best, l) => (Math.abs(metric(l, 'largest-contentful-paint') - lcpMedian) < Math.abs(metric(best, 'largest-contentful-paint') - lcpMedian) ? l : best));
  const lcp = lcpElement(lcpRun);
  if (lcp) {
    const others = new Set(results.app.map((l) => lcpElement(l)?.node));
    console.log(`  app's LCP element: ${lcp.node}${others.size > 1 ? ` (in the median run; ${others.size} different elements over the runs)` : ''}`);
    if (lcp.snippet) console.log(`    ${lcp.snippet}`);
    if (lcp.phases) console.log(`    phases: ${lcp.phases}`);
  } else {
    const observed = (l) => l.audits.metrics?.details?.items?.[0] ?? {};
    console.log(`  Lighthouse's own unthrottled load of the app (median): first contentful paint ${fmtMs(med('app', (l) => observed(l).observedFirstContentfulPaint))}, largest ${fmtMs(med('app', (l) => observed(l).observedLargestContentfulPaint))}; the floor: ${fmtMs(med('floor', (l) => observed(l).observedFirstContentfulPaint))}, ${fmtMs(med('floor', (l) => observed(l).observedLargestContentfulPaint))}`);
    const screen = lcpRun.configSettings.screenEmulation;
    console.log(`  LCP element (Lighthouse's audit has none): Chromium's largest-contentful-paint entries in ${runs} more unthrottled loads per page, alternating, at ${screen.width}×${screen.height}:`);
    for (let i = 0; i < runs; i++) {
      for (const [page, url] of pages) {
        const { fcp, entries, error } = await lcpFromChromium(url, lcpRun.configSettings).catch((e) => ({ fcp: NaN, entries: [], error: e }));
        if (error) { console.log(`    ${page.padEnd(5)} could not load it through Playwright: ${clip(error.message, 120)}`); continue; }
        const e = entries.at(-1);
        const what = !e ? 'no entry' : e.url ? clip(e.url, 80) : `${e.selector} (${e.origin}, ${e.size.toLocaleString('en-US')} px²) "${clip(e.text, 24)}"`;
        const before = entries.length > 1 ? `, after ${entries.length - 1} smaller` : '';
        console.log(`    ${page.padEnd(5)} FCP ${fmtMs(fcp).padStart(6)}  LCP ${e ? fmtMs(e.time).padStart(6) : '–'}  ${what}${before}`);
      }
    }
  }

  // what the app fails in accessibility, best practices and SEO (and whether the floor does too)
  console.log('  app\'s failing audits (accessibility, best practices, SEO):');
  let any = false;
  for (const cat of CATEGORIES.slice(1)) {
    const seen = new Map();
    for (const l of results.app) for (const a of failing(l, cat)) {
      const s = seen.get(a.id) ?? { ...a, count: 0 };
      s.count++;
      seen.set(a.id, s);
    }
    const floorFails = new Set(results.floor.flatMap((l) => failing(l, cat).map((a) => a.id)));
    for (const a of seen.values()) {
      any = true;
      const notes = [a.count < runs ? `in ${a.count} of ${runs} runs` : null, a.weight === 0 ? 'no weight in the score' : null, floorFails.has(a.id) ? 'the floor too' : null].filter(Boolean);
      console.log(`    [${cat}] ${a.id}: ${a.title}${notes.length ? ` (${notes.join('; ')})` : ''}`);
      if (a.error) console.log(`        audit error: ${clip(a.error)}`);
      for (const item of a.items.slice(0, 3)) console.log(`        ${describe(item)}`);
      if (a.items.length > 3) console.log(`        … and ${a.items.length - 3} more`);
    }
  }
  if (!any) console.log('    none');
}
if (environment) console.log(`\nLighthouse ${environment.version}, Chromium's user agent: ${environment.hostUserAgent}`);
// the server's pipe would keep Node running: exit, which stops it and deletes the floor
process.exit(0);
