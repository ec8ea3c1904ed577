import { expect, Key, type Tab } from './engine';
import type { WebElement } from 'selenium-webdriver';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The import and export panel as a reader uses it, shared by the specs that bring their own
// briefing (data.spec.ts, transcripts.spec.ts).

/** Types `text` into the import box, as a reader pastes or types it, and asks for it to be
 *  opened (after ticking 保存在本浏览器 when `keep`). Line breaks are typed as the Enter key:
 *  WebKitGTK's driver drops a "\n" sent to a text area, and the transcript would lose its lines. */
export async function importText(tab: Tab, text: string, keep = false): Promise<void> {
  const area = await tab.$('#import-text');
  await tab.js((e: Element) => e.scrollIntoView({ block: 'center' }), area);
  await tab.type(area, text.split('\n').join(Key.ENTER));
  if (keep) await click(tab, '.import-keep input');
  await click(tab, '.data-panel .quiz-confirm');
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

/** The chips of the switch between the built-in and the imported briefing. */
export async function chip(tab: Tab, n: number): Promise<WebElement> {
  return (await tab.$$('.source-switch .filter-chip'))[n];
}

/** Empties a text box as a reader does, selecting what is in it and deleting it (WebDriver's
 *  Element Clear does not fire the input event the app listens to in every engine). */
export async function emptyBox(tab: Tab, css: string): Promise<void> {
  await tab.js((e: HTMLInputElement) => { e.focus(); e.select(); }, await tab.$(css));
  await tab.press(Key.BACK_SPACE);
  expect(await tab.value(css)).toBe('');
}

/** Goes down to the data panel, as a reader does, and waits for it: its code is fetched once its
 *  place nears the window (src/components/lazy.rs), and until then only its heading is there. */
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

