import { expect, Page } from '@playwright/test';
import { test, shown } from './helpers';

// Dark mode following the system with a remembered manual override, and printing.

const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const ink = (page: Page) => page.evaluate(() => getComputedStyle(document.body).color);

/** WCAG relative-luminance contrast of two rgb() strings. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('dark mode follows the system, and a manual choice is remembered', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('#search')).toBeVisible();
  const darkBg = await bg(page);
  expect(contrast(darkBg, 'rgb(0, 0, 0)')).toBeLessThan(1.5); // a dark page
  expect(contrast(darkBg, await ink(page))).toBeGreaterThan(7); // with light text, AAA
  const toggle = page.locator('.theme-toggle');
  await expect.poll(() => shown(toggle)).toContain('跟随系统');
  await toggle.click(); // → light
  await expect.poll(() => shown(toggle)).toContain('浅色');
  await expect.poll(() => bg(page)).not.toBe(darkBg);
  expect(contrast(await bg(page), 'rgb(255, 255, 255)')).toBeLessThan(1.1);
  await page.reload();
  await expect(page.locator('.theme-toggle')).toContainText('浅色');
  await expect.poll(() => bg(page)).not.toBe(darkBg);
  await page.locator('.theme-toggle').click(); // → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('.theme-toggle').click(); // → system again
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => localStorage.getItem('briefing-explorer/theme'))).toBeNull();
  await context.close();
});

test('a broken stored theme falls back to the system', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('briefing-explorer/theme', '<bogus>'));
  await page.goto('./');
  await expect(page.locator('.theme-toggle')).toContainText('跟随系统');
});

test('printing shows the briefing with figures marked and no controls', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('#search')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.filter-bar', '.quiz-launcher', '.figure-toolbar', '.topic-nav', '.figures-panel', '.theme-toggle']) {
    await expect(page.locator(sel).first()).toBeHidden();
  }
  await expect(page.locator('#topic-2 p.para').first()).toBeVisible();
  const mark = page.locator('mark.fig[data-kind="statistic"]').first();
  expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});
