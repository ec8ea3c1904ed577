import { test, expect, Session, Tab } from './engine';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Studying to an exam date, in each engine: the exam date, the forecast for the exam day and the
// plan until then; the heatmap of answers per day; two tabs answering at once; the record carried
// by a link (#study=…) into another browser profile; a damaged link.
//
// The study record is a CSV log of answers under `briefing-explorer/progress`:
//   id,time,result,mode
//   figure-choice:f29-2,2026-12-01T08:00:00Z,right,practice
// The expected questions come from the core's command line (`briefing quiz`), and the expected
// forecast from `briefing study`, which replays a log through the same FSRS-6 code as the app.

const root = join(__dirname, '../..');
const KEY = 'briefing-explorer/progress';
const HEADER = 'id,time,result,mode';

type Question = { id: string; prompt: string; options: string[]; answer: number | string; source: { topic: number } };

function briefing(args: string[]): string {
  // the binary `cargo test` built; cargo run when it is not there
  const bin = join(root, 'target/debug/briefing');
  return existsSync(bin)
    ? execFileSync(bin, args, { cwd: root, encoding: 'utf8' })
    : execFileSync('cargo', ['run', '-q', '-p', 'briefing', '--', ...args], { cwd: root, encoding: 'utf8' });
}

const expected = (seed: number, count: number): Question[] => JSON.parse(briefing(['quiz', '--seed', String(seed), '--count', String(count)]));

/** `briefing study` on a log: each question's recall on the exam day (offset 0: UTC days). */
function report(csv: string, exam: string): { forecast: number; items: { id: string; recall_at_exam: number }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'study-log-'));
  try {
    writeFileSync(join(dir, 'log.csv'), csv);
    return JSON.parse(briefing(['study', '--log', join(dir, 'log.csv'), '--exam', exam]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const typed = (q: Question) => q.options.length === 0;

/** Answers the question on show by mouse (or by typing), right or wrong, and goes on. */
async function answer(tab: Tab, q: Question, i: number, n: number, right: boolean): Promise<void> {
  await expect.poll(() => tab.text('.quiz-title'), { message: 'the question number' }).toContain(`第 ${i + 1} / ${n} 题`);
  expect(await tab.text('#quiz-prompt')).toBe(q.prompt.replace(/\s+/g, ' ').trim());
  if (typed(q)) {
    await tab.type('#quiz-answer', right ? String(q.answer) : '9999');
  } else {
    const k = right ? (q.answer as number) : ((q.answer as number) + 1) % q.options.length;
    await tab.click((await tab.$$('.quiz-option'))[k]);
  }
  const enabled = () => tab.js(() => !(document.querySelector('.quiz-card .quiz-confirm') as HTMLButtonElement).disabled);
  await expect.poll(enabled).toBe(true);
  await tab.click('.quiz-card .quiz-confirm');
  await tab.waitFor('.quiz-verdict');
  expect(await tab.text('.quiz-verdict')).toContain(right ? '回答正确' : '回答错误');
  await tab.click('.quiz-card .quiz-confirm');
}

/** Answers a whole quiz (`rights[i]`: the i-th answered right) and returns to the reading view. */
async function quiz(tab: Tab, qs: Question[], rights: boolean[]): Promise<void> {
  for (let i = 0; i < qs.length; i++) await answer(tab, qs[i], i, qs.length, rights[i]);
  await tab.waitFor('.quiz-score');
  expect(await tab.text('.quiz-score')).toBe(`得分 ${rights.filter(Boolean).length} / ${qs.length}`);
  await tab.click(await tab.withText('.quiz-summary button', '返回阅读'));
  await tab.waitFor('#search');
}

/** The reader's calendar day `ago` days before today, and an instant at its noon (ISO, seconds). */
function localDay(tab: Tab, ago: number): Promise<{ day: string; noon: string }> {
  return tab.js((k: number) => {
    const d = new Date();
    d.setHours(12, 0, 0, 0);
    d.setDate(d.getDate() - k);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { day, noon: d.toISOString().replace('.000Z', 'Z') };
  }, ago);
}

/** The stored log's lines (without the header), in the stored order. */
async function storedLines(tab: Tab): Promise<string[]> {
  const csv = await tab.js<string | null>((k: string) => localStorage.getItem(k), KEY);
  expect(csv, 'a stored study log').not.toBeNull();
  const lines = csv!.split('\n').filter((l) => l.trim() !== '');
  expect(lines[0]).toBe(HEADER);
  return lines.slice(1);
}

/** Stores a log of these lines and reloads, so the app reads it as it starts. */
async function seed(tab: Tab, lines: string[]): Promise<void> {
  await tab.js((k: string, v: string) => localStorage.setItem(k, v), KEY, [HEADER, ...lines].join('\n') + '\n');
  await tab.reload();
  await tab.ready();
}

const line = (id: string, time: string, right: boolean, mode = 'practice') => `${id},${time},${right ? 'right' : 'wrong'},${mode}`;

/** The numbers of a text, matched by `re` (it must match). */
function numbers(text: string, re: RegExp): number[] {
  const m = re.exec(text);
  expect(m, `${re} in “${text}”`).not.toBeNull();
  return m!.slice(1).map(Number);
}

async function openPanel(tab: Tab): Promise<void> {
  if (!(await tab.js(() => (document.querySelector('details.progress-panel') as HTMLDetailsElement).open))) {
    await tab.click('details.progress-panel summary');
  }
  await expect.poll(() => tab.js(() => (document.querySelector('details.progress-panel') as HTMLDetailsElement).open)).toBe(true);
}

/** Sets the exam date. (A date field's typing differs by engine and locale: its value is set, and
 *  the events a choice in the date picker fires are sent.) */
async function setExam(tab: Tab, day: string): Promise<void> {
  await tab.js((el: HTMLInputElement, v: string) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, await tab.$('input.study-exam'), day);
}

/** A data table's rows under a chart: [row heading, value]. (The page goes down to the
 *  statistics view first: its code comes once its place nears the window, src/components/lazy.rs.) */
async function tableRows(tab: Tab, figure: string): Promise<string[][]> {
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.waitFor(`#stats figure.${figure}`);
  return tab.js<string[][]>(
    (f: string) => [...document.querySelectorAll(`figure.${f} details.stat-table tbody tr`)].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    figure,
  );
}

test('an exam date: the countdown, the forecast for exam day and the plan appear; answering moves their numbers; the date is kept', async ({ tab }) => {
  const qs = expected(42, 3);
  // studied before: two questions of another quiz, on earlier days (one missed yesterday)
  const before = expected(7, 2);
  expect(before.some((b) => qs.some((q) => q.id === b.id))).toBe(false);
  await tab.open();
  const [d3, d2, d1] = [await localDay(tab, 3), await localDay(tab, 2), await localDay(tab, 1)];
  await seed(tab, [line(before[0].id, d3.noon, true), line(before[0].id, d2.noon, true), line(before[1].id, d1.noon, false)]);
  await openPanel(tab);
  expect(await tab.text('.progress-stats')).toContain('已练习 2 题，其中最近一次答对 1 题');
  // no exam date yet: a hint, no countdown, the plan for the next two weeks
  expect(await tab.text('.study-forecast')).toContain('设定考试日期');
  expect(await tab.count('.study-exam-status, .study-forecast strong')).toBe(0);
  expect(await tab.text('.study-plan-summary')).toMatch(/^复习计划：今天 \d+ 题，未来 14 天共 \d+ 次复习$/);
  expect(await tab.value('input.study-exam')).toBe('');

  // the exam in five days
  const exam = (await localDay(tab, -5)).day;
  await setExam(tab, exam);
  await expect.poll(() => tab.count('.study-exam-status')).toBe(1);
  expect(await tab.text('.study-exam-status')).toBe('距考试还有 5 天');
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/exam'))).toBe(exam);
  // the recall the core's FSRS gives for the exam day (the command line counts UTC days: off by
  // a point or two when the browser is in another time zone)
  const offset = await tab.js<number>(() => new Date().getTimezoneOffset());
  const slack = offset === 0 ? 0 : 2;
  const forecast = async (studied: number) => {
    await tab.waitFor('.study-forecast strong');
    const strong = await tab.text('.study-forecast strong');
    const [n, k] = numbers(strong, /^预计考试当天能记住 (\d+)%（已练习的 (\d+) 题）$/);
    const [m, p] = numbers(await tab.text('.study-forecast-whole'), /^按全部 (\d+) 题计（未练习的算作不会）：(\d+)%$/);
    expect(k, 'questions studied').toBe(studied);
    const r = report([HEADER, ...(await storedLines(tab))].join('\n') + '\n', exam);
    expect(r.items).toHaveLength(studied);
    const sum = r.items.reduce((s, i) => s + i.recall_at_exam, 0);
    expect(Math.abs(n - Math.round(r.forecast * 100)), `the forecast ${n}% (FSRS: ${r.forecast})`).toBeLessThanOrEqual(slack);
    expect(m, 'every question the briefing can ask').toBeGreaterThan(50);
    expect(Math.abs(p - Math.round((sum / m) * 100)), `the whole ${p}%`).toBeLessThanOrEqual(slack);
    return { n, k, m, p, text: strong };
  };
  const plan = async () => {
    const [today, total] = numbers(await tab.text('.study-plan-summary'), /^复习计划：今天 (\d+) 题，考前共 (\d+) 次复习$/);
    // the same numbers as the plan chart's table: reviews by day, from today to the day before the exam
    const rows = await tableRows(tab, 'plan');
    expect(rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(total);
    expect(rows.every((r) => r[0] >= todayDay && r[0] < exam)).toBe(true);
    expect(rows.find((r) => r[0] === todayDay)?.[1] ?? '0').toBe(String(today));
    return { today, total, rows };
  };
  const todayDay = (await localDay(tab, 0)).day;
  const f1 = await forecast(2);
  const p1 = await plan();
  // the question missed yesterday is due now: at least that one today
  expect(await tab.text('.progress-stats')).toContain('到期待复习 1 题');
  expect(p1.today).toBeGreaterThanOrEqual(1);
  expect(p1.total).toBeGreaterThanOrEqual(2);
  expect(f1.p).toBeLessThan(f1.n); // unseen questions count as not known

  // three new questions, answered right
  await tab.open('?quiz=42&n=3');
  await quiz(tab, qs, [true, true, true]);
  await openPanel(tab);
  expect(await tab.text('.progress-stats')).toContain('已练习 5 题，其中最近一次答对 4 题');
  const f2 = await forecast(5);
  expect(f2.m).toBe(f1.m);
  expect(f2.text).not.toBe(f1.text);
  expect(f2.p, 'more of the briefing known on exam day').toBeGreaterThan(f1.p);
  const p2 = await plan();
  // each new question is reviewed at least once before the exam: after its 10-minute step,
  // today (unless today ends within those minutes)
  expect(p2.total).toBeGreaterThanOrEqual(p1.total + 3);
  const nearMidnight = await tab.js<boolean>(() => { const d = new Date(); return d.getHours() === 23 && d.getMinutes() >= 45; });
  if (!nearMidnight) expect(p2.today).toBeGreaterThanOrEqual(p1.today + 3);

  // a higher target retention: stored, and no fewer reviews planned
  await tab.js((el: HTMLSelectElement) => {
    el.value = '0.97';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, await tab.$('select.study-retention'));
  await expect.poll(() => tab.js(() => localStorage.getItem('briefing-explorer/retention'))).toBe('0.97');
  await expect.poll(async () => (await plan()).total).toBeGreaterThanOrEqual(p2.total);

  // a reload keeps the exam date and the retention, and gives the same forecast
  await tab.reload();
  await tab.ready();
  await openPanel(tab);
  expect(await tab.value('input.study-exam')).toBe(exam);
  expect(await tab.value('select.study-retention')).toBe('0.97');
  expect(await tab.text('.study-exam-status')).toBe('距考试还有 5 天');
  expect((await forecast(5)).n).toBe(f2.n);
  // the statistics are a link away
  await tab.click('a.study-stats-link');
  await tab.staysInView('#stats-heading');
  expect(new URL(await tab.url()).hash).toBe('#stats');
  await tab.noProblems();
});

test('the heatmap: today’s answers, and earlier days from the log, in the chart and its table', async ({ tab }) => {
  const qs = expected(42, 3);
  await tab.open('?quiz=42&n=3');
  await quiz(tab, qs, [true, false, true]);
  const today = await localDay(tab, 0);
  const tomorrow = await localDay(tab, -1);
  const cells = () =>
    tab.js<[string, number, string][]>(() =>
      [...document.querySelectorAll('#stats figure.heatmap svg rect[data-day]')]
        .filter((r) => Number(r.getAttribute('data-answers')) > 0)
        .map((r) => [r.getAttribute('data-day')!, Number(r.getAttribute('data-answers')), r.getAttribute('class')!]),
    );
  // straight back from the quiz, the reader goes to the statistics: nothing drawn above them
  // afterwards (the figures table) takes them out of sight, in an engine without scroll
  // anchoring (WebKit) too, and their code is fetched because they are near
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.staysInView('#stats-heading');
  await tab.waitFor(`#stats figure.heatmap rect[data-day="${today.day}"]`);
  // the only day with answers: the busiest, at the top of the scale
  expect(await cells()).toEqual([[today.day, 3, 'heat-4']]);
  expect(await tab.attr(`#stats figure.heatmap rect[data-day="${(await localDay(tab, 1)).day}"]`, 'class')).toBe('heat-0');
  expect(await tab.count(`#stats figure.heatmap rect[data-day="${tomorrow.day}"]`)).toBe(0); // no future days
  expect(await tab.text('#stats figure.heatmap .stat-summary')).toContain('近 26 周共作答 3 次，1 天有练习；单日最多 3 次');
  // recall by topic: a row for each topic asked
  const topics = [...new Set(qs.map((q) => String(q.source.topic)))].sort();
  expect((await tab.js<string[]>(() => [...document.querySelectorAll('#stats li.recall-row')].map((l) => l.getAttribute('data-topic')!))).sort()).toEqual(topics);

  // earlier days in the log: yesterday 1 answer, 9 days ago 6, 30 days ago 2
  const more = expected(7, 6);
  const [d1, d9, d30] = [await localDay(tab, 1), await localDay(tab, 9), await localDay(tab, 30)];
  const at = (d: { noon: string }, minutes: number) => new Date(Date.parse(d.noon) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
  await seed(tab, [
    ...(await storedLines(tab)),
    line(more[0].id, d1.noon, true),
    ...more.map((q, k) => line(q.id, at(d9, k), k < 4)),
    line(more[4].id, d30.noon, false),
    line(more[5].id, at(d30, 1), false, 'exam'),
  ]);
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.waitFor(`#stats figure.heatmap rect[data-day="${d30.day}"]`);
  // the scale is the busiest day's (6): 1 → heat-1, 2 or 3 → heat-2, 6 → heat-4
  expect((await cells()).sort()).toEqual(
    [
      [d30.day, 2, 'heat-2'],
      [d9.day, 6, 'heat-4'],
      [d1.day, 1, 'heat-1'],
      [today.day, 3, 'heat-2'],
    ].sort(),
  );
  expect(await tab.text('#stats figure.heatmap .stat-summary')).toContain('近 26 周共作答 12 次，4 天有练习；单日最多 6 次');
  // the data table lists the days with answers, in order, with the right ones
  await tab.click('#stats figure.heatmap details.stat-table summary');
  await expect.poll(() => tab.visible('#stats figure.heatmap details.stat-table tbody tr')).toBe(true);
  expect(await tableRows(tab, 'heatmap')).toEqual([
    [d30.day, '2 · 答对 0'],
    [d9.day, '6 · 答对 4'],
    [d1.day, '1 · 答对 1'],
    [today.day, '3 · 答对 2'],
  ]);
  // each cell says what it holds
  expect(await tab.text(`#stats figure.heatmap rect[data-day="${d9.day}"] title`)).toMatch(/：6 次作答，答对 4$/);
  await tab.noProblems();
});

test('two tabs answering at once: every answer is kept, and both tabs count them all', async ({ tab }) => {
  const [qa, qb] = [expected(42, 2), expected(7, 2)];
  expect(qa.some((a) => qb.some((b) => a.id === b.id))).toBe(false);
  const d = tab.driver;
  await tab.open('?quiz=42&n=2');
  const a = await d.getWindowHandle();
  await d.switchTo().newWindow('window');
  const b = await d.getWindowHandle();
  expect(b).not.toBe(a);
  await tab.open('?quiz=7&n=2');
  // turn about: A, B, A, B
  await d.switchTo().window(a);
  await answer(tab, qa[0], 0, 2, true);
  await d.switchTo().window(b);
  await answer(tab, qb[0], 0, 2, false);
  await d.switchTo().window(a);
  await answer(tab, qa[1], 1, 2, true);
  await d.switchTo().window(b);
  await answer(tab, qb[1], 1, 2, true);
  const ids = [...qa, ...qb].map((q) => q.id).sort();
  const storedIds = async () => (await storedLines(tab)).map((l) => l.split(',')[0]).sort();
  await expect.poll(storedIds, { message: 'all four answers stored' }).toEqual(ids);
  // each tab, back in its reading view (no reload), counts the other's answers too
  for (const [w, right] of [[b, 3], [a, 3]] as const) {
    await d.switchTo().window(w);
    await tab.waitFor('.quiz-score');
    await tab.click(await tab.withText('.quiz-summary button', '返回阅读'));
    await tab.waitFor('#search');
    await expect.poll(() => tab.text('.progress-stats'), { message: 'the panel counts both tabs' }).toContain(`已练习 4 题，其中最近一次答对 ${right} 题`);
  }
  expect(await storedIds()).toEqual(ids);
  const lines = await storedLines(tab);
  expect(lines.find((l) => l.startsWith(`${qb[0].id},`))).toMatch(/,wrong,practice$/);

  // the exam date set in one tab shows in the other
  const exam = (await localDay(tab, -3)).day;
  await openPanel(tab);
  await setExam(tab, exam);
  await expect.poll(() => tab.text('.study-exam-status')).toBe('距考试还有 3 天');
  await d.switchTo().window(b);
  await openPanel(tab);
  await expect.poll(() => tab.value('input.study-exam'), { message: 'the other tab has the exam date' }).toBe(exam);
  await expect.poll(() => tab.count('.study-exam-status')).toBe(1);
  expect(await tab.text('.study-exam-status')).toBe('距考试还有 3 天');
  // and clearing the record in one clears it in the other
  const reset = () => tab.withText('.progress-actions button', '清空');
  await tab.click(await reset());
  await expect.poll(async () => tab.text(await reset())).toBe('确定清空？再点一次');
  await tab.click(await reset());
  await expect.poll(() => tab.text('.progress-stats')).toContain('还没有练习记录');
  await d.switchTo().window(a);
  await expect.poll(() => tab.text('.progress-stats'), { message: 'the other tab is cleared too' }).toContain('还没有练习记录');
  expect(await tab.text('.progress-notice')).toBe('学习记录已清空。');
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/progress'))).toBeNull();
  await tab.noProblems();
});

test('the record moves by link (and QR code) to another browser profile and merges there', async ({ tab, engine, site }, info) => {
  // the first profile: three answers on earlier days, one of them in an exam
  const qs = expected(42, 3);
  await tab.open();
  const [d1, d2] = [await localDay(tab, 1), await localDay(tab, 2)];
  const mine = [line(qs[0].id, d2.noon, true), line(qs[1].id, d2.noon, false, 'exam'), line(qs[2].id, d1.noon, true)];
  await seed(tab, mine);
  // (the statistics view's code comes once its place nears the window: src/components/lazy.rs)
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.waitFor('#stats .transfer-make');
  await tab.click('#stats .transfer-make');
  await tab.waitFor('input.transfer-url');
  const url = await tab.value('input.transfer-url');
  expect(url.startsWith(`${site.url('')}#study=`), url).toBe(true);
  expect(url).toMatch(/#study=[A-Za-z0-9_-]+$/);
  // its QR code
  await tab.waitFor('svg.qr-svg');
  expect(Number(await tab.attr('svg.qr-svg', 'data-modules'))).toBeGreaterThanOrEqual(21);
  expect(await tab.attr('svg.qr-svg path.qr-dark', 'd')).toMatch(/^M\d/);
  expect(await tab.visible('svg.qr-svg')).toBe(true);
  expect(await tab.count('.transfer-too-big')).toBe(0);

  // a second profile (a separate browser session) with answers of its own, one of them the same
  const other = new Session(engine);
  const driver = await other.start();
  try {
    const there = new Tab(driver, engine, site, info);
    await there.open();
    const theirs = [mine[0], line(expected(7, 1)[0].id, d1.noon, false)];
    await seed(there, theirs);
    expect(await there.text('.progress-stats')).toContain('已练习 2 题');
    // the link opened in a new page
    await there.goto('about:blank');
    await there.open(url);
    await there.waitFor('.progress-notice');
    expect(await there.text('.progress-notice')).toBe('已合并链接带来的学习记录：新增 2 条作答。');
    expect((await storedLines(there)).sort()).toEqual([...new Set([...mine, ...theirs])].sort());
    expect(await there.text('.progress-stats')).toContain('已练习 4 题，其中最近一次答对 2 题');
    // the fragment is gone from the address: a reload or a copied address does not carry it
    const href = await there.js<string>(() => location.href);
    expect(href).toBe(site.url(''));
    await there.reload();
    await there.ready();
    expect(await there.count('.progress-notice')).toBe(0);
    expect(await storedLines(there)).toHaveLength(4);
    await there.noProblems();
  } finally {
    await other.quit();
  }
  // the first profile is unchanged
  expect((await storedLines(tab)).sort()).toEqual([...mine].sort());
  await tab.noProblems();
});

test('a record too big for one QR code: the link alone, which still carries every answer', async ({ tab, site }) => {
  // 700 answers over the last three weeks, on every question the quiz can ask
  const ids = expected(1, 5000).map((q) => q.id);
  expect(ids.length).toBeGreaterThan(40);
  await tab.open();
  const end = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;
  const many = Array.from({ length: 700 }, (_, k) =>
    line(ids[k % ids.length], new Date(end - k * 2_603_000).toISOString().replace('.000Z', 'Z'), k % 3 !== 0, k % 7 === 0 ? 'exam' : 'practice'));
  await seed(tab, many);
  expect(await tab.text('.progress-stats')).toContain(`已练习 ${ids.length} 题`);
  // (the statistics view's code comes once its place nears the window: src/components/lazy.rs)
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.waitFor('#stats .transfer-make');
  await tab.click('#stats .transfer-make');
  await tab.waitFor('.transfer-too-big');
  const url = await tab.value('input.transfer-url');
  expect(url.length).toBeGreaterThan(1800);
  expect(await tab.text('.transfer-too-big')).toContain(`链接有 ${url.length} 个字符`);
  expect(await tab.count('svg.qr-svg')).toBe(0);
  // the link, opened where there is no record, brings all 700
  await tab.js((k: string) => localStorage.removeItem(k), KEY);
  await tab.goto('about:blank');
  await tab.open(url.slice(site.url('').length));
  await tab.waitFor('.progress-notice');
  expect(await tab.text('.progress-notice')).toBe('已合并链接带来的学习记录：新增 700 条作答。');
  expect((await storedLines(tab)).sort()).toEqual([...many].sort());
  await tab.noProblems();
});

test('a damaged #study= link is reported and changes nothing', async ({ tab, site }) => {
  const qs = expected(42, 2);
  await tab.open();
  const d1 = await localDay(tab, 1);
  await seed(tab, [line(qs[0].id, d1.noon, true), line(qs[1].id, d1.noon, false)]);
  // a good link of this record, cut short
  // (the statistics view's code comes once its place nears the window: src/components/lazy.rs)
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.waitFor('#stats .transfer-make');
  await tab.click('#stats .transfer-make');
  await tab.waitFor('input.transfer-url');
  const good = await tab.value('input.transfer-url');
  const record = await tab.js<string>((k: string) => localStorage.getItem(k)!, KEY);
  for (const code of [good.split('#study=')[1].slice(0, -2), 'not*base64!', 'AAAA']) {
    await tab.goto('about:blank');
    await tab.open(`#study=${code}`);
    await tab.waitFor('.progress-notice');
    expect(await tab.text('.progress-notice'), code).toBe('链接中的学习记录无法读取（可能被截断），原有记录未改动。');
    expect(await tab.visible('.progress-notice')).toBe(true);
    expect(await tab.js<string>((k: string) => localStorage.getItem(k)!, KEY)).toBe(record);
    expect(await tab.text('.progress-stats')).toContain('已练习 2 题，其中最近一次答对 1 题');
    expect(await tab.js<string>(() => location.hash)).toBe('');
  }
  // and the good link adds nothing new to the record it came from
  await tab.goto('about:blank');
  await tab.open(good.slice(site.url('').length));
  await tab.waitFor('.progress-notice');
  expect(await tab.text('.progress-notice')).toBe('已合并链接带来的学习记录：新增 0 条作答。');
  expect(await tab.js<string>((k: string) => localStorage.getItem(k)!, KEY)).toBe(record);
  await tab.noProblems();
});

// A #study= link pasted into the tab that already shows the app: only the fragment changes, no
// new page load; the app's hashchange listener merges it.
test('a #study= link opened in a tab already showing the app merges too', async ({ tab, site }) => {
  const qs = expected(42, 1);
  await tab.open();
  await seed(tab, [line(qs[0].id, (await localDay(tab, 1)).noon, true)]);
  // (the statistics view's code comes once its place nears the window: src/components/lazy.rs)
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.waitFor('#stats .transfer-make');
  await tab.click('#stats .transfer-make');
  await tab.waitFor('input.transfer-url');
  const url = await tab.value('input.transfer-url');
  await tab.js((k: string) => localStorage.removeItem(k), KEY);
  await tab.reload();
  await tab.ready();
  expect(await tab.text('.progress-stats')).toContain('还没有练习记录');
  await tab.goto(url); // the same page: only the fragment differs
  await expect.poll(() => tab.count('.progress-notice')).toBe(1);
  expect(await tab.text('.progress-notice')).toBe('已合并链接带来的学习记录：新增 1 条作答。');
  expect(await storedLines(tab)).toHaveLength(1);
  expect(await tab.js<string>(() => location.href)).toBe(site.url(''));
});
