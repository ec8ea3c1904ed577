import { test, expect, Site, DIST, type Tab } from './engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The release build away from a domain root, in each engine: as one file opened from disk, under
// a sub-path, offline after a first visit, and always under its Content-Security-Policy.

const SINGLE_FILE = pathToFileURL(join(DIST, 'briefing-explorer.html')).href;
const PROBE = readFileSync(join(__dirname, 'probe.js'), 'utf8');

/** A page opened from file:// has no test server to add the probe (tests/engines/probe.js) to
 *  it, and its CSP would refuse an inline copy. So the same probe is run in the page as soon as
 *  the app is up, through WebDriver (which the page's CSP does not govern); from then on it
 *  records console errors and warnings, uncaught errors, failed loads and CSP violations as in a
 *  served page. What went wrong before that moment is seen another way: the app would not have
 *  taken over from the static view (Tab.ready) had its script failed to load or run. */
async function probeLate(tab: Tab): Promise<void> {
  const present = await tab.js<boolean>(() => Array.isArray((window as any).__problems));
  if (!present) await tab.js(PROBE);
}

/** Hovers the first figure in the text and checks that its popover tells its value. */
async function figurePopover(tab: Tab): Promise<void> {
  const mark = await tab.withText('p.para mark.fig[data-kind="statistic"]', '超过60万个');
  await tab.hover(mark);
  await tab.waitFor('#figure-popover');
  expect(await tab.visible('#figure-popover')).toBe(true);
  expect(await tab.text('#figure-popover .popover-figure')).toBe('超过60万个');
  expect(await tab.text('#figure-popover .popover-value')).toContain('600,000');
  expect(await tab.attr(mark, 'aria-expanded')).toBe('true');
  await tab.unhover();
}

for (const lang of ['zh', 'en']) {
  test(`the app hydrates the page it was served: every element, the editor's note among them, is the node the browser parsed (${lang})`, async ({ tab }) => {
    if (lang === 'en') {
      await tab.goto();
      await tab.js(() => localStorage.setItem('briefing-explorer/lang', 'en'));
    }
    await tab.open();
    const kept = await tab.js(() => {
      const p = (window as any).__parsed;
      return {
        // the probe saw the page before the app started on it, or this test proves nothing
        beforeStart: p && !p.appStarted,
        sameNote: !!p && p.note === document.querySelector('.masthead .note p.para') && p.note.isConnected,
        detached: p ? p.masthead.filter((e: Element) => !e.isConnected).length : -1,
        elements: p ? p.masthead.length : 0,
        // the parts hydrated late (src/components/later.rs) too: what was replaced, the
        // outermost of it, if anything
        parsed: p ? p.all.length : 0,
        replaced: p ? p.all.filter((e: Element) => !e.isConnected && e.parentElement && e.parentElement.isConnected)
          .map((e: Element) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className}`) : ['?'],
      };
    });
    expect(kept.beforeStart).toBe(true);
    expect(kept.sameNote).toBe(true);
    expect(kept.detached).toBe(0);
    expect(kept.elements).toBeGreaterThan(50);
    expect(kept.parsed).toBeGreaterThan(1000);
    expect(kept.replaced).toEqual([]);
    // in the reader's language from the first paint, and still after start
    expect(await tab.text('.speakers-heading')).toBe(lang === 'en' ? 'Spokespeople' : '发布人');
    expect(await tab.attr('html', 'lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
    // the app runs on it: a search answers (a mismatch while hydrating would have aborted it)
    await tab.type('#search', '芯片');
    await expect.poll(() => tab.count('mark.hit')).toBe(6);
    await tab.noProblems();
  });
}

test('the single file opened from disk (file://): search, a figure, and a reload keeps the view', async ({ tab }) => {
  await tab.open(SINGLE_FILE);
  await probeLate(tab);
  expect(await tab.count('section.topic')).toBe(7);
  await figurePopover(tab);
  await tab.type('#search', '芯片');
  await expect.poll(() => tab.count('mark.hit')).toBeGreaterThan(0);
  expect((await tab.texts('mark.hit'))[0]).toBe('芯片');
  await expect.poll(async () => (await tab.params()).get('q')).toBe('芯片');
  expect((await tab.url()).startsWith('file:')).toBe(true);
  expect(await tab.problems()).toEqual([]);

  // the view is in the file's URL: a reload keeps the search
  await tab.reload();
  await tab.ready();
  await probeLate(tab);
  expect(await tab.value('#search')).toBe('芯片');
  await expect.poll(() => tab.count('mark.hit')).toBeGreaterThan(0);
  expect(await tab.visible('article.qa')).toBe(true);
  // everything came from the one file: no request for anything but itself and data: URLs (read
  // from the page's resource timing, as WebDriver cannot watch requests)
  const fetched = await tab.js<string[]>(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(fetched.filter((u) => !u.startsWith('data:') && !(u.startsWith('file:') && u.split(/[?#]/)[0].endsWith('/briefing-explorer.html')))).toEqual([]);
  expect(await tab.problems()).toEqual([]);
});

test('the build under a sub-path: the app, the view in the URL, a reload, nothing asked of the domain root', async ({ tab }) => {
  const sub = await new Site('/briefing-explorer/').start();
  try {
    const base = sub.url();
    await tab.open(base);
    expect(await tab.count('section.topic')).toBe(7);
    await figurePopover(tab);
    await tab.click('button[data-topic="3"]');
    await expect.poll(() => tab.url()).toBe(`${base}?t=3`);
    await tab.reload();
    await tab.ready();
    expect(await tab.attr('button[data-topic="3"]', 'aria-pressed')).toBe('true');
    // the briefing's data is published beside it, under the prefix
    const status = await tab.jsAsync(() => fetch('briefing.json').then((r) => `${r.status} ${r.url}`));
    expect(status).toBe(`200 ${base}briefing.json`);
    // every file the page loaded is under the prefix (resource timing), and nothing asked for
    // outside it was refused (the server's 404s)
    const fetched = await tab.js<string[]>(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.length).toBeGreaterThan(2);
    expect(fetched.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
    expect(await tab.js(() => (window as any).__problems)).toEqual([]);
    expect(sub.httpErrors()).toEqual([]);
    // the server really refuses what is outside the prefix, so the check above could fail
    expect((await fetch(`http://127.0.0.1:${sub.port}/index.html`)).status).toBe(404);
  } finally {
    sub.stop();
  }
});

/** Reloads as the reader's F5 does, from the page (location.reload()), and waits for the app.
 *  geckodriver's Refresh command reloads past the service worker (as Ctrl+Shift+R does: Firefox
 *  shows its “can't connect” page offline, where F5 shows the cached app), so WebDriver's own
 *  refresh would not test what a reader gets. */
async function pageReload(tab: Tab): Promise<void> {
  await tab.js(() => { (window as any).__before = true; setTimeout(() => location.reload(), 0); });
  await expect.poll(() => tab.js(() => (window as any).__before === undefined).catch(() => false), { message: 'the page reloaded' }).toBe(true);
  await tab.ready();
}

test('offline after the first visit: the service worker serves the app and a view URL', async ({ tab, site }) => {
  await tab.open();
  expect(await tab.js(() => 'serviceWorker' in navigator && window.isSecureContext)).toBe(true);
  // (the page registers it once the app has started: static/register-sw.js; it installs, then
  // activates)
  const state = () => tab.jsAsync(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => (r.active ? r.active.state : 'no active worker')),
      new Promise<string>((r) => setTimeout(() => r('not ready within 15 s'), 15_000)),
    ]),
  );
  await expect.poll(state, { message: 'the worker is activated', timeout: 20_000 }).toBe('activated');
  // the worker takes over the page it was installed from (clients.claim)
  await expect.poll(() => tab.js(() => !!navigator.serviceWorker.controller), { message: 'the page is controlled' }).toBe(true);
  const caches = await tab.jsAsync(() => window.caches.keys());
  const mine = caches.filter((k) => k.startsWith('briefing-explorer-'));
  expect(mine).toHaveLength(1);
  // The probe is the test server's, not the app's: the worker does not cache it, so the test
  // puts it in the worker's cache itself, to watch the pages it serves offline too.
  await tab.jsAsync((name: string) => window.caches.open(name).then((c) => c.add('./__probe.js')), mine[0]);
  await tab.noProblems();

  // the server goes away: from now on nothing answers at this origin
  site.stop();
  await expect
    .poll(() => fetch(site.url()).then(() => 'up', () => 'down'), { message: 'the server is gone' })
    .toBe('down');
  await pageReload(tab);
  expect(await tab.count('section.topic')).toBe(7);
  expect(await tab.js(() => !!navigator.serviceWorker.controller)).toBe(true);
  await figurePopover(tab);
  await tab.noProblems();
  // the views split off the .wasm (scripts/build/split.py) were cached at install too: a quiz, the
  // figures table, and the data panel at the foot of the page, load their code offline
  await tab.click('.quiz-launcher .quiz-confirm');
  await tab.waitFor('#quiz-prompt');
  await tab.click('.quiz-close');
  await tab.waitFor('.quiz-launcher');
  await tab.toFigures();
  await tab.scrollTo('#data');
  await tab.waitFor('#data .file-button');
  expect(await tab.count('.lazy-failed')).toBe(0);
  await tab.noProblems();
  // a view URL the worker has never seen is served from the cached page too
  await tab.goto('?t=2');
  await tab.ready();
  expect(await tab.attr('button[data-topic="2"]', 'aria-pressed')).toBe('true');
  expect(await tab.count('section.topic')).toBe(7);
  await tab.noProblems();
});

for (const [name, url] of [
  ['the hosted build', ''],
  ['the single file', SINGLE_FILE],
] as const) {
  test(`the Content-Security-Policy lets ${name} run and refuses an injected script`, async ({ tab }) => {
    await tab.open(url);
    // served pages have the probe from the first byte; the single file gets it now (see probeLate)
    await probeLate(tab);
    const policy = await tab.js<string>(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    // exercise what the app does: a popover (placed with an inline style), a search, a quiz
    await figurePopover(tab);
    await tab.type('#search', '5G');
    await expect.poll(() => tab.count('mark.hit')).toBeGreaterThan(0);
    await tab.click('.quiz-launcher .quiz-confirm');
    await tab.waitFor('#quiz-prompt');
    expect(await tab.visible('#quiz-prompt')).toBe(true);
    // no violation (the probe records them as `csp: …`), no error
    expect(await tab.problems()).toEqual([]);

    // and the policy is enforced: an inline script injected into the page does not run, and the
    // browser reports the violation
    const ran = await tab.jsAsync(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 200));
      return (window as any).__injected === 1;
    });
    expect(ran).toBe(false);
    await expect
      .poll(async () => (await tab.problems()).filter((p) => p.startsWith('csp: script-src')).length, { message: 'a script-src violation is reported' })
      .toBe(1);
    expect((await tab.problems()).filter((p) => !p.startsWith('csp: script-src'))).toEqual([]);
  });
}
