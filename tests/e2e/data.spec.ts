import { expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, openApp, shown, drawn, toFigures } from './helpers';

// Bring your own briefing, take your data out. Another transcript of the same shape is parsed
// in the browser by the core parser and explored with every feature; errors name the line and
// keep the text; the import is kept in the library (IndexedDB) unless the reader unticks the box;
// exports download real files.

const fixtures = join(__dirname, '../../crates/briefing/tests/fixtures');
const other = readFileSync(join(fixtures, 'other-briefing.txt'), 'utf8');
const broken = readFileSync(join(fixtures, 'broken-briefing.txt'), 'utf8');
const BUILT_IN = '工信部解读2020年工业通信业热点';
const IMPORTED = '某市解读2021年工业发展热点';
const ACTIVE = 'briefing-explorer/active';
const OLD_IMPORT = 'briefing-explorer/imported';

/** The app's name for a text (`?b=`, the library's key): FNV-1a (64 bits) of its UTF-8 bytes, in
 *  16 hex digits (crates/briefing/src/export.rs). */
function fingerprint(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** What the library keeps in IndexedDB: fingerprint → text (read without making the database if
 *  the app has not). */
async function stored(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => new Promise<Record<string, string>>((resolve, reject) => {
    const req = indexedDB.open('briefing-explorer');
    req.onupgradeneeded = () => req.transaction!.abort();
    req.onerror = (e) => { e.preventDefault(); resolve({}); };
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('briefings')) { db.close(); resolve({}); return; }
      const tx = db.transaction('briefings', 'readonly');
      const keys = tx.objectStore('briefings').getAllKeys();
      const values = tx.objectStore('briefings').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i].text])));
      };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  }));
}

/** The fingerprints of the imported briefings the library lists (the built-in one heads it). */
const listed = (page: Page) => page.locator('#library li.library-item[data-fingerprint]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fingerprint')));

/** Goes down to the data panel, as a reader does, and waits for it: its code is fetched once its
 *  place nears the window (src/boot/lazy.rs), and until then only its heading is there. */
async function toPanel(page: Page) {
  // (the shell may be swapped for the panel while the page scrolls to it, and Playwright gives up
  // on a node that goes: scroll to whichever stands there then)
  await expect(() => page.locator('#data').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await page.locator('#data .file-button').waitFor();
}

/** Opens the app and goes down to the data panel. */
async function open(page: Page, url = './') {
  await openApp(page, url);
  await toPanel(page);
}

/** Types `text` into the import box and opens it, kept in the library or not (the box is ticked
 *  by default). */
async function importText(page: Page, text: string, keep = false) {
  await page.locator('#import-text').fill(text);
  await page.locator('.import-keep input').setChecked(keep);
  await page.locator('.data-panel .quiz-confirm').click();
}

/** The library's item of an import: the button that opens it, the one that removes it. */
const item = (page: Page, text: string) => page.locator(`#library li.library-item[data-fingerprint="${fingerprint(text)}"]`);
const builtIn = (page: Page) => page.locator('#library li.library-builtin .library-open');

test('a pasted transcript is parsed here and explored with every feature', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.method() + ' ' + r.url()));
  await open(page);
  const before = requests.length;
  // not kept: the reader unticks 保存到本浏览器的资料库
  await importText(page, other, false);
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);
  // nothing was sent anywhere
  expect(requests.slice(before).filter((r) => !r.startsWith('GET '))).toEqual([]);
  await expect(page.locator('.data-note')).toHaveText(/^已导入并打开，解析用时 \d+ 毫秒。未保存：关闭页面后需重新导入。$/);
  // the address names the briefing on show
  await expect(page).toHaveURL(new RegExp(`\\?b=${fingerprint(other)}$`));
  await expect(page.locator('.source-banner')).toBeVisible();
  await expect(page.locator('.source-banner a[href="#data"]')).toHaveText('资料库');
  await expect(page.locator('section.topic')).toHaveCount(2);
  await expect(page.locator('.speaker-card')).toHaveCount(2);
  // figures
  await expect(page.locator('p.para mark.fig', { hasText: '1.5亿元' })).toHaveAttribute('data-value', '150000000');
  await expect(page.locator('p.para mark.fig', { hasText: '60%以上' })).toHaveCount(1);
  await toFigures(page);
  await expect(page.locator('#figures-table tbody tr')).toHaveCount(11);
  // filters and search
  await page.locator('.filter-chip[data-speaker="王芳"]').click();
  await expect(page.locator('article.qa:visible')).toHaveCount(2);
  await page.locator('#search').fill('基站');
  await expect(page.locator('mark.hit')).toHaveCount(1);
  // a quiz on it
  await page.locator('.filter-chip[data-speaker="王芳"]').click();
  await page.locator('#search').fill('');
  await page.locator('.quiz-launcher .quiz-confirm').click();
  await expect(page.locator('#quiz-prompt')).toBeVisible();
  const body = await page.locator('section.quiz').textContent();
  expect(body).not.toContain('工业和信息化部'); // questions come from the imported briefing
  // its link would give someone else the built-in briefing's questions: it is not offered
  await expect(page.getByRole('button', { name: '复制本测验链接' })).toHaveCount(0);
  await page.locator('.quiz-close').click();

  // not kept, it is not in the library: the built-in briefing heads the list, alone
  await toPanel(page);
  await expect(page.locator('#library .library-count')).toHaveText('共 0 场');
  expect(await listed(page)).toEqual([]);
  // back to the built-in briefing, from the library
  await builtIn(page).click();
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  await expect(page.locator('.source-banner')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('b')).toBeNull();

  // without consent, nothing was stored: a reload shows the built-in briefing, nothing listed
  expect(await stored(page)).toEqual({});
  expect(await page.evaluate((k) => localStorage.getItem(k), OLD_IMPORT)).toBeNull();
  expect(await page.evaluate((k) => localStorage.getItem(k), ACTIVE)).toBeNull();
  await page.reload();
  await drawn(page); // the app has hydrated the page: its controls answer
  await toPanel(page);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  await expect(page.locator('#library .library-count')).toHaveText('共 0 场');
  expect(await listed(page)).toEqual([]);
});

test('a bad transcript names its line and keeps the text in the box', async ({ page }) => {
  await open(page);
  await importText(page, broken);
  await expect(page.locator('#import-error')).toHaveText('第 11 行：这里应是“热点二”，却是“热点三”');
  await expect(page.locator('ul.import-lines > li.import-line')).toHaveAttribute('data-outcome', 'refused');
  await expect(page.locator('#import-text')).toHaveValue(broken);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  // fixed in the box, it opens
  await page.locator('#import-text').fill(broken.replace('热点三', '热点二'));
  await page.locator('.data-panel .quiz-confirm').click();
  await expect(page.locator('h1.headline')).toHaveText('某市解读2021年工业发展热点');
  // in English the same error is in English
  await open(page);
  await page.locator('.lang-toggle').click();
  await importText(page, broken);
  await expect(page.locator('#import-error')).toHaveText('Line 11: expected heading 热点二, found 热点三');
  await importText(page, '   ');
  await expect(page.locator('#import-error')).toHaveText('Paste some text or choose a file first.');
});

test('an import is kept in the library unless the box is unticked; it survives a reload, can be switched away from and back, and removed', async ({ page }) => {
  await open(page);
  // kept unless the reader says not: the box is ticked from the start
  await expect(page.locator('.import-keep')).toHaveText('保存到本浏览器的资料库');
  await expect(page.locator('.import-keep input')).toBeChecked();
  await importText(page, other, true);
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);
  await expect(page.locator('.data-note')).toHaveText(/^已导入并打开，解析用时 \d+ 毫秒。已保存在资料库。$/);
  // what is kept is the text, byte for byte, under its fingerprint (in IndexedDB, not localStorage)
  const fp = fingerprint(other);
  expect(await stored(page)).toEqual({ [fp]: other });
  expect(await page.evaluate((k) => localStorage.getItem(k), OLD_IMPORT)).toBeNull();
  expect(await page.evaluate((k) => localStorage.getItem(k), ACTIVE)).toBe(fp);
  await page.reload();
  await drawn(page); // the app has hydrated the page: its controls answer
  // the kept import replaces the built-in briefing once the library's code is here (a split part)
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);
  await expect(page).toHaveURL(new RegExp(`\\?b=${fp}$`));
  await toPanel(page);
  await expect(page.locator('#library .library-count')).toHaveText('共 1 场');
  expect(await listed(page)).toEqual([fp]);
  await expect(item(page, other).locator('.library-open')).toHaveText(IMPORTED);
  await expect(item(page, other)).toHaveClass(/on-show/);
  await expect(item(page, other).locator('.library-here')).toHaveText('正在查看');
  // to the built-in briefing and back, from the library
  await builtIn(page).click();
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  await expect(page.locator('.source-banner')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('b')).toBeNull();
  await expect(page.locator('#library li.library-builtin')).toHaveClass(/on-show/);
  await item(page, other).locator('.library-open').click();
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);
  await expect(page).toHaveURL(new RegExp(`\\?b=${fp}$`));

  // removed: it stays on show for now, but is no longer kept
  await item(page, other).locator('.library-remove').click();
  await expect(page.locator('#library .library-undo')).toHaveText(`已移除“${IMPORTED}”。撤销`);
  await expect(item(page, other)).toHaveCount(0);
  await expect(page.locator('#library .library-count')).toHaveText('共 0 场');
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);
  await expect.poll(() => stored(page)).toEqual({});
  // and the next visit shows the built-in briefing
  await page.goto('./');
  await drawn(page);
  await toPanel(page);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  expect(await listed(page)).toEqual([]);
});

test('a full storage is reported, and the import still opens', async ({ page }) => {
  // the browser refuses to store anything more in IndexedDB
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await open(page);
  await importText(page, other, true);
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);
  await expect(page.locator('.data-note')).toHaveText('本浏览器拒绝保存（存储空间已满或被禁用），资料库原有内容未受影响；这次导入的需在下次重新导入。');
  // nothing was kept: the next visit shows the built-in briefing, and the library is empty
  expect(await stored(page)).toEqual({});
  await page.goto('./');
  await drawn(page);
  await toPanel(page);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  expect(await listed(page)).toEqual([]);
});

const UNREADABLE_NOTE = '保存的导入内容无法解析（第 11 行），已另存为“briefing-explorer/imported.unreadable”，现显示内置发布会。';

test('an import an earlier version stored that no longer parses is reported and kept aside', async ({ page }) => {
  // what an earlier version left in localStorage: the text, and that it was on show
  await page.addInitScript((bad) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('briefing-explorer/imported', bad);
      localStorage.setItem('briefing-explorer/active', 'imported');
    }
  }, broken);
  await open(page);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  await expect(page.locator('.data-note')).toHaveText(UNREADABLE_NOTE);
  expect(await page.evaluate(() => localStorage.getItem('briefing-explorer/imported.unreadable'))).toBe(broken);
  expect(await page.evaluate((k) => localStorage.getItem(k), OLD_IMPORT)).toBeNull();
  expect(await stored(page)).toEqual({});
  expect(await listed(page)).toEqual([]);
});

test('an import an earlier version stored, not on show, is moved into the library: the built-in briefing shows, and the import can be opened from the list', async ({ page }) => {
  // a big stored import, with the built-in briefing on show
  const text = big(1024 * 1024);
  await page.addInitScript((t) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('briefing-explorer/imported', t);
      localStorage.removeItem('briefing-explorer/active');
    }
  }, text);
  await open(page);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  expect(new URL(page.url()).searchParams.get('b')).toBeNull();
  // moved: into IndexedDB under its fingerprint, out of localStorage, and listed
  const fp = fingerprint(text);
  await expect(item(page, text).locator('.library-open')).toHaveText(IMPORTED);
  await expect(page.locator('#library .library-count')).toHaveText('共 1 场');
  await expect(page.locator('#library li.library-builtin')).toHaveClass(/on-show/);
  expect(await page.evaluate((k) => localStorage.getItem(k), OLD_IMPORT)).toBeNull();
  const kept = await stored(page);
  expect(Object.keys(kept)).toEqual([fp]);
  expect(kept[fp] === text).toBe(true); // (1 MB: not printed in full if it differs)
  await item(page, text).locator('.library-open').click();
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);
  await expect(page).toHaveURL(new RegExp(`\\?b=${fp}$`));
});

test('an import an earlier version stored, not on show, that no longer parses is reported and kept aside', async ({ page }) => {
  await page.addInitScript((bad) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('briefing-explorer/imported', bad);
    }
  }, broken);
  await open(page);
  await expect(page.locator('.data-note')).toHaveText(UNREADABLE_NOTE);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  expect(await page.evaluate(() => localStorage.getItem('briefing-explorer/imported.unreadable'))).toBe(broken);
  expect(await page.evaluate(() => localStorage.getItem('briefing-explorer/imported'))).toBeNull();
  // nothing to offer in the library
  await expect(page.locator('#library .library-count')).toHaveText('共 0 场');
  expect(await listed(page)).toEqual([]);
});

test('a .txt file can be chosen or dropped; a file that is not UTF-8 is refused clearly', async ({ page }) => {
  await open(page);
  // one file or several
  await expect(page.locator('.data-panel .file-button')).toHaveText('选择文件');
  expect(await page.locator('.data-panel .file-button input[type=file]').evaluate((i: HTMLInputElement) => i.multiple)).toBe(true);
  // (not kept, so that each visit below starts on the built-in briefing)
  await page.locator('.import-keep input').uncheck();
  await page.locator('.data-panel .file-button input').setInputFiles({ name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from(other) });
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);

  await open(page);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  await page.locator('.import-keep input').uncheck();
  await page.locator('#data').evaluate((zone, text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, other);
  // the panel shows where to drop
  await expect(page.locator('#data')).toHaveClass(/dragging/);
  await page.locator('#data').evaluate((zone, text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, other);
  await expect(page.locator('h1.headline')).toHaveText(IMPORTED);

  await open(page);
  await expect(page.locator('h1.headline')).toHaveText(BUILT_IN);
  // 编者按 in GBK
  await page.locator('.data-panel .file-button input').setInputFiles({ name: 'gbk.txt', mimeType: 'text/plain', buffer: Buffer.from([0xb1, 0xe0, 0xd5, 0xdf, 0xb0, 0xb4]) });
  await expect(page.locator('#import-error')).toContainText('不是 UTF-8 编码');
  await expect(page.locator('h1.headline')).toHaveText('工信部解读2020年工业通信业热点');
});

test('HTML or script in an imported transcript is shown as text and never runs', async ({ page }) => {
  const evil = other
    .replace('某市解读2021年工业发展热点', '<img src=x onerror="window.__pwned=1">某市<b>热点</b>')
    .replace('请介绍一下', '<script>window.__pwned=2</script>请介绍一下')
    .replace('王芳:今年计划', '王芳:<iframe src="javascript:window.__pwned=3"></iframe>今年计划');
  await open(page);
  await importText(page, evil);
  await expect(page.locator('h1.headline')).toHaveText('<img src=x onerror="window.__pwned=1">某市<b>热点</b>');
  await expect(page.locator('#topic-1')).toContainText('<script>window.__pwned=2</script>请介绍一下');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('main img, header img, main script, main iframe, h1 b').count()).toBe(0);
});

test('exports: figures as CSV with a BOM and as JSON, the briefing as JSON, Anki cards', async ({ page }) => {
  await open(page);
  const grab = async (which: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${which}"]`).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
  };
  const csv = await grab('figures-csv');
  expect(csv.name).toBe('miit-2020-briefing-figures.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = csv.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(rows[0]).toBe('id,text,value,unit,measure,qualifier,kind,topic,topic_title,speaker,gloss,line');
  expect(rows).toHaveLength(57);
  expect(rows.find((r) => r.includes(',超过60万个,'))).toContain(',600000,count,个,over,statistic,2,5G,赵志国,');

  const figures = JSON.parse((await grab('figures-json')).bytes.toString('utf8'));
  expect(figures).toHaveLength(56);
  expect(figures.find((f: any) => f.text === '1865亿元').value).toBe(186500000000);

  const briefing = JSON.parse((await grab('briefing-json')).bytes.toString('utf8'));
  const published = await (await page.request.get('./briefing.json')).json();
  expect(briefing).toEqual(published);

  const anki = (await grab('anki')).bytes.toString('utf8').trim().split('\n');
  expect(anki.length).toBeGreaterThan(100);
  for (const line of anki) expect(line.split('\t')).toHaveLength(3);

  // the study record, as `briefing study --log` reads it
  const log = 'id,time,result,mode\nfigure-choice:f29-2,2026-12-01T08:00:00Z,right,practice\ntopic:f3-1,2026-12-01T08:01:00Z,wrong,exam\n';
  await page.evaluate((l) => localStorage.setItem('briefing-explorer/progress', l), log);
  const study = await grab('study-log');
  expect(study.name).toBe('briefing-study-log.csv');
  expect(study.bytes.toString('utf8')).toBe(log);
});

test('a printable worksheet: questions first, the answer key on its own page', async ({ page }) => {
  await open(page);
  await page.locator('[data-export="worksheet"]').click();
  await expect(page).toHaveURL(/mode=sheet/);
  await expect(page.locator('.worksheet-questions > li')).toHaveCount(20);
  await expect(page.locator('.worksheet-key li')).toHaveCount(20);
  // the same URL gives the same worksheet
  const first = await page.locator('.worksheet-questions').textContent();
  await page.reload();
  await expect(page.locator('.worksheet-questions')).toHaveText(first!);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.worksheet-key').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
  await expect(page.locator('.masthead')).toBeHidden();
  await expect(page.locator('.worksheet-tools')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
});

/** A transcript of about `bytes` bytes: the fixture with its last topic's Q&As repeated. */
function big(bytes: number): string {
  const [head, tail] = other.split('热点二:数字化转型');
  const qas = tail.trim();
  const parts = [head, '热点二:数字化转型\n\n'];
  let size = Buffer.byteLength(head);
  while (size < bytes) {
    parts.push(qas, '\n\n');
    size += Buffer.byteLength(qas) + 2;
  }
  return parts.join('');
}

test('a 2 MB transcript: typing costs no parse, parsing happens on request and it opens', async ({ page }, info) => {
  test.setTimeout(120_000);
  const text = big(2 * 1024 * 1024);
  await open(page);
  await page.locator('.import-keep input').uncheck();
  // a paste of 2 MB (set directly: Playwright's fill would type it through the input pipeline)
  const paste = (t: string) => page.locator('#import-text').evaluate((a: HTMLTextAreaElement, v) => {
    a.value = v;
    a.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, t);
  await paste(text);
  // then type into it: no parse runs on keystrokes (no error, no switch)
  const typed = await page.evaluate(async () => {
    const area = document.querySelector<HTMLTextAreaElement>('#import-text')!;
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      area.setRangeText('x', area.value.length, area.value.length, 'end');
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[5];
  });
  await expect(page.locator('#import-error')).toBeEmpty();
  await expect(page.locator('h1.headline')).toHaveText('工信部解读2020年工业通信业热点');
  await paste(text);
  const t0 = Date.now();
  await page.locator('.data-panel .quiz-confirm').click();
  await expect(page.locator('h1.headline')).toHaveText('某市解读2021年工业发展热点', { timeout: 60_000 });
  const opened = Date.now() - t0;
  const note = await page.locator('.data-note').textContent();
  const parse = Number(note!.match(/(\d+) 毫秒/)![1]);
  // figures, not pass/fail: printed with the test's results
  info.annotations.push({ type: 'measured', description: `2 MB: keystroke median ${typed.toFixed(1)} ms; parse ${parse} ms; click to rendered ${opened} ms` });
  console.log(`2 MB import: keystroke median ${typed.toFixed(1)} ms, parse ${parse} ms, click to rendered ${opened} ms`);
  await expect(page.locator('#search')).toBeVisible();
  // thousands of Q&As: the first 40 of a topic are drawn, the rest on request
  const total = await shown(page.locator('#topic-2 .topic-count'));
  expect(Number(total!.match(/\d+/)![0])).toBeGreaterThan(5000);
  await expect(page.locator('#topic-2 article.qa')).toHaveCount(40);
  await expect(page.locator('#topic-2 .show-more')).toContainText('还有');
  await page.locator('#topic-2 .show-more').click();
  await expect(page.locator('#topic-2 article.qa')).toHaveCount(240);
  await toFigures(page);
  await expect(page.locator('#figures-table tbody tr')).toHaveCount(200);
  // searching all of it stays quick: time four keystrokes from input to the next frame
  const search = await page.evaluate(async () => {
    const box = document.querySelector<HTMLInputElement>('#search')!;
    const times: number[] = [];
    for (const q of ['专', '专项', '专项资', '专项资金']) {
      const t0 = performance.now();
      box.value = q;
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - t0);
    }
    return times;
  });
  await expect.poll(() => shown(page.locator('#result-count'))).toContain('处匹配');
  // stepping back from the start goes to the very last match, thousands of Q&As down: it is
  // drawn and brought into view
  await page.locator('#search').press('Shift+Enter');
  const last = page.locator('mark.hit.current');
  await expect(last).toBeInViewport();
  const [n, matches] = (await page.locator('#result-count').innerText())!.match(/第 (\d+) \/ (\d+) 处/)!.slice(1).map(Number);
  expect(n).toBe(matches);
  expect(matches).toBeGreaterThan(1000);
  console.log(`2 MB import, search keystrokes: ${search.map((x) => x.toFixed(0)).join(', ')} ms`);
  info.annotations.push({ type: 'measured', description: `2 MB search keystrokes ${search.map((x) => x.toFixed(0)).join(', ')} ms` });
});

test('a transcript of hundreds of sections draws its first 60 Q&As; later sections are headings that draw on request or on a search hit', async ({ page }) => {
  // a real Foreign Ministry briefing, its body repeated 40 times: 440 sections
  const mfa = readFileSync(join(__dirname, '../../../shared/transcripts/mfa/mfa_2020-04-28.txt'), 'utf8');
  const [head, ...rest] = mfa.split('\n');
  const text = [head, ...Array(40).fill(rest.join('\n'))].join('\n');
  await open(page);
  await page.locator('.import-keep input').uncheck();
  await page.locator('#import-text').evaluate((a: HTMLTextAreaElement, v) => {
    a.value = v;
    a.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
  await page.locator('.data-panel .quiz-confirm').click();
  await expect(page.locator('h1.headline')).toHaveText('2020年4月28日外交部发言人耿爽主持例行记者会');
  await expect(page.locator('section.topic')).toHaveCount(440);
  await expect(page.locator('article.qa')).toHaveCount(60);
  // a late section: its heading and count, and its Q&As on request
  const late = page.locator('section.topic').nth(400);
  await expect(late.locator('.topic-title')).toBeVisible();
  await expect(late.locator('article.qa')).toHaveCount(0);
  await late.locator('.show-more').click();
  await expect(late.locator('article.qa')).not.toHaveCount(0);
  // a search finds hits everywhere; stepping to the last one draws its Q&A
  await page.locator('#search').fill('纳瓦罗');
  await expect(page.locator('#result-count .ui-zh')).toHaveText(/^\d+ 处匹配，分布在 \d+ 个部分/);
  await page.locator('#search').press('Shift+Enter');
  await expect(page.locator('mark.hit.current')).toBeVisible();
  const last = page.locator('section.topic:not([hidden])').last();
  await expect(last.locator('mark.hit.current')).toHaveCount(1);
});
