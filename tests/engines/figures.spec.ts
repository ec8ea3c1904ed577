import { test, expect, Key, type Tab } from './engine';
import type { WebElement } from 'selenium-webdriver';
import { Pointer } from 'selenium-webdriver/lib/input';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A figure's popover (by click, keyboard and touch), the figures table (数字一览) and its jump
// to the text, in each engine.

const briefing = JSON.parse(readFileSync(join(__dirname, '../../data/briefing.json'), 'utf8'));
const paragraphs: any[] = [
  briefing.note,
  ...briefing.topics.flatMap((t: any) => t.qas.flatMap((q: any) => [q.question, ...q.answers].flatMap((turn: any) => turn.paragraphs))),
];
const figures: any[] = paragraphs.flatMap((p) => p.figures);
const figure = (text: string) => {
  const f = figures.find((x) => x.text === text);
  if (!f) throw new Error(`no figure ${text} in data/briefing.json`);
  return f;
};

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/** Where a mark and the popover are on screen, and the viewport's size. */
async function geometry(tab: Tab, mark: WebElement): Promise<{ m: Box; p: Box; vw: number; vh: number }> {
  return tab.js((el: Element) => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
    const pop = document.getElementById('figure-popover');
    if (!pop) throw new Error('no popover');
    return { m: box(el.getBoundingClientRect()), p: box(pop.getBoundingClientRect()), vw: innerWidth, vh: innerHeight };
  }, mark);
}

/** The popover is wholly on screen, just under the mark or just above it, and overlaps it
 *  sideways (it opens at the mark, not somewhere else on the line); says which side. */
async function placed(tab: Tab, mark: WebElement): Promise<'below' | 'above'> {
  const { m, p, vw, vh } = await geometry(tab, mark);
  const below = p.top >= m.bottom - 1;
  const gap = below ? p.top - m.bottom : m.top - p.bottom;
  expect(gap, 'gap between the mark and its popover').toBeGreaterThanOrEqual(-1);
  expect(gap, 'gap between the mark and its popover').toBeLessThan(20);
  expect(p.left).toBeGreaterThanOrEqual(0);
  expect(p.right).toBeLessThanOrEqual(vw);
  expect(p.top).toBeGreaterThanOrEqual(0);
  expect(p.bottom).toBeLessThanOrEqual(vh);
  expect(p.left, 'the popover reaches the mark sideways').toBeLessThanOrEqual(m.right);
  expect(p.right, 'the popover reaches the mark sideways').toBeGreaterThanOrEqual(m.left);
  return below ? 'below' : 'above';
}

const popCount = (tab: Tab) => tab.count('#figure-popover');

/** A tap with a finger: W3C WebDriver actions with a pointer of type "touch" (what Playwright's
 *  tap() emulates through CDP, here through each engine's own driver). Returns the pointer type
 *  of the pointerdown the page received. */
async function tap(tab: Tab, el: WebElement): Promise<string> {
  await tab.js((e: Element) => {
    e.scrollIntoView({ block: 'center' });
    const w = window as any;
    w.__pointerType = '';
    if (!w.__pointerListening) {
      w.__pointerListening = true;
      document.addEventListener('pointerdown', (ev) => (w.__pointerType = (ev as PointerEvent).pointerType), true);
    }
  }, el);
  const actions = tab.driver.actions({ async: true });
  const finger = new Pointer('finger', Pointer.Type.TOUCH);
  actions.insert(finger, finger.move({ origin: el, duration: 0 }), finger.press(), finger.release());
  await actions.perform();
  return tab.js(() => (window as any).__pointerType);
}

/** The events a touch screen sends for a tap, dispatched in the page: pointer events of type
 *  "touch", then the compatibility mouse events and a click of type "touch". For a driver that
 *  cannot touch (see the phone test); untrusted events, but what the app listens to. */
async function syntheticTap(tab: Tab, el: WebElement): Promise<void> {
  await tab.js((e: HTMLElement) => {
    e.scrollIntoView({ block: 'center' });
    const r = e.getBoundingClientRect();
    const at = { bubbles: true, cancelable: true, composed: true, view: window, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
    const touch = { ...at, pointerId: 7, pointerType: 'touch', isPrimary: true, button: 0 };
    e.dispatchEvent(new PointerEvent('pointerover', touch));
    e.dispatchEvent(new PointerEvent('pointerenter', { ...touch, bubbles: false }));
    e.dispatchEvent(new PointerEvent('pointerdown', touch));
    e.dispatchEvent(new PointerEvent('pointerup', touch));
    e.dispatchEvent(new MouseEvent('mouseover', at));
    e.dispatchEvent(new MouseEvent('mouseenter', { ...at, bubbles: false }));
    e.dispatchEvent(new MouseEvent('mousedown', at));
    e.focus();
    e.dispatchEvent(new MouseEvent('mouseup', at));
    e.dispatchEvent(new PointerEvent('click', touch));
  }, el);
}

test('a click opens a figure’s popover beside it, with its value, unit, kind and speaker; Escape, a click outside or a second click close it', async ({ tab }) => {
  await tab.open();
  const f = figure('超过60万个');
  const mark = await tab.$(`p.para mark#${f.id}`);
  expect(await popCount(tab)).toBe(0);

  // hovering shows it, moving away hides it
  await tab.hover(mark);
  await tab.waitFor('#figure-popover');
  await tab.unhover();
  await tab.waitGone('#figure-popover');

  // a click opens it and pins it: it stays when the pointer moves on
  await tab.click(mark);
  await tab.waitFor('#figure-popover');
  expect(await tab.attr(mark, 'aria-expanded')).toBe('true');
  expect(await tab.text('#figure-popover .popover-figure')).toBe('超过60万个');
  expect(await tab.text('#figure-popover .popover-value')).toBe('60万 = 600,000');
  const facts = await tab.text('#figure-popover');
  for (const want of ['超过', '统计', '数量（个）', '赵志国']) expect(facts).toContain(want);
  // in Chinese the English gloss comes last, named as such
  expect(await tab.text('#figure-popover .popover-gloss')).toBe(f.gloss);
  expect((await tab.texts('#figure-popover dt')).at(-1)).toBe('英文释义');
  expect(await placed(tab, mark)).toBe('below');
  await tab.unhover();
  expect(await popCount(tab), 'a clicked popover stays open').toBe(1);
  await tab.screenshot('popover-1280');

  await tab.press(Key.ESCAPE);
  await tab.waitGone('#figure-popover');
  expect(await tab.attr(mark, 'aria-expanded')).toBe('false');

  // a click outside any figure closes it
  await tab.click(mark);
  await tab.waitFor('#figure-popover');
  await tab.click('header.masthead h1');
  await tab.waitGone('#figure-popover');

  // near the bottom of the window it opens above the mark; a second click closes it. The mark is
  // put wholly inside the window, 40 px above its bottom (WebKit's driver first scrolls an element
  // it takes to be partly hidden to the middle), polled until it is there.
  // (Firefox ESR 153 puts the page back after the scrollBy in this spot: there the mark stays at
  // the very bottom, still wholly in the window within a pixel, which is all the click below needs)
  const bottom = async () => tab.js((e: Element) => innerHeight - e.getBoundingClientRect().bottom, mark);
  const inside = tab.engine === 'firefox' ? -1 : 30;
  await expect.poll(async () => {
    await tab.jsAsync((e: Element) => new Promise((r) => {
      e.scrollIntoView({ block: 'end' });
      requestAnimationFrame(() => requestAnimationFrame(() => {
        scrollBy(0, e.getBoundingClientRect().bottom - (innerHeight - 40));
        requestAnimationFrame(() => requestAnimationFrame(() => r(null)));
      }));
    }), mark);
    return bottom();
  }, { message: 'the mark 40 px above the bottom of the window', timeout: 5_000 }).toBeGreaterThan(inside);
  expect(await bottom()).toBeLessThan(60);
  await tab.driver.actions({ async: true }).move({ origin: mark }).click().perform();
  await tab.waitFor('#figure-popover');
  expect(await placed(tab, mark)).toBe('above');
  await tab.driver.actions({ async: true }).move({ origin: mark }).click().perform();
  await tab.waitGone('#figure-popover');
  await tab.noProblems();
});

test('the keyboard opens a popover: Tab to a figure shows it, Escape hides it, Enter and Space pin it', async ({ tab }) => {
  await tab.open();
  const money = figure('1865亿元');
  const before = figures[figures.indexOf(money) - 1]; // 2020年, just before it in the same sentence
  expect(before.id.split('-')[0]).toBe(money.id.split('-')[0]);
  await tab.focus(`mark#${before.id}`);
  await tab.waitFor('#figure-popover');
  expect(await tab.text('#figure-popover .popover-figure')).toBe(before.text);

  // Tab moves on to the next figure, whose popover replaces the last one
  await tab.press(Key.TAB);
  expect((await tab.focused()).id).toBe(money.id);
  await expect.poll(() => tab.text('#figure-popover .popover-figure')).toBe('1865亿元');
  expect(await tab.text('#figure-popover .popover-value')).toBe('1865亿 = 186,500,000,000');
  expect(await tab.text('#figure-popover')).toContain('金额（元）');
  expect(await tab.text('#figure-popover')).toContain('田玉龙');
  const mark = await tab.$(`mark#${money.id}`);
  expect(await placed(tab, mark)).toBe('below');

  // Escape hides it and leaves the focus where it was
  await tab.press(Key.ESCAPE);
  await tab.waitGone('#figure-popover');
  expect((await tab.focused()).id).toBe(money.id);

  // Enter pins it open even after the focus moves on
  await tab.press(Key.ENTER);
  await tab.waitFor('#figure-popover');
  expect(await tab.attr(mark, 'aria-expanded')).toBe('true');
  await tab.press(Key.TAB);
  expect((await tab.focused()).id).not.toBe(money.id);
  expect(await tab.text('#figure-popover .popover-figure')).toBe('1865亿元');
  await tab.press(Key.ESCAPE);
  await tab.waitGone('#figure-popover');

  // Space does the same as Enter, and a second press closes it
  await tab.focus(mark);
  await tab.press(Key.ESCAPE);
  await tab.waitGone('#figure-popover');
  await tab.press(Key.SPACE);
  await tab.waitFor('#figure-popover');
  expect(await tab.attr(mark, 'aria-expanded')).toBe('true');
  // Space on a figure does not scroll the page
  const y = await tab.js(() => scrollY);
  await tab.press(Key.SPACE);
  await tab.waitGone('#figure-popover');
  expect(await tab.js(() => scrollY)).toBe(y);
  await tab.noProblems();
});

test('on a 360 px phone a tap opens the popover, on screen, and a tap elsewhere closes it; the table works by touch', async ({ tab }) => {
  await tab.viewport(360, 740);
  await tab.open();
  const f = figure('62万款');
  const mark = await tab.$(`p.para mark#${f.id}`);
  const seen = await tap(tab, mark);
  if (tab.engine === 'webkit' && seen === 'mouse') {
    // WebKitGTK's WebDriver accepts a pointer of type "touch" but delivers a mouse press and
    // release at the same spot (a desktop GTK web view has no touch input to emulate). The flow
    // below then runs on that real press, and a touch-typed event sequence is checked after it.
    test.info().annotations.push({ type: 'limitation', description: 'WebKitWebDriver delivers touch actions as mouse events' });
  } else {
    // the driver really touched: the page saw a touch pointer, not a mouse
    expect(seen).toBe('touch');
  }
  await tab.waitFor('#figure-popover');
  expect(await tab.text('#figure-popover .popover-value')).toBe('62万 = 620,000');
  expect(await tab.text('#figure-popover')).toContain('赵志国');
  expect(await tab.attr(mark, 'aria-expanded')).toBe('true');
  // it fits the phone's width and sits by the mark
  await placed(tab, mark);
  await tab.screenshot('popover-360');
  // it stays after the finger lifts (a tap pins it) …
  await new Promise((r) => setTimeout(r, 300));
  expect(await popCount(tab)).toBe(1);
  // … until a tap elsewhere
  await tap(tab, await tab.$('header.masthead h1'));
  await tab.waitGone('#figure-popover');

  if (tab.engine === 'webkit' && seen === 'mouse') {
    // the nearest equivalent of a touch in WebKit here: the events of a tap, typed "touch"
    await syntheticTap(tab, mark);
    await tab.waitFor('#figure-popover');
    expect(await tab.text('#figure-popover .popover-value')).toBe('62万 = 620,000');
    await placed(tab, mark);
    await syntheticTap(tab, await tab.$('header.masthead h1'));
    await tab.waitGone('#figure-popover');
  }

  // a row of the figures table, tapped, brings its figure into view
  await tab.toFigures();
  const row = figure('1865亿元');
  await tab.waitFor(`#figures-table tr[data-figure="${row.id}"] button`);
  await tap(tab, await tab.$(`#figures-table tr[data-figure="${row.id}"] button`));
  await tab.staysInView(`mark#${row.id}`);
  expect(await tab.js(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await tab.noProblems();
});

/** The <select> inside the table's control labelled `label`. */
async function tableSelect(tab: Tab, label: string): Promise<WebElement> {
  const l = await tab.withText('#figures .panel-controls label', label);
  return l.findElement({ css: 'select' });
}

/** Chooses the option with text `option` in a <select>, as a reader does: with a click on it. */
async function choose(tab: Tab, select: WebElement, option: string): Promise<void> {
  const opt = await tab.js<WebElement | null>(
    (s: HTMLSelectElement, t: string) => [...s.options].find((o) => o.textContent?.trim() === t) ?? null,
    select,
    option,
  );
  if (!opt) throw new Error(`no option ${option}`);
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), select);
  await opt.click();
  await expect.poll(() => tab.js((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim(), select)).toBe(option);
}

test('the figures table lists every figure, filters by kind and unit, and sorts by value both ways', async ({ tab }) => {
  await tab.open();
  const firstCells = () => tab.texts('#figures-table tbody tr td:first-child');
  await tab.toFigures();
  await expect.poll(() => tab.count('#figures-table tbody tr')).toBe(figures.length);
  expect(await firstCells()).toEqual(figures.map((f) => f.text));
  expect(await tab.text('#figures .panel-count')).toBe(`显示 ${figures.length} 个数字`);

  const kind = await tableSelect(tab, '类型');
  await choose(tab, kind, '目标');
  const targets = figures.filter((f) => f.kind === 'target');
  await expect.poll(firstCells).toEqual(targets.map((f) => f.text));
  expect(await tab.text('#figures .panel-count')).toBe(`显示 ${targets.length} 个数字`);
  expect(await tab.texts('#figures-table tbody .kind-badge')).toEqual(targets.map(() => '目标'));
  await choose(tab, kind, '全部');
  await expect.poll(() => tab.count('#figures-table tbody tr')).toBe(figures.length);

  const unit = await tableSelect(tab, '单位');
  await choose(tab, unit, '百分比');
  const percents = figures.filter((f) => f.unit === 'percent');
  await expect.poll(firstCells).toEqual(percents.map((f) => f.text));

  // by value: ascending, then descending on a second click
  const header = await tab.withText('#figures-table th', '数字');
  const sort = await header.findElement({ css: 'button' });
  const asc = [...percents].sort((a, b) => a.value - b.value).map((f) => f.text);
  await tab.click(sort);
  await expect.poll(firstCells).toEqual(asc);
  expect(await header.getAttribute('aria-sort')).toBe('ascending');
  await tab.click(sort);
  await expect.poll(firstCells).toEqual([...asc].reverse());
  expect(await header.getAttribute('aria-sort')).toBe('descending');
  // and back to the order of the text
  await tab.click(await tab.withText('#figures button.reading-order', '原文顺序'));
  await expect.poll(firstCells).toEqual(percents.map((f) => f.text));
  expect(await header.getAttribute('aria-sort')).toBeNull();
  await choose(tab, unit, '全部');
  await expect.poll(() => tab.count('#figures-table tbody tr')).toBe(figures.length);
  await tab.noProblems();
});

test('choosing a figure in the table scrolls to it in the text, focuses it and flashes it', async ({ tab }) => {
  await tab.open();
  const f = figure('132款');
  const button = `#figures-table tr[data-figure="${f.id}"] button`;
  await tab.toFigures();
  await tab.waitFor(button);
  expect(await tab.inView(`mark#${f.id}`)).toBe(false);
  // watch the mark from frame to frame: its class and background (a flash is a change a reader
  // sees; WebKit's driver is too slow to catch a 1.6 s flash from outside reliably)
  await tab.js((id: string) => {
    const w = window as any;
    w.__frames = [];
    const end = performance.now() + 6000;
    const sample = () => {
      const el = document.getElementById(id);
      if (el) w.__frames.push([el.classList.contains('flash'), getComputedStyle(el).backgroundColor]);
      if (performance.now() < end) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, f.id);
  await tab.click(button);
  await tab.staysInView(`mark#${f.id}`);
  expect((await tab.focused()).id).toBe(f.id);
  // the flash ends by itself …
  await expect.poll(async () => (await tab.attr(`mark#${f.id}`, 'class')) ?? '', { timeout: 5000 }).not.toContain('flash');
  // … and while it lasted the mark had the flash colour (light theme: --flash #ffe08a), not after
  const flash = 'rgb(255, 224, 138)';
  const frames = await tab.js<[boolean, string][]>(() => (window as any).__frames);
  expect(frames.filter(([on]) => on).length, 'frames with the mark flashing').toBeGreaterThan(2);
  expect(frames.filter(([on, bg]) => on && bg === flash).length, 'frames in the flash colour').toBeGreaterThan(0);
  expect(frames.filter(([on, bg]) => !on && bg === flash)).toEqual([]);
  expect((await tab.style(`mark#${f.id}`, ['background-color']))['background-color']).not.toBe(flash);

  // by keyboard: Enter on a row's button. The figure opens topic 3, just under topic 2, which has
  // not been laid out yet (content-visibility: auto) and is shorter than its stand-in height:
  // laying it out must not carry the figure off the screen (it did in WebKit, which has no scroll
  // anchoring, and in Firefox, whose anchoring does not cover it; the app now keeps it in place).
  const other = figures.find((x) => x.topic === 3)!;
  await tab.focus(`#figures-table tr[data-figure="${other.id}"] button`);
  await tab.press(Key.ENTER);
  await expect.poll(async () => (await tab.focused()).id).toBe(other.id);
  await tab.staysInView(`mark#${other.id}`);

  // with highlighting off, choosing a figure turns it back on
  await tab.click('label.switch');
  await tab.waitGone('p.para mark.fig');
  await tab.click(button);
  await expect.poll(() => tab.count('p.para mark.fig')).toBe(figures.length);
  await expect.poll(() => tab.inView(`mark#${f.id}`)).toBe(true);
  expect(await tab.js(() => (document.querySelector('label.switch input') as HTMLInputElement).checked)).toBe(true);
  await tab.noProblems();
});

test('a figure the filters hide, chosen in the table, clears the filters and is shown', async ({ tab }) => {
  await tab.open('?t=1');
  const f = figure('62万款');
  expect(await tab.count(`mark#${f.id}`)).toBe(0);
  await tab.toFigures();
  await tab.click(await tab.waitFor(`#figures-table tr[data-figure="${f.id}"] button`));
  await tab.staysInView(`mark#${f.id}`);
  expect(await tab.attr('button[data-topic="1"]', 'aria-pressed')).toBe('false');
  await expect.poll(async () => new URL(await tab.url()).search).toBe('');
  await tab.noProblems();
});
