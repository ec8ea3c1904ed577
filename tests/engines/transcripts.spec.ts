import { test, expect, type Tab } from './engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, emptyBox, fingerprint, headline, libraryOpen, openPanel, tempFile, toPanel } from './panel';

// The transcripts ministries publish, imported in each engine: a Foreign Ministry briefing
// pasted (one of the real ones in ../shared/transcripts, read in place), an SCIO 图文实录 chosen
// as a file (the project's own fixture), and a Foreign Ministry briefing in traditional
// characters. Each opens as a briefing to read, filter by speaker and by outlet, search (across
// 繁/简), see figures in, quiz on, and with the page's own lines set aside and listed.

const root = join(__dirname, '../..');
const mfa = readFileSync(join(root, '../shared/transcripts/mfa/mfa_2020-04-28.txt'), 'utf8');
const mfaOld = readFileSync(join(root, '../shared/transcripts/mfa/mfa_2016-11-04.txt'), 'utf8');
const scio = readFileSync(join(root, 'crates/briefing/tests/fixtures/scio-press-conference.txt'), 'utf8');
const writeUp = readFileSync(join(root, 'data/miit-2020-briefing.txt'), 'utf8');

/** Simplified → traditional, character by character (OpenCC's STCharacters, the default form of
 *  each), as a big5 mirror of a ministry's site prints it. */
function traditional(text: string): string {
  const map = new Map<string, string>();
  for (const line of readFileSync(join(root, 'vendor/opencc/STCharacters.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [s, t] = line.split('\t');
    map.set(s, [...t][0]);
  }
  return [...text].map((c) => map.get(c) ?? c).join('');
}

/** Pastes `text` into the import box, as the clipboard would (all at once: typing a 15 KB
 *  transcript key by key takes minutes over WebDriver), and opens it. */
async function paste(tab: Tab, text: string): Promise<void> {
  const area = await tab.$('#import-text');
  await tab.js((a: HTMLTextAreaElement, t: string) => {
    a.scrollIntoView({ block: 'center' });
    a.focus();
    a.value = t;
    a.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, area, text);
  await click(tab, '.data-panel .quiz-confirm');
}

/** The page never scrolls sideways: long titles from questions and headlines wrap. */
async function noSidewaysScroll(tab: Tab): Promise<void> {
  await tab.frames(2);
  const [scroll, width] = await tab.js<[number, number]>(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll, 'the page is no wider than the window').toBeLessThanOrEqual(width);
}

/** Closes the figure popover on show, then draws a quiz from the briefing, takes a screenshot of
 *  its first question (`<name>-quiz-1280`) and goes back to reading. */
async function closePopoverAndQuiz(tab: Tab, name: string): Promise<void> {
  await tab.press('\uE00C'); // Escape
  await tab.waitGone('#figure-popover');
  await tab.scrollTo('.quiz-launcher');
  await click(tab, await tab.withText('.quiz-launcher .quiz-confirm', '开始'));
  await tab.waitFor('#quiz-prompt');
  expect(await tab.text('#quiz-prompt')).not.toBe('');
  await tab.screenshot(`${name}-quiz-1280`);
  await tab.click('.quiz-close');
  await tab.waitFor('#search');
}

/** The Q&As on show. */
const shownQas = (tab: Tab) => tab.js<number>(() => [...document.querySelectorAll('article.qa')].filter((a) => (a as HTMLElement).offsetParent !== null).length);

test('a Foreign Ministry briefing pasted opens by question, with its spokesperson, its outlets, figures and a quiz', async ({ tab }) => {
  await openPanel(tab);
  await paste(tab, mfa);
  await expect.poll(() => headline(tab)).toBe('2020年4月28日外交部发言人耿爽主持例行记者会');
  expect(await tab.text('#import-error')).toBe('');
  expect(await tab.text('.eyebrow')).toContain('外交部');
  expect(await tab.text('.eyebrow')).toContain('例行记者会');
  // the topic list reads like a table of contents: a title per question, no 热点 numerals
  const titles = await tab.texts('.topic-nav-title');
  expect(titles).toHaveLength(11);
  expect(titles[0]).toBe('美国白宫国家贸易和制造业政策办公室主任纳瓦罗');
  expect(await tab.count('.topic-nav-num')).toBe(0);
  // …and is called one, as are the sections elsewhere (a write-up's say 热点)
  expect(await tab.text('.topic-nav-heading .ui-zh')).toBe('目录');
  // the spokesperson, and (separately) the outlets that asked
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['耿爽']);
  expect(await tab.texts('.speaker-card .speaker-title')).toEqual(['外交部发言人']);
  const outlets = await tab.texts('.outlet-chip [lang]');
  expect(outlets).toEqual(['俄新社', '法新社', '路透社', '《澳大利亚人报》', '新华社', '中国日报', '印度报业托拉斯']);
  const all = await shownQas(tab);
  expect(all).toBe(18);
  await click(tab, '.outlet-chip[data-outlet="《澳大利亚人报》"]');
  // its three sections, with their follow-ups
  await expect.poll(() => shownQas(tab)).toBe(10);
  expect(await tab.text('#result-count .ui-zh')).toBe('显示 10 个问答，分布在 3 个部分');
  // (the briefing on show named first)
  await expect.poll(async () => (await tab.params()).toString()).toBe(new URLSearchParams([['b', fingerprint(mfa)], ['o', '《澳大利亚人报》']]).toString());
  for (const q of await tab.texts('article.qa .question .turn-title')) expect(q).toBe('《澳大利亚人报》');
  await tab.screenshot('mfa-by-outlet-1280');
  await click(tab, '.outlet-chip[data-outlet="《澳大利亚人报》"]');
  await expect.poll(() => shownQas(tab)).toBe(all);
  // the figures, and a figure's popover
  const mark = await tab.withText('p.para mark.fig', '超过15000人次');
  expect(await tab.attr(mark, 'data-value')).toBe('15000');
  await click(tab, mark);
  await tab.waitFor('#figure-popover');
  expect(await tab.text('#figure-popover .popover-figure')).toBe('超过15000人次');
  expect(await tab.text('#figure-popover')).toContain('耿爽');
  await tab.screenshot('mfa-popover-1280');
  await closePopoverAndQuiz(tab, 'mfa');
  await noSidewaysScroll(tab);
  await tab.viewport(360, 740);
  await noSidewaysScroll(tab);
  await tab.scrollTo('section.topic');
  await tab.screenshot('mfa-360');
  await tab.noProblems();
});

test('an SCIO transcript chosen as a file opens with its speakers by title, its outlets and the page chrome set aside', async ({ tab }) => {
  await openPanel(tab);
  const input = await tab.$('.data-panel .file-button input[type=file]');
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), input);
  await input.sendKeys(tempFile('scio.txt', scio));
  await expect.poll(() => headline(tab)).toBe('国务院新闻办就2025年工业和信息化发展情况举行发布会');
  expect(await tab.texts('.topic-nav-title')).toEqual(['开场介绍', '今年是“十五五”开局之年', '人工智能赋能制造业进展如何', '在中小企业纾困方面']);
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['陈文华', '李明远', '赵清和']);
  expect(await tab.texts('.speaker-card .speaker-title')).toEqual(['国务院新闻办新闻局副局长、新闻发言人', '工业和信息化部副部长', '工业和信息化部总工程师']);
  expect(await tab.text('.note')).toContain('国务院新闻办公室于2026年1月21日');
  // the opening statement answers no question
  expect(await tab.count('#t1-q1 .question')).toBe(0);
  // by speaker: 赵清和 answered one question
  await click(tab, '.speaker-chip[data-speaker="赵清和"]');
  await expect.poll(() => shownQas(tab)).toBe(1);
  await click(tab, '.speaker-chip[data-speaker="赵清和"]');
  expect(await tab.texts('.outlet-chip [lang]')).toEqual(['中央广播电视总台央视', '新华社', '第一财经']);
  // by outlet: 第一财经 asked one question
  await click(tab, '.outlet-chip[data-outlet="第一财经"]');
  await expect.poll(() => shownQas(tab)).toBe(1);
  // (the address is written just after the view is drawn)
  await expect.poll(async () => (await tab.params()).toString()).toBe(new URLSearchParams([['b', fingerprint(scio)], ['o', '第一财经']]).toString());
  await click(tab, '.outlet-chip[data-outlet="第一财经"]');
  // the page's own lines, listed and never in the speech
  await tab.scrollTo('#set-aside');
  expect(await tab.text('#set-aside-heading')).toBe('未计入正文的网页内容（6 行）');
  const aside = await tab.texts('#set-aside li .repair-change');
  expect(aside).toHaveLength(6);
  expect(aside).toContain('责任编辑：周宁');
  expect(aside).toContain('2026-01-21 10:18:42');
  expect(await tab.texts('#set-aside li .repair-kind')).toContain('图片说明');
  const speech = await tab.js<string>(() => [...document.querySelectorAll('article.qa p.para')].map((p) => p.textContent).join('\n'));
  for (const chrome of ['责任编辑', '中国网 孙晓 摄', '字体：', '10:18:42']) expect(speech).not.toContain(chrome);
  await tab.screenshot('scio-set-aside-1280');
  // its figures, and a figure's popover
  const mark = await tab.withText('p.para mark.fig', '5.9%');
  expect(await tab.attr(mark, 'data-value')).toBe('5.9');
  await click(tab, mark);
  await tab.waitFor('#figure-popover');
  expect(await tab.text('#figure-popover .popover-figure')).toBe('5.9%');
  await closePopoverAndQuiz(tab, 'scio');
  await noSidewaysScroll(tab);
  await tab.viewport(360, 740);
  await noSidewaysScroll(tab);
  await tab.js(() => scrollTo(0, 0));
  await tab.screenshot('scio-360');
  await tab.noProblems();
});

test('a briefing in traditional characters reads the same, and search folds 繁/简 both ways', async ({ tab }) => {
  await openPanel(tab);
  await paste(tab, traditional(mfaOld));
  await expect.poll(() => headline(tab)).toBe('2016年11月4日外交部發言人華春瑩主持例行記者會');
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['華春瑩']);
  expect(await tab.count('.topic-nav-title')).toBe(6);
  // a search in simplified characters finds the traditional text, and marks it as printed
  await tab.type('#search', '巴黎协定');
  await expect.poll(() => tab.count('mark.hit')).toBeGreaterThan(0);
  expect(new Set(await tab.texts('mark.hit'))).toEqual(new Set(['巴黎協定']));
  // and the other way, on the built-in briefing (simplified), a search in traditional ones
  await emptyBox(tab, '#search');
  await toPanel(tab);
  await click(tab, await libraryOpen(tab, 0));
  await expect.poll(() => headline(tab)).toBe('工信部解读2020年工业通信业热点');
  await tab.scrollTo('#search');
  await tab.type('#search', '發展');
  await expect.poll(() => tab.count('mark.hit')).toBeGreaterThan(0);
  expect(new Set(await tab.texts('mark.hit'))).toEqual(new Set(['发展']));
  await tab.viewport(360, 740);
  await tab.screenshot('traditional-search-360');
  // a newspaper write-up in traditional characters: the built-in one, as a big5 mirror prints it
  await emptyBox(tab, '#search');
  await openPanel(tab);
  await paste(tab, traditional(writeUp));
  await expect.poll(() => headline(tab)).toBe('工信部解讀2020年工業通信業熱點');
  expect(await tab.text('#import-error')).toBe('');
  expect(await tab.count('.topic-nav-title')).toBe(7);
  expect(await tab.text('.topic-nav-heading .ui-zh')).toBe('热点目录');
  expect(await tab.texts('.speaker-card .speaker-name')).toContain('田玉龍');
  await tab.type('#search', '发展');
  await expect.poll(() => tab.count('mark.hit')).toBeGreaterThan(0);
  expect(new Set(await tab.texts('mark.hit'))).toEqual(new Set(['發展']));
  await tab.noProblems();
});

test('a Foreign Ministry briefing chosen as a file and an SCIO transcript pasted open as they do the other way', async ({ tab }) => {
  await openPanel(tab);
  const input = await tab.$('.data-panel .file-button input[type=file]');
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), input);
  await input.sendKeys(tempFile('mfa.txt', mfa));
  await expect.poll(() => headline(tab)).toBe('2020年4月28日外交部发言人耿爽主持例行记者会');
  expect(await tab.count('.topic-nav-title')).toBe(11);
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['耿爽']);
  await openPanel(tab);
  await paste(tab, scio);
  await expect.poll(() => headline(tab)).toBe('国务院新闻办就2025年工业和信息化发展情况举行发布会');
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['陈文华', '李明远', '赵清和']);
  await tab.scrollTo('#set-aside');
  expect(await tab.text('#set-aside-heading')).toBe('未计入正文的网页内容（6 行）');
  await tab.noProblems();
});
