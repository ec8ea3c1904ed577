// Shared by the browser tests: opening the app, and watching a page for problems.

import { test as base, expect, Browser, Locator, Page } from '@playwright/test';

/**
 * Playwright's `test`, with a page whose `goto` and `reload` also wait until the app has hydrated
 * the page (`<html data-app="ready">`). The server-rendered page is complete and clickable at
 * once, but until the app starts a click or a keystroke does nothing, and a test acting in that
 * moment would fail by chance. A test that holds the app back on purpose calls `dontWaitForApp`.
 */
function waitForAppOn(page: Page): Page {
  if ((page as any).__wrapped) return page;
  (page as any).__wrapped = true;
  for (const name of ['goto', 'reload'] as const) {
    const original = page[name].bind(page) as (...a: unknown[]) => Promise<unknown>;
    (page as any)[name] = async (...args: unknown[]) => {
      const response = await original(...args);
      if (!(page as any).__dontWait && /^https?:/.test(page.url()) && (await page.evaluate(() => !!document.getElementById('app') && !!document.querySelector('script[type=module]')).catch(() => false))) {
        await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      }
      return response;
    };
  }
  return page;
}

/** Makes the pages a test opens itself, in contexts of its own, wait in the same way. */
function waitForAppIn(browser: Browser): void {
  if ((browser as any).__wrapped) return;
  (browser as any).__wrapped = true;
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  (browser as any).newPage = async (...a: Parameters<typeof browser.newPage>) => waitForAppOn(await newPage(...a));
  (browser as any).newContext = async (...a: Parameters<typeof browser.newContext>) => {
    const context = await newContext(...a);
    const open = context.newPage.bind(context);
    (context as any).newPage = async () => waitForAppOn(await open());
    return context;
  };
}

export const test = base.extend<{ waitForApp: void }>({
  page: async ({ page }, use) => {
    await use(waitForAppOn(page));
  },
  waitForApp: [async ({ browser }, use) => {
    waitForAppIn(browser);
    await use();
  }, { auto: true }],
});

/** For a test that holds the app back and reads the page before it starts. */
export function dontWaitForApp(page: Page): void {
  (page as any).__dontWait = true;
}

/**
 * Collects what a reader would count as the page going wrong: console errors and warnings,
 * uncaught exceptions, requests that fail, and HTTP error responses.
 *
 * A request the browser itself cancels because the page navigated or reloaded (`net::ERR_ABORTED`)
 * is not a failure: which in-flight requests a reload cuts short (the icon, the manifest) is timing.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? 'unknown';
    if (reason !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${r.url()} (${reason})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** Waits until the app has hydrated the server-rendered page (`<html data-app="ready">`) and drawn
 *  the places of the panels below the topics (a frame later): until then the page is readable but
 *  its controls do not answer yet. The panels themselves (the figures table, the data panel) are
 *  fetched once their place nears the window: `toFigures` goes down to the table. */
export async function drawn(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  if (await page.locator('#search').count()) await page.locator('#figures').waitFor({ state: 'attached' });
}

/** Goes down to the figures table, as a reader does, and waits for its rows: its code is fetched
 *  once its place comes near the window, and until then a shell with its heading stands there. */
export async function toFigures(page: Page): Promise<void> {
  // (the shell may be swapped for the table while the page scrolls to it, and Playwright gives up
  // on a node that goes: scroll to whichever stands there then)
  await expect(() => page.locator('#figures').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await page.locator('#figures-table:not([aria-busy]) tbody tr').first().waitFor();
}

/** Opens `url` and waits until the app runs (the reading view's search box, or a quiz when the URL
 *  asks for one, on a page the app has hydrated). */
export async function openApp(page: Page, url = './'): Promise<void> {
  await page.goto(url);
  await drawn(page);
  await page.locator('#search, section.quiz').first().waitFor();
}

/** Opens the reading view once the app has hydrated it, and collects what goes wrong
 *  on the page while it runs (see `watchProblems`). */
export async function openReading(page: Page): Promise<string[]> {
  const problems = watchProblems(page);
  await page.goto('./');
  await page.locator('#search').waitFor();
  await drawn(page);
  await page.locator('section.topic').nth(6).waitFor({ state: 'attached' });
  return problems;
}

/** The text a reader sees in `locator`'s element: the first view holds its labels in both
 *  languages (`.ui-zh`, `.ui-en`) and the stylesheet shows one, so this leaves out the other.
 *  Unlike `innerText` it also reads an element off screen, where `content-visibility` skips the
 *  rendering. Whitespace is collapsed, as `toHaveText` does. */
export async function shown(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const other = document.documentElement.dataset.ui === 'en' ? '.ui-zh' : '.ui-en';
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll(other).forEach((e) => e.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** A study log on three days and an exam date five days ahead (the reader's days), stored before the app starts. */
export async function seedStudy(page: Page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const at = (ago: number) => {
      const d = new Date();
      d.setHours(12, 0, 0, 0);
      d.setDate(d.getDate() - ago);
      return d;
    };
    const iso = (ago: number) => at(ago).toISOString().replace('.000Z', 'Z');
    const exam = at(-5);
    localStorage.setItem('briefing-explorer/progress', ['id,time,result,mode',
      `figure-typed:f29-2,${iso(9)},right,practice`, `figure-typed:f29-2,${iso(2)},right,exam`,
      `attribution:23:0,${iso(2)},wrong,practice`, `figure-choice:f109-6,${iso(1)},right,practice`].join('\n') + '\n');
    localStorage.setItem('briefing-explorer/exam', `${exam.getFullYear()}-${String(exam.getMonth() + 1).padStart(2, '0')}-${String(exam.getDate()).padStart(2, '0')}`);
  });
}
