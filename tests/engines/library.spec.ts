import { test, expect, Key, Session, Tab } from './engine';
import { Select } from 'selenium-webdriver/lib/select';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { click, fingerprint, headline, tempFile } from './panel';

// The library, in each engine: a reader brings several Foreign Ministry briefings at once (the
// real ones in ../shared/transcripts, read in place), keeps them in this browser (IndexedDB),
// finds them again in the list at the top of the data panel, sorted by date or as imported,
// opens one (and the address names it, so a reload or a link opens it again), removes one (and
// can take that back), takes the whole library to another browser as one file, and loses
// nothing when the browser refuses to store more. Unticked, imports last for the visit only.
// Across the library: one search over every briefing (grouped by briefing, faceted by speaker,
// a hit opens its briefing on the search), the figures table of every briefing, and a figure's
// measure followed into the other briefings, from the table or from its popover.
// A reader who imported one briefing before the library existed finds it there.

const root = join(__dirname, '../..');
const MFA = join(root, '../shared/transcripts/mfa');
const fixtures = join(root, 'crates/briefing/tests/fixtures');
const BROKEN = join(fixtures, 'broken-briefing.txt');
const BUILT_IN = '工信部解读2020年工业通信业热点';
const DB = 'briefing-explorer';
const ACTIVE = 'briefing-explorer/active';
const OLD_IMPORT = 'briefing-explorer/imported';

type Briefing = { file: string; text: string; fp: string; headline: string; date: string; who: string; qas: number; figures: number };

/** A shared transcript and what the library should say of it. */
function mfa(date: string, who: string, qas: number, figures: number): Briefing {
  const file = join(MFA, `mfa_${date}.txt`);
  const text = readFileSync(file, 'utf8');
  const [y, m, d] = date.split('-').map(Number);
  return { file, text, fp: fingerprint(text), headline: `${y}年${m}月${d}日外交部发言人${who}主持例行记者会`, date, who, qas, figures };
}

// four briefings across four years, by three spokespeople
const NOV16 = mfa('2016-11-04', '华春莹', 6, 9);
const MAY17 = mfa('2017-05-03', '耿爽', 11, 6);
const JAN18 = mfa('2018-01-19', '陆慷', 6, 8);
const APR20 = mfa('2020-04-28', '耿爽', 18, 9);
const NEWEST_FIRST = [APR20, JAN18, MAY17, NOV16];

/** What an import line says of a transcript it read: headline · kind · date · counts. */
const what = (b: Briefing) => `${b.headline} · 例行记者会 · ${b.date} · ${b.qas} 个问答 · ${b.figures} 个数字`;
/** What the library says of it, under its headline. */
const meta = (b: Briefing) => `${b.date} · 例行记者会 · 外交部 · ${b.who}`;

// ---- the reader's actions ----

/** Chooses files in the panel's file chooser, several at once as a reader selects them (a
 *  WebDriver file input takes several paths, one a line). */
async function chooseFiles(tab: Tab, paths: string[]): Promise<void> {
  const input = await tab.$('.data-panel .file-button input[type=file]');
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), input);
  await input.sendKeys(paths.join('\n'));
}

/** Goes down to the data panel, as a reader does, and waits for the library view at its top:
 *  the panel's code is fetched once its place nears the window (its place is then replaced by
 *  the panel), and the view is drawn once the library is read from storage. Found and scrolled
 *  to in one script, so the place being replaced in between does not matter. */
async function toLibrary(tab: Tab): Promise<void> {
  await expect.poll(() => tab.js(() => {
    document.getElementById('data')?.scrollIntoView({ block: 'start' });
    return document.querySelector('#data .file-button') !== null && document.querySelector('#library .library-count') !== null;
  }), { message: 'the library view is drawn' }).toBe(true);
}

/** Opens the app (or reloads it) and goes down to the library. */
async function openLibrary(tab: Tab, how: () => Promise<void> = () => tab.goto()): Promise<void> {
  await how();
  await tab.ready();
  await toLibrary(tab);
}

/** Imports each file on its own, one after the other, as a reader bringing them over days:
 *  each is added to the library and opened. */
async function importEach(tab: Tab, briefings: Briefing[]): Promise<void> {
  for (const b of briefings) {
    await chooseFiles(tab, [b.file]);
    await expect.poll(() => headline(tab), { message: `${basename(b.file)} is opened` }).toBe(b.headline);
    await toLibrary(tab);
    await tab.waitFor(item(b));
  }
}

/** Picks an option of one of the library's lists, as a reader does. */
async function pick(tab: Tab, css: string, value: string): Promise<void> {
  const select = await tab.$(css);
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), select);
  await new Select(select).selectByValue(value);
}

/** The library item of a briefing. */
const item = (b: Briefing) => `#library li.library-item[data-fingerprint="${b.fp}"]`;

// ---- what the reader sees ----

type Line = { outcome: string | null; name: string; status: string; what: string | null };

/** The import's lines: one per file, what became of it. */
async function lines(tab: Tab): Promise<Line[]> {
  return tab.js(() => [...document.querySelectorAll('ul.import-lines > li.import-line')].map((li) => {
    const t = (c: string) => {
      const e = li.querySelector(c);
      return e ? (e.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    };
    return { outcome: li.getAttribute('data-outcome'), name: t('.import-line-name') ?? '', status: t('.import-line-status') ?? '', what: t('.import-line-what') };
  }));
}

/** The imported briefings the library lists, top to bottom (the built-in one heads the list). */
async function listed(tab: Tab): Promise<string[]> {
  return tab.js(() => [...document.querySelectorAll('#library ol.library-list > li.library-item:not(.library-builtin)')].map((li) => li.getAttribute('data-fingerprint') ?? '?'));
}

const count = (tab: Tab) => tab.text('#library .library-count');

/** Which item is marked as on show: its fingerprint (or "built-in"), with its marks. */
async function onShow(tab: Tab): Promise<string[]> {
  return tab.js(() => [...document.querySelectorAll('#library li.library-item')].flatMap((li) => {
    const open = li.querySelector('.library-open');
    const here = li.querySelector('.library-here');
    const marks = [li.classList.contains('on-show') ? 'on-show' : '', open?.getAttribute('aria-current') === 'true' ? 'current' : '', here ? (here.textContent ?? '').trim() : ''];
    if (marks.every((m) => m === '')) return [];
    const who = li.classList.contains('library-builtin') ? 'built-in' : li.getAttribute('data-fingerprint');
    return [`${who} ${marks.join(' ')}`];
  }));
}
const shownAs = (who: string) => [`${who} on-show current 正在查看`];

/** What IndexedDB keeps: fingerprint → text and import time (read without making the database
 *  if the app has not yet). */
async function stored(tab: Tab): Promise<Record<string, { text: string; imported: unknown; summary: string }>> {
  return tab.jsAsync((name: string) => new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => req.transaction!.abort();
    req.onerror = (e) => { e.preventDefault(); resolve({}); };
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('briefings')) { db.close(); resolve({}); return; }
      const tx = db.transaction('briefings', 'readonly');
      const keys = tx.objectStore('briefings').getAllKeys();
      const values = tx.objectStore('briefings').getAll();
      tx.oncomplete = () => {
        const out: Record<string, unknown> = {};
        keys.result.forEach((k, i) => {
          const v = values.result[i];
          out[String(k)] = { text: v.text, imported: v.imported, summary: typeof v.summary };
        });
        db.close();
        resolve(out as any);
      };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  }), DB);
}

/** The page never scrolls sideways. */
async function noSidewaysScroll(tab: Tab): Promise<void> {
  await tab.frames(2);
  const [scroll, width] = await tab.js<[number, number]>(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll, 'the page is no wider than the window').toBeLessThanOrEqual(width);
}

/** The library view's own line on storage, where the engine says how much it uses. */
async function usageIsPlain(tab: Tab): Promise<void> {
  if (await tab.count('#library .library-usage')) {
    expect(await tab.text('#library .library-usage')).toMatch(/^已用 \d+\.\d (MB|GB)，可用约 \d+\.\d (MB|GB)$/);
  }
}

// WebDriver has no download API common to the three engines: the app saves a file through a
// Blob, an object URL and a click on an <a download>, so the page is made to remember each Blob
// and the name of the link clicked, and the click goes no further (no download dialog).
async function captureSaves(tab: Tab): Promise<void> {
  await tab.js(() => {
    const w = window as any;
    w.__saves = [];
    const made = new Map<string, Blob>();
    const create = URL.createObjectURL;
    URL.createObjectURL = function (o: Blob | MediaSource) {
      const url = create.call(URL, o);
      if (o instanceof Blob) made.set(url, o);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      w.__saves.push({ name: this.download, blob: made.get(this.href) ?? null });
    };
  });
}

/** The last file the page handed to the browser to save: its name, type and text. */
async function lastSave(tab: Tab): Promise<{ name: string; type: string; text: string }> {
  return tab.jsAsync(async () => {
    const saves = (window as any).__saves;
    const s = saves[saves.length - 1];
    if (!s.blob) throw new Error(`no Blob behind the link for ${s.name}`);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await s.blob.arrayBuffer());
    return { name: s.name, type: s.blob.type, text };
  });
}

// ---- the tests ----

test('several files at once: a line each, the library lists them newest first, nothing opens; one again is not kept twice', async ({ tab }) => {
  await openLibrary(tab);
  expect(await count(tab)).toBe('共 0 场');
  expect(await listed(tab)).toEqual([]);
  // keeping in the library is what an import does unless the reader says not
  expect(await (await tab.$('.import-keep input')).isSelected()).toBe(true);
  expect(await tab.text('.import-keep')).toBe('保存到本浏览器的资料库');
  expect(await tab.attr('.data-panel .file-button input[type=file]', 'multiple')).not.toBeNull();

  // the import says how far it is while it reads: a record of what its progress line said
  await tab.js(() => {
    const w = window as any;
    w.__progress = [];
    new MutationObserver(() => {
      const p = document.querySelector('p.import-progress');
      const t = p ? (p.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
      if (t && w.__progress[w.__progress.length - 1] !== t) w.__progress.push(t);
    }).observe(document.getElementById('data')!, { subtree: true, childList: true, characterData: true });
  });
  // four briefings, one of them downloaded twice (a copy under another name), and a broken one
  const copy = tempFile('mfa_2016-11-04 (1).txt', readFileSync(NOV16.file));
  await chooseFiles(tab, [JAN18.file, NOV16.file, APR20.file, copy, MAY17.file, BROKEN]);
  await expect.poll(() => tab.count('li.import-line'), { message: 'a line for each of the six files' }).toBe(6);
  expect(await lines(tab)).toEqual([
    { outcome: 'added', name: 'mfa_2018-01-19.txt', status: '已加入', what: what(JAN18) },
    { outcome: 'added', name: 'mfa_2016-11-04.txt', status: '已加入', what: what(NOV16) },
    { outcome: 'added', name: 'mfa_2020-04-28.txt', status: '已加入', what: what(APR20) },
    { outcome: 'duplicate', name: 'mfa_2016-11-04 (1).txt', status: '已在资料库中，未重复保存', what: what(NOV16) },
    { outcome: 'added', name: 'mfa_2017-05-03.txt', status: '已加入', what: what(MAY17) },
    { outcome: 'refused', name: 'broken-briefing.txt', status: '无法读取', what: '第 11 行：这里应是“热点二”，却是“热点三”' },
  ]);
  const progress = await tab.js<string[]>(() => (window as any).__progress);
  expect(progress.length, 'the progress line was seen').toBeGreaterThan(0);
  for (const p of progress) expect(p).toMatch(/^正在导入 [1-6] \/ 6$/);
  await tab.waitGone('p.import-progress');

  // the library lists the four, newest first, each with what it is and how much is in it
  await expect.poll(() => count(tab)).toBe('共 4 场');
  expect(await listed(tab)).toEqual(NEWEST_FIRST.map((b) => b.fp));
  expect(await tab.texts('#library li.library-item:not(.library-builtin) .library-open')).toEqual(NEWEST_FIRST.map((b) => b.headline));
  expect(await tab.texts('#library li.library-item:not(.library-builtin) .library-meta')).toEqual(NEWEST_FIRST.map(meta));
  expect(await tab.texts('#library li.library-item:not(.library-builtin) .library-counts')).toEqual(NEWEST_FIRST.map((b) => `${b.qas} 个问答 · ${b.figures} 个数字`));
  expect(await tab.texts('#library li.library-item:not(.library-builtin) .library-remove')).toEqual(['移除', '移除', '移除', '移除']);
  // the built-in briefing heads the list, and is still the one on show: several files are
  // added, not opened
  expect(await tab.text('#library li.library-builtin .library-open')).toBe(BUILT_IN);
  expect(await tab.text('#library li.library-builtin .library-meta')).toBe('内置');
  expect(await onShow(tab)).toEqual(shownAs('built-in'));
  expect(await headline(tab)).toBe(BUILT_IN);
  expect((await tab.params()).get('b')).toBeNull();
  expect(await tab.text('#library .library-heading')).toBe('资料库');
  await usageIsPlain(tab);
  // one sort with two or more; no kind or host filter while all are Foreign Ministry briefings
  expect(await tab.count('#library select.library-order')).toBe(1);
  expect(await tab.count('#library select.library-kind, #library select.library-host')).toBe(0);
  // kept as read, once each
  const kept = await stored(tab);
  expect(Object.keys(kept).sort()).toEqual(NEWEST_FIRST.map((b) => b.fp).sort());
  for (const b of NEWEST_FIRST) expect(kept[b.fp].text, `${basename(b.file)} kept byte for byte`).toBe(b.text);

  // one of them again, on its own: it is opened, and said to be there already
  await chooseFiles(tab, [JAN18.file]);
  await expect.poll(() => headline(tab)).toBe(JAN18.headline);
  await toLibrary(tab);
  expect(await lines(tab), 'the line of the one file imported again').toEqual([
    { outcome: 'duplicate', name: 'mfa_2018-01-19.txt', status: '已在资料库中，未重复保存', what: what(JAN18) },
  ]);
  expect(await count(tab)).toBe('共 4 场');
  expect(await listed(tab)).toEqual(NEWEST_FIRST.map((b) => b.fp));
  expect(Object.keys(await stored(tab))).toHaveLength(4);
  await tab.noProblems();
});

test('the library view: sorted three ways, a briefing opened and the built-in one again, one removed and brought back, one removed for good', async ({ tab }) => {
  await openLibrary(tab);
  // imported one by one, not in date order: the 2020 one first, the 2017 one last
  const asImported = [APR20, NOV16, JAN18, MAY17];
  await importEach(tab, asImported);
  expect(await tab.text('.data-note')).toMatch(/^已导入并打开，解析用时 \d+ 毫秒。已保存在资料库。$/);
  await expect.poll(() => count(tab)).toBe('共 4 场');
  // the last one imported is on show
  expect(await onShow(tab)).toEqual(shownAs(MAY17.fp));
  expect(await listed(tab)).toEqual(NEWEST_FIRST.map((b) => b.fp));

  // oldest first, then as imported (the latest import first)
  await pick(tab, 'select.library-order', 'oldest');
  await expect.poll(() => listed(tab)).toEqual([...NEWEST_FIRST].reverse().map((b) => b.fp));
  await pick(tab, 'select.library-order', 'imported');
  await expect.poll(() => listed(tab)).toEqual([...asImported].reverse().map((b) => b.fp));
  await pick(tab, 'select.library-order', 'newest');
  await expect.poll(() => listed(tab)).toEqual(NEWEST_FIRST.map((b) => b.fp));

  // opening one: its text, the address names it, the list marks it
  await click(tab, `${item(NOV16)} .library-open`);
  await expect.poll(() => headline(tab)).toBe(NOV16.headline);
  await expect.poll(async () => new URL(await tab.url()).search).toBe(`?b=${NOV16.fp}`);
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['华春莹']);
  expect(await tab.count('.topic-nav-title')).toBe(6);
  expect(await onShow(tab)).toEqual(shownAs(NOV16.fp));
  expect(await tab.js((k: string) => localStorage.getItem(k), ACTIVE)).toBe(NOV16.fp);

  // back to the built-in briefing: the address names none
  await click(tab, '#library li.library-builtin .library-open');
  await expect.poll(() => headline(tab)).toBe(BUILT_IN);
  await expect.poll(async () => (await tab.params()).get('b')).toBeNull();
  expect(await tab.count('section.topic')).toBe(7);
  expect(await onShow(tab)).toEqual(shownAs('built-in'));

  // removed, then brought back: out of the list and of storage, then in its place again
  await click(tab, `${item(JAN18)} .library-remove`);
  await tab.waitGone(item(JAN18));
  expect(await count(tab)).toBe('共 3 场');
  expect(await listed(tab)).toEqual([APR20, MAY17, NOV16].map((b) => b.fp));
  expect(await tab.text('p.library-undo')).toBe(`已移除“${JAN18.headline}”。撤销`);
  expect(await tab.text('p.library-undo .quiz-confirm')).toBe('撤销');
  await expect.poll(async () => Object.keys(await stored(tab)).sort()).toEqual([APR20, MAY17, NOV16].map((b) => b.fp).sort());
  await click(tab, 'p.library-undo .quiz-confirm');
  await tab.waitFor(item(JAN18));
  expect(await listed(tab)).toEqual(NEWEST_FIRST.map((b) => b.fp));
  expect(await count(tab)).toBe('共 4 场');
  await tab.waitGone('p.library-undo');
  await expect.poll(async () => Object.keys(await stored(tab)).sort()).toEqual(NEWEST_FIRST.map((b) => b.fp).sort());
  // and "as imported" it is where it was too
  await pick(tab, 'select.library-order', 'imported');
  await expect.poll(() => listed(tab)).toEqual([...asImported].reverse().map((b) => b.fp));
  await pick(tab, 'select.library-order', 'newest');

  // removed for good: gone after a reload
  await click(tab, `${item(APR20)} .library-remove`);
  await tab.waitGone(item(APR20));
  await openLibrary(tab, () => tab.reload());
  expect(await count(tab)).toBe('共 3 场');
  expect(await listed(tab)).toEqual([JAN18, MAY17, NOV16].map((b) => b.fp));
  expect(await tab.count('p.library-undo')).toBe(0);
  expect(Object.keys(await stored(tab)).sort()).toEqual([JAN18, MAY17, NOV16].map((b) => b.fp).sort());
  await tab.noProblems();
});

test('unticked, imports are for this visit only, and stay so; files dropped on the panel are imported too', async ({ tab }) => {
  await openLibrary(tab);
  await click(tab, '.import-keep input');
  expect(await (await tab.$('.import-keep input')).isSelected()).toBe(false);
  // two files dragged from the desktop onto the panel (a drop event carrying them: WebDriver
  // cannot drag from outside the page)
  const drop = (files: { name: string; text: string }[]) => tab.js((fs: { name: string; text: string }[]) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    const ev = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
    document.querySelector('#data .import-text')!.dispatchEvent(ev);
    return ev.defaultPrevented;
  }, files);
  expect(await drop([{ name: 'a.txt', text: JAN18.text }, { name: 'b.txt', text: APR20.text }]), 'the panel takes the drop').toBe(true);
  await expect.poll(() => lines(tab)).toEqual([
    { outcome: 'session', name: 'a.txt', status: '只在本次打开', what: what(JAN18) },
    { outcome: 'session', name: 'b.txt', status: '只在本次打开', what: what(APR20) },
  ]);
  expect(await count(tab)).toBe('共 0 场');
  expect(await stored(tab)).toEqual({});
  expect(await headline(tab)).toBe(BUILT_IN);

  // one file: opened, not kept
  await chooseFiles(tab, [NOV16.file]);
  await expect.poll(() => headline(tab)).toBe(NOV16.headline);
  await toLibrary(tab);
  expect(await tab.text('.data-note')).toMatch(/^已导入并打开，解析用时 \d+ 毫秒。未保存：关闭页面后需重新导入。$/);
  expect(await count(tab)).toBe('共 0 场');
  expect(await stored(tab)).toEqual({});
  // the reader's choice holds for the next import
  expect(await (await tab.$('.import-keep input')).isSelected(), 'the keep box is still unticked after an import').toBe(false);
  await drop([{ name: 'c.txt', text: MAY17.text }]);
  await expect.poll(() => headline(tab)).toBe(MAY17.headline);
  await toLibrary(tab);
  expect(Object.keys(await stored(tab)), 'nothing kept without the reader’s consent').toEqual([]);
  expect(await count(tab), 'nothing kept without the reader’s consent').toBe('共 0 场');
  await tab.noProblems();
});

test('kinds and hosts: the library lists one kind of briefing, or one host’s', async ({ tab }) => {
  await openLibrary(tab);
  // two Foreign Ministry briefings, a city's press conference write-up and an SCIO transcript
  const city = { fp: fingerprint(readFileSync(join(fixtures, 'other-briefing.txt'), 'utf8')), headline: '某市解读2021年工业发展热点' };
  const scio = { fp: fingerprint(readFileSync(join(fixtures, 'scio-press-conference.txt'), 'utf8')), headline: '国务院新闻办就2025年工业和信息化发展情况举行发布会' };
  await chooseFiles(tab, [JAN18.file, join(fixtures, 'other-briefing.txt'), APR20.file, join(fixtures, 'scio-press-conference.txt')]);
  await expect.poll(() => count(tab)).toBe('共 4 场');
  expect(await listed(tab)).toEqual([scio.fp, city.fp, APR20.fp, JAN18.fp]);
  expect(await tab.text(`#library li[data-fingerprint="${city.fp}"] .library-meta`)).toBe('2022-03-02 · 新闻发布会 · 某市人民政府新闻办公室 · 李明、王芳');
  // each kind and each host once, in the order first imported
  expect(await tab.texts('select.library-kind option')).toEqual(['全部类型', '例行记者会', '新闻发布会']);
  expect(await tab.texts('select.library-host option')).toEqual(['全部主办方', '外交部', '某市人民政府新闻办公室', '国务院新闻办公室']);
  await pick(tab, 'select.library-host', '外交部');
  await expect.poll(() => listed(tab)).toEqual([APR20.fp, JAN18.fp]);
  await pick(tab, 'select.library-host', '');
  await pick(tab, 'select.library-kind', '新闻发布会');
  await expect.poll(() => listed(tab)).toEqual([scio.fp, city.fp]);
  // with a host as well: the city's only
  await pick(tab, 'select.library-host', '某市人民政府新闻办公室');
  await expect.poll(() => listed(tab)).toEqual([city.fp]);
  // the count is of the whole library, and the built-in briefing stays at the head
  expect(await count(tab)).toBe('共 4 场');
  expect(await tab.count('#library li.library-builtin')).toBe(1);
  await pick(tab, 'select.library-kind', '');
  await pick(tab, 'select.library-host', '');
  await expect.poll(() => listed(tab)).toEqual([scio.fp, city.fp, APR20.fp, JAN18.fp]);
  await tab.noProblems();
});

test('a briefing removed while on show stays on show until the page is left', async ({ tab }) => {
  await openLibrary(tab);
  await importEach(tab, [JAN18, MAY17]);
  expect(await onShow(tab)).toEqual(shownAs(MAY17.fp));
  await click(tab, `${item(MAY17)} .library-remove`);
  await tab.waitGone(item(MAY17));
  expect(await tab.text('p.library-undo')).toBe(`已移除“${MAY17.headline}”。撤销`);
  // the reader is still reading it: the text stays on the page, only the library lets it go
  expect(await headline(tab)).toBe(MAY17.headline);
  expect(await tab.count('.topic-nav-title')).toBe(11);
  expect(await listed(tab)).toEqual([JAN18.fp]);
  expect(Object.keys(await stored(tab))).toEqual([JAN18.fp]);
  await tab.noProblems();
});

test('a reload keeps the library and the briefing on show; a link names a briefing, one not in the library is said so', async ({ tab, site }) => {
  await openLibrary(tab);
  const asImported = [APR20, NOV16, JAN18, MAY17];
  await importEach(tab, asImported);
  await click(tab, `${item(APR20)} .library-open`);
  await expect.poll(() => headline(tab)).toBe(APR20.headline);
  await expect.poll(async () => new URL(await tab.url()).search).toBe(`?b=${APR20.fp}`);

  // a question answered on it: the library says so, against it alone
  await tab.scrollTo('.quiz-launcher');
  await click(tab, await tab.withText('.quiz-launcher .quiz-confirm', '开始'));
  await tab.waitFor('#quiz-prompt');
  // (a choice, then 确定; or a figure typed, then Enter)
  if (await tab.count('.quiz-option')) {
    await click(tab, '.quiz-option');
    await click(tab, '.quiz-card .quiz-confirm');
  } else {
    await tab.type('#quiz-answer', '1');
    await (await tab.$('#quiz-answer')).sendKeys(Key.ENTER);
  }
  await tab.waitFor('.quiz-verdict');
  await tab.click('.quiz-close');
  await tab.waitFor('#search');
  await expect.poll(async () => new URL(await tab.url()).search, { message: 'the quiz is gone from the address' }).toBe(`?b=${APR20.fp}`);

  // a reload: the same briefing, named in the address, the same library
  await tab.reload();
  await tab.ready();
  await expect.poll(() => headline(tab)).toBe(APR20.headline);
  expect(new URL(await tab.url()).search).toBe(`?b=${APR20.fp}`);
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['耿爽']);
  await toLibrary(tab);
  expect(await count(tab)).toBe('共 4 场');
  expect(await listed(tab)).toEqual(NEWEST_FIRST.map((b) => b.fp));
  expect(await onShow(tab)).toEqual(shownAs(APR20.fp));
  expect(await tab.text(`${item(APR20)} .library-counts`)).toMatch(/^18 个问答 · 9 个数字 · 已答 1 题 · 今日到期 [01] 题$/);
  expect(await tab.count('#library .library-progress')).toBe(1);
  // the order they were imported in is kept too
  await pick(tab, 'select.library-order', 'imported');
  await expect.poll(() => listed(tab), { message: 'as imported, after a reload' }).toEqual([...asImported].reverse().map((b) => b.fp));

  // a search in the address comes after the briefing's name: the briefing is named first
  await tab.type('#search', '疫情');
  await expect.poll(async () => (await tab.params()).get('q')).toBe('疫情');
  expect(new URL(await tab.url()).search.startsWith(`?b=${APR20.fp}&`)).toBe(true);

  // a link to a briefing this browser does not have: the built-in one, and a plain message
  await tab.goto('about:blank');
  await tab.open('?b=0123456789abcdef');
  await tab.waitFor('p.source-banner.library-note');
  expect(await headline(tab)).toBe(BUILT_IN);
  expect(await tab.attr('p.source-banner.library-note', 'role')).toBe('alert');
  expect(await tab.text('p.source-banner.library-note')).toBe('链接指向的发布会（0123456789abcdef）不在本浏览器的资料库中，现显示内置发布会。可在“资料库”导入它。 · 资料库');
  // its link leads to the library, in the data panel
  expect(await tab.js(() => document.querySelector('p.source-banner.library-note a')!.getAttribute('href'))).toBe('#data');
  // …and the library is still all there
  await toLibrary(tab);
  expect(await count(tab)).toBe('共 4 场');

  // a link to one it has, opened afresh: that briefing
  await tab.goto('about:blank');
  await tab.open(`?b=${JAN18.fp}`);
  await expect.poll(() => headline(tab)).toBe(JAN18.headline);
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['陆慷']);
  expect(await tab.count('p.source-banner.library-note')).toBe(0);
  await toLibrary(tab);
  expect(await onShow(tab)).toEqual(shownAs(JAN18.fp));
  expect(site.httpErrors()).toEqual([]);
  await tab.noProblems();
});

test('the library exported as one file and imported into a fresh browser brings every text, once', async ({ tab, site, engine }, info) => {
  await openLibrary(tab);
  await chooseFiles(tab, [JAN18.file, NOV16.file, APR20.file, MAY17.file]);
  await expect.poll(() => count(tab)).toBe('共 4 场');
  await captureSaves(tab);
  await click(tab, '#library button.library-export');
  expect(await tab.text('#library button.library-export')).toBe('导出整个资料库');
  await expect.poll(() => tab.js<number>(() => (window as any).__saves.length), { message: 'the library is saved' }).toBe(1);
  const saved = await lastSave(tab);
  expect(saved.name).toBe('briefing-library.json');
  expect(saved.type).toBe('application/json');
  const file = JSON.parse(saved.text);
  expect(file.format).toBe('briefing-explorer-library');
  expect(file.version).toBe(1);
  expect(file.briefings).toHaveLength(4);
  // each text as it was read from its file, byte for byte, with when it was imported
  const texts = file.briefings.map((b: { text: string }) => b.text);
  expect([...texts].sort()).toEqual(NEWEST_FIRST.map((b) => b.text).sort());
  for (const b of file.briefings) {
    expect(Object.keys(b).sort()).toEqual(['imported', 'text']);
    expect(typeof b.imported).toBe('number');
    expect(Math.abs(b.imported - Date.now()), 'imported a moment ago (ms since 1970)').toBeLessThan(10 * 60_000);
  }
  const path = tempFile('briefing-library.json', saved.text);

  // another browser profile, with nothing in it
  const other = new Session(engine);
  const driver = await other.start();
  try {
    const there = new Tab(driver, engine, site, info);
    await openLibrary(there, () => there.goto());
    expect(await count(there)).toBe('共 0 场');
    expect(await there.text('#library .library-empty')).toBe('资料库还是空的：在下面导入发布会。');
    await chooseFiles(there, [path]);
    await expect.poll(() => lines(there)).toEqual([
      { outcome: 'merged', name: 'briefing-library.json', status: '资料库文件：新加入 4 场，已有 0 场', what: null },
    ]);
    await expect.poll(() => count(there)).toBe('共 4 场');
    expect(await listed(there)).toEqual(NEWEST_FIRST.map((b) => b.fp));
    expect(await there.texts('#library li.library-item:not(.library-builtin) .library-meta')).toEqual(NEWEST_FIRST.map(meta));
    // a library file is added, not opened; nor is it put in the text box
    expect(await headline(there)).toBe(BUILT_IN);
    expect(await there.value('#import-text')).toBe('');
    const kept = await stored(there);
    for (const b of NEWEST_FIRST) expect(kept[b.fp]?.text, `${basename(b.file)} kept byte for byte`).toBe(b.text);
    // the same file again adds nothing
    await chooseFiles(there, [path]);
    await expect.poll(() => lines(there)).toEqual([
      { outcome: 'merged', name: 'briefing-library.json', status: '资料库文件：新加入 0 场，已有 4 场', what: null },
    ]);
    expect(await count(there)).toBe('共 4 场');
    expect(Object.keys(await stored(there))).toHaveLength(4);
    // and they are there after a reload, one of them opened from the list
    await openLibrary(there, () => there.reload());
    expect(await listed(there)).toEqual(NEWEST_FIRST.map((b) => b.fp));
    await click(there, `${item(MAY17)} .library-open`);
    await expect.poll(() => headline(there)).toBe(MAY17.headline);
    await there.noProblems();
  } finally {
    await other.quit();
  }
  await tab.noProblems();
});

test('when the browser refuses to store, the import says so and the library loses nothing', async ({ tab }) => {
  await openLibrary(tab);
  await chooseFiles(tab, [JAN18.file, NOV16.file]);
  await expect.poll(() => count(tab)).toBe('共 2 场');
  const before = await stored(tab);
  expect(Object.keys(before).sort()).toEqual([NOV16.fp, JAN18.fp].sort());

  // storage full: every write IndexedDB is asked for fails
  await tab.js(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  // two more at once, one of them already kept
  await chooseFiles(tab, [APR20.file, JAN18.file, MAY17.file]);
  await expect.poll(() => lines(tab)).toEqual([
    { outcome: 'not-kept', name: 'mfa_2020-04-28.txt', status: '未保存：QuotaExceededError: full', what: what(APR20) },
    { outcome: 'duplicate', name: 'mfa_2018-01-19.txt', status: '已在资料库中，未重复保存', what: what(JAN18) },
    { outcome: 'not-kept', name: 'mfa_2017-05-03.txt', status: '未保存：QuotaExceededError: full', what: what(MAY17) },
  ]);
  await expect.poll(() => tab.text('.data-note')).toBe('本浏览器拒绝保存（存储空间已满或被禁用），资料库原有内容未受影响；这次导入的需在下次重新导入。');
  expect(await count(tab)).toBe('共 2 场');
  expect(await listed(tab)).toEqual([JAN18.fp, NOV16.fp]);
  expect(await headline(tab)).toBe(BUILT_IN);
  // one on its own: it is still opened, to read now
  await chooseFiles(tab, [APR20.file]);
  await expect.poll(() => headline(tab)).toBe(APR20.headline);
  await toLibrary(tab);
  expect(await lines(tab), 'the line of the one file not kept').toEqual([
    { outcome: 'not-kept', name: 'mfa_2020-04-28.txt', status: '未保存：QuotaExceededError: full', what: what(APR20) },
  ]);
  expect(await tab.text('.data-note')).toBe('本浏览器拒绝保存（存储空间已满或被禁用），资料库原有内容未受影响；这次导入的需在下次重新导入。');
  expect(await count(tab)).toBe('共 2 场');
  expect(await stored(tab)).toEqual(before);

  // the next visit (storage working again): what was kept is all there, and only that
  await openLibrary(tab, () => tab.reload());
  expect(await count(tab)).toBe('共 2 场');
  expect(await listed(tab)).toEqual([JAN18.fp, NOV16.fp]);
  expect(await stored(tab)).toEqual(before);
  await tab.noProblems();
});

test('the one briefing kept before the library existed is moved into it, and still opens', async ({ tab }) => {
  await tab.open();
  // what an earlier version left: the text in localStorage, and that it was on show
  await tab.js((k: string, text: string, a: string) => {
    localStorage.setItem(k, text);
    localStorage.setItem(a, 'imported');
  }, OLD_IMPORT, APR20.text, ACTIVE);
  await tab.reload();
  await tab.ready();
  await expect.poll(() => headline(tab)).toBe(APR20.headline);
  expect(await tab.count('.topic-nav-title')).toBe(11);
  await toLibrary(tab);
  expect(await count(tab)).toBe('共 1 场');
  expect(await listed(tab)).toEqual([APR20.fp]);
  expect(await onShow(tab)).toEqual(shownAs(APR20.fp));
  // moved, not copied: IndexedDB has it, the old key is gone, the briefing on show is named by
  // its fingerprint (in the address too)
  const kept = await stored(tab);
  expect(Object.keys(kept)).toEqual([APR20.fp]);
  expect(kept[APR20.fp].text).toBe(APR20.text);
  expect(await tab.js((k: string) => localStorage.getItem(k), OLD_IMPORT)).toBeNull();
  expect(await tab.js((k: string) => localStorage.getItem(k), ACTIVE)).toBe(APR20.fp);
  await expect.poll(async () => new URL(await tab.url()).search, { message: 'the address names the briefing on show' }).toBe(`?b=${APR20.fp}`);
  // and the next visit opens it from the library
  await tab.goto('about:blank');
  await tab.open();
  await expect.poll(() => headline(tab)).toBe(APR20.headline);
  await expect.poll(async () => new URL(await tab.url()).search, { message: 'the address names the briefing on show' }).toBe(`?b=${APR20.fp}`);
  await toLibrary(tab);
  expect(await listed(tab)).toEqual([APR20.fp]);
  await tab.noProblems();
});

test('screenshots of the library at 360 and 1280 px, light and dark', async ({ tab }) => {
  await openLibrary(tab);
  await chooseFiles(tab, [JAN18.file, NOV16.file, APR20.file, MAY17.file]);
  await expect.poll(() => count(tab)).toBe('共 4 场');
  await click(tab, `${item(MAY17)} .library-open`);
  await expect.poll(() => headline(tab)).toBe(MAY17.headline);
  for (const theme of ['light', 'dark']) {
    await tab.viewport(1280, 800);
    await tab.js((t: string) => localStorage.setItem('briefing-explorer/theme', t), theme);
    await tab.reload();
    await tab.ready();
    expect(await tab.attr('html', 'data-theme')).toBe(theme);
    await expect.poll(() => headline(tab)).toBe(MAY17.headline);
    await toLibrary(tab);
    expect(await onShow(tab)).toEqual(shownAs(MAY17.fp));
    await tab.scrollTo('#library');
    await tab.screenshot(`library-1280-${theme}`);
    await tab.viewport(360, 740);
    await noSidewaysScroll(tab);
    await tab.scrollTo('#library');
    // every item's remove button is within the window
    const clipped = await tab.js<string[]>(() => [...document.querySelectorAll('#library .library-item')]
      .filter((li) => { const r = li.getBoundingClientRect(); return r.right > innerWidth + 0.5 || r.left < -0.5; })
      .map((li) => li.textContent ?? ''));
    expect(clipped, 'library items wider than the window').toEqual([]);
    await tab.screenshot(`library-360-${theme}`);
  }
  await tab.noProblems();
});

// ---- across the library: one search, every briefing's figures, the same measure ----

const CITY_FILE = join(fixtures, 'other-briefing.txt');
const SCIO_FILE = join(fixtures, 'scio-press-conference.txt');
const CITY = { file: CITY_FILE, fp: fingerprint(readFileSync(CITY_FILE, 'utf8')), headline: '某市解读2021年工业发展热点', date: '2022-03-02' };
const SCIO = { file: SCIO_FILE, fp: fingerprint(readFileSync(SCIO_FILE, 'utf8')), headline: '国务院新闻办就2025年工业和信息化发展情况举行发布会', date: '2026-01-21' };

/** Whitespace collapsed, as `tab.text` reads the page. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The lines of a transcript after its headline, with `word` in them (each line a paragraph). */
const linesWith = (b: Briefing, word: string) => b.text.split('\n').slice(1).filter((l) => l.includes(word));
/** How often `word` occurs in a transcript after its headline (in its questions and answers). */
const occurrences = (b: Briefing, word: string) => b.text.split('\n').slice(1).join('\n').split(word).length - 1;

/** A transcript's Q&As, each its lines: a Q&A starts at a line whose label asks (问：, 追问：,
 *  会后有记者问及：) or is a reporter's (新华社记者：), and runs to the next. */
function qas(b: Briefing): string[][] {
  const out: string[][] = [];
  for (const line of b.text.split('\n').slice(1).map((l) => l.trim()).filter((l) => l)) {
    const label = /^([^：，。]{1,15})：/.exec(line)?.[1];
    if (label !== undefined && (label.includes('问') || label.endsWith('记者'))) out.push([line]);
    else out.at(-1)?.push(line);
  }
  return out;
}
/** How many of a transcript's Q&As have `word` in them. */
const qasWith = (b: Briefing, word: string) => qas(b).filter((qa) => qa.some((l) => l.includes(word))).length;

/** Types a search into the library's own search box (emptied first), as a reader does. */
async function searchLibrary(tab: Tab, query: string): Promise<void> {
  const box = await tab.$('#library-search');
  await tab.js((e: HTMLInputElement) => { e.scrollIntoView({ block: 'center' }); e.focus(); e.select(); }, box);
  await tab.press(Key.BACK_SPACE);
  await box.sendKeys(query);
}

type HitGroup = { fp: string | null; headline: string; meta: string; snippets: string[]; marks: string[][] };

/** The library search's groups, top to bottom. */
async function hitGroups(tab: Tab): Promise<HitGroup[]> {
  return tab.js(() => {
    const t = (e: Element | null) => (e ? (e.textContent ?? '').replace(/\s+/g, ' ').trim() : '');
    return [...document.querySelectorAll('#library div.library-hits section.library-hit-group')].map((g) => ({
      fp: g.getAttribute('data-fingerprint'),
      headline: t(g.querySelector('h4 button.library-open')),
      meta: t(g.querySelector('p.library-meta')),
      snippets: [...g.querySelectorAll('p.library-snippet')].map(t),
      marks: [...g.querySelectorAll('p.library-snippet')].map((p) => [...p.querySelectorAll('mark.hit')].map(t)),
    }));
  });
}

type Chip = { name: string; count: string; pressed: string | null };

/** The facet groups of the library search, each its label and its chips. */
async function facets(tab: Tab): Promise<{ label: string | null; chips: Chip[] }[]> {
  return tab.js(() => [...document.querySelectorAll('#library div.library-hits div.library-facets')].map((g) => ({
    label: g.getAttribute('aria-label'),
    chips: [...g.querySelectorAll('button.filter-chip')].map((b) => {
      const count = b.querySelector('span.filter-chip-count');
      const copy = b.cloneNode(true) as Element;
      copy.querySelector('span.filter-chip-count')?.remove();
      return { name: (copy.textContent ?? '').trim(), count: (count?.textContent ?? '').trim(), pressed: b.getAttribute('aria-pressed') };
    }),
  })));
}

const hitsStatus = (tab: Tab) => tab.js<string | null>(() => {
  const p = document.querySelector('#library div.library-hits > p.library-search-status');
  return p ? (p.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
});

type Row = { fp: string | null; figure: string | null; text: string; kind: string | null; where: string; name: string | null; same: string | null; sameLabel: string | null };

/** The figures table as drawn, once every row the count names is there: its count (显示 K 个数字),
 *  column headers and rows. */
async function figuresTable(tab: Tab): Promise<{ count: number; headers: string[]; rows: Row[] }> {
  let got: { count: number; headers: string[]; rows: Row[] } | undefined;
  await expect.poll(async () => {
    got = await tab.js(() => {
      const t = (e: Element | null) => (e ? (e.textContent ?? '').replace(/\s+/g, ' ').trim() : '');
      const table = document.getElementById('figures-table');
      const m = /^显示 (\d+) 个数字$/.exec(t(document.querySelector('#figures .panel-controls .panel-count')));
      if (!table || table.hasAttribute('aria-busy') || !m) return undefined;
      return {
        count: Number(m[1]),
        headers: [...table.querySelectorAll('thead th')].map((th) => t(th.querySelector('button') ?? th).replace(/[▲▼↕]/g, '').trim()),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => {
          const same = tr.querySelector('button.fig-same');
          return {
            fp: tr.getAttribute('data-briefing'),
            figure: tr.getAttribute('data-figure'),
            text: t(tr.querySelector('button.fig-link')),
            kind: tr.querySelector('.kind-badge')?.getAttribute('data-kind') ?? null,
            where: t(tr.querySelector('td.fig-briefing')),
            name: tr.querySelector('td.fig-briefing span.fig-briefing-name') ? t(tr.querySelector('td.fig-briefing span.fig-briefing-name')) : null,
            same: same ? t(same) : null,
            sameLabel: same?.getAttribute('aria-label') ?? null,
          };
        }),
      };
    }) ?? undefined;
    return got !== undefined && got.rows.length === got.count;
  }, { message: 'the figures table is drawn, a row for each figure it counts' }).toBe(true);
  return got!;
}

/** The "same measure" list above the figures table: heading, items and what it says if empty. */
async function sameMeasure(tab: Tab): Promise<{ heading: string; label: string | null; above: boolean; empty: string[]; items: { fp: string | null; date: string; figure: string; value: string; name: string }[] }> {
  return tab.js(() => {
    const t = (e: Element | null) => (e ? (e.textContent ?? '').replace(/\s+/g, ' ').trim() : '');
    const box = document.querySelector('#figures div.same-measure[role=region]')!;
    const table = document.getElementById('figures-table')!;
    return {
      heading: t(box.querySelector('h3')),
      label: box.getAttribute('aria-label'),
      above: (box.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      empty: [...box.querySelectorAll(':scope > p')].map(t),
      items: [...box.querySelectorAll('ol.same-measure-list > li')].map((li) => ({
        fp: li.getAttribute('data-briefing'),
        date: t(li.querySelector('span.same-measure-date')),
        figure: t(li.querySelector('button.fig-link')),
        value: t(li.querySelector('span.same-measure-value')),
        name: t(li.querySelector('span.fig-briefing-name')),
      })),
    };
  });
}

/** The search the address holds, after the briefing's name. */
const addressFor = (fp: string, query: string) => `?b=${fp}&q=${encodeURIComponent(query)}`;

/** Waits until the page shows `briefing` opened on a search for `query`: the address names both,
 *  the page's own search box holds it, and the text has its hits. Returns the hits in the text. */
async function openedOn(tab: Tab, briefingHeadline: string, fp: string, query: string): Promise<string[]> {
  await expect.poll(() => headline(tab), { message: 'the briefing is opened' }).toBe(briefingHeadline);
  await expect.poll(async () => new URL(await tab.url()).search, { message: 'the address names the briefing and the search' }).toBe(addressFor(fp, query));
  await expect.poll(() => tab.value('#search'), { message: 'the page’s search box holds the search' }).toBe(query);
  await expect.poll(() => tab.count('p.para mark.hit'), { message: 'the hits are marked in the text' }).toBeGreaterThan(0);
  return tab.texts('p.para mark.hit');
}

test('one search across the library: hits grouped by briefing, newest first, a speaker narrows them, a hit opens its briefing on the search', async ({ tab }) => {
  await openLibrary(tab);
  // nothing to search in an empty library
  expect(await tab.count('#library-search')).toBe(0);
  await chooseFiles(tab, [JAN18.file, NOV16.file, APR20.file, MAY17.file]);
  await expect.poll(() => count(tab)).toBe('共 4 场');
  await tab.waitFor('section#data div.library-view#library input#library-search');
  expect(await tab.attr('#library-search', 'type')).toBe('search');
  expect(await tab.text('#library label[for="library-search"]')).toBe('在整个资料库中搜索');
  expect(await tab.count('#library div.library-hits')).toBe(0);

  // a word in three of the four (by two of the three spokespeople), most often in one
  const word = '朝鲜';
  const having = NEWEST_FIRST.filter((b) => occurrences(b, word) > 0);
  expect(having, 'the word is in three of the four transcripts').toEqual([APR20, MAY17, NOV16]);
  const total = having.reduce((n, b) => n + occurrences(b, word), 0);

  // the first search reads and indexes every briefing, saying how far it is
  await tab.js(() => {
    const w = window as any;
    w.__preparing = [];
    new MutationObserver(() => {
      document.querySelectorAll('#library p.library-search-status').forEach((p) => {
        const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t.startsWith('正在准备') && w.__preparing[w.__preparing.length - 1] !== t) {
          w.__preparing.push(`${t} [${p.querySelector('progress') ? 'progress' : 'no progress'}]`);
        }
      });
    }).observe(document.getElementById('library')!, { subtree: true, childList: true, characterData: true });
  });
  await searchLibrary(tab, word);
  await expect.poll(() => hitsStatus(tab), { message: 'the search is run' }).toBe(`${total} 处，分布在 ${having.length} 场发布会`);
  for (const p of await tab.js<string[]>(() => (window as any).__preparing)) expect(p).toMatch(/^正在准备搜索：[0-4] \/ 4 \[progress\]$/);
  await tab.waitGone('#library p.library-search-status progress');

  // a group per briefing with the word, newest first: its headline, date and hits, and the first
  // three paragraphs with hits, each a few words around the word
  const groups = await hitGroups(tab);
  expect(groups.map((g) => g.fp)).toEqual(having.map((b) => b.fp));
  expect(groups.map((g) => g.headline)).toEqual(having.map((b) => b.headline));
  expect(groups.map((g) => g.meta)).toEqual(having.map((b) => `${b.date} · ${occurrences(b, word)} 处`));
  for (const [i, b] of having.entries()) {
    const paras = linesWith(b, word);
    const g = groups[i];
    expect(g.snippets, `snippets of ${b.date}`).toHaveLength(Math.min(3, paras.length));
    g.snippets.forEach((s, n) => {
      expect(g.marks[n].length, `a hit marked in snippet ${n} of ${b.date}`).toBeGreaterThan(0);
      expect(new Set(g.marks[n])).toEqual(new Set([word]));
      // cut out of that paragraph (… where it goes on)
      expect(collapse(paras[n]), `snippet ${n} of ${b.date}`).toContain(s.replace(/^…/, '').replace(/…$/, ''));
      expect(s.replace(/^…/, '').replace(/…$/, '').length).toBeLessThanOrEqual(48);
    });
  }
  // facets: no kind group (all four are 例行记者会), one by speaker, none chosen
  // (each speaker's chip counts the Q&As they answered with the word in them, the most first)
  for (const b of NEWEST_FIRST) expect(qas(b), `the Q&As of ${b.date}, as the library counts them`).toHaveLength(b.qas);
  const qasOf = (who: string) => having.filter((b) => b.who === who).reduce((n, b) => n + qasWith(b, word), 0);
  const f0 = await facets(tab);
  expect(f0.map((f) => f.label)).toEqual(['按发言人']);
  expect(f0[0].chips).toEqual([
    { name: '耿爽', count: String(qasOf('耿爽')), pressed: 'false' },
    { name: '华春莹', count: String(qasOf('华春莹')), pressed: 'false' },
  ]);
  expect(qasOf('耿爽')).toBeGreaterThan(qasOf('华春莹'));

  // one speaker: only the briefings (and hits) of their answers
  const byGeng = having.filter((b) => b.who === '耿爽');
  await click(tab, await tab.withText('#library div.library-facets button.filter-chip', '耿爽'));
  await expect.poll(() => hitsStatus(tab)).toBe(`${byGeng.reduce((n, b) => n + occurrences(b, word), 0)} 处，分布在 ${byGeng.length} 场发布会`);
  expect((await hitGroups(tab)).map((g) => g.fp)).toEqual(byGeng.map((b) => b.fp));
  const f1 = await facets(tab);
  expect(f1[0].chips.find((c) => c.name === '耿爽')?.pressed).toBe('true');
  expect(f1[0].chips.find((c) => c.name === '华春莹')?.pressed).toBe('false');
  // (faceted: a speaker's count leaves the speaker filter out)
  expect(f1[0].chips.map((c) => `${c.name} ${c.count}`).sort()).toEqual(f0[0].chips.map((c) => `${c.name} ${c.count}`).sort());
  // …and again: every briefing again
  await click(tab, await tab.withText('#library div.library-facets button.filter-chip', '耿爽'));
  await expect.poll(() => hitsStatus(tab)).toBe(`${total} 处，分布在 ${having.length} 场发布会`);
  expect((await hitGroups(tab)).map((g) => g.fp)).toEqual(having.map((b) => b.fp));
  expect((await facets(tab))[0].chips.every((c) => c.pressed === 'false')).toBe(true);

  // a word in none of them
  await searchLibrary(tab, '企鹅');
  await expect.poll(() => hitsStatus(tab)).toBe('整个资料库中没有找到。');
  expect(await tab.count('#library section.library-hit-group')).toBe(0);
  await searchLibrary(tab, word);
  await expect.poll(() => hitsStatus(tab)).toBe(`${total} 处，分布在 ${having.length} 场发布会`);

  // a group's headline opens its briefing, on the search
  expect(await headline(tab)).toBe(BUILT_IN);
  await click(tab, `#library section.library-hit-group[data-fingerprint="${MAY17.fp}"] h4 button.library-open`);
  const marks = await openedOn(tab, MAY17.headline, MAY17.fp, word);
  expect(marks).toEqual(Array(occurrences(MAY17, word)).fill(word));
  expect(await tab.texts('.speaker-card .speaker-name')).toEqual(['耿爽']);
  await tab.noProblems();
});

test('the figures table of every briefing: each one’s figures with its date and headline, the kind filter still applies, a figure opens its briefing on it', async ({ tab }) => {
  await openLibrary(tab);
  await chooseFiles(tab, [JAN18.file, NOV16.file, APR20.file, MAY17.file]);
  await expect.poll(() => count(tab)).toBe('共 4 场');

  // each briefing's own table, to compare with
  const own = new Map<string, Row[]>();
  for (const b of NEWEST_FIRST) {
    await toLibrary(tab);
    await click(tab, `${item(b)} .library-open`);
    await expect.poll(() => headline(tab)).toBe(b.headline);
    await tab.toFigures();
    const t = await figuresTable(tab);
    expect(t.count, `${b.date}: as many figures as the library says`).toBe(b.figures);
    expect(t.rows.every((r) => r.fp === null), 'a briefing’s own table names no briefing').toBe(true);
    expect(t.headers).not.toContain('发布会');
    own.set(b.fp, t.rows);
  }
  const sum = [...own.values()].reduce((n, rows) => n + rows.length, 0);
  const ofKind = (k: string) => [...own.values()].flat().filter((r) => r.kind === k).length;

  // back on the built-in briefing, the whole library's figures instead of its own
  await toLibrary(tab);
  await click(tab, '#library li.library-builtin .library-open');
  await expect.poll(() => headline(tab)).toBe(BUILT_IN);
  await tab.toFigures();
  const builtIn = await figuresTable(tab);
  expect(builtIn.count).toBe(56);
  const whole = '#figures .panel-controls button.figures-whole';
  expect(await tab.text(whole)).toBe('整个资料库（4 场）');
  expect(await tab.attr(whole, 'aria-pressed')).toBe('false');
  await click(tab, whole);
  await expect.poll(() => tab.attr(whole, 'aria-pressed')).toBe('true');
  await expect.poll(() => tab.text('#figures .panel-controls .panel-count')).toBe(`显示 ${sum} 个数字`);
  const all = await figuresTable(tab);
  expect(all.count).toBe(sum);
  expect(all.headers).toContain('发布会');
  expect(new Set(all.rows.map((r) => r.fp))).toEqual(new Set(NEWEST_FIRST.map((b) => b.fp)));
  for (const b of NEWEST_FIRST) {
    const mine = all.rows.filter((r) => r.fp === b.fp);
    // the same figures as its own table, each naming the briefing by date and headline
    expect(mine.map((r) => `${r.text} ${r.kind}`).sort(), `${b.date}’s figures`).toEqual(own.get(b.fp)!.map((r) => `${r.text} ${r.kind}`).sort());
    for (const r of mine) {
      expect(r.name).toBe(b.headline);
      expect(r.where).toBe(`${b.date}${b.headline}`);
    }
  }
  // none of the built-in briefing's
  expect(all.rows.some((r) => r.name === BUILT_IN)).toBe(false);

  // the kind filter applies to the whole library's figures too
  const kind = '#figures .panel-controls select';
  for (const k of ['statistic', 'target', 'date']) {
    await pick(tab, kind, k);
    await expect.poll(() => tab.text('#figures .panel-controls .panel-count'), { message: `the ${k} figures` }).toBe(`显示 ${ofKind(k)} 个数字`);
    const rows = (await figuresTable(tab)).rows;
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(ofKind(k) ? [k] : []));
    expect(rows.every((r) => r.fp !== null)).toBe(true);
  }
  await pick(tab, kind, '');
  await expect.poll(() => tab.text('#figures .panel-controls .panel-count')).toBe(`显示 ${sum} 个数字`);

  // pressed again: the briefing on show's own figures
  await click(tab, whole);
  await expect.poll(() => tab.attr(whole, 'aria-pressed')).toBe('false');
  await expect.poll(() => tab.text('#figures .panel-controls .panel-count')).toBe('显示 56 个数字');
  const back = await figuresTable(tab);
  expect(back.rows.every((r) => r.fp === null)).toBe(true);
  expect(back.headers).toEqual(builtIn.headers);
  expect(back.rows.map((r) => r.text)).toEqual(builtIn.rows.map((r) => r.text));

  // a figure of another briefing opens that briefing on it
  await click(tab, whole);
  await expect.poll(() => tab.text('#figures .panel-controls .panel-count')).toBe(`显示 ${sum} 个数字`);
  const target = (await figuresTable(tab)).rows.find((r) => r.fp === JAN18.fp && r.kind === 'statistic' && !/\s/.test(r.text))!;
  expect(target, 'a statistic of 2018-01-19').toBeDefined();
  const row = `#figures-table tr[data-briefing="${JAN18.fp}"][data-figure="${target.figure}"] button.fig-link`;
  expect(await tab.text(row)).toBe(target.text);
  await click(tab, row);
  const marks = await openedOn(tab, JAN18.headline, JAN18.fp, target.text);
  expect(new Set(marks)).toEqual(new Set([target.text]));
  expect(marks.length).toBe(occurrences(JAN18, target.text));
  await tab.noProblems();
});

test('the same measure in other briefings: from the figures table and from a figure’s popover, in date order; one opens its briefing on it', async ({ tab }) => {
  await openLibrary(tab);
  // a city's write-up and an SCIO transcript, each counting new 5G base stations, and two
  // Foreign Ministry briefings that count none
  await chooseFiles(tab, [CITY.file, JAN18.file, SCIO.file, APR20.file]);
  await expect.poll(() => count(tab)).toBe('共 4 场');
  expect(await headline(tab)).toBe(BUILT_IN);
  expect(await tab.text(`#library li[data-fingerprint="${CITY.fp}"] .library-meta`)).toMatch(new RegExp(`^${CITY.date} · `));
  expect(await tab.text(`#library li[data-fingerprint="${SCIO.fp}"] .library-meta`)).toMatch(new RegExp(`^${SCIO.date} · `));

  // the built-in briefing's table: every figure with a value, not a date, can be followed
  await tab.toFigures();
  const table = await figuresTable(tab);
  const builtIn = JSON.parse(readFileSync(join(root, 'data/briefing.json'), 'utf8'));
  const figs: any[] = [builtIn.note, ...builtIn.topics.flatMap((t: any) => t.qas.flatMap((q: any) => [q.question, ...q.answers].flatMap((turn: any) => turn.paragraphs)))].flatMap((p: any) => p.figures);
  expect(table.rows.map((r) => r.figure)).toEqual(expect.arrayContaining(figs.map((f) => f.id)));
  for (const r of table.rows) {
    const f = figs.find((x) => x.id === r.figure);
    const followable = f.value !== null && f.kind !== 'date';
    expect(r.same, `${f.text} (${f.kind})`).toBe(followable ? '同一指标' : null);
    if (followable) expect(r.sameLabel).toBe(`在其他发布会中找同一指标：${f.text}`);
  }
  const fiveG = figs.find((f) => f.text === '超过60万个');
  expect(fiveG.id).toBe('f29-2');
  await click(tab, `#figures-table tr[data-figure="${fiveG.id}"] button.fig-same`);
  await tab.waitFor('#figures div.same-measure[role=region]');
  const expected = [
    { fp: CITY.fp, date: CITY.date, figure: '3000个', value: '3,000', name: CITY.headline },
    { fp: SCIO.fp, date: SCIO.date, figure: '42万个', value: '42万 = 420,000', name: SCIO.headline },
  ];
  const fromTable = await sameMeasure(tab);
  expect(fromTable.heading).toBe('“全年新建5G基站超过60万个”在其他发布会中');
  expect(fromTable.above, 'above the table').toBe(true);
  expect(fromTable.empty).toEqual([]);
  expect(fromTable.items).toEqual(expected);
  expect(await tab.text('#figures div.same-measure button.quiz-secondary')).toBe('关闭');
  await click(tab, '#figures div.same-measure button.quiz-secondary');
  await tab.waitGone('#figures div.same-measure');

  // from the figure in the text: its popover, pinned, offers the same
  const mark = `p.para mark.fig#${fiveG.id}`;
  expect(await tab.text(mark)).toContain('60万个');
  await tab.click(mark);
  await tab.waitFor('#figure-popover');
  await tab.unhover();
  await tab.waitFor('#figure-popover button.popover-same');
  expect(await tab.text('#figure-popover button.popover-same')).toBe('其他发布会中的同一指标');
  await click(tab, '#figure-popover button.popover-same');
  await tab.waitFor('#figures div.same-measure[role=region]');
  await tab.staysInView('#figures div.same-measure');
  expect(await sameMeasure(tab)).toEqual(fromTable);

  // one of them opens its briefing on that figure
  await click(tab, `#figures div.same-measure li[data-briefing="${CITY.fp}"] button.fig-link`);
  expect(new Set(await openedOn(tab, CITY.headline, CITY.fp, '3000个'))).toEqual(new Set(['3000个']));

  // from a library briefing: the others only (not itself), and the built-in one is not in the library
  await tab.toFigures();
  const cityTable = await figuresTable(tab);
  const c3000 = cityTable.rows.find((r) => r.text === '3000个')!;
  expect(c3000.same).toBe('同一指标');
  await click(tab, `#figures-table tr[data-figure="${c3000.figure}"] button.fig-same`);
  await tab.waitFor('#figures div.same-measure[role=region]');
  const fromCity = await sameMeasure(tab);
  expect(fromCity.heading).toMatch(/^“.*5G基站3000个”在其他发布会中$/);
  expect(fromCity.items).toEqual([expected[1]]);
  await click(tab, '#figures div.same-measure button.quiz-secondary');
  await tab.waitGone('#figures div.same-measure');
  // a measure no other briefing has: said so
  const lonely = cityTable.rows.find((r) => r.text.includes('200家'))!;
  expect(lonely?.same).toBe('同一指标');
  await click(tab, `#figures-table tr[data-figure="${lonely.figure}"] button.fig-same`);
  await tab.waitFor('#figures div.same-measure[role=region]');
  const none = await sameMeasure(tab);
  expect(none.items).toEqual([]);
  expect(none.empty).toEqual(['资料库的其他发布会中没有同一指标（按所计之物与单位比对）。']);

  // and the SCIO's figure, opened from the list, with its own search
  await click(tab, '#figures div.same-measure button.quiz-secondary');
  await click(tab, `#figures-table tr[data-figure="${c3000.figure}"] button.fig-same`);
  await tab.waitFor(`#figures div.same-measure li[data-briefing="${SCIO.fp}"]`);
  await click(tab, `#figures div.same-measure li[data-briefing="${SCIO.fp}"] button.fig-link`);
  expect(new Set(await openedOn(tab, SCIO.headline, SCIO.fp, '42万个'))).toEqual(new Set(['42万个']));
  await tab.noProblems();
});

test('screenshots of the library search and of the same measure at 360 and 1280 px', async ({ tab }) => {
  await openLibrary(tab);
  await chooseFiles(tab, [CITY.file, NOV16.file, SCIO.file, MAY17.file]);
  await expect.poll(() => count(tab)).toBe('共 4 场');
  await searchLibrary(tab, '朝鲜');
  await expect.poll(() => tab.count('#library section.library-hit-group')).toBe(2);
  for (const width of [1280, 360]) {
    await tab.viewport(width, width === 360 ? 740 : 800);
    if (width === 360) await noSidewaysScroll(tab);
    await tab.scrollTo('#library .library-search');
    const wide = await tab.js<string[]>(() => [...document.querySelectorAll('#library .library-search, #library .library-hit-group, #library .library-facets, #library .library-snippet')]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.right > innerWidth + 0.5 || r.left < -0.5; })
      .map((e) => e.className));
    expect(wide, 'search results wider than the window').toEqual([]);
    await tab.screenshot(`library-search-${width}`);
  }
  await tab.viewport(1280, 800);
  await tab.toFigures();
  await click(tab, '#figures-table tr[data-figure="f29-2"] button.fig-same');
  await tab.waitFor('#figures div.same-measure li');
  for (const width of [1280, 360]) {
    await tab.viewport(width, width === 360 ? 740 : 800);
    if (width === 360) await noSidewaysScroll(tab);
    await tab.scrollTo('#figures div.same-measure');
    const wide = await tab.js<string[]>(() => [...document.querySelectorAll('#figures div.same-measure, #figures div.same-measure li')]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.right > innerWidth + 0.5 || r.left < -0.5; })
      .map((e) => e.className || e.tagName));
    expect(wide, 'the same-measure list wider than the window').toEqual([]);
    await tab.screenshot(`same-measure-${width}`);
  }
  await tab.noProblems();
});
