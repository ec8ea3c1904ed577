// Shared by the browser tests: opening the app, and watching a page for problems.

import { Page } from '@playwright/test';

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

/** Waits until the app has replaced every topic of the static view: until then a topic can be
 *  the static rendering's (links where the app has buttons, no popovers), about to be replaced. */
export async function drawn(page: Page): Promise<void> {
  await page.locator('[data-static]').first().waitFor({ state: 'detached' });
}

/** Opens `url` and waits until the app has taken over from the static view (the reading view's
 *  search box, or a quiz when the URL asks for one, and every topic drawn). */
export async function openApp(page: Page, url = './'): Promise<void> {
  await page.goto(url);
  await page.locator('#search, section.quiz').first().waitFor();
  await drawn(page);
}

/** Opens the reading view once the app has drawn all seven topics, and collects what goes wrong
 *  on the page while it runs (see `watchProblems`). */
export async function openReading(page: Page): Promise<string[]> {
  const problems = watchProblems(page);
  await page.goto('./');
  await page.locator('#search').waitFor();
  await drawn(page);
  await page.locator('section.topic').nth(6).waitFor({ state: 'attached' });
  return problems;
}
