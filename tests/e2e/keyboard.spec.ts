import { expect, Page } from '@playwright/test';
import { test, shown as shownText, drawn, toFigures } from './helpers';

// A whole flow with the keyboard alone (no mouse, no element.click()): skip link, search,
// filter by a topic, open a figure, take a 3-question quiz, go back. Every element that takes
// focus on the way shows a visible focus ring.

/** Presses Tab until `selector` has focus (at most `max` times); checks each stop has a ring. */
async function tabTo(page: Page, selector: string, max = 80, back = false) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      // a visually hidden checkbox shows its ring on the switch beside it
      const shown = el.matches('.switch input') ? el.nextElementSibling! : el;
      const st = getComputedStyle(shown);
      const pseudo = getComputedStyle(shown, '::before');
      const visible = (s: CSSStyleDeclaration) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      return visible(st) || visible(pseudo) || st.boxShadow !== 'none' ? 'ok' : `no ring on ${el.tagName}.${el.className}`;
    });
    expect(ring).not.toMatch(/^no ring/);
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('search, filter, open a figure and take a 3-question quiz by keyboard only', async ({ page }) => {
  await page.goto('./');
  await drawn(page); // the app has hydrated the page: its controls answer

  // the skip link is the first stop and takes focus to the main content
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();

  // search
  await tabTo(page, '#search');
  await page.keyboard.type('基站');
  await expect.poll(() => shownText(page.locator('#result-count'))).toContain('处匹配');
  await expect(page).toHaveURL(/q=/);

  // filter to topic 2 (5G) with Space on its chip
  await tabTo(page, '.filter-chip[data-topic="2"]');
  await page.keyboard.press('Space');
  await expect(page.locator('.filter-chip[data-topic="2"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]t=2/);
  await expect(page.locator('section.topic:not([hidden])')).toHaveCount(1);

  // open a figure in the text with Enter, close it with Escape
  await tabTo(page, '#topic-2 p.para mark.fig');
  const fig = page.locator('#topic-2 p.para mark.fig:focus');
  await page.keyboard.press('Enter');
  await expect(page.locator('#figure-popover')).toBeVisible();
  await expect(fig).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.locator('#figure-popover')).toHaveCount(0);

  // a 3-question quiz on the filtered topic: the launcher is folded while filtering; unfold
  // it, choose the count with the keyboard, start it
  await tabTo(page, '.quiz-launcher .quiz-unfold', 80, true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-launcher select')).toBeFocused();
  await page.keyboard.press('Home'); // the first option: 3 questions
  await expect(page.locator('.quiz-launcher select')).toHaveValue('3');
  await tabTo(page, '.quiz-launcher .quiz-confirm');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.quiz')).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('.quiz-title')).toContainText(`第 ${i + 1} / 3 题`);
    // focus is on the question (or in its answer box), so keys work at once
    const typed = (await page.locator('#quiz-answer').count()) > 0;
    if (typed) {
      await expect(page.locator('#quiz-answer')).toBeFocused();
      await page.keyboard.type('1');
    } else {
      await expect(page.locator('.quiz-card')).toBeFocused();
      await page.keyboard.press('1');
      await expect(page.locator('.quiz-option').first()).toHaveAttribute('aria-pressed', 'true');
    }
    await page.keyboard.press('Enter');
    // the verdict is announced: it lands in a polite live region
    await expect(page.locator('.quiz-feedback[aria-live="polite"] .quiz-verdict')).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.quiz-score')).toBeFocused();
  await expect(page.locator('.quiz-score')).toContainText('/ 3');
  await tabTo(page, '.quiz-summary .quiz-actions button:last-child'); // 返回阅读
  await expect(page.locator(':focus')).toHaveText('返回阅读');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.quiz')).toHaveCount(0);
  await expect(page.locator('#search')).toHaveValue('基站');
});

test('result counts are announced through a polite live region', async ({ page }) => {
  await page.goto('./');
  await drawn(page); // the app has hydrated the page: its controls answer
  const live = page.locator('#result-count');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('#search')).toHaveAttribute('aria-describedby', 'result-count');
  const before = await live.textContent();
  await page.locator('#search').fill('5G');
  await expect(live).not.toHaveText(before!);
  await expect(live).toContainText('处匹配');
});

test('with reduced motion, nothing animates', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('./');
  await drawn(page); // the app has hydrated the page: its controls answer
  await toFigures(page);
  await page.locator('#figures-table tbody tr button').first().click();
  const flash = page.locator('mark.fig.flash');
  await expect(flash).toHaveCount(1);
  const motion = await flash.evaluate((el) => {
    const s = getComputedStyle(el);
    return { animation: s.animationName, scroll: getComputedStyle(document.documentElement).scrollBehavior };
  });
  expect(motion.animation).toBe('none');
  expect(motion.scroll).not.toBe('smooth');
  const transitions = await page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => {
    const d = getComputedStyle(el).transitionDuration.split(',').map(parseFloat);
    return d.some((x) => x > 0.01);
  }).map((el) => el.className).slice(0, 5));
  expect(transitions).toEqual([]);
  await context.close();
});

test('"/" goes to the search box from anywhere on the page, but types a "/" in a text field', async ({ page }) => {
  await page.goto('./');
  await drawn(page); // the app has hydrated the page: its controls answer
  // the empty box shows the key on a screen with a keyboard and a mouse
  await expect(page.locator('.search-key')).toBeVisible();
  // from a figure far down the page
  await page.locator('#topic-6 p.para mark.fig').first().focus();
  await page.keyboard.press('/');
  await expect(page.locator('#search')).toBeFocused();
  await expect(page.locator('.search-key')).toBeHidden();
  await expect(page.locator('#search')).toHaveValue('');
  await expect(page.locator('#search')).toBeInViewport();
  await expect(page.locator('#search')).toHaveAttribute('aria-keyshortcuts', '/');
  // in the search box itself, and in the import box, "/" is just a character
  await page.keyboard.type('5G/APP');
  await expect(page.locator('#search')).toHaveValue('5G/APP');
  // (the data panel's code comes once its place nears the window: go down to it first)
  await page.locator('#data').scrollIntoViewIfNeeded();
  const importBox = page.locator('.data-panel textarea');
  await importBox.fill('');
  await importBox.focus();
  await page.keyboard.type('a/b');
  await expect(importBox).toHaveValue('a/b');
});
