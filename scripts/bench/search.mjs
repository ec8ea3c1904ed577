// Per-keystroke cost of search in the release build (match + render), in headless Chromium.
// Types a 4-character query one character at a time, 30 rounds, and times each keystroke two
// ways: from the input event until Yew has updated the DOM and the browser has laid it out
// (match + render + layout), and until the next frame after that (which adds the wait for the
// display's next refresh, up to 16.7 ms at 60 Hz). Prints figures only.
//   node scripts/bench/search.mjs [URL]   (default http://127.0.0.1:4173/, a served dist/)
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
// (the served page has its search box from the first byte: wait for the app to have hydrated it)
await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
await page.locator('#search').waitFor();
for (const query of ['集成电路', '中小企业']) {
  const times = await page.evaluate(async (query) => {
    const input = document.querySelector('#search');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const main = document.querySelector('main');
    const rendered = () =>
      new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          mo.disconnect();
          resolve();
        });
        mo.observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    const render = [];
    const framed = [];
    let hits = 0;
    for (let round = 0; round < 30; round++) {
      for (let n = 1; n <= query.length; n++) {
        const done = rendered();
        const t0 = performance.now();
        input.value = query.slice(0, n);
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await done;
        void document.body.offsetHeight; // force style and layout
        render.push(performance.now() - t0);
        await frame();
        framed.push(performance.now() - t0);
      }
      hits = document.querySelectorAll('mark.hit').length;
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await frame();
    }
    return { render, framed, hits };
  }, query);
  const show = (label, xs) => {
    xs.sort((a, b) => a - b);
    const pct = (p) => xs[Math.min(xs.length - 1, Math.round((xs.length - 1) * p))];
    console.log(`keystroke ${query} ${label}: median ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${xs[xs.length - 1].toFixed(1)} ms over ${xs.length} keystrokes`);
  };
  show('match + render + layout', times.render);
  show('… + wait for next frame', times.framed);
  console.log(`  (${times.hits} hits shown for the full query)`);
}
await browser.close();
