// Import benchmark (figures only): an imported transcript of 0.5, 1 and 2 MB in the release
// build in headless Chromium: parse time (as the app reports it), click to the page redrawn
// with it, and the cost of search keystrokes over it. Twice: a newspaper write-up (热点), and a
// Foreign Ministry transcript (a real one from ../shared/transcripts, its body repeated), read
// by the reader of every format fetched on first use.
//   node scripts/bench/import.mjs URL
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [base = 'http://127.0.0.1:4174/'] = process.argv.slice(2);
const other = readFileSync('crates/briefing/tests/fixtures/other-briefing.txt', 'utf8');
// the second fixture with its last topic's Q&As repeated to the size wanted
function big(bytes) {
  const [head, tail] = other.split('热点二:数字化转型');
  const parts = [head, '热点二:数字化转型\n\n'];
  let size = Buffer.byteLength(head);
  while (size < bytes) {
    parts.push(tail.trim(), '\n\n');
    size += Buffer.byteLength(tail.trim()) + 2;
  }
  return parts.join('');
}
const mfa = readFileSync('../shared/transcripts/mfa/mfa_2020-04-28.txt', 'utf8');
// its headline once, then its body to the size wanted
function bigMfa(bytes) {
  const [head, ...rest] = mfa.split('\n');
  const body = rest.join('\n');
  const parts = [head, '\n'];
  let size = Buffer.byteLength(head);
  while (size < bytes) {
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  return parts.join('');
}
const formats = [
  ['write-up', big, '某市', ['专', '专项', '专项资', '专项资金']],
  ['MFA', bigMfa, '外交部', ['澳', '澳大', '澳大利', '澳大利亚']],
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
console.log('format    size     parse   click→drawn   search keystrokes (4 characters)');
for (const [name, make, headline, typed] of formats) for (const kb of [512, 1024, 2048]) {
  const page = await browser.newPage();
  await page.goto(base);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  // (the data panel's code comes once its place nears the window: go down to it)
  await page.locator('#data').scrollIntoViewIfNeeded();
  await page.locator('#import-text').evaluate((a, v) => { a.value = v; }, make(kb * 1024));
  const t0 = Date.now();
  await page.locator('.data-panel .quiz-confirm').click();
  await page.locator('h1.headline', { hasText: headline }).waitFor({ timeout: 120000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const drawn = Date.now() - t0;
  const parse = Number(((await page.locator('.data-note').textContent()) ?? '').match(/(\d+) 毫秒/)?.[1]);
  const keys = await page.evaluate(async (typed) => {
    const box = document.querySelector('#search');
    const out = [];
    for (const q of typed) {
      const t = performance.now();
      box.value = q;
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - t);
    }
    return out;
  }, typed);
  console.log(`${name.padEnd(8)} ${String(kb).padStart(4)} KB ${String(parse).padStart(5)} ms ${String(drawn).padStart(8)} ms     ${keys.map((x) => x.toFixed(0).padStart(4)).join(' ')} ms`);
  await page.close();
}
await browser.close();
