import { expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, openReading as open, shown, toFigures } from './helpers';

// Figure highlighting, popovers, the figures table, topic summaries and charts, in Chromium.

const briefing = JSON.parse(readFileSync(join(__dirname, '../../data/briefing.json'), 'utf8'));

function paragraphs(b: any): any[] {
  return [b.note, ...b.topics.flatMap((t: any) => t.qas.flatMap((q: any) => [q.question, ...q.answers].flatMap((turn: any) => turn.paragraphs)))];
}
const figures: any[] = paragraphs(briefing).flatMap((p) => p.figures);

function dataValue(f: any): string {
  if (f.date) return f.date;
  const n = (v: number) => String(Number(v.toFixed(4)));
  return f.upper != null ? `${n(f.value)}-${n(f.upper)}` : n(f.value);
}

const textMarks = (page: Page) => page.locator('p.para mark.fig');

test('every figure is a mark with its kind, value and full span', async ({ page }) => {
  const problems = await open(page);
  expect(figures.length).toBeGreaterThan(50);
  await expect(textMarks(page)).toHaveCount(figures.length);
  const got = await textMarks(page).evaluateAll((els) =>
    els.map((e) => [e.id, e.textContent, e.getAttribute('data-kind'), e.getAttribute('data-value')]),
  );
  expect(got).toEqual(figures.map((f) => [f.id, f.text, f.kind, dataValue(f)]));
  // spot checks a reader would make
  await expect(page.locator('mark.fig', { hasText: '超过60万个' })).toHaveAttribute('data-value', '600000');
  await expect(page.locator('mark.fig', { hasText: '1865亿元' })).toHaveAttribute('data-value', '186500000000');
  await expect(page.locator('mark.fig', { hasText: '三到五年' })).toHaveAttribute('data-value', '3-5');
  await expect(page.locator('mark.fig', { hasText: '2020年8月' })).toHaveAttribute('data-value', '2020-08');
  await expect(page.locator('mark.fig', { hasText: '4.3个百分点' })).toHaveAttribute('data-kind', 'statistic');
  await expect(page.locator('#topic-2 mark.fig[data-kind="target"]')).toHaveText(['60万个']);
  expect(problems).toEqual([]);
});

test('names, ordinals and list headings are not highlighted', async ({ page }) => {
  await open(page);
  const marked = (await textMarks(page).allTextContents()).join('|');
  for (const name of ['5G', 'R17', 'R18', '337', '十四五', '十九届', '五中', '第七次', '两个毫不动摇', '二〇三五', '六稳', '六保', '三品', '新四化', '三个特点', '五个方面', '六个方面', '四项举措', '三方面', '一是', '第一']) {
    expect(marked, name).not.toContain(name);
  }
  // the words are still in the text, just not marked
  await expect(page.locator('#topic-2')).toContainText('5G国际标准R17、R18');
});

test('statistics, targets and dates differ by more than colour', async ({ page }) => {
  await open(page);
  const style = (kind: string) =>
    page.locator(`p.para mark.fig[data-kind="${kind}"]`).first().evaluate((el) => {
      const s = getComputedStyle(el);
      const after = getComputedStyle(el, '::after').content;
      return { border: s.borderBottomStyle, decoration: s.textDecorationStyle, weight: s.fontWeight, shadow: s.boxShadow, after };
    });
  const stat = await style('statistic');
  const target = await style('target');
  const date = await style('date');
  expect(stat.shadow).not.toBe('none'); // solid underline
  expect(target.border).toBe('dashed'); // dashed underline and a ◎ sign
  expect(target.after).toContain('◎');
  expect(date.decoration).toBe('dotted'); // dotted, toned down, not bold
  expect(Number(date.weight)).toBeLessThan(Number(stat.weight));
});

test('the switch turns highlighting off and on', async ({ page }) => {
  await open(page);
  const sw = page.getByRole('switch', { name: '突出显示数字' });
  await expect(sw).toBeChecked();
  await sw.uncheck();
  await expect(textMarks(page)).toHaveCount(0);
  await expect(page.locator('#topic-2')).toContainText('全年新建5G基站超过60万个'); // text intact
  await sw.check();
  await expect(textMarks(page)).toHaveCount(figures.length);
});

test('hover and keyboard focus show the popover; Escape closes it', async ({ page }) => {
  const problems = await open(page);
  const f = figures.find((x) => x.text === '超过60万个');
  const mark = page.locator(`mark#${f.id}`);
  const pop = page.locator('#figure-popover');
  await expect(pop).toHaveCount(0);
  await mark.hover();
  await expect(pop).toBeVisible();
  await expect(pop.locator('.popover-value')).toHaveText('60万 = 600,000');
  await expect(pop).toContainText('超过');
  await expect(pop).toContainText('统计');
  await expect(pop).toContainText('数量（个）');
  await expect(pop).toContainText('赵志国');
  // in Chinese the English gloss comes last, named as such
  await expect(pop.locator('.popover-gloss')).toHaveText(f.gloss);
  await expect(pop.locator('dt').last()).toHaveText('英文释义');
  // the popover sits just under the mark, or just above it when there is no room below, and
  // the whole of it is on screen
  const placed = async () => {
    const m = (await mark.boundingBox())!;
    const p = (await pop.boundingBox())!;
    const gap = p.y > m.y ? p.y - (m.y + m.height) : m.y - (p.y + p.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(20);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.y + p.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    return p.y > m.y ? 'below' : 'above';
  };
  await placed();
  await page.mouse.move(0, 0);
  await expect(pop).toHaveCount(0);
  // near the top of the window it opens below the mark, near the bottom above it
  for (const [where, side] of [['start', 'below'], ['end', 'above']] as const) {
    await mark.evaluate((el, where) => el.scrollIntoView({ block: where }), where);
    await mark.hover();
    await expect(pop).toBeVisible();
    expect(await placed()).toBe(side);
    await page.mouse.move(0, 0);
    await expect(pop).toHaveCount(0);
  }
  await expect(pop).toHaveCount(0);

  // keyboard: Tab reaches figures; focus shows, Escape hides
  const money = figures.find((x) => x.text === '1865亿元');
  await page.locator(`mark#${money.id}`).focus();
  await expect(pop).toBeVisible();
  await expect(pop.locator('.popover-value')).toHaveText('1865亿 = 186,500,000,000');
  await expect(pop).toContainText('金额（元）');
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  // Enter pins it open even after focus moves on
  await page.keyboard.press('Enter');
  await expect(pop).toBeVisible();
  await expect(page.locator(`mark#${money.id}`)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a tap opens the popover on a phone and a tap elsewhere closes it', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await open(page);
  const f = figures.find((x) => x.text === '62万款');
  await page.locator(`mark#${f.id}`).tap();
  const pop = page.locator('#figure-popover');
  await expect(pop).toBeVisible();
  await expect(pop.locator('.popover-value')).toHaveText('62万 = 620,000');
  // it fits on the screen
  const box = await pop.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await page.locator('h1').tap();
  await expect(pop).toHaveCount(0);
  // the table works by touch too (its code fetched once the reader scrolls near it)
  await toFigures(page);
  const row = figures.find((x) => x.text === '1865亿元');
  await page.locator(`#figures-table tr[data-figure="${row.id}"] button`).tap();
  await expect(page.locator(`mark#${row.id}`)).toBeInViewport();
  await context.close();
});

test('the figures table lists, filters and sorts every figure', async ({ page }) => {
  const problems = await open(page);
  await toFigures(page);
  const rows = page.locator('#figures-table tbody tr');
  await expect(rows).toHaveCount(figures.length);
  await expect(page.locator('.panel-count')).toHaveText(`显示 ${figures.length} 个数字`);

  await page.getByLabel('类型').selectOption({ label: '目标' });
  const targets = figures.filter((f) => f.kind === 'target');
  await expect(rows).toHaveCount(targets.length);
  await expect(rows.locator('td:first-child')).toHaveText(targets.map((f) => f.text));
  await page.getByLabel('类型').selectOption({ label: '全部' });

  await page.getByLabel('单位').selectOption({ label: '百分比' });
  const percents = figures.filter((f) => f.unit === 'percent');
  await expect(rows).toHaveCount(percents.length);
  // sort by value: ascending, then descending on a second click
  const header = page.locator('th', { hasText: '数字' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const asc = [...percents].sort((a, b) => a.value - b.value).map((f) => f.text);
  await expect(rows.locator('td:first-child')).toHaveText(asc);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.locator('td:first-child')).toHaveText([...asc].reverse());
  // and back to the order of the text
  await page.getByRole('button', { name: '原文顺序' }).click();
  await expect(rows.locator('td:first-child')).toHaveText(percents.map((f) => f.text));
  await expect(header).not.toHaveAttribute('aria-sort', /./);
  expect(problems).toEqual([]);
});

test('choosing a figure in the table scrolls to it in the text and flashes it', async ({ page }) => {
  await open(page);
  await toFigures(page);
  const f = figures.find((x) => x.text === '132款');
  await page.locator(`#figures-table tr[data-figure="${f.id}"] button`).click();
  const mark = page.locator(`mark#${f.id}`);
  await expect(mark).toHaveClass(/flash/);
  await expect(mark).toBeInViewport();
  await expect(mark).toBeFocused();
  await expect(mark).not.toHaveClass(/flash/, { timeout: 4000 });
  // by keyboard: Enter on a row's button
  const other = figures.find((x) => x.text === '8500多亿元');
  await page.locator(`#figures-table tr[data-figure="${other.id}"] button`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`mark#${other.id}`)).toBeFocused();
  await expect(page.locator(`mark#${other.id}`)).toBeInViewport();
  // with highlighting off, choosing a figure turns it back on
  await page.getByRole('switch', { name: '突出显示数字' }).uncheck();
  await page.locator(`#figures-table tr[data-figure="${f.id}"] button`).click();
  await expect(mark).toBeInViewport();
});

test('each topic opens with its key figures; a chip jumps to the figure', async ({ page }) => {
  await open(page);
  const chips = page.locator('#topic-2 .key-figures .chip');
  await expect.poll(() => shown(chips.first())).toContain('超过60万个');
  // what it counts, in the briefing's own words
  await expect.poll(() => shown(chips.first().locator('.chip-gloss'))).toBe('全年新建5G基站超过60万个');
  // the figure picked out of it (two figures can share a clause), the whole clause on hover
  await expect.poll(() => shown(chips.first().locator('.chip-gloss b'))).toBe('超过60万个');
  await expect(chips.first()).toHaveAttribute('title', '全年新建5G基站超过60万个');
  await chips.first().click();
  const base = figures.find((x) => x.text === '超过60万个');
  await expect(page.locator(`mark#${base.id}`)).toBeInViewport();
  for (let n = 1; n <= 7; n++) {
    const keyed = figures.filter((f) => f.topic === n && f.kind !== 'date' && f.speaker !== '记者');
    await expect(page.locator(`#topic-${n} .key-figures`)).toHaveCount(keyed.length ? 1 : 0);
  }
});

test('comparable figures get a chart whose text says what it shows', async ({ page }) => {
  await open(page);
  const app = page.locator('#topic-6 figure.chart');
  await expect(app).toHaveCount(1);
  await expect(app.locator('.chart-value')).toHaveText(['157款', '62万款', '2234款', '500款', '132款']);
  await expect.poll(() => shown(app.locator('figcaption'))).toContain('对数刻度');
  // every bar's meaning is real text, so the chart reads without the picture
  // in Chinese as the text words it, in English as its gloss
  await expect.poll(() => shown(app.locator('.chart-label').nth(1))).toBe('我们一共实现对62万款APP的技术检测工作');
  await expect.poll(() => shown(app.locator('.chart-label').nth(2))).toBe('责令2234款违规APP进行整改');
  // the caption reads as one phrase (its unit is not spaced out from it)
  await expect.poll(() => shown(app.locator('.chart-title'))).toBe('数字对比：数量（款）');
  await page.locator('.lang-toggle').click();
  const gloss = figures.find((x) => x.text === '62万款' && x.speaker === '赵志国').gloss;
  await expect.poll(() => shown(app.locator('.chart-label').nth(1))).toBe(gloss);
  await expect.poll(() => shown(app.locator('.chart-title'))).toBe('Figures compared: count (款)');
  // a gloss's closing "(74.5%)" is not said again beside the bar's own 74.5%
  await expect.poll(() => shown(page.locator('#topic-1 .chart-row', { hasText: '74.5%' }).locator('.chart-label'))).toBe('industrial capacity utilisation for the whole of 2020');
  await page.locator('.lang-toggle').click();
  const widths = await app.locator('rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  expect(Math.max(...widths)).toBe(widths[1]); // 620,000 is the longest bar
  await expect(page.locator('#topic-1 figure.chart .chart-value')).toHaveText(['2.4%', '74.5%', '7.1%']);
  await expect(page.locator('#topic-3 figure.chart')).toHaveCount(0);
});
