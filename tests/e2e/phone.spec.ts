import { expect, Page } from '@playwright/test';
import { test, openApp as open, shown, toFigures } from './helpers';

// Phones: touch targets, the filter drawer, and screenshots of the main views at phone and
// laptop sizes in both themes, kept as test artifacts (tests/e2e/artifacts/…/*.png).


/** Controls smaller than 44×44 px, except links and figures inside running text (WCAG's inline
 *  exception: enlarging them would change the reading line). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'a[href], button, input, select, textarea, [role="button"], [role="switch"], [tabindex="0"]';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      if (!el.checkVisibility({ visibilityProperty: true } as any)) continue;
      if (el.closest('p.para, .quiz-source, .quiz-source-line')) continue; // inline in the text
      if (el.matches('.skip-link')) continue; // off screen until focused
      let r = el.getBoundingClientRect();
      // a visually hidden checkbox is operated through its label
      if (el.matches('input[type="checkbox"], input[type="file"]') && el.closest('label')) r = el.closest('label')!.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
        const name = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 20);
        out.push(`${el.tagName.toLowerCase()}.${el.className} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return [...new Set(out)];
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('every control is at least 44 px, in the reading view, the figures table and a quiz', async ({ page }) => {
    await open(page);
    const found: Record<string, string[]> = {};
    found['reading view'] = await smallTargets(page);
    await page.locator('.filters-toggle').click();
    found['filter drawer'] = await smallTargets(page);
    await page.locator('.drawer-close').click();
    // the figures table, whose code comes once the reader scrolls near it
    await toFigures(page);
    found['figures table'] = await smallTargets(page);
    await open(page, './?quiz=42&n=3');
    found['quiz'] = await smallTargets(page);
    for (const [view, small] of Object.entries(found)) expect(small, view).toEqual([]);
  });

  test('repair marks are small in the text but have a 44 px touch area', async ({ page }) => {
    await open(page);
    const mark = page.locator('.repair-mark').first();
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    // a tap 20 px beside the centre of the small mark still lands on it
    const hit = await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return el?.closest('.repair-mark') ? true : false;
    }, { x: box.x + box.width / 2 + 19, y: box.y + box.height / 2 });
    expect(hit).toBe(true);
  });

  test('filters live in a drawer: open, choose, see the count, close with Escape', async ({ page }) => {
    await open(page);
    const toggle = page.locator('.filters-toggle');
    const drawer = page.locator('#filter-drawer');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(drawer.locator('.filter-chip').first()).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(drawer).toHaveAttribute('role', 'dialog');
    await expect(drawer.locator('.drawer-close')).toBeFocused();
    await drawer.locator('.filter-chip[data-topic="2"]').click();
    await expect(page).toHaveURL(/[?&]t=2/);
    // the drawer's button says what the page now shows
    await expect.poll(() => shown(drawer.locator('.drawer-done'))).toContain((await page.locator('#result-count').innerText())!.trim());
    await page.keyboard.press('Escape');
    await expect(drawer.locator('.filter-chip').first()).toBeHidden();
    await expect(toggle).toBeFocused();
    // the toggle says how many filters are on
    await expect(toggle.locator('.filters-count')).toHaveText('1');
    await expect(page.locator('section.topic:not([hidden])')).toHaveCount(1);
    // the drawer fits the screen and the page does not scroll sideways
    await toggle.click();
    const box = (await drawer.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('.drawer-done').click();
    await expect(drawer.locator('.filter-chip').first()).toBeHidden();
  });

  test('a quiz has the screen: no topic strip, no key hints on a touch screen', async ({ page }) => {
    await open(page, './?quiz=42&n=3');
    await expect(page.locator('#quiz-prompt')).toBeVisible();
    await expect(page.locator('.topic-nav')).toBeHidden();
    await expect(page.locator('.quiz-hint')).toBeHidden();
    await page.locator('.quiz-close').click();
    await expect(page.locator('.topic-nav')).toBeVisible();
  });

  test('while filtering, the quiz launcher is one row in both languages', async ({ page }) => {
    for (const [lang, heading] of [['zh', '时政练习'], ['en', 'Quiz']]) {
      await page.addInitScript((l) => localStorage.setItem('briefing-explorer/lang', l), lang);
      await open(page, './?q=%E8%8A%AF%E7%89%87');
      const launcher = page.locator('.quiz-launcher.folded');
      await expect.poll(() => shown(launcher.locator('h2'))).toBe(heading);
      // the heading, 设置/Options and 开始/Start share one line
      const tops = await launcher.locator('h2, button').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return [r.top + r.height / 2, r.height]; }));
      for (const [middle] of tops) expect(Math.abs(middle - tops[0][0])).toBeLessThan(4);
      expect(tops[0][1]).toBeLessThan(40); // the heading is a single line
    }
  });
});

test('on a wide screen the filters show inline, with no drawer button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expect(page.locator('.filters-toggle')).toBeHidden();
  await expect(page.locator('#filter-drawer .filter-chip').first()).toBeVisible();
  await expect(page.locator('#filter-drawer')).not.toHaveAttribute('role', 'dialog');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [w, h] of [[360, 740], [1280, 800]]) {
    test(`screenshots at ${w}×${h}, ${scheme}`, async ({ browser }, info) => {
      const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const shots: [string, string, ((p: Page) => Promise<void>) | null][] = [
        ['reading', './', null],
        ['search', './?q=%E8%8A%AF%E7%89%87&t=3', async (p) => { await p.locator('.filter-bar').evaluate((e) => e.scrollIntoView()); }],
        ['filters', './?t=2', async (p) => {
          // the drawer on a phone, the inline chips on a laptop
          if (w < 800) await p.locator('.filters-toggle').click();
          else await p.locator('.filter-bar').evaluate((e) => e.scrollIntoView());
        }],
        ['figures', './', async (p) => {
          await p.locator('#figures-heading').evaluate((e) => e.scrollIntoView());
          await p.locator('#figures-table:not([aria-busy]) tbody tr').first().waitFor();
          await p.locator('#figures-heading').evaluate((e) => e.scrollIntoView());
        }],
        ['quiz', './?quiz=42&n=3', null],
        ['english', './', async (p) => { await p.locator('.lang-toggle').click(); await expect(p.locator('html')).toHaveAttribute('lang', 'en'); }],
      ];
      for (const [name, url, prep] of shots) {
        await open(page, url);
        if (prep) await prep(page);
        await page.evaluate(() => document.fonts.ready);
        // off-screen sections are drawn when they come into view: give that a frame or two
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const path = info.outputPath(`${name}-${w}-${scheme}.png`);
        await page.screenshot({ path });
        await info.attach(`${name}-${w}-${scheme}`, { path, contentType: 'image/png' });
        // the page never scrolls sideways, and the theme is the one asked for
        expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(w);
      }
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const lum = bg.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      expect(scheme === 'dark' ? lum < 80 : lum > 200).toBe(true);
      await context.close();
    });
  }
}
