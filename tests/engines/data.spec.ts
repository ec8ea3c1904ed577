import { test, expect, Key, type Tab } from './engine';
import { DIST } from './engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { click, emptyBox, fingerprint, headline, importText, libraryOpen, listed, openPanel, stored, tempFile, toPanel } from './panel';
import { inflateSync } from 'node:zlib';

// Bring your own briefing, take your data out, in each engine: a transcript pasted or chosen as a
// file is parsed in the page; a broken one names its line and stays in the box; it is kept in the
// library (IndexedDB) unless the reader unticks the box, and can be removed; every export gives
// the file it promises.

const fixtures = join(__dirname, '../../crates/briefing/tests/fixtures');
const other = readFileSync(join(fixtures, 'other-briefing.txt'), 'utf8');
const broken = readFileSync(join(fixtures, 'broken-briefing.txt'), 'utf8');
const BUILT_IN = '工信部解读2020年工业通信业热点';
const IMPORTED = '某市解读2021年工业发展热点';
const OLD_IMPORT = 'briefing-explorer/imported';
const ACTIVE = 'briefing-explorer/active';

test('a pasted transcript opens with its topics; a broken one names its line and stays in the box', async ({ tab }) => {
  await openPanel(tab);
  // not kept: the reader unticks 保存到本浏览器的资料库
  await importText(tab, other, false);
  await expect.poll(() => headline(tab)).toBe(IMPORTED);
  expect(await tab.text('.data-note')).toMatch(/^已导入并打开，解析用时 \d+ 毫秒。未保存：关闭页面后需重新导入。$/);
  // the address names the briefing on show
  expect((await tab.params()).toString()).toBe(`b=${fingerprint(other)}`);
  expect(await tab.visible('.source-banner')).toBe(true);
  expect(await tab.text('.source-banner a[href="#data"]')).toBe('资料库');
  // the banner leads to this panel, and the jump lands on its heading
  await tab.js(() => scrollTo(0, 0));
  await tab.click('.source-banner a[href="#data"]');
  const heading = () => tab.js(() => {
    const r = document.getElementById('data-heading')!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  await expect.poll(heading, { message: 'the 资料库、导入与导出 heading is on screen' }).toBe(true);
  // and stays there once the page has settled
  await tab.jsAsync(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await heading()).toBe(true);
  const titles = await tab.texts('section.topic h2');
  expect(titles).toHaveLength(2);
  expect(titles[0]).toContain('工业增长');
  expect(titles[1]).toContain('数字化转型');
  expect(await tab.count('.speaker-card')).toBe(2);
  // its figures are recognised and listed
  expect(await tab.attr(await tab.withText('p.para mark.fig', '1.5亿元'), 'data-value')).toBe('150000000');
  await tab.toFigures();
  expect(await tab.count('#figures-table tbody tr')).toBe(11);
  // a search runs on it
  await tab.type('#search', '基站');
  await expect.poll(() => tab.count('mark.hit')).toBe(1);
  await emptyBox(tab, '#search');
  await expect.poll(() => tab.count('mark.hit')).toBe(0);

  // not kept, it is not in the library: the built-in briefing heads the list, alone
  await toPanel(tab);
  expect(await listed(tab)).toEqual([]);
  expect(await tab.text('#library .library-count')).toBe('共 0 场');
  // back to the built-in briefing, from the library
  await click(tab, await libraryOpen(tab, 0));
  await expect.poll(() => headline(tab)).toBe(BUILT_IN);
  expect(await tab.count('.source-banner')).toBe(0);
  expect(await tab.count('section.topic')).toBe(7);
  expect((await tab.params()).get('b')).toBeNull();

  // without consent nothing was stored: a reload shows the built-in briefing only
  expect(await stored(tab)).toEqual({});
  expect(await tab.js((k: string) => localStorage.getItem(k), OLD_IMPORT)).toBeNull();
  expect(await tab.js((k: string) => localStorage.getItem(k), ACTIVE)).toBeNull();
  await openPanel(tab, () => tab.reload());
  expect(await headline(tab)).toBe(BUILT_IN);
  expect(await listed(tab)).toEqual([]);

  // a broken transcript: the line and the problem, the text left in the box, nothing opened
  await importText(tab, broken);
  await expect.poll(() => tab.text('#import-error')).toBe('第 11 行：这里应是“热点二”，却是“热点三”');
  expect(await tab.visible('#import-error')).toBe(true);
  expect(await tab.attr('ul.import-lines > li.import-line', 'data-outcome')).toBe('refused');
  expect(await tab.value('#import-text')).toBe(broken);
  expect(await headline(tab)).toBe(BUILT_IN);
  // mended in the box, it opens
  const area = await tab.$('#import-text');
  await tab.js((a: HTMLTextAreaElement) => {
    const at = a.value.indexOf('热点三');
    a.focus();
    a.setSelectionRange(at + 2, at + 3);
  }, area);
  await area.sendKeys('二'); // replaces the selected 三, as a reader's correction would
  expect(await tab.value(area)).toBe(broken.replace('热点三', '热点二'));
  await click(tab, '.data-panel .quiz-confirm');
  await expect.poll(() => headline(tab)).toBe(IMPORTED);
  expect(await tab.text('#import-error')).toBe('');
  // an empty box is refused with a reason
  await importText(tab, '   ');
  await expect.poll(() => tab.text('#import-error')).toBe('请先粘贴文字或选择文件。');
  await tab.noProblems();
});

test('a transcript chosen as a file opens; kept in the library by default it survives a reload; it can be removed', async ({ tab }) => {
  await openPanel(tab);
  // a file that is not UTF-8 (编者按 in GBK) is refused clearly
  const chooser = async (path: string) => {
    const input = await tab.$('.data-panel .file-button input[type=file]');
    await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), input);
    await input.sendKeys(path);
  };
  await chooser(tempFile('gbk.txt', Buffer.from([0xb1, 0xe0, 0xd5, 0xdf, 0xb0, 0xb4])));
  await expect.poll(() => tab.text('#import-error')).toContain('不是 UTF-8 编码');
  expect(await headline(tab)).toBe(BUILT_IN);

  // the real file; 保存到本浏览器的资料库 is ticked from the start
  expect(await tab.text('.import-keep')).toBe('保存到本浏览器的资料库');
  expect(await (await tab.$('.import-keep input')).isSelected()).toBe(true);
  await chooser(tempFile('other.txt', other));
  await expect.poll(() => headline(tab)).toBe(IMPORTED);
  expect(await tab.text('#import-error')).toBe('');
  expect(await tab.text('.data-note')).toMatch(/^已导入并打开，解析用时 \d+ 毫秒。已保存在资料库。$/);
  // what is kept is the file's text, byte for byte, under its fingerprint (in IndexedDB)
  const fp = fingerprint(other);
  expect(await stored(tab)).toEqual({ [fp]: other });
  expect(await tab.js((k: string) => localStorage.getItem(k), OLD_IMPORT)).toBeNull();
  expect(await tab.js((k: string) => localStorage.getItem(k), ACTIVE)).toBe(fp);
  expect((await tab.params()).toString()).toBe(`b=${fp}`);

  await openPanel(tab, () => tab.reload());
  expect(await headline(tab)).toBe(IMPORTED);
  expect(await tab.count('section.topic')).toBe(2);
  expect((await tab.params()).toString()).toBe(`b=${fp}`);
  // it is in the library, marked as on show
  expect(await listed(tab)).toEqual([fp]);
  expect(await tab.text('#library .library-count')).toBe('共 1 场');
  const item = `#library li.library-item[data-fingerprint="${fp}"]`;
  expect(await tab.text(`${item} .library-open`)).toBe(IMPORTED);
  expect(await tab.attr(`${item} .library-open`, 'aria-current')).toBe('true');
  expect(await tab.text(`${item} .library-here`)).toBe('正在查看');
  // the reader can switch back to the built-in briefing, and the import stays on offer
  await click(tab, await libraryOpen(tab, 0));
  await expect.poll(() => headline(tab)).toBe(BUILT_IN);
  expect((await tab.params()).get('b')).toBeNull();
  await toPanel(tab);
  expect(await listed(tab)).toEqual([fp]);
  expect(await tab.attr('#library li.library-builtin .library-open', 'aria-current')).toBe('true');
  // and go to it again
  await click(tab, await libraryOpen(tab, 1));
  await expect.poll(() => headline(tab)).toBe(IMPORTED);
  expect((await tab.params()).toString()).toBe(`b=${fp}`);
  await click(tab, await libraryOpen(tab, 0));
  await expect.poll(() => headline(tab)).toBe(BUILT_IN);

  // removed: gone from the list and from storage, nothing after a reload
  await toPanel(tab);
  await click(tab, `${item} .library-remove`);
  await expect.poll(() => tab.text('#library .library-undo')).toBe(`已移除“${IMPORTED}”。撤销`);
  expect(await listed(tab)).toEqual([]);
  expect(await tab.text('#library .library-count')).toBe('共 0 场');
  expect(await headline(tab)).toBe(BUILT_IN);
  await expect.poll(() => stored(tab)).toEqual({});
  await openPanel(tab, () => tab.reload());
  expect(await headline(tab)).toBe(BUILT_IN);
  expect(await listed(tab)).toEqual([]);
  await tab.noProblems();
});

// WebDriver has no download API that works in all three engines (no download folder to read in
// WebKit's, none with a known path in geckodriver). The app saves a file as a Blob, an object URL
// and a click on a hidden <a download> (src/download.rs); the test records the Blob behind each
// object URL and the <a>'s download name when it is clicked, and reads what would have been
// saved. The click itself is not passed on, so no browser download dialog can stall the session.
async function captureSaves(tab: Tab): Promise<void> {
  await tab.js(() => {
    const w = window as any;
    w.__saved = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL;
    URL.createObjectURL = function (o: Blob | MediaSource) {
      const url = create.call(URL, o);
      if (o instanceof Blob) blobs.set(url, o);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      w.__saved.push({ name: this.download, blob: blobs.get(this.href) ?? null, attached: this.isConnected, hidden: this.hidden });
    };
  });
}

type Saved = { name: string; type: string; head: number[]; text: string; attached: boolean; hidden: boolean };

/** Clicks an export button and returns the file the app handed to the browser. */
async function grab(tab: Tab, which: string): Promise<Saved> {
  const before = await tab.js<number>(() => (window as any).__saved.length);
  await click(tab, `[data-export="${which}"]`);
  await expect.poll(() => tab.js<number>(() => (window as any).__saved.length), { message: `${which} is saved` }).toBe(before + 1);
  expect(await tab.count('.data-panel .import-error:not(#import-error)'), 'no 导出失败').toBe(0);
  return tab.jsAsync(async (i: number) => {
    const s = (window as any).__saved[i];
    if (!s.blob) throw new Error(`no Blob behind the link for ${s.name}`);
    const bytes = new Uint8Array(await s.blob.arrayBuffer());
    // ignoreBOM: keep a byte order mark in the text, to see it
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { name: s.name, type: s.blob.type, head: [...bytes.slice(0, 3)], text, attached: s.attached, hidden: s.hidden };
  }, before);
}

test('every export: figures as CSV with a BOM and as JSON, the briefing as JSON, Anki cards', async ({ tab }) => {
  await openPanel(tab);
  await captureSaves(tab);

  const csv = await grab(tab, 'figures-csv');
  expect(csv.name).toBe('miit-2020-briefing-figures.csv');
  expect(csv.type).toBe('text/csv;charset=utf-8');
  // a hidden link in the page, as the app makes it
  expect([csv.attached, csv.hidden]).toEqual([true, true]);
  expect(csv.head).toEqual([0xef, 0xbb, 0xbf]); // Excel reads it as UTF-8
  const rows = csv.text.slice(1).split('\r\n').filter(Boolean);
  expect(rows[0]).toBe('id,text,value,unit,measure,qualifier,kind,topic,topic_title,speaker,gloss,line');
  expect(rows).toHaveLength(57);
  expect(rows.find((r) => r.includes(',超过60万个,'))).toContain(',600000,count,个,over,statistic,2,5G,赵志国,');

  const figuresFile = await grab(tab, 'figures-json');
  expect(figuresFile.name).toBe('miit-2020-briefing-figures.json');
  expect(figuresFile.type).toBe('application/json');
  const figures = JSON.parse(figuresFile.text);
  expect(figures).toHaveLength(56);
  expect(figures.find((f: any) => f.text === '1865亿元').value).toBe(186500000000);

  const briefingFile = await grab(tab, 'briefing-json');
  expect(briefingFile.name).toBe('miit-2020-briefing.json');
  // the same as the briefing.json published beside the app
  expect(JSON.parse(briefingFile.text)).toEqual(JSON.parse(readFileSync(join(DIST, 'briefing.json'), 'utf8')));

  const anki = await grab(tab, 'anki');
  expect(anki.name).toBe('miit-2020-briefing-anki.tsv');
  expect(anki.type).toBe('text/tab-separated-values;charset=utf-8');
  const cards = anki.text.trim().split('\n');
  expect(cards.length).toBeGreaterThan(100);
  for (const card of cards) expect(card.split('\t')).toHaveLength(3);
  expect(cards.every((c) => /\tbriefing \S+ topic[1-7]$/.test(c))).toBe(true);

  // an imported briefing exports its own figures, under its own name
  await importText(tab, other);
  await expect.poll(() => headline(tab)).toBe(IMPORTED);
  const imported = await grab(tab, 'figures-csv');
  expect(imported.name).toBe('imported-briefing-figures.csv');
  expect(imported.text.slice(1).split('\r\n').filter(Boolean)).toHaveLength(12);
  expect(imported.text).toContain('1.5亿元');
  await tab.noProblems();
});

/** The pages in a PDF: its page objects, counted in the file and in its compressed object
 *  streams (Firefox writes them there, Chromium does not). */
function pdfPages(pdf: Buffer): number {
  const parts = [pdf.toString('latin1')];
  const raw = parts[0];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      /* not a compressed stream, or not one to read */
    }
  }
  return parts.reduce((n, p) => n + (p.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, 0);
}

test('a printable worksheet: twenty questions, the answer key on a page of its own, the same for the same URL', async ({ tab }) => {
  await openPanel(tab);
  await click(tab, '[data-export="worksheet"]');
  await tab.waitFor('.worksheet');
  // the worksheet is in the URL (written just after it is drawn)
  await expect.poll(async () => (await tab.params()).get('mode')).toBe('sheet');
  const params = await tab.params();
  expect(params.get('n')).toBe('20');
  expect(params.get('quiz')).toMatch(/^\d+$/);
  expect(await tab.count('.worksheet-questions > li')).toBe(20);
  expect(await tab.count('.worksheet-key li')).toBe(20);
  const first = await tab.text('.worksheet-questions');

  // the same URL gives the same worksheet, after a reload and opened afresh
  await tab.reload();
  await tab.waitFor('.worksheet-questions > li');
  expect(await tab.text('.worksheet-questions')).toBe(first);
  const seeded = '?quiz=4242&n=20&mode=sheet';
  await tab.goto(seeded);
  await tab.waitFor('.worksheet-questions > li');
  const sheet = await tab.text('.worksheet-questions');
  const key = await tab.text('.worksheet-key');
  expect(await tab.count('.worksheet-questions > li')).toBe(20);
  await tab.goto('');
  await tab.ready();
  await tab.goto(seeded);
  await tab.waitFor('.worksheet-questions > li');
  expect(await tab.text('.worksheet-questions')).toBe(sheet);
  expect(await tab.text('.worksheet-key')).toBe(key);

  // In print: WebDriver cannot switch a page to print media, so the app's @media print rules are
  // applied to the screen for a moment (the media of those rules in its own stylesheet set to
  // `all`) and what they do is read from the computed style, in every engine.
  const printed = await tab.js(() => {
    const rules: CSSMediaRule[] = [];
    for (const sheet of [...document.styleSheets]) {
      let list: CSSRuleList;
      try { list = sheet.cssRules; } catch { continue; }
      for (const r of [...list]) if (r instanceof CSSMediaRule && r.media.mediaText === 'print') rules.push(r);
    }
    const look = () => ({
      keyBreak: getComputedStyle(document.querySelector('.worksheet-key')!).breakBefore,
      masthead: getComputedStyle(document.querySelector('.masthead')!).display,
      tools: getComputedStyle(document.querySelector('.worksheet-tools')!).display,
      questions: getComputedStyle(document.querySelector('.worksheet-questions')!).display,
    });
    const screen = look();
    rules.forEach((r) => { r.media.mediaText = 'all'; });
    const print = look();
    rules.forEach((r) => { r.media.mediaText = 'print'; });
    return { rules: rules.length, screen, print };
  });
  expect(printed.rules).toBeGreaterThan(0);
  expect(printed.screen.masthead).not.toBe('none');
  expect(printed.print).toEqual({ keyBreak: 'page', masthead: 'none', tools: 'none', questions: 'block' });

  // and where the driver can print (W3C Print Page), the PDF has the key on a later page
  let pdf: Buffer | undefined;
  try {
    pdf = Buffer.from(await tab.driver.printPage({ width: 21, height: 29.7 }), 'base64');
  } catch (e) {
    // WebKitGTK's WebDriver has no Print Page command; the computed print styles above stand in
    const message = String((e as Error).message ?? e);
    expect(tab.engine, `Print Page failed: ${message}`).toBe('webkit');
    test.info().annotations.push({ type: 'print', description: `no Print Page in ${tab.engine}'s driver: ${message.slice(0, 120)}` });
  }
  if (pdf !== undefined) {
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = pdfPages(pdf);
    test.info().annotations.push({ type: 'print', description: `${tab.engine}: the worksheet prints on ${pages} A4 pages` });
    expect(pages).toBeGreaterThanOrEqual(2);
  }
  await tab.noProblems();
});
