import { expect } from '@playwright/test';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, dontWaitForApp, watchProblems, shown } from './helpers';

// The release build away from a domain root: under a sub-path, and as one file opened from disk.

// the build under test and the port of its sub-path server, as playwright.config.ts sets them up
const DIST = resolve(__dirname, '../..', process.env.BRIEFING_DIST ?? 'dist');
const SUB_PATH_PORT = Number(process.env.BRIEFING_PORT ?? 4173) + 1;

test('works under a sub-path, with the view in the URL and Back', async ({ page }) => {
  const problems = watchProblems(page);
  const base = `http://127.0.0.1:${SUB_PATH_PORT}/briefing-explorer/`;
  await page.goto(base);
  await expect(page.locator('#search')).toBeVisible(); // the app has taken over from the static view
  await expect(page.locator('section.topic')).toHaveCount(7);
  await page.locator('button[data-topic="3"]').click();
  await expect(page).toHaveURL(`${base}?t=3`);
  await page.reload();
  await expect(page.locator('button[data-topic="3"]')).toHaveAttribute('aria-pressed', 'true');
  const json = await page.request.get(`${base}briefing.json`);
  expect(json.ok()).toBe(true);
  // nothing is fetched from the domain root
  const root = await page.request.get(`http://127.0.0.1:${SUB_PATH_PORT}/index.html`);
  expect(root.status()).toBe(404);
  expect(problems).toEqual([]);
});

test('briefing-explorer.html works opened from disk (file://)', async ({ page }) => {
  const problems = watchProblems(page);
  const file = pathToFileURL(join(DIST, 'briefing-explorer.html')).href;
  await page.goto(file);
  await expect(page.locator('#search')).toBeVisible(); // the app has taken over from the static view
  await expect(page.locator('section.topic')).toHaveCount(7);
  await expect(page.locator('p.para mark.fig').first()).toBeVisible();
  await page.locator('#search').fill('芯片');
  await expect(page.locator('mark.hit').first()).toHaveText('芯片');
  await expect(page).toHaveURL(/[?&]q=/);
  // every request stays inside the one file (data: URLs only)
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  // the view is in the file's URL too: the reload keeps the search
  await expect(page.locator('#search')).toHaveValue('芯片');
  await expect(page.locator('article.qa').first()).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  expect(requests.filter((u) => u.startsWith('file:') && !new URL(u).pathname.endsWith('/briefing-explorer.html'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('works offline after the first visit, and is installable', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto('./');
  await expect(page.locator('#search')).toBeVisible(); // the app has taken over from the static view
  await expect(page.locator('section.topic')).toHaveCount(7);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // (registered once the app has started, it takes over the page when activated)
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const caches = await page.evaluate(() => caches.keys());
  expect(caches.filter((k) => k.startsWith('briefing-explorer-'))).toHaveLength(1);
  // the manifest names the app, its start page and icons
  const manifest = await (await page.request.get('manifest.webmanifest')).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.map((i: any) => i.sizes)).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#search')).toBeVisible(); // the app has taken over from the static view
  await expect(page.locator('section.topic')).toHaveCount(7);
  await page.goto('./?t=2');
  await expect(page.locator('button[data-topic="2"]')).toHaveAttribute('aria-pressed', 'true');
  await context.setOffline(false);
  expect(problems.filter((p) => !p.startsWith('requestfailed'))).toEqual([]);
  await context.close();
});

for (const [name, url] of [
  ['the hosted build', './'],
  ['the single file', pathToFileURL(join(DIST, 'briefing-explorer.html')).href],
]) {
  test(`the Content-Security-Policy allows ${name} and nothing else`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const problems = watchProblems(page);
    await page.goto(url);
    await expect(page.locator('#search')).toBeVisible(); // the app has taken over from the static view
  await expect(page.locator('section.topic')).toHaveCount(7);
    // exercise what the app does: popover (inline position), search, a quiz question
    await page.locator('p.para mark.fig').first().hover();
    await expect(page.locator('#figure-popover')).toBeVisible();
    await page.locator('#search').fill('5G');
    await page.getByRole('button', { name: '开始' }).click();
    await expect(page.locator('#quiz-prompt')).toBeVisible();
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
    expect(problems).toEqual([]);
    // and it is enforced: an injected inline script does not run (a test probe, not the app)
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__probe = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as any).__probe === 1;
    });
    expect(ran).toBe(false);
    expect((await page.evaluate(() => (window as any).__csp)).join()).toContain('script-src');
  });
}

test('the briefing is readable without JavaScript, and the app hydrates the same page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  dontWaitForApp(page);
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('工信部解读2020年工业通信业热点');
  await expect(page.locator('section.topic')).toHaveCount(7);
  await expect(page.locator('article.qa')).toHaveCount(10);
  await expect(page.locator('mark.fig', { hasText: '超过60万个' })).toHaveAttribute('data-value', '600000');
  await expect(page.locator('#topic-2')).toContainText('全年新建5G基站超过60万个');
  // each topic opens with its key figures and charts, which lead to the figure in the text
  const chip = page.locator('#topic-2 .key-figures a.chip', { hasText: '超过60万个' });
  await expect(chip.locator('.chip-gloss .ui-zh')).toHaveText('全年新建5G基站超过60万个');
  await expect(chip.locator('.chip-gloss .ui-en')).toHaveText('over 600,000 5G base stations built in 2020');
  await chip.click();
  const mark = page.locator('#topic-2 mark.fig', { hasText: '超过60万个' });
  await expect(mark).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(`#${await mark.getAttribute('id')}`);
  await expect(page.locator('#topic-1 .chart .chart-value', { hasText: '74.5%' })).toHaveAttribute('href', /^#f/);
  // an answer names its speaker's post
  await expect(page.locator('#topic-2 .answer .turn-label')).toContainText('信息通信管理局局长');
  // a repaired word is marked, and hovering it shows what was published
  const repair = page.locator('.repair', { hasText: '业设' });
  await repair.hover();
  const tip = () => repair.locator('.repair-mark').evaluate((m) => { const s = getComputedStyle(m, '::after'); return s.display === 'none' ? '' : s.content; });
  expect(await tip()).toBe('"原文（分页断词）: “业⏎设” → “业设”"');
  // in the reader's language (set by the page's own script, so here by hand)
  await page.evaluate(() => { document.documentElement.dataset.ui = 'en'; });
  expect(await tip()).toBe('"Original (word split by a page break): “业⏎设” → “业设”"');
  await context.close();

  const live = await browser.newPage();
  await live.goto('./');
  await expect(live.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(live.locator('#app #search')).toBeVisible();
  await expect(live.locator('section#topic-1')).toHaveCount(1);
  await expect(live.locator('article.qa')).toHaveCount(10);
});


// The app hydrates the page the reader already has (Renderer::hydrate): the wasm is held back, the
// server-rendered page is read as it is, then the app starts on it.
async function holdTheApp(page: import('@playwright/test').Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  dontWaitForApp(page);
  return release;
}

for (const lang of ['zh', 'en']) {
  test(`the page the reader sees is the page the app runs: every element the browser parsed is still in the page, the editor's note among them, and reads the same (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = watchProblems(page);
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('briefing-explorer/lang', 'en'));
    const release = await holdTheApp(page);
    await page.goto('./');
    const heading = lang === 'en' ? 'Spokespeople' : '发布人';
    await expect.poll(() => shown(page.locator('.speakers-heading'))).toBe(heading);
    // every element of the masthead, the editor's note by itself, and what each part says
    const read = () => page.evaluate(() => Object.fromEntries(
      ['.masthead', '.topic-nav', '.filter-bar', '.quiz-launcher', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `#topic-${n}`), '#repairs']
        .map((sel) => [sel, (document.querySelector(sel) as HTMLElement).innerText.replace(/\s+/g, ' ').trim()])));
    const before = await page.evaluate(() => {
      const w = window as any;
      w.__note = document.querySelector('.masthead .note p.para');
      w.__masthead = [...document.querySelectorAll('.masthead, .masthead *')];
      // every element of the page, the parts hydrated late (src/components/later.rs) too
      w.__parsed = [...document.querySelectorAll('body *')];
      return { masthead: w.__masthead.length, parsed: w.__parsed.length, note: w.__note?.textContent };
    });
    expect(before.note).toContain('编者按');
    expect(before.masthead).toBeGreaterThan(50);
    expect(before.parsed).toBeGreaterThan(1000);
    const said = await read();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    // the places of the panels below the topics are drawn (their code comes when they near the window)
    await expect(page.locator('#figures')).toBeAttached();
    const after = await page.evaluate(() => {
      const w = window as any;
      return {
        sameNote: w.__note === document.querySelector('.masthead .note p.para') && w.__note.isConnected,
        detached: w.__masthead.filter((e: Element) => !e.isConnected).length,
        // what was replaced (the outermost of them), if anything
        replaced: w.__parsed.filter((e: Element) => !e.isConnected && e.parentElement?.isConnected)
          .map((e: Element) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className}`),
      };
    });
    expect(after).toEqual({ sameNote: true, detached: 0, replaced: [] });
    // and they read as they did
    expect(await read()).toEqual(said);
    // and it is the app's: the labels are in the reader's language, the controls answer
    await expect.poll(() => shown(page.locator('.speakers-heading'))).toBe(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
    await page.locator('#search').fill('芯片');
    await expect(page.locator('mark.hit')).toHaveCount(6);
    // a hydration mismatch would panic (the app aborts): nothing of the kind was reported (but
    // that the test blocked the service worker)
    expect(problems.filter((p) => !p.includes('Service Worker registration blocked'))).toEqual([]);
    await context.close();
  });
}

test('a reader typing in the search box while the app hydrates it keeps the box, the text and the caret', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./');
  await page.locator('#search').click();
  await page.keyboard.type('芯');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('#figures')).toBeAttached();
  await expect(page.locator('#search')).toBeFocused();
  await page.keyboard.type('片');
  await expect(page.locator('#search')).toHaveValue('芯片');
  await expect(page.locator('mark.hit')).toHaveCount(6);
});

test('someone who scrolled before the app arrived keeps their place, in every frame', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('./');
  await expect(page.locator('#app #topic-5')).toBeVisible();
  // the reader has topic 5's first paragraph near the top of the screen
  const para = page.locator('#topic-5 p.para').first();
  const id = await para.getAttribute('id');
  await para.evaluate((p) => { p.scrollIntoView({ block: 'start' }); window.scrollBy(0, -100); });
  const before = await para.evaluate((p) => p.getBoundingClientRect().top);
  expect(before).toBeGreaterThan(50);
  // Where the paragraph is in every frame the reader sees, read when resize observers are told
  // (after the animation frame callbacks and the layout, before the paint). A probe changes size
  // in every frame so that the observer is told in every frame.
  await page.evaluate((id) => {
    const seen: number[] = ((window as any).__seen = []);
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;top:0;left:0;height:1px;width:1px;visibility:hidden';
    document.documentElement.append(probe);
    new ResizeObserver(() => {
      const p = document.getElementById(id);
      if (p) seen.push(p.getBoundingClientRect().top);
    }).observe(probe);
    const tick = () => { probe.style.width = probe.style.width === '1px' ? '2px' : '1px'; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }, id);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // the places of the panels below the topics are drawn (the panels' code comes once they near the
  // window, far below here)
  await expect(page.locator('#figures')).toBeAttached();
  await expect(page.locator('#data')).toBeAttached();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const seen: number[] = await page.evaluate(() => (window as any).__seen);
  // (how many frames the start takes depends on the machine: at least the hydrating one and the
  // panels' must have been seen)
  expect(seen.length).toBeGreaterThanOrEqual(2);
  // the app hydrates the page (each topic swapped for its hydrated copy, see src/components/later.rs)
  // and adds the panels far below: the paragraph stays where it was, within a pixel
  const worst = Math.max(...seen.map((top) => Math.abs(top - before)));
  expect(worst).toBeLessThan(1.5);
});

for (const [w, h] of [[360, 740], [1280, 800]]) {
  test(`at ${w} px nothing of the first view moves when the app starts`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const release = await holdTheApp(page);
    await page.goto('./');
    await expect(page.locator('#app .masthead')).toBeVisible();
    const where = () => page.evaluate(() => Object.fromEntries(
      ['.eyebrow', '.headline', '.byline', '.note', '.speaker-card:last-child', '.topic-nav-heading', '.topic-nav li:last-child a', '.filter-bar', '.quiz-launcher']
        .map((sel) => { const r = document.querySelector(sel)!.getBoundingClientRect(); return [sel, [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]]; })));
    // and in each topic: its key figures, its charts and every paragraph, relative to the topic
    const topics = () => page.evaluate(() => [...document.querySelectorAll('section.topic')].map((t) => {
      const top = t.getBoundingClientRect().top;
      return [...t.querySelectorAll('.key-figures, .chart-row, .turn-label, p.para')]
        .map((e) => { const r = e.getBoundingClientRect(); return `${e.className} ${Math.round(r.top - top)} ${Math.round(r.height)}`; });
    }));
    const before = await where();
    const inTopics = await topics();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.locator('#figures')).toBeAttached();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await where()).toEqual(before);
    expect(await topics()).toEqual(inTopics);
    await context.close();
  });
}

test('a search typed before the app arrived is kept, and searched once it starts', async ({ page }) => {
  const problems = watchProblems(page);
  const release = await holdTheApp(page);
  await page.goto('./');
  await page.locator('#search').fill('芯片');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('#search')).toHaveValue('芯片');
  await expect(page).toHaveURL(/q=%E8%8A%AF%E7%89%87/);
  await expect(page.locator('mark.hit')).toHaveCount(6);
  expect(problems).toEqual([]);
});

test('a host that serves the .wasm with the wrong MIME type still works', async ({ browser }) => {
  // streaming compilation refuses it; Trunk's loader falls back to compiling the bytes and says
  // why in a console warning. The service worker is kept out: it precaches the .wasm from the
  // network and claims the page, and on a busy machine the page's own fetch of the .wasm could
  // then be answered from its cache, past the route that changes the header.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page);
  // (every .wasm: the main module, and the parts split off it, which a quiz fetches)
  await page.route(/\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto('./'); // (waits for the app itself: see helpers.ts)
  await expect(page.locator('section.topic')).toHaveCount(7);
  // the served page already has its topics: use the app
  await page.locator('#search').fill('芯片');
  await expect(page.locator('mark.hit')).toHaveCount(6);
  await page.locator('#search').fill('');
  await page.locator('.quiz-launcher .quiz-confirm').click();
  await expect(page.locator('#quiz-prompt')).toBeVisible();
  // (every .wasm asked for so far served, the search's folding of traditional characters too:
  // none is left in flight when the context closes)
  await page.unrouteAll({ behavior: 'wait' });
  // Playwright says it kept the service worker out; nothing else may go wrong
  const others = problems.filter((p) => !p.includes('MIME type') && !p.includes('Service Worker registration blocked by Playwright'));
  expect(others).toEqual([]);
  expect(problems.some((p) => p.includes('MIME type'))).toBe(true); // the fallback did run
  await context.close();
});
