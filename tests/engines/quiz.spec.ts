import { test, expect, Key, type Tab } from './engine';
import { Select } from 'selenium-webdriver/lib/select';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The quiz and the study record in each engine: a practice quiz by mouse, by keys and with a
// typed (CJK) answer, an exam started from the launcher, and the study record across reloads,
// with due reviews and a damaged entry. The expected questions come from the core's command line
// (`briefing quiz --seed N --count K`), which generates them with the same code and data as the
// app: the same seed must give the same questions in every engine.

const root = join(__dirname, '../..');
const briefing = JSON.parse(readFileSync(join(root, 'data/briefing.json'), 'utf8'));

type Question = {
  id: string;
  kind: string;
  prompt: string;
  options: string[];
  answer: number | string;
  unit: string | null;
  source: { topic: number; speaker: string; line: number; figure: string | null; sentence: string };
};

function expected(seed: number, count: number): Question[] {
  const args = ['quiz', '--seed', String(seed), '--count', String(count)];
  // the binary `cargo test` built; cargo run when it is not there
  const bin = join(root, 'target/debug/briefing');
  const out = existsSync(bin)
    ? execFileSync(bin, args, { cwd: root, encoding: 'utf8' })
    : execFileSync('cargo', ['run', '-q', '-p', 'briefing', '--', ...args], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

const typed = (q: Question) => q.options.length === 0;
/** The key (1–4) of the right option, and of a wrong one. */
const rightKey = (q: Question) => String((q.answer as number) + 1);
const wrongKey = (q: Question) => String((((q.answer as number) + 1) % q.options.length) + 1);
/** How the topic's row on the end screen is labelled: 热点一 工业运行情况. */
const topicLabel = (n: number) => {
  const t = briefing.topics.find((x: any) => x.number === n);
  return `热点${t.numeral} ${t.title}`;
};

/** The options as shown: key and text, e.g. “162”. */
const optionTexts = (tab: Tab) => tab.texts('.quiz-option');

/** Checks the question on show. `shuffled`: a review round draws its wrong options afresh, in
 *  another order (it has a seed of its own), so only the right one and their number are compared. */
async function expectQuestion(tab: Tab, q: Question, i: number, n: number, shuffled = false) {
  await expect.poll(() => tab.text('.quiz-title'), { message: 'the question number' }).toContain(`第 ${i + 1} / ${n} 题`);
  expect(await tab.text('#quiz-prompt')).toBe(q.prompt.replace(/\s+/g, ' ').trim());
  if (typed(q)) expect(await tab.count('#quiz-answer')).toBe(1);
  else if (shuffled) {
    const shown = (await optionTexts(tab)).map((t) => t.slice(1));
    expect(shown).toHaveLength(q.options.length);
    expect(shown).toContain(q.options[q.answer as number]);
  }
  else expect(await optionTexts(tab)).toEqual(q.options.map((o, k) => `${k + 1}${o}`));
  // the answer is nowhere in the page before the reader answers
  expect(await tab.count('.quiz-option.correct, .quiz-verdict, .quiz-source')).toBe(0);
}

/** The feedback of a practice question: the verdict, the right answer when missed, the source
 *  sentence with what was asked marked in it, its speaker and a link to it in the text. */
async function expectFeedback(tab: Tab, q: Question, right: boolean, shuffled = false) {
  await tab.waitFor('.quiz-verdict');
  const verdict = await tab.text('.quiz-verdict');
  expect(verdict).toContain(right ? '回答正确' : '回答错误');
  if (!right) {
    const answer = typed(q) ? `${q.answer}${q.unit ?? ''}` : q.options[q.answer as number];
    expect(verdict).toContain(`正确答案：${answer}`);
  }
  expect(await tab.text('.quiz-source p')).toBe(q.source.sentence);
  // what was asked is marked in the sentence: the figure, or the term (not for a speaker or topic
  // question on a sentence without a figure)
  expect(await tab.count('.quiz-source p mark')).toBe(q.source.figure || q.kind === 'term' ? 1 : 0);
  expect(await tab.text('.quiz-source footer')).toContain(q.source.speaker);
  expect(await tab.text('.quiz-source footer a')).toBe('在原文中查看');
  expect(await tab.visible('.quiz-source footer a')).toBe(true);
  if (!typed(q)) {
    // the right option is marked, and so is a wrong choice; none can be chosen again
    const marks = await tab.js<string[]>(() =>
      [...document.querySelectorAll('.quiz-option')].map((b) =>
        b.classList.contains('correct') ? 'correct' : b.classList.contains('wrong') ? 'wrong' : ''),
    );
    const shown = (await optionTexts(tab)).map((t) => t.slice(1));
    expect(shown[marks.indexOf('correct')].startsWith(q.options[q.answer as number]), 'the option marked right').toBe(true);
    if (!shuffled) expect(marks.indexOf('correct')).toBe(q.answer);
    expect(marks.filter((m) => m === 'wrong').length).toBe(right ? 0 : 1);
    expect(await tab.js(() => [...document.querySelectorAll('.quiz-option')].every((b) => (b as HTMLButtonElement).disabled))).toBe(true);
  }
}

/** The confirm button's label: 确定 / 下一题 / 完成. */
const confirmLabel = (tab: Tab) => tab.text('.quiz-card .quiz-confirm');

/** Takes a screenshot at 1280 and at 360 px with `css` in view, and returns to 1280. */
async function screenshots(tab: Tab, name: string, css: string, block: 'start' | 'center') {
  const show = (c: string, b: string) => document.querySelector(c)?.scrollIntoView({ block: b as ScrollLogicalPosition });
  await tab.js(show, css, block);
  await tab.screenshot(`${name}-1280`);
  await tab.viewport(360, 740);
  // no sideways scrolling on a phone
  await expect.poll(() => tab.js(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await tab.js(show, css, block);
  await tab.screenshot(`${name}-360`);
  await tab.viewport(1280, 800);
}

/** Each row of the end screen's table: [topic, right / asked]. */
const topicRows = (tab: Tab) =>
  tab.js<string[][]>(() =>
    [...document.querySelectorAll('.quiz-topics tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
  );

test('a practice quiz from its URL: by mouse, by keys 1–4 and Enter, a typed answer in Chinese numerals; feedback, score by topic, retry the mistakes', async ({ tab }) => {
  const qs = expected(42, 5);
  // the questions this test relies on: the generator's output for seed 42
  expect(qs.map((q) => q.kind)).toEqual(['figure-choice', 'figure-typed', 'attribution', 'topic', 'true-false']);
  await tab.open('?quiz=42&n=5');
  expect(await tab.count('section.quiz')).toBe(1);
  expect(await tab.text('.quiz-title .badge')).toBe('练习');
  expect(await tab.count('.quiz-clock')).toBe(0); // no clock in practice

  // 1: by mouse, right — choose, then 确定
  await expectQuestion(tab, qs[0], 0, 5);
  expect(await tab.text('.quiz-hint')).toBe('按 1–4 选择，Enter 确定');
  expect(await tab.js(() => (document.querySelector('.quiz-card .quiz-confirm') as HTMLButtonElement).disabled)).toBe(true);
  const options = await tab.$$('.quiz-option');
  await tab.click(options[qs[0].answer as number]);
  await expect.poll(() => tab.attr(options[qs[0].answer as number], 'aria-pressed')).toBe('true');
  expect(await tab.count('.quiz-verdict')).toBe(0); // choosing is not confirming
  expect(await confirmLabel(tab)).toBe('确定（Enter）');
  await tab.click('.quiz-card .quiz-confirm');
  await expectFeedback(tab, qs[0], true);
  expect(await tab.text('.quiz-option.correct .quiz-option-verdict')).not.toBe('');
  expect(await confirmLabel(tab)).toBe('下一题（Enter）');
  await tab.click('.quiz-card .quiz-confirm');

  // 2: a typed figure: 31, typed in Chinese numerals (sendKeys of CJK text), then Enter
  await expectQuestion(tab, qs[1], 1, 5);
  expect(await tab.text('.quiz-hint')).toBe('输入答案，按 Enter 确定');
  expect(await tab.text('.quiz-unit')).toBe(qs[1].unit);
  // the box has the focus: the reader types straight away
  await expect.poll(async () => (await tab.focused()).id).toBe('quiz-answer');
  expect(qs[1].answer).toBe('31');
  await tab.type('#quiz-answer', '三十一');
  expect(await tab.value('#quiz-answer')).toBe('三十一');
  await (await tab.$('#quiz-answer')).sendKeys(Key.ENTER);
  await expectFeedback(tab, qs[1], true);
  // the typed answer stays in the box, marked, to compare with the right one
  expect(await tab.value('#quiz-answer')).toBe('三十一');
  expect(await tab.attr('#quiz-answer', 'class')).toBe('right');
  expect(await tab.js(() => (document.querySelector('#quiz-answer') as HTMLInputElement).disabled)).toBe(true);
  expect(await tab.text('.quiz-source p mark.fig')).toContain('31');
  await screenshots(tab, 'quiz-feedback', '.quiz-feedback', 'center');
  await tab.press(Key.ENTER); // the box is disabled now: Enter on the page goes on

  // 3: by keys, wrong: a wrong digit, then Enter
  await expectQuestion(tab, qs[2], 2, 5);
  await tab.press(wrongKey(qs[2]));
  await expect.poll(() => tab.js(() => [...document.querySelectorAll('.quiz-option')].map((b) => b.getAttribute('aria-pressed'))))
    .toEqual(qs[2].options.map((_, k) => (String(k + 1) === wrongKey(qs[2]) ? 'true' : 'false')));
  await tab.press(Key.ENTER);
  await expectFeedback(tab, qs[2], false);
  await tab.press(Key.ENTER);

  // 4: by keys, right; a second digit changes the choice before Enter
  await expectQuestion(tab, qs[3], 3, 5);
  await tab.press(wrongKey(qs[3]), rightKey(qs[3]), Key.ENTER);
  await expectFeedback(tab, qs[3], true);
  await tab.press(Key.ENTER);

  // 5: true or false, by mouse, wrong
  await expectQuestion(tab, qs[4], 4, 5);
  expect(await optionTexts(tab)).toEqual(['1对', '2错']);
  await tab.click((await tab.$$('.quiz-option'))[(qs[4].answer as number) === 0 ? 1 : 0]);
  await tab.click('.quiz-card .quiz-confirm');
  await expectFeedback(tab, qs[4], false);
  expect(await confirmLabel(tab)).toBe('完成（Enter）');
  await tab.click('.quiz-card .quiz-confirm');

  // the end screen: the score, by topic, and the two missed questions with both answers
  await tab.waitFor('.quiz-score');
  expect(await tab.text('.quiz-score')).toBe('得分 3 / 5');
  // the score takes the focus, so a screen reader reads it out
  await expect.poll(async () => (await tab.focused()).cls).toContain('quiz-score');
  expect(await tab.text('.quiz-time')).toMatch(/^用时 \d+:\d\d$/);
  expect(await topicRows(tab)).toEqual([
    [topicLabel(1), '2 / 3'],
    [topicLabel(5), '0 / 1'],
    [topicLabel(6), '1 / 1'],
  ]);
  expect(await tab.texts('.quiz-missed li .quiz-prompt')).toEqual([qs[2].prompt, qs[4].prompt]);
  const missed = await tab.texts('.quiz-missed li .quiz-correct');
  expect(missed).toEqual([`正确答案：${qs[2].options[qs[2].answer as number]}`, `正确答案：${qs[4].options[qs[4].answer as number]}`]);
  expect(await tab.texts('.quiz-missed li .quiz-yours')).toEqual([
    `你的答案：${qs[2].options[Number(wrongKey(qs[2])) - 1]}`,
    `你的答案：${qs[4].options[(qs[4].answer as number) === 0 ? 1 : 0]}`,
  ]);
  expect(await tab.texts('.quiz-missed li .quiz-source-line')).toEqual([qs[2].source.sentence, qs[4].source.sentence]);
  await screenshots(tab, 'quiz-end', '.quiz-summary', 'start');

  // 只重做错题: exactly the two missed questions, in order
  await tab.click(await tab.withText('.quiz-summary button', '只重做错题'));
  await expectQuestion(tab, qs[2], 0, 2);
  await tab.press(rightKey(qs[2]), Key.ENTER);
  await expectFeedback(tab, qs[2], true);
  await tab.press(Key.ENTER);
  await expectQuestion(tab, qs[4], 1, 2);
  await tab.press(rightKey(qs[4]), Key.ENTER);
  await expectFeedback(tab, qs[4], true);
  await tab.press(Key.ENTER);
  await tab.waitFor('.quiz-score');
  expect(await tab.text('.quiz-score')).toBe('得分 2 / 2');
  expect(await tab.count('.quiz-missed li')).toBe(0);
  expect(await tab.js(() => [...document.querySelectorAll('.quiz-summary button')].some((b) => b.textContent?.includes('只重做错题')))).toBe(false);
  await tab.noProblems();
});

test('an exam started from the launcher: a running clock, no feedback until the end, then the score', async ({ tab }) => {
  await tab.open();
  // the launcher: 5 questions, exam mode
  expect(await tab.text('#quiz-launcher-heading')).toBe('时政练习');
  await new Select(await tab.$('.quiz-launcher select')).selectByValue('5');
  expect(await tab.value('.quiz-launcher select')).toBe('5');
  const exam = await tab.withText('.quiz-launcher .segmented button', '考试');
  const practice = await tab.withText('.quiz-launcher .segmented button', '练习');
  expect(await tab.attr(practice, 'aria-pressed')).toBe('true');
  await tab.click(exam);
  await expect.poll(() => tab.attr(exam, 'aria-pressed')).toBe('true');
  expect(await tab.attr(practice, 'aria-pressed')).toBe('false');
  await tab.click(await tab.withText('.quiz-launcher .quiz-confirm', '开始'));
  await tab.waitFor('section.quiz');

  // the quiz is in the URL: another reader with this link gets the same questions
  await expect.poll(async () => (await tab.params()).get('quiz')).toMatch(/^\d+$/);
  const params = await tab.params();
  expect(params.get('n')).toBe('5');
  expect(params.get('mode')).toBe('exam');
  const qs = expected(Number(params.get('quiz')), 5);
  expect(qs).toHaveLength(5);
  expect(await tab.text('.quiz-title .badge')).toBe('考试');

  // the clock runs
  expect(await tab.visible('.quiz-clock')).toBe(true);
  const start = await tab.text('.quiz-clock');
  expect(start).toMatch(/^0:0\d$/);
  await expect.poll(() => tab.text('.quiz-clock'), { timeout: 5000 }).not.toBe(start);

  const wrong = [0, 3];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    await expectQuestion(tab, q, i, 5);
    expect(await confirmLabel(tab)).toBe(i === 4 ? '完成（Enter）' : '下一题（Enter）');
    const miss = wrong.includes(i);
    if (typed(q)) {
      await tab.type('#quiz-answer', miss ? '9999' : String(q.answer));
    } else if (i % 2 === 0) {
      await tab.click((await tab.$$('.quiz-option'))[Number(miss ? wrongKey(q) : rightKey(q)) - 1]);
    } else {
      await tab.focus('.quiz-card');
      await tab.press(miss ? wrongKey(q) : rightKey(q));
    }
    await expect.poll(() => tab.js(() => (document.querySelector('.quiz-card .quiz-confirm') as HTMLButtonElement).disabled)).toBe(false);
    // no verdict, no right option marked, no source: nothing to learn from until the end
    expect(await tab.count('.quiz-verdict, .quiz-option.correct, .quiz-option.wrong, .quiz-source')).toBe(0);
    await tab.click('.quiz-card .quiz-confirm');
  }
  await tab.waitFor('.quiz-score');
  expect(await tab.text('.quiz-score')).toBe('得分 3 / 5');
  expect(await tab.count('.quiz-clock')).toBe(0); // the clock stops
  expect(await tab.text('.quiz-time')).toMatch(/^用时 0:\d\d$/);
  expect(await tab.texts('.quiz-missed li .quiz-prompt')).toEqual([qs[0].prompt, qs[3].prompt]);
  const rows = await topicRows(tab);
  expect(rows.reduce((n, r) => n + Number(r[1].split(' / ')[1]), 0)).toBe(5);
  expect(rows.reduce((n, r) => n + Number(r[1].split(' / ')[0]), 0)).toBe(3);
  // 返回阅读: back to the reading view, the quiz gone from the URL
  await tab.click(await tab.withText('.quiz-summary button', '返回阅读'));
  await tab.waitFor('#search');
  expect(await tab.count('section.quiz')).toBe(0);
  expect((await tab.params()).get('quiz')).toBeNull();
  await tab.noProblems();
});

test('the study record: kept across a reload, and a missed question comes back for review when due', async ({ tab }) => {
  // a review with nothing due says so instead of an empty quiz
  await tab.open('?quiz=5&review=1');
  expect(await tab.text('#quiz-empty')).toContain('现在没有到期的题目');
  await tab.click(await tab.withText('.quiz-close', '返回阅读'));
  await tab.waitFor('#search');
  expect(await tab.text('.progress-stats')).toContain('还没有练习记录');

  const qs = expected(42, 3);
  await tab.open('?quiz=42&n=3');
  for (let i = 0; i < 3; i++) {
    await expectQuestion(tab, qs[i], i, 3);
    const response = i === 0 ? (typed(qs[i]) ? '9999' : wrongKey(qs[i])) : typed(qs[i]) ? String(qs[i].answer) : rightKey(qs[i]);
    if (typed(qs[i])) {
      await tab.type('#quiz-answer', response);
      await (await tab.$('#quiz-answer')).sendKeys(Key.ENTER);
    } else {
      await tab.press(response, Key.ENTER);
    }
    await tab.waitFor('.quiz-verdict');
    await tab.press(Key.ENTER);
  }
  await tab.waitFor('.quiz-score');
  expect(await tab.text('.quiz-score')).toBe('得分 2 / 3');

  const record = async () => {
    await tab.waitFor('.progress-stats');
    return tab.text('.progress-stats');
  };
  await tab.click(await tab.withText('.quiz-summary button', '返回阅读'));
  await tab.waitFor('#search');
  expect(await record()).toContain('已练习 3 题，其中最近一次答对 2 题');
  // nothing is due yet; the record says when: the missed one comes back after FSRS's first
  // learning step, within minutes
  expect(await record()).toMatch(/到期待复习 0 题 · 下一题 \d+ 分钟后到期/);
  const wait = Number(/下一题 (\d+) 分钟后到期/.exec(await record())![1]);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(10);
  const review = () => tab.withText('.progress-panel button', '复习到期题目');
  expect(await (await review()).isEnabled()).toBe(false);

  // a reload keeps it all: the stored record is a log of the three answers
  await tab.reload();
  await tab.ready();
  expect(await record()).toContain('已练习 3 题，其中最近一次答对 2 题');
  const log = async () => {
    const csv = (await tab.js<string | null>(() => localStorage.getItem('briefing-explorer/progress')))!;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('id,time,result,mode');
    return lines.slice(1).map((l) => l.split(','));
  };
  const stored = await log();
  expect(stored.map((f) => f[0]).sort()).toEqual(qs.map((q) => q.id).sort());
  expect(stored.find((f) => f[0] === qs[0].id)![2]).toBe('wrong');
  expect(stored.find((f) => f[0] === qs[1].id)![2]).toBe('right');
  expect(stored.every((f) => f[3] === 'practice' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(f[1]))).toBe(true);

  // three minutes later (the log's times moved back): the missed one is due, the two answered
  // right (10 minutes) are not; the record opens to say so
  await tab.js((ms: number) => {
    const lines = localStorage.getItem('briefing-explorer/progress')!.trim().split('\n');
    const moved = lines.slice(1).map((l) => {
      const f = l.split(',');
      f[1] = new Date(Date.parse(f[1]) - ms).toISOString().replace('.000Z', 'Z');
      return f.join(',');
    });
    localStorage.setItem('briefing-explorer/progress', [lines[0], ...moved].join('\n') + '\n');
  }, 3 * 60_000);
  await tab.reload();
  await tab.ready();
  expect(await record()).toContain('到期待复习 1 题');
  expect(await tab.js(() => (document.querySelector('details.progress-panel') as HTMLDetailsElement).open)).toBe(true);
  expect(await tab.text(await review())).toBe('复习到期题目（1）');
  expect(await (await review()).isEnabled()).toBe(true);
  await tab.click(await review());
  // only the due question
  await expectQuestion(tab, qs[0], 0, 1, true);
  expect((await tab.params()).get('review')).toBe('1');
  if (typed(qs[0])) {
    await tab.type('#quiz-answer', String(qs[0].answer));
    await (await tab.$('#quiz-answer')).sendKeys(Key.ENTER);
  } else {
    const k = (await optionTexts(tab)).findIndex((t) => t.slice(1) === qs[0].options[qs[0].answer as number]);
    await tab.press(String(k + 1), Key.ENTER);
  }
  await expectFeedback(tab, qs[0], true, true);
  await tab.press(Key.ENTER);
  await tab.waitFor('.quiz-score');
  expect(await tab.text('.quiz-score')).toBe('得分 1 / 1');
  await tab.click(await tab.withText('.quiz-summary button', '返回阅读'));
  await tab.waitFor('#search');
  expect(await record()).toContain('已练习 3 题，其中最近一次答对 3 题');
  expect(await record()).toContain('到期待复习 0 题');
  expect(await (await review()).isEnabled()).toBe(false);
  // the review's answer joined the log: the missed question answered twice
  const after = await log();
  expect(after).toHaveLength(4);
  expect(after.filter((f) => f[0] === qs[0].id).map((f) => f[2])).toEqual(['wrong', 'right']);
  await tab.noProblems();
});

test('a damaged or old-format study record is reported, kept aside and started afresh; the page still works', async ({ tab }) => {
  // WebDriver has no init script (Playwright's addInitScript): the entry is written on the
  // site's origin and the page reloaded, so the app reads it as it starts.
  await tab.open();
  await tab.js(() => localStorage.setItem('briefing-explorer/progress', '{"version":1,"items":{"x":{"box":"oops"'));
  await tab.reload();
  await tab.ready();
  await tab.waitFor('.progress-notice');
  const notice = await tab.text('.progress-notice');
  expect(notice).toContain('学习记录无法读取');
  expect(notice).toContain('briefing-explorer/progress.unreadable');
  expect(await tab.attr('.progress-notice', 'role')).toBe('alert');
  expect(await tab.visible('.progress-notice')).toBe(true); // the record opens to show it
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/progress.unreadable'))).toContain('oops');
  expect(await tab.text('.progress-stats')).toContain('还没有练习记录');
  // the page works: every topic, and a quiz starts
  expect(await tab.count('section.topic')).toBe(7);
  expect(await tab.count('article.qa')).toBe(10);
  await tab.click(await tab.withText('.quiz-launcher .quiz-confirm', '开始'));
  await tab.waitFor('#quiz-prompt');
  expect(await tab.text('#quiz-prompt')).not.toBe('');

  // a record from another version of the app
  await tab.js(() => localStorage.setItem('briefing-explorer/progress', '{"version":0,"items":{}}'));
  await tab.open();
  await tab.waitFor('.progress-notice');
  expect(await tab.text('.progress-notice')).toContain('格式');
  expect(await tab.count('section.topic')).toBe(7);
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/progress.unreadable'))).toBe('{"version":0,"items":{}}');

  // a record of the earlier format (version 1) is no damage: it becomes the log, kept as .v1
  const day = 86_400_000;
  const t = Math.floor(Date.now() / 1000) * 1000 - 2 * day;
  const v1 = JSON.stringify({ version: 1, items: { 'figure-typed:f29-2': { box: 1, due: t + day, history: [[t, true]] } } });
  await tab.js((v: string) => localStorage.setItem('briefing-explorer/progress', v), v1);
  await tab.open();
  expect(await tab.text('.progress-stats')).toContain('已练习 1 题，其中最近一次答对 1 题');
  expect(await tab.count('.progress-notice')).toBe(0);
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/progress'))).toBe(
    `id,time,result,mode\nfigure-typed:f29-2,${new Date(t).toISOString().replace('.000Z', 'Z')},right,practice\n`,
  );
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/progress.v1'))).toBe(v1);
  await tab.noProblems();
});
