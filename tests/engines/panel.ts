import { expect, Key, type Tab } from './engine';
import type { WebElement } from 'selenium-webdriver';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The library, import and export panel as a reader uses it, shared by the specs that bring their
// own briefing (data.spec.ts, transcripts.spec.ts).

/** Types `text` into the import box, as a reader pastes or types it, and asks for it to be
 *  opened, kept in the library when `keep` (保存到本浏览器的资料库 is ticked by default: the box is
 *  clicked only when it is not as asked). Line breaks are typed as the Enter key: WebKitGTK's
 *  driver drops a "\n" sent to a text area, and the transcript would lose its lines. */
export async function importText(tab: Tab, text: string, keep = false): Promise<void> {
  const area = await tab.$('#import-text');
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), area);
  await tab.type(area, text.split('\n').join(Key.ENTER));
  await setKeep(tab, keep);
  await click(tab, '.data-panel .quiz-confirm');
}

/** Ticks or unticks 保存到本浏览器的资料库, as a reader does: with a click, if it is not as asked. */
export async function setKeep(tab: Tab, keep: boolean): Promise<void> {
  const box = await tab.waitFor('.import-keep input');
  if ((await box.isSelected()) !== keep) await click(tab, box);
  expect(await (await tab.$('.import-keep input')).isSelected(), '保存到本浏览器的资料库').toBe(keep);
}

/** Clicks once the element has stopped moving. The sections around the panels are laid out only
 *  near the screen (content-visibility) and have an estimated height until then. When the driver
 *  scrolls a button into view, the section above it is laid out at its real height in the next
 *  frame; Chromium and Firefox keep the button where it was (scroll anchoring), WebKit has no
 *  scroll anchoring and the button moves, so WebKit's driver clicked where it had been (on the
 *  page behind it). A reader sees the page settle before clicking: so does this. */
export async function click(tab: Tab, target: string | WebElement): Promise<void> {
  const el = typeof target === 'string' ? await tab.waitFor(target) : target;
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), el);
  await expect
    .poll(() => tab.jsAsync((e: Element) => new Promise<boolean>((done) => {
      const before = e.getBoundingClientRect().top;
      requestAnimationFrame(() => requestAnimationFrame(() => done(Math.abs(e.getBoundingClientRect().top - before) < 1)));
    }), el), { message: 'the element stops moving' })
    .toBe(true);
  await el.click();
}

/** The button that opens the n-th briefing of the library's list, as listed (0: the built-in
 *  briefing, which heads it), once the library has been read. */
export async function libraryOpen(tab: Tab, n: number): Promise<WebElement> {
  await tab.waitFor(`#library ol.library-list > li.library-item:nth-child(${n + 1}) .library-open`);
  return (await tab.$$('#library ol.library-list > li.library-item .library-open'))[n];
}

/** The fingerprints of the imported briefings the library lists, top to bottom (the built-in one
 *  heads the list and has none). */
export async function listed(tab: Tab): Promise<string[]> {
  await tab.waitFor('#library .library-count');
  return tab.js(() => [...document.querySelectorAll('#library ol.library-list > li.library-item[data-fingerprint]')].map((li) => li.getAttribute('data-fingerprint') ?? '?'));
}

/** What the library keeps in IndexedDB: fingerprint → text (read without making the database
 *  if the app has not). */
export async function stored(tab: Tab): Promise<Record<string, string>> {
  return tab.jsAsync(() => new Promise<Record<string, string>>((resolve, reject) => {
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

/** The app's name for a text (`?b=`, the library's key): FNV-1a (64 bits) of its UTF-8 bytes,
 *  in 16 hex digits (crates/briefing/src/export.rs). */
export function fingerprint(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** Empties a text box as a reader does, selecting what is in it and deleting it (WebDriver's
 *  Element Clear does not fire the input event the app listens to in every engine). */
export async function emptyBox(tab: Tab, css: string): Promise<void> {
  await tab.js((e: HTMLInputElement) => { e.focus(); e.select(); }, await tab.$(css));
  await tab.press(Key.BACK_SPACE);
  expect(await tab.value(css)).toBe('');
}

/** Goes down to the data panel, as a reader does, and waits for it: its code is fetched once its
 *  place nears the window (src/boot/lazy.rs), and until then only its heading is there. */
export async function toPanel(tab: Tab): Promise<void> {
  await tab.scrollTo('#data');
  await tab.waitFor('#data .file-button');
}

/** Opens the app (after `tab.open`, `tab.reload` or `tab.goto`) and goes down to the data panel. */
export async function openPanel(tab: Tab, how: () => Promise<void> = () => tab.open()): Promise<void> {
  await how();
  await tab.ready();
  await toPanel(tab);
}

export async function headline(tab: Tab): Promise<string> {
  return tab.text('h1.headline');
}

/** A file on disk for the file chooser (WebDriver sends a file by its path). */
export function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'briefing-import-')), name);
  writeFileSync(path, content);
  return path;
}

