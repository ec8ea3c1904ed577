// Library benchmark (figures only, issue #30), the release build in headless Chromium, with a
// season of 300 transcripts (the 12 shared Foreign Ministry briefings, each made distinct by a
// line at its end, as in crates/briefing/examples/bench_library.rs):
//   - 50 files imported at once: time from choosing them to every line shown, and the longest
//     task meanwhile (PerformanceObserver "longtask": tasks over 50 ms);
//   - the rest imported, then a reload: the library view open (the panel's code fetched, the
//     library read from IndexedDB, 301 items drawn), from the scroll to it;
//   - search keystrokes across the whole library, if the view has its search box.
//   node scripts/bench/library.mjs URL
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [base = 'http://127.0.0.1:4174/'] = process.argv.slice(2);
const dir = '../shared/transcripts/mfa';
const shared = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const texts = Array.from({ length: 300 }, (_, n) => `${shared[n % shared.length]}\n（第${Math.floor(n / shared.length) + 1}份）\n`);
const files = texts.map((t, n) => ({ name: `t${String(n).padStart(3, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t) }));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
const page = await context.newPage();
const longTasks = () => page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
});
const toPanel = async () => {
  await page.locator('#data').scrollIntoViewIfNeeded();
  await page.locator('#data .file-button').waitFor();
};

await page.goto(base);
await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
await toPanel();
await page.locator('.library-view').waitFor();
const importBatch = async (batch, held) => {
  await longTasks();
  const t0 = Date.now();
  await page.setInputFiles('#data .file-button input[type=file]', batch);
  await page.locator(`.import-line >> nth=${batch.length - 1}`).waitFor({ timeout: 300_000 });
  await page.waitForFunction((n) => document.querySelector('.library-count')?.textContent?.includes(` ${n} `), held, { timeout: 60_000 });
  const ms = Date.now() - t0;
  const long = await page.evaluate(() => window.__long);
  return { ms, long };
};
const first = await importBatch(files.slice(0, 50), 50);
console.log(`import 50 files at once: ${first.ms} ms to every line; tasks over 50 ms: ${first.long.length}, longest ${Math.round(Math.max(0, ...first.long))} ms`);
for (let k = 50; k < 300; k += 50) await importBatch(files.slice(k, k + 50), k + 50);
console.log(`library now: ${await page.locator('.library-count').textContent()}`);

const opens = [];
for (let run = 0; run < 3; run++) {
  await page.goto(base);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await longTasks();
  const t0 = Date.now();
  await toPanel();
  await page.locator('.library-item >> nth=300').waitFor({ timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  opens.push({ ms: Date.now() - t0, long: await page.evaluate(() => window.__long) });
}
opens.sort((a, b) => a.ms - b.ms);
const mid = opens[1];
console.log(`library view open (300 briefings, scroll to drawn), median of 3: ${mid.ms} ms (runs ${opens.map((o) => o.ms).join(', ')}); longest task ${Math.round(Math.max(0, ...mid.long))} ms`);

if (await page.locator('#library-search').count()) {
  const typed = ['澳', '澳大', '澳大利', '澳大利亚'];
  const t0 = Date.now();
  await page.locator('#library-search').fill('中');
  await page.locator('.library-hits').waitFor({ timeout: 60_000 });
  console.log(`the first search (every briefing read and indexed, a few per task): ${Date.now() - t0} ms`);
  const times = [];
  for (let round = 0; round < 5; round++) for (const q of typed) {
    const t = await page.evaluate(async (q) => {
      const box = document.querySelector('#library-search');
      const t0 = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, q);
    times.push(t);
  }
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`search keystroke across the library (input to next frame, ${times.length} keystrokes): median ${p(0.5)} ms, p95 ${p(0.95)} ms`);
}
await browser.close();
