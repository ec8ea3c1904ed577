import { test, expect, Key, type Tab } from './engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Search, topic and speaker chips and the figures filter, with the view in the URL (reload, Back
// and Forward), a malformed URL, and the phone's filter drawer, in each engine.

const briefing = JSON.parse(readFileSync(join(__dirname, '../../data/briefing.json'), 'utf8'));
const qas: any[] = briefing.topics.flatMap((t: any) => t.qas.map((q: any) => ({ ...q, topic: t.number })));
const textOf = (q: any) => [q.question, ...q.answers].flatMap((t: any) => t.paragraphs.map((p: any) => p.text)).join('\n');
const speaks = (q: any, s: string) => q.answers.some((a: any) => a.speaker === s);
const hasFigures = (q: any) => q.answers.some((a: any) => a.paragraphs.some((p: any) => p.figures.some((f: any) => f.kind !== 'date')));
const ids = (list: any[]) => list.map((q) => q.id);

/** The Q&As the page shows, in order. */
const shownQas = (tab: Tab) => tab.js(() => [...document.querySelectorAll('article.qa')].map((e) => e.id));
/** One query parameter of the current URL. */
const param = async (tab: Tab, name: string) => (await tab.params()).get(name);
/** The number on each topic chip, by topic. */
const topicCounts = (tab: Tab) =>
  tab.js(() => [...document.querySelectorAll('button[data-topic]')].map((b) => Number(b.querySelector('.filter-chip-count')?.textContent)));
const speakerCount = async (tab: Tab, name: string) => Number(await tab.text(`button[data-speaker="${name}"] .filter-chip-count`));
const pressed = (tab: Tab, css: string) => tab.attr(css, 'aria-pressed');
const disabled = (tab: Tab, css: string) => tab.js((c: string) => (document.querySelector(c) as HTMLButtonElement).disabled, css);
/** Topic counts the way a reader would count them: the Q&As of each topic that `keep` lets through. */
const countsBy = (keep: (q: any) => boolean) => briefing.topics.map((t: any) => qas.filter((q) => q.topic === t.number && keep(q)).length);

/** Presses a key with Shift held. */
async function shifted(tab: Tab, key: string): Promise<void> {
  await tab.driver.actions({ async: true }).keyDown(Key.SHIFT).keyDown(key).keyUp(key).keyUp(Key.SHIFT).perform();
}

test('typing 芯片 (CJK through the driver) shows the Q&As with it, marks every hit, counts them and puts the query in the URL', async ({ tab }) => {
  await tab.open();
  const historyBefore = await tab.js(() => history.length);
  await tab.type('#search', '芯片');
  const want = qas.filter((q) => textOf(q).includes('芯片'));
  await expect.poll(() => shownQas(tab)).toEqual(ids(want));
  expect(await tab.value('#search')).toBe('芯片');
  const total = want.reduce((n, q) => n + textOf(q).split('芯片').length - 1, 0);
  await expect.poll(() => tab.count('mark.hit')).toBe(total);
  expect(await tab.text('mark.hit')).toBe('芯片');
  const topics = new Set(want.map((q) => q.topic)).size;
  expect(await tab.text('#result-count')).toBe(`${total} 处匹配，分布在 ${topics} 个热点`);
  // topics without a match are hidden; figure highlighting shows together with the hits
  expect(await tab.visible('#topic-1')).toBe(false);
  expect(await tab.visible('#topic-3')).toBe(true);
  expect(await tab.visible('#topic-3 p.para mark.fig')).toBe(true);
  // the URL carries the query, and typing replaced the history entry instead of adding some
  await expect.poll(() => param(tab, 'q')).toBe('芯片');
  expect(await tab.js(() => history.length)).toBe(historyBefore);
  // the topic chips count what the query lets through
  expect(await topicCounts(tab)).toEqual(countsBy((q) => textOf(q).includes('芯片')));
  expect(await disabled(tab, 'button[data-topic="1"]')).toBe(true);

  // Enter and Shift+Enter step through the hits, each brought into view
  await tab.press(Key.ENTER);
  await expect.poll(() => tab.attr('mark.hit.current', 'data-hit')).toBe('0');
  await tab.staysInView('mark.hit.current');
  await tab.press(Key.ENTER);
  await expect.poll(() => tab.attr('mark.hit.current', 'data-hit')).toBe('1');
  expect(await tab.text('#result-count')).toContain(`第 2 / ${total} 处`);
  await shifted(tab, Key.ENTER);
  await shifted(tab, Key.ENTER);
  await expect.poll(() => tab.attr('mark.hit.current', 'data-hit')).toBe(String(total - 1));
  await tab.staysInView('mark.hit.current');

  // full-width letters are folded: ａｐｐ finds APP
  await tab.type('#search', 'ａｐｐ');
  await expect.poll(() => shownQas(tab)).toEqual(['t6-q1']);
  expect(await tab.text('mark.hit')).toBe('APP');

  // nothing found: said so, with one way to clear the filters
  await tab.type('#search', '不存在的词语');
  await tab.waitGone('article.qa');
  expect(await tab.text('#result-count')).toBe('没有找到“不存在的词语”');
  expect(await tab.text('.no-results')).toContain('没有符合条件的问答');
  await tab.click(await tab.withText('.no-results button', '清除筛选'));
  await expect.poll(() => tab.count('article.qa')).toBe(qas.length);
  expect(await tab.value('#search')).toBe('');
  await expect.poll(async () => new URL(await tab.url()).search).toBe('');
  await tab.noProblems();
});

test('speaker, topic and figures chips filter, their counts follow the other filters, and reload, Back and Forward keep the views', async ({ tab }) => {
  await tab.open();
  const all = ids(qas);
  const s = (q: any) => speaks(q, '黄利斌');
  const st = (q: any) => s(q) && q.topic === 4;
  const stf = (q: any) => st(q) && hasFigures(q);

  // 黄利斌: his Q&As; the topic chips count his Q&As in each topic
  await tab.click('button[data-speaker="黄利斌"]');
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(s)));
  expect(await pressed(tab, 'button[data-speaker="黄利斌"]')).toBe('true');
  await expect.poll(() => param(tab, 's')).toBe('黄利斌');
  expect(await topicCounts(tab)).toEqual(countsBy(s));
  expect(await disabled(tab, 'button[data-topic="1"]')).toBe(true); // none of his answers there
  expect(await disabled(tab, 'button[data-topic="3"]')).toBe(false);
  // the speaker chip shows the part of the title that tells them apart
  expect(await tab.text('button[data-speaker="黄利斌"]')).toContain('运行监测协调局局长');

  // + topic 4: the speaker chips now count within topic 4 (faceted: not their own filter)
  await tab.click('button[data-topic="4"]');
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(st)));
  await expect.poll(() => param(tab, 't')).toBe('4');
  expect(await param(tab, 's')).toBe('黄利斌');
  expect(await speakerCount(tab, '黄利斌')).toBe(qas.filter(st).length);
  expect(await speakerCount(tab, '田玉龙')).toBe(0);
  expect(await disabled(tab, 'button[data-speaker="田玉龙"]')).toBe(true);
  expect(await topicCounts(tab)).toEqual(countsBy(s)); // unchanged by the topic filter itself

  // + only answers with a statistic or target
  const figuresChip = 'button[data-figures="1"]';
  expect(Number(await tab.text(`${figuresChip} .filter-chip-count`))).toBe(qas.filter(stf).length);
  await tab.click(figuresChip);
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(stf)));
  await expect.poll(() => param(tab, 'fig')).toBe('1');
  expect(await topicCounts(tab)).toEqual(countsBy((q) => s(q) && hasFigures(q)));
  expect(await tab.text('#result-count')).toBe(`显示 ${qas.filter(stf).length} 个问答，分布在 1 个热点`);
  const url = await tab.url();
  expect(new URL(url).search).toBe(`?t=4&s=${encodeURIComponent('黄利斌')}&fig=1`);
  await tab.screenshot('filtered-1280');

  // reload: the same view from the URL
  await tab.reload();
  await tab.ready();
  expect(await tab.url()).toBe(url);
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(stf)));
  expect(await pressed(tab, 'button[data-speaker="黄利斌"]')).toBe('true');
  expect(await pressed(tab, 'button[data-topic="4"]')).toBe('true');
  expect(await pressed(tab, figuresChip)).toBe('true');

  // Back undoes one chip at a time; Forward redoes them
  await tab.back();
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(st)));
  expect(await pressed(tab, figuresChip)).toBe('false');
  expect(await param(tab, 'fig')).toBeNull();
  await tab.back();
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(s)));
  expect(await pressed(tab, 'button[data-topic="4"]')).toBe('false');
  await tab.back();
  await expect.poll(() => shownQas(tab)).toEqual(all);
  expect(await pressed(tab, 'button[data-speaker="黄利斌"]')).toBe('false');
  expect(new URL(await tab.url()).search).toBe('');
  await tab.forward();
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(s)));
  await tab.forward();
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter(st)));
  expect(await param(tab, 't')).toBe('4');
  await tab.noProblems();
});

test('a malformed or hostile URL gives a usable page with a notice', async ({ tab }) => {
  // unknown topics and speakers are named and ignored; the rest of the view applies
  await tab.open('?t=2,99,x&s=%E5%BC%A0%E4%B8%89');
  const notice = await tab.text('.notice');
  for (const want of ['热点“99”不存在', '热点“x”不存在', '发言人“张三”不存在']) expect(notice).toContain(want);
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter((q) => q.topic === 2)));
  expect(await pressed(tab, 'button[data-topic="2"]')).toBe('true');
  await tab.click(await tab.withText('.notice button', '知道了'));
  await tab.waitGone('.notice');
  // the page still works: another chip
  await tab.click('button[data-topic="3"]');
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter((q) => q.topic === 2 || q.topic === 3)));
  await tab.noProblems();

  // broken percent-encoding: shown as near as can be, with a notice
  await tab.open('?q=%E8%8A%zz%&t=%');
  expect(await tab.text('.notice')).toContain('编码有误');
  expect(await tab.value('#search')).toContain('%');
  expect(await tab.count('section.topic')).toBe(briefing.topics.length);
  await tab.type('#search', '芯片');
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter((q) => textOf(q).includes('芯片'))));
  await tab.noProblems();

  // markup in the query is text and never runs (an onerror would set window.__ran)
  const hostile = '<script>window.__ran=true</script><img src=x onerror="window.__ran=true">';
  await tab.open(`?q=${encodeURIComponent(hostile)}`);
  expect(await tab.value('#search')).toBe(hostile);
  expect(await tab.visible('.no-results')).toBe(true);
  await new Promise((r) => setTimeout(r, 300));
  expect(await tab.js(() => (window as any).__ran ?? null)).toBeNull();
  expect(await tab.count('main script, main img')).toBe(0);
  await tab.noProblems();
});

test('on a 360 px phone the filters live in a drawer: open it, choose a chip, see the count, close it with Escape', async ({ tab }) => {
  await tab.viewport(360, 740);
  await tab.open();
  const toggle = '.filters-toggle';
  const chip = '#filter-drawer .filter-chip[data-topic="2"]';
  expect(await tab.visible(toggle)).toBe(true);
  expect(await tab.attr(toggle, 'aria-expanded')).toBe('false');
  expect(await tab.visible(chip)).toBe(false);

  await tab.click(toggle);
  await expect.poll(() => tab.attr(toggle, 'aria-expanded')).toBe('true');
  expect(await tab.attr('#filter-drawer', 'role')).toBe('dialog');
  await expect.poll(async () => (await tab.focused()).cls).toContain('drawer-close');
  await expect.poll(() => tab.visible(chip)).toBe(true);
  // the drawer fits the screen and the page does not scroll sideways
  const box = await tab.js(() => {
    const r = document.getElementById('filter-drawer')!.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(360.5);
  expect(await tab.js(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await tab.screenshot('filter-drawer-360');

  await tab.click(chip);
  await expect.poll(() => param(tab, 't')).toBe('2');
  expect(await pressed(tab, chip)).toBe('true');
  // the drawer's button says what the page now shows
  const count = await tab.text('#result-count');
  expect(count).toBe(`显示 ${qas.filter((q) => q.topic === 2).length} 个问答，分布在 1 个热点`);
  expect(await tab.text('.drawer-done')).toContain(count);

  // Escape closes it and gives the focus back to its button
  await tab.press(Key.ESCAPE);
  await expect.poll(() => tab.visible(chip)).toBe(false);
  expect(await tab.attr(toggle, 'aria-expanded')).toBe('false');
  await expect.poll(async () => (await tab.focused()).cls).toContain('filters-toggle');
  // the toggle says how many filters are on, and the page shows the one topic
  expect(await tab.text(`${toggle} .filters-count`)).toBe('1');
  expect(await tab.js(() => [...document.querySelectorAll('section.topic')].filter((s) => !(s as HTMLElement).hidden).length)).toBe(1);
  await expect.poll(() => shownQas(tab)).toEqual(ids(qas.filter((q) => q.topic === 2)));
  await tab.js(() => document.querySelector('.filter-bar')!.scrollIntoView());
  await tab.screenshot('filtered-360');

  // its own button closes it too
  await tab.click(toggle);
  await expect.poll(() => tab.visible(chip)).toBe(true);
  await tab.click('.drawer-done');
  await expect.poll(() => tab.visible(chip)).toBe(false);
  await tab.noProblems();
});

test('a link with a search opens on its results, at 360 and 1280 px (screenshots)', async ({ tab }) => {
  const want = ids(qas.filter((q) => textOf(q).includes('芯片') && speaks(q, '黄利斌')));
  for (const [w, h] of [[360, 740], [1280, 800]]) {
    await tab.viewport(w, h);
    await tab.open('?q=%E8%8A%AF%E7%89%87&s=%E9%BB%84%E5%88%A9%E6%96%8C');
    await expect.poll(() => shownQas(tab)).toEqual(want);
    // the search box and the first results are on the first screen, not the masthead
    await expect.poll(() => tab.js(() => scrollY)).toBeGreaterThan(0);
    const { search, first } = await tab.js(() => ({
      search: document.getElementById('search')!.getBoundingClientRect().top,
      first: [...document.querySelectorAll('section.topic')].find((s) => !(s as HTMLElement).hidden)!.getBoundingClientRect().top,
    }));
    expect(search).toBeGreaterThanOrEqual(0);
    expect(search).toBeLessThan(h / 2);
    expect(first).toBeLessThan(h);
    expect(await tab.value('#search')).toBe('芯片');
    expect(await tab.js(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
    await tab.screenshot(`search-link-${w}`);
    await tab.noProblems();
  }
});
