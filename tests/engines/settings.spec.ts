import { test, expect, Key, type Tab } from './engine';

// The two settings a reader keeps, in each engine: the interface language (中文 / English) and
// the colour theme (跟随系统 → 浅色 → 深色), each remembered across a reload.
//
// Following the *system's* dark setting is not switched here: WebDriver classic has no way to
// change prefers-color-scheme mid-session (Playwright's emulateMedia does; tests/e2e/themes.spec.ts
// covers it in Chromium). What is checked instead: under 跟随系统 the page's colours are the ones
// the engine's own prefers-color-scheme asks for, and 浅色 / 深色 override it.

/** Text on screen, outside the briefing's own (lang="zh-…") text, that contains Han characters:
 *  in English mode, each is a string left untranslated. */
async function untranslated(tab: Tab): Promise<string[]> {
  return tab.js(() => {
    const out: string[] = [];
    const shown = (el: Element) => el.checkVisibility();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!/[\u3400-\u9fff]/.test(text)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[hidden], script, style, noscript')) continue;
      if (!shown(el)) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('zh')) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${text.trim().slice(0, 40)}`);
    }
    // words the stylesheet puts on screen (::before / ::after) count too
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      for (const pseudo of ['::before', '::after']) {
        const c = getComputedStyle(el, pseudo).content;
        const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
        if (c && c !== 'none' && /[\u3400-\u9fff]/.test(c) && !lang.startsWith('zh') && shown(el)) out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo}: ${c}`);
      }
    }
    // placeholders left unfilled are missing strings too
    for (const m of document.body.innerText.match(/\{\}|undefined|NaN/g) ?? []) out.push(`leftover: ${m}`);
    return [...new Set(out)];
  });
}

/** Takes screenshots at 1280 and at 360 px, of the top of the page and of `css` scrolled to
 *  the top, and returns to 1280. */
async function screenshots(tab: Tab, name: string, css: string) {
  for (const [w, h] of [[1280, 800], [360, 740]]) {
    await tab.viewport(w, h);
    // no sideways scrolling
    await expect.poll(() => tab.js(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
    await tab.js(() => scrollTo(0, 0));
    await tab.screenshot(`${name}-${w}`);
    await tab.js((c: string) => document.querySelector(c)?.scrollIntoView({ block: 'start' }), css);
    await tab.screenshot(`${name}-${css.replace(/[^a-z]+/g, '')}-${w}`);
  }
  await tab.viewport(1280, 800);
}

test('the interface in English: every label outside the briefing, remembered across a reload; 中文 switches back', async ({ tab }) => {
  await tab.open();
  expect(await tab.attr('html', 'lang')).toBe('zh-CN');
  expect(await tab.text('label[for="search"], .search-label')).toContain('全文搜索');
  expect(await tab.text('#figures-heading')).toBe('数字一览');
  const toggle = '.lang-toggle';
  // labelled in the language it switches to, so a reader who cannot read Chinese finds it
  expect(await tab.text(toggle)).toBe('English');
  expect(await tab.attr(`${toggle} .ui-zh`, 'lang')).toBe('en');

  await tab.click(toggle);
  await expect.poll(() => tab.attr('html', 'lang')).toBe('en');
  expect(await tab.text('.skip-link')).toBe('Skip to the briefing');
  expect(await tab.text('#figures-heading')).toBe('All figures');
  expect(await tab.text('label[for="search"], .search-label')).toContain('Search the text');
  expect(await tab.text('#quiz-launcher-heading')).toBe('Current-affairs drill');
  expect(await tab.text('.theme-toggle')).toContain('System');
  expect(await tab.text(toggle)).toBe('中文');
  expect(await tab.attr(`${toggle} .ui-en`, 'lang')).toBe('zh-CN');
  // the briefing itself is untouched and says what language it is in
  expect(await tab.attr('#topic-2 p.para', 'lang')).toBe('zh-CN');
  expect(await tab.text('h1.headline')).toBe('工信部解读2020年工业通信业热点');
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/lang'))).toBe('en');
  expect(await untranslated(tab), 'reading view').toEqual([]);

  // remembered
  await tab.reload();
  await tab.ready();
  expect(await tab.attr('html', 'lang')).toBe('en');
  expect(await tab.text('#figures-heading')).toBe('All figures');
  // counts of one are singular in English
  await tab.click('.filter-chip[data-topic="2"]');
  await expect.poll(() => tab.text('#result-count')).toBe('Showing 1 Q&A in 1 topic');
  await tab.type('#search', '芯片');
  await expect.poll(() => tab.text('#result-count')).toBe('1 match in 1 topic');
  await tab.click('.filter-chip[data-topic="2"]');
  await expect.poll(() => tab.text('#result-count')).toBe('6 matches in 2 topics');
  expect(await untranslated(tab), 'filters with a search').toEqual([]);
  await tab.type('#search', 'x');
  await (await tab.$('#search')).sendKeys(Key.BACK_SPACE);
  await expect.poll(() => tab.value('#search')).toBe('');
  await screenshots(tab, 'english', '.filter-bar');

  // a quiz in English: question, feedback and end screen
  await tab.open('?quiz=42&n=3');
  for (let i = 0; i < 3; i++) {
    await expect.poll(() => tab.text('.quiz-title')).toContain(`Question ${i + 1} of 3`);
    expect(await untranslated(tab), `quiz question ${i + 1}`).toEqual([]);
    if (await tab.count('#quiz-answer')) {
      await tab.type('#quiz-answer', '9999');
      await (await tab.$('#quiz-answer')).sendKeys(Key.ENTER);
    } else {
      await tab.press('1', Key.ENTER);
    }
    await tab.waitFor('.quiz-verdict');
    expect(await tab.text('.quiz-verdict')).toMatch(/Right|Wrong/);
    expect(await tab.text('.quiz-source footer a')).toBe('See it in the text');
    expect(await untranslated(tab), `quiz feedback ${i + 1}`).toEqual([]);
    await tab.press(Key.ENTER);
  }
  await tab.waitFor('.quiz-score');
  expect(await tab.text('.quiz-score')).toMatch(/^Score \d \/ 3$/);
  expect(await untranslated(tab), 'quiz end screen').toEqual([]);
  await tab.click(await tab.withText('.quiz-summary button', 'Back to reading'));
  await tab.waitFor('#search');

  // 中文 switches back, and that is remembered too
  await tab.click(toggle);
  await expect.poll(() => tab.attr('html', 'lang')).toBe('zh-CN');
  expect(await tab.text('#figures-heading')).toBe('数字一览');
  expect(await tab.text(toggle)).toBe('English');
  await tab.reload();
  await tab.ready();
  expect(await tab.attr('html', 'lang')).toBe('zh-CN');
  expect(await tab.text('#figures-heading')).toBe('数字一览');
  expect(await tab.text('.skip-link')).toBe('跳到正文');
  await tab.noProblems();
});

/** WCAG relative-luminance contrast of two rgb()/rgba() strings. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The text colour and the background it is drawn on (the nearest opaque one, the element's or
 *  an ancestor's) of the first element matching each selector. */
async function colours(tab: Tab, selectors: string[]): Promise<Record<string, { ink: string; bg: string }>> {
  return tab.js((sels: string[]) => {
    const opaque = (c: string) => c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
    const out: Record<string, { ink: string; bg: string }> = {};
    for (const s of sels) {
      const el = document.querySelector(s);
      if (!el) continue;
      let bg = 'rgb(255, 255, 255)'; // the canvas, when nothing sets one
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (opaque(c)) { bg = c; break; }
      }
      out[s] = { ink: getComputedStyle(el).color, bg };
    }
    return out;
  }, selectors);
}

const PARTS = [
  'body',
  'header.masthead h1',
  '#topic-2 .question .para',
  '#topic-2 .answer .para',
  'p.para mark.fig[data-kind="statistic"]',
  'p.para mark.fig[data-kind="date"]',
  '#search',
  '.theme-toggle',
  '.quiz-launcher .quiz-confirm',
];

test('the colour theme: 跟随系统 → 浅色 → 深色 changes the page’s colours, stays readable and is remembered', async ({ tab }) => {
  await tab.open();
  const toggle = '.theme-toggle';
  expect(await tab.text(toggle)).toContain('跟随系统');
  expect(await tab.attr('html', 'data-theme')).toBeNull();
  expect(await tab.attr(toggle, 'aria-label')).toBe('配色：跟随系统');
  // 跟随系统: the colours the engine's own colour scheme asks for
  const systemDark = await tab.js(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const system = await colours(tab, PARTS);
  expect(contrast(system.body.bg, systemDark ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)')).toBeLessThan(1.5);

  const readable = (c: Record<string, { ink: string; bg: string }>, theme: string) => {
    for (const part of PARTS) {
      expect(c[part], `${part} in the ${theme} theme`).toBeDefined();
      // WCAG AA for text: 4.5:1
      expect(contrast(c[part].ink, c[part].bg), `${part} in the ${theme} theme: ${c[part].ink} on ${c[part].bg}`).toBeGreaterThan(4.5);
    }
    // the body text reaches AAA
    expect(contrast(c.body.ink, c.body.bg), `body text in the ${theme} theme`).toBeGreaterThan(7);
  };

  // → 浅色
  await tab.click(toggle);
  await expect.poll(() => tab.attr('html', 'data-theme')).toBe('light');
  expect(await tab.text(toggle)).toContain('浅色');
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/theme'))).toBe('light');
  await expect.poll(async () => contrast((await colours(tab, ['body'])).body.bg, 'rgb(255, 255, 255)')).toBeLessThan(1.1);
  const light = await colours(tab, PARTS);
  readable(light, 'light');

  // → 深色: every part changes colour, and stays readable
  await tab.click(toggle);
  await expect.poll(() => tab.attr('html', 'data-theme')).toBe('dark');
  expect(await tab.text(toggle)).toContain('深色');
  expect(await tab.attr(toggle, 'aria-label')).toBe('配色：深色');
  await expect.poll(async () => contrast((await colours(tab, ['body'])).body.bg, 'rgb(0, 0, 0)')).toBeLessThan(1.5);
  const dark = await colours(tab, PARTS);
  readable(dark, 'dark');
  for (const part of PARTS) {
    expect(dark[part].ink, `${part}'s text colour changes`).not.toBe(light[part].ink);
  }
  for (const part of ['body', '#topic-2 .question .para', '#search', '.quiz-launcher .quiz-confirm']) {
    expect(dark[part].bg, `${part}'s background changes`).not.toBe(light[part].bg);
  }
  // form controls are drawn dark too (color-scheme), not as white boxes on a dark page
  expect(await tab.js(() => getComputedStyle(document.documentElement).colorScheme)).toContain('dark');
  await screenshots(tab, 'dark', '#topic-2');

  // remembered
  await tab.reload();
  await tab.ready();
  expect(await tab.attr('html', 'data-theme')).toBe('dark');
  expect(await tab.text(toggle)).toContain('深色');
  await expect.poll(async () => (await colours(tab, ['body'])).body.bg).toBe(dark.body.bg);

  // → 跟随系统 again: the setting is forgotten and the system's colours are back
  await tab.click(toggle);
  await expect.poll(() => tab.attr('html', 'data-theme')).toBeNull();
  expect(await tab.text(toggle)).toContain('跟随系统');
  expect(await tab.js(() => localStorage.getItem('briefing-explorer/theme'))).toBeNull();
  await expect.poll(async () => (await colours(tab, ['body'])).body.bg).toBe(system.body.bg);
  expect(await colours(tab, PARTS)).toEqual(system);

  // a stored value the app does not know falls back to the system
  await tab.js(() => localStorage.setItem('briefing-explorer/theme', '<bogus>'));
  await tab.reload();
  await tab.ready();
  expect(await tab.text(toggle)).toContain('跟随系统');
  expect(await tab.attr('html', 'data-theme')).toBeNull();
  await tab.noProblems();
});

test('both settings together: the dark theme in English at a phone’s width, after a reload', async ({ tab }) => {
  await tab.viewport(360, 740);
  await tab.open();
  await tab.click('.lang-toggle');
  await expect.poll(() => tab.attr('html', 'lang')).toBe('en');
  // System → Light → Dark, labelled in English
  await tab.click('.theme-toggle');
  await expect.poll(() => tab.text('.theme-toggle')).toContain('Light');
  await tab.click('.theme-toggle');
  await expect.poll(() => tab.text('.theme-toggle')).toContain('Dark');
  expect(await tab.attr('.theme-toggle', 'aria-label')).toMatch(/Dark/);
  await tab.reload();
  await tab.ready();
  expect(await tab.attr('html', 'lang')).toBe('en');
  expect(await tab.attr('html', 'data-theme')).toBe('dark');
  expect(await tab.text('.theme-toggle')).toContain('Dark');
  expect(await untranslated(tab)).toEqual([]);
  const c = await colours(tab, ['body']);
  expect(contrast(c.body.bg, 'rgb(0, 0, 0)')).toBeLessThan(1.5);
  expect(await tab.js(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await tab.screenshot('dark-english-360');
  await tab.viewport(1280, 800);
  await tab.screenshot('dark-english-1280');
  await tab.noProblems();
});
