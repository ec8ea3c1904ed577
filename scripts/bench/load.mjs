// Load benchmark (figures only): what a first visit downloads, and time from navigation start to
// the briefing rendered and interactive, for the release build and for a plain static HTML page
// of the same briefing (the floor: no wasm at all), over N loads each in headless Chromium.
//   node scripts/bench/load.mjs DIST URL_BASE [N [THROTTLE]]
// DIST is served at URL_BASE; the static floor page is written to DIST/floor.html first.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const [dist = 'dist', base = 'http://127.0.0.1:4174/', runs = '10', throttle = '1'] = process.argv.slice(2);
const n = Number(runs);
// THROTTLE > 1 slows the CPU that many times (Chromium's CPU throttling), for a phone-class device
const slowdown = Number(throttle);

// the floor: the same page without its scripts (the app's server rendering, its stylesheet,
// nothing else), as scripts/bench/lighthouse.mjs makes it
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
writeFileSync(join(dist, 'floor.html'), indexHtml
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload)\b[^>]*>/g, ''));

// what a first visit downloads
const index = readFileSync(join(dist, 'index.html'), 'utf8');
// files the page loads by itself (briefing.json is only a download link), the modules its glue
// JS imports (the loader of the split-off parts), plus what the service worker registration
// fetches; not the split-off parts, which a visit fetches when it opens their views (and the
// service worker caches after start)
const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile() && !['index.html', 'briefing.json', 'floor.html'].includes(f));
const byPage = files.filter((f) => index.includes(f));
const imported = files.filter((f) => f.endsWith('.js') && byPage.some((p) => p.endsWith('.js') && readFileSync(join(dist, p), 'utf8').includes(`./${f}`)));
const firstVisit = [...new Set(['index.html', ...byPage, ...imported, 'sw.js'])];
const row = (f) => {
  const b = readFileSync(join(dist, f));
  return [f, b.length, gzipSync(b, { level: 9 }).length, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
};
console.log('first visit (bytes)          raw      gzip    brotli');
let tot = [0, 0, 0];
for (const f of firstVisit) {
  const [name, raw, gz, br] = row(f);
  tot = [tot[0] + raw, tot[1] + gz, tot[2] + br];
  console.log(`  ${name.padEnd(44).slice(0, 44)} ${String(raw).padStart(8)} ${String(gz).padStart(8)} ${String(br).padStart(8)}`);
}
console.log(`  ${'total'.padEnd(44)} ${String(tot[0]).padStart(8)} ${String(tot[1]).padStart(8)} ${String(tot[2]).padStart(8)}`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// "Rendered and interactive", measured inside the page the same way for both: the first frame
// painted after the content is complete and usable. For the app that is after it has mounted
// (<html data-app="ready">: it has hydrated the page, so every control works); for the floor,
// after DOMContentLoaded (a
// static page is usable once parsed). An init script watches for the condition, waits for the
// next animation frame and then for a task after it (the frame has been produced by then).
// The app draws the rows of its figures table (far below the reading view) in the task after
// its first frame; the moment they are drawn is reported too ("everything drawn").
// When both are known the page reports them in a console message: polling from here
// (page.waitForFunction) would run Playwright's own script in the page while the app starts.
const probe = `(() => {
  const report = () => {
    if (window.__ready === undefined || window.__complete === undefined || window.__reported) return;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    // the paint entry can come a little after the frame it describes
    if (!fcp && performance.now() - window.__complete < 1000) return setTimeout(report, 20);
    window.__reported = true;
    console.debug('bench-load ' + JSON.stringify({ ready: window.__ready, complete: window.__complete, fcp: fcp ? fcp.startTime : null }));
  };
  const after = (key) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { window[key] = performance.now(); setTimeout(report, 0); }; ch.port2.postMessage(0); });
  const when = (test, key) => {
    if (test()) return after(key);
    new MutationObserver((_, mo) => { if (test()) { mo.disconnect(); after(key); } }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app'] });
  };
  const watch = () => {
    if (window.__appPage) {
      when(() => document.documentElement.dataset.app === 'ready', '__ready');
      when(() => document.querySelector('#figures-table tbody tr'), '__complete');
    } else { after('__ready'); after('__complete'); }
  };
  document.addEventListener('DOMContentLoaded', watch, { once: true });
})()`;
async function load(url, appPage) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(`window.__appPage = ${appPage};`);
  await context.addInitScript(probe);
  const page = await context.newPage();
  if (slowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('bench-load '), timeout: 30000 });
  await page.goto(url, { waitUntil: 'load' });
  const t = JSON.parse((await reported).text().slice('bench-load '.length));
  await context.close();
  return { ready: t.ready, complete: t.complete, fcp: t.fcp ?? NaN };
}
// The app and the floor are loaded alternately, so a busy moment on the machine costs both.
async function measureBoth(appUrl, floorUrl) {
  const app = { times: [], fcps: [], complete: [] };
  const floor = { times: [], fcps: [], complete: [] };
  for (let i = 0; i < n; i++) {
    for (const [url, isApp, into] of [[appUrl, true, app], [floorUrl, false, floor]]) {
      const t = await load(url, isApp);
      into.times.push(t.ready);
      into.fcps.push(t.fcp);
      into.complete.push(t.complete);
    }
  }
  return { app, floor };
}
const stats = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return { median: NaN, min: NaN, max: NaN };
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};
const fmt = (x) => `median ${x.median.toFixed(0)} ms (min ${x.min.toFixed(0)}, max ${x.max.toFixed(0)})`;

const { app, floor } = await measureBoth(base, base + 'floor.html');
const a = stats(app.times);
const f = stats(floor.times);
console.log(`\nload to interactive over ${n} loads each, alternating (cold cache, no service worker${slowdown > 1 ? `, CPU ${slowdown}× slower` : ''}):`);
console.log(`  release build:    ${fmt(a)}; first contentful paint ${fmt(stats(app.fcps))}`);
console.log(`                    everything drawn (figures table rows too): ${fmt(stats(app.complete))}`);
console.log(`  static HTML floor: ${fmt(f)}; first contentful paint ${fmt(stats(floor.fcps))}`);
console.log(`  ratio (median): ${(a.median / f.median).toFixed(2)}×`);
// each app load against the floor load right after it: a busy moment on the machine slows both
// loads of a pair, so the ratios move less than the two medians do
const pairs = stats(app.times.map((t, i) => t / floor.times[i]));
console.log(`  ratio per alternating pair: median ${pairs.median.toFixed(2)}× (min ${pairs.min.toFixed(2)}, max ${pairs.max.toFixed(2)})`);
await browser.close();
