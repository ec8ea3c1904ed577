import { test, expect, Key } from './engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The reading view with its repairs, and the three kinds of figure, in each engine.

const briefing = JSON.parse(readFileSync(join(__dirname, '../../data/briefing.json'), 'utf8'));
const TOPIC_TITLES = ['工业运行情况', '5G', '集成电路发展', '新能源汽车', '中小企业', 'APP侵权', '制造业高质量发展'];

test('the briefing reads in order: masthead, seven topics, ten questions with their answers', async ({ tab }) => {
  await tab.open();
  expect(await tab.text('header.masthead h1')).toBe('工信部解读2020年工业通信业热点');
  expect(await tab.attr('header.masthead time', 'datetime')).toBe('2021-01-26');
  expect(await tab.texts('header.masthead .speaker-name')).toEqual(['田玉龙', '黄利斌', '赵志国']);
  const titles = await tab.texts('section.topic h2');
  expect(titles).toHaveLength(7);
  titles.forEach((t, i) => expect(t).toContain(TOPIC_TITLES[i]));
  const qas = briefing.topics.flatMap((t: any) => t.qas);
  expect(await tab.js(() => [...document.querySelectorAll('article.qa')].map((a) => a.id))).toEqual(qas.map((q: any) => q.id));
  expect(await tab.texts('article.qa .question .turn-speaker')).toEqual(Array(10).fill('记者'));
  const firstAnswers = await tab.js(() =>
    [...document.querySelectorAll('article.qa')].map((a) => a.querySelector('.answer .para')?.textContent ?? ''),
  );
  expect(firstAnswers).toEqual(qas.map((q: any) => q.answers[0].paragraphs[0].text));
  // questions and answers look different
  const bg = async (css: string) => (await tab.style(css, ['background-color']))['background-color'];
  expect(await bg('.question')).not.toBe(await bg('.answer'));
  await tab.noProblems();
});

test('each repair is shown mended and marked, with the original on hover and on keyboard focus', async ({ tab }) => {
  await tab.open();
  const text = (await tab.texts('section.topic p.para')).join('');
  for (const mended of ['5G毫米波试验', '中小企业数字化、工业设计赋能', '主要涉及哪些侵害用户的行为', '民营企业和中小企业', '五中全会提出']) {
    expect(text).toContain(mended);
  }
  expect(text).not.toContain('落地落地');
  expect(text).not.toContain('五中全提出');
  expect(await tab.count('.repair-mark')).toBe(6);

  const repair = await tab.withText('.repair', '米波');
  const mark = await repair.findElement({ css: '.repair-mark' });
  // the tip is the mark's ::after; Firefox reports its content as `attr(data-tip)` rather than the
  // text it draws, so that is resolved here against the mark's attribute
  const tip = async () => {
    const s = await tab.style(mark, ['display', 'content'], '::after');
    if (s.display === 'none') return '';
    const attr = /^attr\(([\w-]+)\)$/.exec(s.content);
    return attr ? (await tab.attr(mark, attr[1])) ?? '' : s.content;
  };
  expect(await tip()).toBe('');
  await tab.hover(repair);
  await expect.poll(tip).toContain('米⏎波');
  expect(await tip()).toContain('分页断词');
  await tab.unhover();
  await expect.poll(tip).toBe('');

  // the keyboard reaches a repair mark, which shows its original; Escape hides it
  await tab.focus(mark);
  await expect.poll(tip).toContain('米⏎波');
  expect(await tab.attr(mark, 'aria-label')).toContain('原文');
  await tab.press(Key.ESCAPE);
  await expect.poll(tip).toBe('');
  expect((await tab.focused()).cls).toContain('repair-mark');

  // every repair is listed under 文本修正 with what was published
  const list = await tab.text('.repairs-list, #repairs');
  for (const original of ['全 → 全会', '米⏎波', '落地落地', 'and → 和', '哪⏎些']) expect(list).toContain(original);
  await tab.noProblems();
});

test('statistics, targets and dates each look different from the others and from plain text, by more than colour', async ({ tab }) => {
  await tab.open();
  const props = [
    'font-weight', 'box-shadow', 'border-bottom-style', 'border-bottom-width',
    'text-decoration-line', 'text-decoration-style', 'text-decoration-thickness', 'text-underline-offset',
  ];
  const look = async (css: string) => {
    const s = await tab.style(css, props);
    const after = (await tab.style(css, ['content'], '::after')).content;
    // the line under the text, whatever draws it: a box shadow, a border or a text decoration
    const line =
      s['box-shadow'] !== 'none' ? 'solid' :
      s['border-bottom-style'] !== 'none' && parseFloat(s['border-bottom-width']) > 0 ? s['border-bottom-style'] :
      s['text-decoration-line'].includes('underline') ? s['text-decoration-style'] : 'none';
    return { weight: Number(s['font-weight']), line, sign: after.includes('◎') ? '◎' : '' };
  };
  const stat = await look('p.para mark.fig[data-kind="statistic"]');
  const target = await look('p.para mark.fig[data-kind="target"]');
  const date = await look('p.para mark.fig[data-kind="date"]');
  const plain = await look('p.para');
  expect(stat).toEqual({ weight: 600, line: 'solid', sign: '' });
  expect(target).toEqual({ weight: 600, line: 'dashed', sign: '◎' });
  // a date is toned down: not bold, but with its dotted underline (WebKit once dropped it)
  expect(date).toEqual({ weight: 400, line: 'dotted', sign: '' });
  expect(plain).toEqual({ weight: 400, line: 'none', sign: '' });
});

test('the reading view at a phone’s and a desktop’s width (screenshots)', async ({ tab }) => {
  for (const [w, h] of [[360, 740], [1280, 800]]) {
    await tab.viewport(w, h);
    await tab.open();
    // no sideways scrolling on either
    expect(await tab.js(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
    await tab.screenshot(`reading-${w}`);
    const mark = await tab.withText('p.para mark.fig[data-kind="date"]', '2020年');
    await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), mark);
    await tab.screenshot(`reading-figures-${w}`);
  }
  await tab.noProblems();
});
