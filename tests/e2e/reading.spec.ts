import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, openReading as open, shown } from './helpers';

// The reading view of the release build, as a reader sees it in Chromium.

const briefing = JSON.parse(readFileSync(join(__dirname, '../../data/briefing.json'), 'utf8'));

const TOPIC_TITLES = ['工业运行情况', '5G', '集成电路发展', '新能源汽车', '中小企业', 'APP侵权', '制造业高质量发展'];

test('shows the seven topics in order, each as section#topic-N with its title', async ({ page }) => {
  const problems = await open(page);
  for (let i = 0; i < TOPIC_TITLES.length; i++) {
    const section = page.locator(`section#topic-${i + 1}`);
    await expect(section.locator('h2')).toContainText(TOPIC_TITLES[i]);
  }
  await expect(page.locator('nav.topic-nav a')).toHaveText(
    TOPIC_TITLES.map((t) => new RegExp(`热点.+${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)),
  );
  expect(problems).toEqual([]);
});

test('shows all ten questions as articles, each followed by its speaker\'s answer', async ({ page }) => {
  const problems = await open(page);
  const articles = page.locator('article.qa');
  await expect(articles).toHaveCount(10);
  const qas = briefing.topics.flatMap((t: any) => t.qas);
  expect(qas.length).toBe(10);
  for (let i = 0; i < qas.length; i++) {
    const article = articles.nth(i);
    await expect(article).toHaveAttribute('id', qas[i].id);
    const question = qas[i].question.paragraphs.map((p: any) => p.text).join('');
    await expect(article.locator('.question')).toContainText(question);
    await expect.poll(() => shown(article.locator('.question .turn-speaker'))).toBe('记者');
    const speaker = qas[i].answers[0].speaker;
    await expect.poll(() => shown(article.locator('.answer .turn-speaker').first())).toBe(speaker);
    const firstAnswer = qas[i].answers[0].paragraphs[0].text;
    await expect(article.locator('.answer .para').first()).toHaveText(firstAnswer);
  }
  // Questions look different from answers: not the same background.
  const bg = async (sel: string) =>
    page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await bg('.question')).not.toEqual(await bg('.answer'));
  expect(problems).toEqual([]);
});

test('the header names the event and the three spokespeople with their titles', async ({ page }) => {
  const problems = await open(page);
  const header = page.locator('header.masthead');
  await expect(header.locator('h1')).toHaveText('工信部解读2020年工业通信业热点');
  await expect(header.locator('time')).toHaveAttribute('datetime', '2021-01-26');
  await expect(header.locator('time')).toHaveText('2021年1月26日');
  await expect(header).toContainText('国务院新闻办公室');
  await expect(header).toContainText('本报记者 徐恒');
  const cards = header.locator('.speaker-card');
  await expect(cards).toHaveCount(3);
  const want = [
    ['田玉龙', '工业和信息化部党组成员、总工程师、新闻发言人'],
    ['黄利斌', '工业和信息化部新闻发言人、运行监测协调局局长'],
    ['赵志国', '工业和信息化部新闻发言人、信息通信管理局局长'],
  ];
  for (let i = 0; i < 3; i++) {
    await expect(cards.nth(i).locator('.speaker-name')).toHaveText(want[i][0]);
    await expect(cards.nth(i).locator('.speaker-title')).toHaveText(want[i][1]);
  }
  expect(problems).toEqual([]);
});

test('repaired text is shown, each repair marked, the original on hover and on focus', async ({ page }) => {
  const problems = await open(page);
  const main = page.locator('main');
  for (const mended of ['5G毫米波试验', '中小企业数字化、工业设计赋能', '主要涉及哪些侵害用户的行为', '民营企业和中小企业', '五中全会提出']) {
    await expect(main).toContainText(mended);
  }
  // the briefing text itself no longer has the damage (the repairs list below still shows it)
  const text = (await page.locator('section.topic p.para').allInnerTexts()).join('');
  expect(text).not.toContain('落地落地');
  expect(text).not.toContain('五中全提出');
  expect(text).not.toContain(' and ');

  const marks = page.locator('.repair-mark');
  await expect(marks).toHaveCount(6);

  const tipShown = (i: number) =>
    marks.nth(i).evaluate((el) => getComputedStyle(el, '::after').display !== 'none');
  const tipText = (i: number) =>
    marks.nth(i).evaluate((el) => getComputedStyle(el, '::after').content);

  // the 毫米波 page break: hidden at rest, shown on hover with the original
  const pageBreak = page.locator('.repair', { hasText: '米波' }).locator('.repair-mark');
  const i = await pageBreak.evaluate((el) => [...document.querySelectorAll('.repair-mark')].indexOf(el));
  expect(await tipShown(i)).toBe(false);
  await page.locator('.repair', { hasText: '米波' }).hover();
  await expect.poll(() => tipShown(i)).toBe(true);
  expect(await tipText(i)).toContain('米⏎波');
  expect(await tipText(i)).toContain('分页断词');
  await page.mouse.move(0, 0);
  await expect.poll(() => tipShown(i)).toBe(false);

  // keyboard: Tab reaches the first repair mark and shows its original
  await page.locator('body').focus();
  let focusedIsMark = false;
  for (let k = 0; k < 300 && !focusedIsMark; k++) {
    await page.keyboard.press('Tab');
    focusedIsMark = await page.evaluate(() => document.activeElement?.classList.contains('repair-mark') ?? false);
  }
  expect(focusedIsMark).toBe(true);
  const focusedTip = await page.evaluate(() => {
    const el = document.activeElement as Element;
    return { display: getComputedStyle(el, '::after').display, label: el.getAttribute('aria-label') };
  });
  expect(focusedTip.display).toBe('block');
  expect(focusedTip.label).toContain('原文');
  // Escape closes it while focus stays
  await page.keyboard.press('Escape');
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.activeElement as Element, '::after').display))
    .toBe('none');

  // the repairs list names all six with the source line
  const items = page.locator('#repairs li');
  await expect(items).toHaveCount(6);
  await expect(items.filter({ hasText: '重复字词' })).toContainText('落地落地');
  await expect(items.filter({ hasText: '误入英文' })).toContainText('原文第91行');
  // a missing character was added, nothing struck out; other repairs strike the original
  await expect(items.filter({ hasText: '漏字' }).locator('del')).toHaveCount(0);
  await expect(items.filter({ hasText: '漏字' }).locator('ins')).toHaveText('全会');
  await expect(items.filter({ hasText: '重复字词' }).locator('del')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('on a touch screen a tap pins the original open and a tap elsewhere closes it', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const problems = await open(page);
  const mark = page.locator('.repair', { hasText: '落地' }).locator('.repair-mark');
  const shown = () => mark.evaluate((el) => getComputedStyle(el, '::after').display !== 'none');
  expect(await shown()).toBe(false);
  await mark.tap();
  await expect.poll(shown).toBe(true);
  expect(await mark.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('落地落地');
  // pinned: it stays open when the pointer is elsewhere (no hover on a phone)
  await page.mouse.move(0, 0);
  expect(await shown()).toBe(true);
  // a second tap on the mark closes it
  await mark.tap();
  await page.mouse.move(0, 0);
  await expect.poll(shown).toBe(false);
  // tapping elsewhere closes a pinned tip too
  await mark.tap();
  await page.mouse.move(0, 0);
  await expect.poll(shown).toBe(true);
  await page.locator('h1').tap();
  await expect.poll(shown).toBe(false);
  // a tip over a repair near the edge of the screen is moved onto it: its centre is shifted by
  // as much as it would stick out (the tip is at most min(18rem, 80vw) = 288 px wide here)
  let moved = 0;
  for (const text of ['全会', '落地']) {
    const m = page.locator('.repair', { hasText: text }).locator('.repair-mark');
    await m.scrollIntoViewIfNeeded();
    await m.tap();
    const [centre, shift] = await m.evaluate((el) => {
      const r = el.closest('.repair')!.getBoundingClientRect();
      return [r.left + r.width / 2, parseFloat(getComputedStyle(el).getPropertyValue('--tip-shift') || '0')];
    });
    const left = centre - 144 + shift;
    expect(left).toBeGreaterThanOrEqual(7.5);
    expect(left + 288).toBeLessThanOrEqual(352.5);
    if (shift !== 0) moved++;
    await page.locator('h1').tap();
  }
  expect(moved).toBeGreaterThan(0); // 全会 begins a line: its tip had to move
  expect(problems).toEqual([]);
  await context.close();
});

test('the structured data is published beside index.html', async ({ page, request }) => {
  await open(page);
  const href = await page.locator('a[download="briefing.json"]').getAttribute('href');
  expect(href).toBe('briefing.json');
  const res = await request.get(new URL(href!, page.url()).toString());
  expect(res.ok()).toBe(true);
  expect(await res.json()).toEqual(briefing);
});

test('fits a 360 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const problems = await open(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  // body text stays at a readable size
  const size = await page.locator('.answer .para').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  expect(problems).toEqual([]);
});
