import { expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { test, openApp, watchProblems } from './helpers';

// The quiz in the release build. The expected questions come from the core's command line
// (`briefing quiz --seed N --count K`), which generates them with the same code and data: the
// same seed must give the same questions in the browser.

const root = join(__dirname, '../..');
function expected(seed: number, count: number, topics?: string, kinds?: string): any[] {
  const args = ['quiz', '--seed', String(seed), '--count', String(count)];
  if (topics) args.push('--topics', topics);
  if (kinds) args.push('--kinds', kinds);
  // the binary `cargo test` built; cargo run when it is not there
  const bin = join(root, 'target/debug/briefing');
  const out = existsSync(bin)
    ? execFileSync(bin, args, { cwd: root, encoding: 'utf8' })
    : execFileSync('cargo', ['run', '-q', '-p', 'briefing', '--', ...args], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

async function open(page: Page, url: string): Promise<string[]> {
  const problems = watchProblems(page);
  await openApp(page, url);
  return problems;
}

const rightResponse = (q: any) => (typeof q.answer === 'number' ? String(q.answer + 1) : q.answer);
const wrongResponse = (q: any) => (typeof q.answer === 'number' ? String(((q.answer + 1) % q.options.length) + 1) : '9999');

/** Answers the showing question by keyboard: 1–4, or typing in the box, then Enter. */
async function answerByKeyboard(page: Page, response: string, typed: boolean) {
  if (typed) {
    await page.locator('#quiz-answer').fill(response);
    await page.locator('#quiz-answer').press('Enter');
  } else {
    await page.locator('body').press(response);
    await page.keyboard.press('Enter');
  }
}

test('a practice quiz by keyboard: feedback after each answer, score, review, retry mistakes', async ({ page }) => {
  const qs = expected(42, 5);
  const problems = await open(page, './?quiz=42&n=5');
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    await expect(page.locator('.quiz-title')).toContainText(`第 ${i + 1} / 5 题`);
    await expect(page.locator('#quiz-prompt')).toHaveText(q.prompt);
    const typed = !q.options.length;
    if (!typed) await expect(page.locator('.quiz-option')).toHaveText(q.options.map((o: string, k: number) => `${k + 1}${o}`));
    // the answer is nowhere in the page before the reader answers
    await expect(page.locator('.quiz-option.correct')).toHaveCount(0);
    await expect(page.locator('.quiz-verdict')).toHaveCount(0);
    const wrong = i === 1;
    await answerByKeyboard(page, wrong ? wrongResponse(q) : rightResponse(q), typed);
    await expect(page.locator('.quiz-verdict')).toContainText(wrong ? '回答错误' : '回答正确');
    if (wrong) await expect(page.locator('.quiz-verdict')).toContainText('正确答案');
    if (typed) {
      // the typed answer stays in the box, marked, to compare with the right one
      await expect(page.locator('#quiz-answer')).toHaveValue(wrong ? wrongResponse(q) : rightResponse(q));
      await expect(page.locator('#quiz-answer')).toHaveClass(wrong ? 'wrong' : 'right');
      await expect(page.locator('.quiz-hint')).toHaveText('输入答案，按 Enter 确定');
    } else {
      await expect(page.locator('.quiz-hint')).toHaveText('按 1–4 选择，Enter 确定');
    }
    await expect(page.locator('.quiz-source')).toContainText(q.source.speaker);
    await expect(page.getByRole('link', { name: '在原文中查看' })).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.quiz-score')).toHaveText('得分 4 / 5');
  await expect(page.locator('.quiz-missed li')).toHaveCount(1);
  await expect(page.locator('.quiz-missed')).toContainText(qs[1].source.sentence.slice(0, 8));
  const topics = new Set(qs.map((q) => q.source.topic)).size;
  await expect(page.locator('.quiz-topics tbody tr')).toHaveCount(topics);

  await page.getByRole('button', { name: '只重做错题' }).click();
  await expect(page.locator('.quiz-title')).toContainText('第 1 / 1 题');
  await expect(page.locator('#quiz-prompt')).toHaveText(qs[1].prompt);
  await answerByKeyboard(page, rightResponse(qs[1]), !qs[1].options.length);
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-score')).toHaveText('得分 1 / 1');
  expect(problems).toEqual([]);
});

test('an exam by mouse: no feedback until the end, a running clock, the score', async ({ page }) => {
  const qs = expected(7, 4);
  await open(page, './?quiz=7&n=4&mode=exam');
  await expect(page.locator('.quiz-clock')).toBeVisible();
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    const wrong = i === 0 || i === 3;
    if (q.options.length) {
      const pick = wrong ? (q.answer + 1) % q.options.length : q.answer;
      await page.locator('.quiz-option').nth(pick).click();
    } else {
      await page.locator('#quiz-answer').fill(wrong ? '9999' : q.answer);
    }
    await expect(page.locator('.quiz-verdict')).toHaveCount(0);
    await page.locator('.quiz-confirm').click();
  }
  await expect(page.locator('.quiz-score')).toHaveText('得分 2 / 4');
  await expect(page.locator('.quiz-missed li')).toHaveCount(2);
});

test('the same URL gives the same questions; settings come from the URL', async ({ page }) => {
  await open(page, './?quiz=123&n=3');
  const first = await page.locator('#quiz-prompt').textContent();
  await page.reload();
  await expect(page.locator('#quiz-prompt')).toHaveText(first!);
  expect(first).toBe(expected(123, 3)[0].prompt);
});

test('a quiz started from the launcher can be handed on: its copied link gives the same questions', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems = await open(page, './?t=5');
  await page.getByRole('button', { name: '开始' }).click();
  const first = await page.locator('#quiz-prompt').textContent();
  await page.getByRole('button', { name: '复制本测验链接' }).click();
  await expect(page.locator('.copy-link-status')).toHaveText('链接已复制');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/[?&]quiz=\d+/);
  // a student opens it elsewhere, with no study record: the same first question
  const student = await browser.newPage();
  await student.goto(link);
  await expect(student.locator('#quiz-prompt')).toHaveText(first!);
  expect(problems).toEqual([]);
  await student.close();
  await context.close();
});

test('starting from a topic filter quizzes only those topics', async ({ page }) => {
  await open(page, './?t=2');
  await page.getByRole('button', { name: '开始' }).click();
  await expect(page).toHaveURL(/quiz=\d+.*qt=2/);
  const seed = Number(new URL(page.url()).searchParams.get('quiz'));
  const qs = expected(seed, 10, '2');
  expect(qs.every((q) => q.source.topic === 2)).toBe(true);
  await expect(page.locator('#quiz-prompt')).toHaveText(qs[0].prompt);
  // back returns to the filtered reading view
  await page.goBack();
  await expect(page.locator('button[data-topic="2"]')).toHaveAttribute('aria-pressed', 'true');
});

const KEY = 'briefing-explorer/progress';
const HEADER = 'id,time,result,mode';
type Row = { id: string; time: string; result: string; mode: string };
/** The stored study log's answers (the CSV under the header id,time,result,mode). */
function rows(csv: string | null): Row[] {
  expect(csv, 'a stored study log').not.toBeNull();
  const lines = csv!.split('\n').filter((l) => l.trim() !== '');
  expect(lines[0]).toBe(HEADER);
  return lines.slice(1).map((l) => {
    const [id, time, result, mode] = l.split(',');
    return { id, time, result, mode };
  });
}
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
/** An ISO 8601 instant, to the second, as the log writes it. */
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

test('progress is kept across reloads as a log of answers, and a missed question is due for review within minutes', async ({ page }) => {
  const qs = expected(42, 3);
  await open(page, './?quiz=42&n=3');
  const started = Date.now();
  for (let i = 0; i < 3; i++) {
    await answerByKeyboard(page, i === 0 ? wrongResponse(qs[i]) : rightResponse(qs[i]), !qs[i].options.length);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.quiz-score')).toHaveText('得分 2 / 3');
  await page.goto('./');
  await expect(page.locator('.progress-stats')).toContainText('已练习 3 题，其中最近一次答对 2 题');
  // nothing is due yet; the missed question comes back after FSRS's first learning step
  await expect(page.locator('.progress-stats')).toContainText(/到期待复习 0 题 · 下一题 \d+ 分钟后到期/);
  const wait = Number(/下一题 (\d+) 分钟后到期/.exec((await page.locator('.progress-stats').textContent())!)![1]);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(10);
  // (the panel is folded: nothing is due)
  expect(await page.locator('details.progress-panel').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
  await expect(page.locator('.progress-panel .progress-actions .quiz-confirm')).toBeDisabled();

  // the record is a log: one line per answer, to the second, in practice mode
  const log = rows(await stored(page));
  expect(log.map((r) => r.id).sort()).toEqual(qs.map((q) => q.id).sort());
  for (const [i, q] of qs.entries()) {
    const r = log.find((x) => x.id === q.id)!;
    expect(r.result).toBe(i === 0 ? 'wrong' : 'right');
    expect(r.mode).toBe('practice');
    expect(r.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const t = Date.parse(r.time);
    expect(t).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
    expect(t).toBeLessThanOrEqual(Date.now());
  }
  // a reload keeps it
  await page.reload();
  await expect(page.locator('.progress-stats')).toContainText('已练习 3 题，其中最近一次答对 2 题');
  expect(rows(await stored(page))).toEqual(log);

  // three minutes later (the log's times moved back): the missed one is due, the two right ones
  // (in their 10-minute step) are not
  await page.evaluate(([k, ms]) => {
    const lines = localStorage.getItem(k as string)!.trim().split('\n');
    const moved = lines.slice(1).map((l) => {
      const f = l.split(',');
      f[1] = new Date(Date.parse(f[1]) - (ms as number)).toISOString().replace('.000Z', 'Z');
      return f.join(',');
    });
    localStorage.setItem(k as string, [lines[0], ...moved].join('\n') + '\n');
  }, [KEY, 3 * 60_000]);
  await page.reload();
  await expect(page.locator('.progress-stats')).toContainText('到期待复习 1 题');
  // the record opens to say so
  expect(await page.locator('details.progress-panel').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
  const review = page.getByRole('button', { name: '复习到期题目（1）' });
  await expect(review).toBeEnabled();
  await review.click();
  await expect(page.locator('.quiz-title')).toContainText('第 1 / 1 题');
  await expect(page.locator('#quiz-prompt')).toHaveText(qs[0].prompt);
  // answered right this time: a second answer of the same question in the log
  if (qs[0].options.length) {
    const k = (await page.locator('.quiz-option').allTextContents()).findIndex((t) => t.slice(1) === qs[0].options[qs[0].answer]);
    await answerByKeyboard(page, String(k + 1), false);
  } else {
    await answerByKeyboard(page, qs[0].answer, true);
  }
  await expect(page.locator('.quiz-verdict')).toContainText('回答正确');
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-score')).toHaveText('得分 1 / 1');
  const after = rows(await stored(page));
  expect(after).toHaveLength(4);
  expect(after.filter((r) => r.id === qs[0].id).map((r) => r.result)).toEqual(['wrong', 'right']);
  await page.goto('./');
  await expect(page.locator('.progress-stats')).toContainText('已练习 3 题，其中最近一次答对 3 题');
  await expect(page.locator('.progress-stats')).toContainText('到期待复习 0 题');
});

test('a study record of the old format (JSON, version 1) becomes a log at first load, the original kept aside', async ({ page }) => {
  const now = Math.floor(Date.now() / 1000) * 1000;
  const [a, b] = ['figure-typed:f29-2', 'attribution:23:0'];
  const v1 = JSON.stringify({
    version: 1,
    items: {
      [a]: { box: 2, due: now + 86_400_000, history: [[now - 3 * 86_400_000, true], [now - 2 * 86_400_000, true]] },
      [b]: { box: 0, due: now - 60_000, history: [[now - 86_400_000, false]] },
    },
  });
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, v1]);
  const problems = await open(page, './');
  await expect(page.locator('.progress-stats')).toContainText('已练习 2 题，其中最近一次答对 1 题');
  await expect(page.locator('.progress-notice')).toHaveCount(0); // nothing went wrong
  // every attempt kept is an answer of the log now; the JSON is kept under .v1
  expect(rows(await stored(page))).toEqual([
    { id: a, time: iso(now - 3 * 86_400_000), result: 'right', mode: 'practice' },
    { id: a, time: iso(now - 2 * 86_400_000), result: 'right', mode: 'practice' },
    { id: b, time: iso(now - 86_400_000), result: 'wrong', mode: 'practice' },
  ]);
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.v1`), KEY)).toBe(v1);
  // the missed one (answered wrong a day ago) is due
  await expect(page.locator('.progress-stats')).toContainText('到期待复习 1 题');
  // a reload reads the log: the same record
  await page.reload();
  await expect(page.locator('.progress-stats')).toContainText('已练习 2 题，其中最近一次答对 1 题');
  expect(rows(await stored(page))).toHaveLength(3);
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.v1`), KEY)).toBe(v1);
  expect(problems).toEqual([]);
});

test('a corrupt or old-format storage entry is reported, kept aside and reset', async ({ page }) => {
  await page.addInitScript(([k]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, '{"version":1,"items":{"x":{"box":"oops"');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  const problems = await open(page, './');
  await expect(page.locator('.progress-notice')).toContainText('学习记录无法读取');
  await expect(page.locator('.progress-notice')).toContainText('briefing-explorer/progress.unreadable');
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), KEY)).toContain('oops');
  expect(await stored(page)).toBeNull();
  await expect(page.locator('.progress-stats')).toContainText('还没有练习记录');
  await expect(page.locator('section.topic')).toHaveCount(7); // the page works
  // a damaged log: a line with a time that is not ISO 8601
  const bad = `${HEADER}\nfigure-typed:f29-2,yesterday,right,practice\n`;
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, bad]);
  await page.reload();
  await expect(page.locator('.progress-notice')).toContainText('学习记录无法读取');
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), KEY)).toBe(bad);
  await expect(page.locator('.progress-stats')).toContainText('还没有练习记录');
  // an old format version
  await page.evaluate((k) => localStorage.setItem(k, '{"version":0,"items":{}}'), KEY);
  await page.reload();
  await expect(page.locator('.progress-notice')).toContainText('格式');
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), KEY)).toBe('{"version":0,"items":{}}');
  expect(problems).toEqual([]);
});

test('progress can be exported, imported (merged, as a log or an old record) and reset', async ({ page }) => {
  await open(page, './');
  await page.locator('.progress-panel summary').click();
  const exportLink = page.getByRole('link', { name: '导出记录' });
  await expect(exportLink).toHaveAttribute('download', 'briefing-study-log.csv');
  const exported = async () => {
    const href = (await exportLink.getAttribute('href'))!;
    expect(href).toMatch(/^data:text\/csv/);
    return decodeURIComponent(href.slice(href.indexOf(',') + 1));
  };
  expect(await exported()).toBe(`${HEADER}\n`);

  const t0 = Date.parse('2026-11-20T08:00:00Z');
  const csv = [HEADER, `figure-typed:f29-2,${iso(t0)},right,practice`, `attribution:23:0,${iso(t0 + 60_000)},wrong,exam`].join('\n') + '\n';
  const input = page.locator('.progress-panel .file-button input');
  await input.setInputFiles({ name: 'briefing-study-log.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('.progress-notice')).toContainText('已合并导入的记录：新增 2 条作答。');
  await expect(page.locator('.progress-stats')).toContainText('已练习 2 题，其中最近一次答对 1 题');
  expect(rows(await stored(page))).toHaveLength(2);
  // the same file again adds nothing
  await input.setInputFiles({ name: 'briefing-study-log.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('.progress-notice')).toContainText('新增 0 条作答');
  // an old record: one answer already held, one new
  const doc = { version: 1, items: { 'figure-typed:f29-2': { box: 2, due: 0, history: [[t0, true], [t0 + 86_400_000, true]] } } };
  await input.setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.locator('.progress-notice')).toContainText('已合并导入的记录：新增 1 条作答。');
  await expect(page.locator('.progress-stats')).toContainText('已练习 2 题');
  const union = [
    `figure-typed:f29-2,${iso(t0)},right,practice`,
    `attribution:23:0,${iso(t0 + 60_000)},wrong,exam`,
    `figure-typed:f29-2,${iso(t0 + 86_400_000)},right,practice`,
  ];
  expect(rows(await stored(page)).map((r) => `${r.id},${r.time},${r.result},${r.mode}`)).toEqual(union);
  // the export holds the same log, and downloads as a file of that name
  expect(await exported()).toBe([HEADER, ...union].join('\n') + '\n');
  const download = page.waitForEvent('download');
  await exportLink.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('briefing-study-log.csv');
  expect((await import('node:fs')).readFileSync((await file.path())!, 'utf8')).toBe([HEADER, ...union].join('\n') + '\n');

  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nonsense') });
  await expect(page.locator('.progress-notice')).toContainText('导入失败');
  await expect(page.locator('.progress-stats')).toContainText('已练习 2 题'); // unchanged
  expect(rows(await stored(page))).toHaveLength(3);

  const reset = page.getByRole('button', { name: '清空记录' });
  await reset.click();
  await expect(page.locator('.progress-stats')).toContainText('已练习 2 题'); // asks first
  await page.getByRole('button', { name: '确定清空？再点一次' }).click();
  await expect(page.locator('.progress-stats')).toContainText('还没有练习记录');
  expect(await stored(page)).toBeNull();
  await page.reload();
  await expect(page.locator('.progress-stats')).toContainText('还没有练习记录');
});

test('feedback links to the source in the reading view', async ({ page }) => {
  const qs = expected(42, 1);
  await open(page, './?quiz=42&n=1');
  await answerByKeyboard(page, rightResponse(qs[0]), !qs[0].options.length);
  await page.getByRole('link', { name: '在原文中查看' }).click();
  await expect(page.locator('.quiz')).toHaveCount(0);
  const target = qs[0].source.figure ? page.locator(`mark#${qs[0].source.figure}`) : page.locator(`#p-${qs[0].source.line}`);
  await expect(target).toBeInViewport();
  await expect.poll(() => new URL(page.url()).searchParams.get('quiz')).toBeNull();
});

test('a review link with nothing due says so instead of an empty quiz', async ({ page }) => {
  const problems = await open(page, './?quiz=5&review=1');
  await expect(page.locator('#quiz-empty')).toContainText('现在没有到期的题目');
  await page.getByRole('button', { name: '返回阅读' }).click();
  await expect(page.locator('#search')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a selection with fewer questions than asked for says so', async ({ page }) => {
  const qs = expected(1, 5, '3');
  expect(qs.length).toBeLessThan(5);
  await open(page, './?quiz=1&n=5&qt=3');
  await expect(page.locator('.quiz-title')).toContainText(`第 1 / ${qs.length} 题`);
  await expect(page.locator('.quiz-note')).toHaveText(`你选了 5 题，但所选范围只能出 ${qs.length} 道题。`);
  // once the reader has started, the note has done its job
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-note')).toHaveCount(0);
});

test('a term question: choose the document title, see it marked in its sentence', async ({ page }) => {
  // topic 3 (集成电路) has no askable figures; its policy document is asked about by name
  const qs = expected(1, 10, '3');
  const i = qs.findIndex((q) => q.kind === 'term');
  expect(i).toBeGreaterThanOrEqual(0);
  const q = qs[i];
  await open(page, './?quiz=1&n=10&qt=3');
  for (let k = 0; k < i; k++) {
    await answerByKeyboard(page, rightResponse(qs[k]), !qs[k].options.length);
    await page.keyboard.press('Enter'); // next question
  }
  await expect(page.locator('.quiz-kind')).toHaveText('选出填入空白处的提法或文件名称');
  await expect(page.locator('.quiz-prompt')).toContainText('《___》');
  await expect(page.locator('.quiz-options button')).toHaveCount(4);
  const answer = q.options[q.answer];
  await expect(page.locator('.quiz-options')).toContainText(answer);
  await answerByKeyboard(page, rightResponse(q), false);
  await expect(page.locator('.quiz-verdict')).toContainText('回答正确');
  await expect(page.locator('.quiz-source mark.term')).toHaveText(answer);
});

test('a year question: a wrong year is corrected, and the date is marked in its sentence', async ({ page }) => {
  // topic 4 (新能源汽车) opened car making to foreign ownership in 2018, 2020 and 2022
  const qs = expected(1, 12, '4');
  const i = qs.findIndex((q) => q.kind === 'year');
  expect(i).toBeGreaterThanOrEqual(0);
  const q = qs[i];
  const problems = await open(page, './?quiz=1&n=12&qt=4');
  for (let k = 0; k < i; k++) {
    await answerByKeyboard(page, rightResponse(qs[k]), !qs[k].options.length);
    await page.keyboard.press('Enter'); // next question
  }
  await expect(page.locator('.quiz-kind')).toHaveText('选出正确的年份');
  await expect(page.locator('#quiz-prompt')).toHaveText(q.prompt);
  await expect(page.locator('#quiz-prompt')).toContainText('___年');
  const answer: string = q.options[q.answer];
  await expect(page.locator('#quiz-prompt')).not.toContainText(answer);
  // four years in order
  const shown = (await page.locator('.quiz-option').allTextContents()).map((t) => Number(t.slice(1)));
  expect(shown).toEqual([...shown].sort((a, b) => a - b));
  expect(shown).toContain(Number(answer));
  await answerByKeyboard(page, wrongResponse(q), false);
  await expect(page.locator('.quiz-verdict')).toContainText('回答错误');
  await expect(page.locator('.quiz-verdict')).toContainText(`正确答案：${answer}`);
  await expect(page.locator('.quiz-source mark.fig[data-kind="date"]')).toHaveText(`${answer}年`);
  expect(problems).toEqual([]);
});

test('a count written in Chinese: numeral options, and the feedback marks the figure where it stands', async ({ page }) => {
  // 培育十万家省级“专精特新”企业,遴选出万家“小巨人”企业: the answer 万家 is also the end of 十万家
  // the first seed whose topic-5 quiz opens on that choice question
  const seed = [...Array(200).keys()].find((k) => expected(k, 12, '5')[0].id === 'figure-choice:f87-4');
  expect(seed).toBeDefined();
  const q = expected(seed!, 12, '5')[0];
  const problems = await open(page, `./?quiz=${seed}&n=12&qt=5`);
  await expect(page.locator('#quiz-prompt')).toHaveText(q.prompt);
  await expect(page.locator('.quiz-option')).toHaveText(q.options.map((o: string, k: number) => `${k + 1}${o}`));
  expect(q.options.join('')).not.toMatch(/[0-9]/);
  await answerByKeyboard(page, rightResponse(q), false);
  await expect(page.locator('.quiz-verdict')).toContainText('回答正确');
  const mark = page.locator('.quiz-source mark.fig');
  await expect(mark).toHaveText('万家');
  const before = await mark.evaluate((m) => m.previousSibling?.textContent ?? '');
  expect(before.endsWith('遴选出')).toBe(true);
  expect(problems).toEqual([]);
});

test('the launcher drills one type of question: years only, carried in the URL', async ({ page }) => {
  const problems = await open(page, './');
  const years = page.locator('.quiz-focus .filter-chip', { hasText: '年份' });
  await expect(years).toHaveAttribute('aria-pressed', 'false');
  await years.click();
  await expect(years).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.quiz-launcher .quiz-confirm').click();
  await expect(page).toHaveURL(/[?&]qk=year(&|$)/);
  const seed = Number(new URL(page.url()).searchParams.get('quiz'));
  // the briefing has fewer year questions (one per sentence) than the 10 asked for, and the
  // note says so
  const all = expected(seed, 500, undefined, 'year');
  expect(all.length).toBeLessThan(10);
  expect(all.every((q) => q.kind === 'year')).toBe(true);
  await expect(page.locator('.quiz-note')).toHaveText(`你选了 10 题，但所选范围只能出 ${all.length} 道题。`);
  for (let i = 0; i < all.length; i++) {
    await expect(page.locator('.quiz-title')).toContainText(`第 ${i + 1} / ${all.length} 题`);
    await expect(page.locator('.quiz-kind')).toHaveText('选出正确的年份');
    await page.locator('body').press('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.quiz-score')).toBeVisible();
  expect(problems).toEqual([]);
});
