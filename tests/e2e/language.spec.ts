import { expect, Page } from '@playwright/test';
import { test, dontWaitForApp, openApp as open, seedStudy, shown, drawn, toFigures } from './helpers';

// The interface in Chinese (default) and English (a remembered toggle). The briefing's own text
// is never translated: it keeps lang="zh-CN" on its elements, so in English mode every Chinese
// character on screen must sit inside such an element — anything else is a missing string.


/** Text on screen, outside the briefing's own (lang="zh-…") text, that contains Han characters. */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!/[\u3400-\u9fff]/.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[hidden], script, style, noscript')) continue;
      if (!el.checkVisibility()) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('zh')) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${text.trim().slice(0, 40)}`);
    }
    // words the stylesheet puts on screen (::before / ::after) count too
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      for (const pseudo of ['::before', '::after']) {
        const c = getComputedStyle(el, pseudo).content;
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
        if (c && c !== 'none' && /[\u3400-\u9fff]/.test(c) && !lang.startsWith('zh') && el.checkVisibility()) out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo}: ${c}`);
      }
    }
    // placeholders left unfilled are missing strings too
    for (const m of document.body.innerText.match(/\{\}|undefined|NaN/g) ?? []) out.push(`leftover: ${m}`);
    return [...new Set(out)];
  });
}

async function toEnglish(page: Page) {
  await page.locator('.lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('Chinese by default; the English toggle is remembered and sets lang', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('label[for="search"], .search-label').first()).toContainText('全文搜索');
  const toggle = page.locator('.lang-toggle');
  await expect.poll(() => shown(toggle)).toBe('English');
  await expect(toggle.locator('.ui-zh')).toHaveAttribute('lang', 'en');

  await toEnglish(page);
  await expect.poll(() => shown(page.locator('.skip-link'))).toBe('Skip to the briefing');
  await expect(page.locator('#figures-heading')).toHaveText('All figures');
  await expect.poll(() => shown(toggle)).toBe('中文');
  await expect(toggle.locator('.ui-en')).toHaveAttribute('lang', 'zh-CN');
  // the briefing itself is untouched and says what language it is in
  await expect(page.locator('#topic-2 p.para').first()).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1.headline')).toHaveText('工信部解读2020年工业通信业热点');
  expect(await page.evaluate(() => localStorage.getItem('briefing-explorer/lang'))).toBe('en');

  await page.reload();
  await drawn(page); // the app has hydrated the page: its controls answer
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#figures-heading')).toHaveText('All figures');
  // counts of one are singular in English
  await page.locator('.filter-chip[data-topic="2"]').click();
  await expect.poll(() => shown(page.locator('#result-count'))).toBe('Showing 1 Q&A in 1 topic');
  await page.locator('#search').fill('芯片');
  await expect.poll(() => shown(page.locator('#result-count'))).toBe('1 match in 1 topic');
  await page.locator('.filter-chip[data-topic="2"]').click();
  await expect.poll(() => shown(page.locator('#result-count'))).toBe('6 matches in 2 topics');
  await page.locator('#search').fill('');

  await page.locator('.lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#figures-heading')).toHaveText('数字一览');
  await page.reload();
  await drawn(page); // the app has hydrated the page: its controls answer
  await expect(page.locator('#figures-heading')).toHaveText('数字一览');
});

test('a broken stored language falls back to Chinese', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('briefing-explorer/lang', '{"x":'));
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#figures-heading')).toHaveText('数字一览');
});

test('in English, figures show their English glosses', async ({ page }) => {
  await open(page);
  await toEnglish(page);
  const mark = page.locator('p.para mark.fig', { hasText: '超过60万个' });
  await expect(mark).toHaveAttribute('title', /5G base stations/i);
  await mark.hover();
  const pop = page.locator('#figure-popover');
  await expect(pop.locator('dt').first()).toHaveText('Meaning');
  await expect(pop.locator('.popover-meaning')).toContainText(/5G base stations/i);
  await expect(pop).toContainText('600,000');
  await expect(pop).toContainText('Topic 2');
});

test('in English no view shows an untranslated interface string', async ({ page }) => {
  // a damaged study record, so its notice shows too
  await page.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('briefing-explorer/progress', 'not json'); } });
  await open(page);
  await toEnglish(page);
  const seen: Record<string, string[]> = {};
  seen['reading view'] = await untranslated(page);
  await expect(page.locator('.progress-panel')).toContainText('could not be read');

  await page.locator('p.para mark.fig').first().hover();
  await page.locator('#figure-popover').waitFor();
  seen['popover'] = await untranslated(page);
  await page.keyboard.press('Escape');

  await toFigures(page);
  seen['figures panel'] = await untranslated(page);

  await page.locator('#search').fill('芯片');
  await page.locator('.filter-chip[data-topic="3"]').click();
  await expect.poll(() => shown(page.locator('#result-count'))).toContain('match');
  seen['filters with a search'] = await untranslated(page);

  await open(page, './?quiz=42&n=3');
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('.quiz-title')).toContainText(`Question ${i + 1} of 3`);
    seen[`quiz question ${i + 1}`] = await untranslated(page);
    if (await page.locator('#quiz-answer').count()) {
      await page.locator('#quiz-answer').fill('9999');
      await page.locator('#quiz-answer').press('Enter');
    } else {
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    }
    await page.locator('.quiz-verdict').waitFor();
    seen[`quiz feedback ${i + 1}`] = await untranslated(page);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.quiz-score')).toContainText('Score');
  seen['quiz end screen'] = await untranslated(page);

  for (const [view, found] of Object.entries(seen)) expect(found, view).toEqual([]);
});

test('in English the study record, the exam forecast and the statistics show no untranslated string', async ({ page }) => {
  await seedStudy(page);
  await open(page);
  await toEnglish(page);
  const panel = page.locator('details.progress-panel');
  if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await panel.locator('summary').click();
  await expect(page.locator('.study-exam-status')).toHaveText('5 days to the exam');
  await expect(page.locator('.study-forecast strong')).toHaveText(/^You would recall \d+% on exam day \(the 3 questions studied\)$/);
  await expect(page.locator('.study-plan-summary')).toHaveText(/^Plan: \d+ today, \d+ reviews in all before the exam$/);
  const seen: Record<string, string[]> = {};
  seen['study record'] = await untranslated(page);
  await page.locator('a.study-stats-link').click();
  await expect(page.locator('#stats-heading')).toHaveText('Study statistics');
  // (the recall chart's table is left folded: see the test after this one)
  for (const summary of await page.locator('#stats figure:not(.recall) details.stat-table summary').all()) await summary.click();
  await page.locator('#stats .transfer-make').click();
  await expect(page.locator('#stats svg.qr-svg')).toBeVisible();
  seen['statistics, their tables and the link'] = await untranslated(page);
  // the heatmap's cells are titled in English too
  const titles = await page.locator('#stats figure.heatmap rect[data-answers] title').allTextContents();
  seen['heatmap titles'] = titles.filter((t) => /[\u3400-\u9fff]/.test(t));
  for (const [view, found] of Object.entries(seen)) expect(found, view).toEqual([]);
});

// In English, the row headings of the recall chart's data table hold the topic's Chinese title
// in an element with lang="zh-CN", as everywhere else, for a screen reader's voice.
test('in English the recall chart’s data table marks the topic titles as Chinese', async ({ page }) => {
  await seedStudy(page);
  await open(page);
  await toEnglish(page);
  // (the statistics view's code comes once its place nears the window)
  await page.locator('#stats').scrollIntoViewIfNeeded();
  await page.locator('#stats figure.recall details.stat-table summary').click();
  await expect(page.locator('#stats figure.recall details.stat-table tbody tr').first()).toBeVisible();
  expect(await untranslated(page)).toEqual([]);
});

test.describe('before the app arrives', () => {
  // no service worker: it would fetch (and then serve) the app past the route that holds it back
  test.use({ serviceWorkers: 'block' });

  test('the server-rendered page is labelled in the language the reader chose', async ({ page }) => {
    // the app is held back: the static view is all there is
    await page.route('**/*.wasm', (route) => route.abort());
    dontWaitForApp(page);
    await page.goto('./');
    const view = page.locator('#app');
    await expect.poll(() => shown(view.locator('.badge-question').first())).toBe('提问');
    await expect.poll(() => shown(view.locator('.topic-num').first())).toBe('热点一');
    await expect(page.getByRole('navigation', { name: '热点目录', exact: true })).toBeAttached();
    await expect.poll(() => shown(view.locator('.topic-count').first())).toMatch(/^\d+ 问$/);

    await page.evaluate(() => localStorage.setItem('briefing-explorer/lang', 'en'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ui', 'en');
    await expect.poll(() => shown(view.locator('.speakers-heading'))).toBe('Spokespeople');
    await expect.poll(() => shown(view.locator('.topic-num').first())).toBe('Topic 1');
    await expect.poll(() => shown(view.locator('.badge-question').first())).toBe('Question');
    await expect.poll(() => shown(view.locator('.question .turn-speaker').first())).toBe('Reporter');
    await expect.poll(() => shown(view.locator('.badge-answer').first())).toBe('Answer');
    // the topic list is named by its heading, in the language on show
    await expect(page.getByRole('navigation', { name: 'Topics', exact: true })).toBeAttached();
    await expect.poll(() => shown(view.locator('.topic-count').first())).toMatch(/^\d+ Q&A$/);
    // the briefing itself stays as published
    await expect(view.locator('h1.headline')).toHaveText('工信部解读2020年工业通信业热点');
  });
});
