import { test, expect } from './engine';

// The statistics view as a student sees it, at a phone's and a laptop's width, in each engine:
// a record of several weeks and an exam date drawn as four charts with their data tables, in
// both themes' palette, and the QR code of a small record.

/** A log of `days` days of answers, a few a day, ending today (whole seconds, as the app writes). */
function history(days: number, ids: string[]): string {
  const now = Date.now();
  let csv = 'id,time,result,mode\n';
  let k = 0;
  for (let d = days; d >= 0; d--) {
    if (d % 4 === 3) continue; // some days off
    for (let j = 0; j < 1 + (d % 5); j++) {
      const t = Math.floor((now - d * 86_400_000 - j * 600_000) / 1000) * 1000;
      csv += `${ids[k++ % ids.length]},${new Date(t).toISOString().replace('.000Z', 'Z')},${k % 4 ? 'right' : 'wrong'},practice\n`;
    }
  }
  return csv;
}

test('the statistics view draws the record as four charts with data tables, at 360 and 1280 px', async ({ tab, engine }) => {
  await tab.open();
  // question ids the briefing gives: figure-choice on the first figures of the text
  const ids = await tab.js(() =>
    [...document.querySelectorAll('[id]')].map((e) => e.id).filter((i) => /^f\d+-\d+$/.test(i)).map((i) => `figure-choice:${i}`).filter((v, i, a) => a.indexOf(v) === i).slice(0, 24),
  );
  expect(ids.length).toBeGreaterThan(10);
  const exam = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const csv = history(60, ids);
  const answers = csv.trim().split('\n').length - 1;
  await tab.js((c: string, e: string) => {
    localStorage.setItem('briefing-explorer/progress', c);
    localStorage.setItem('briefing-explorer/exam', e);
  }, csv, exam);
  for (const [w, h] of [[1280, 900], [360, 800]]) {
    await tab.viewport(w, h);
    await tab.open();
    // (the view's code comes once its place nears the window: src/components/lazy.rs)
    // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
    // arriving as the page scrolls past it grows it above the view: see the issue note)
    await tab.toFigures();
    await tab.scrollTo('#stats');
    await tab.waitFor('#stats .heatmap svg');
    // every answer of the last 26 weeks is in a day's cell
    const counted = await tab.js(() => [...document.querySelectorAll('#stats .heatmap rect[data-answers]')].reduce((n, r) => n + Number(r.getAttribute('data-answers')), 0));
    expect(counted).toBe(answers);
    expect(await tab.count('#stats figure.stat')).toBe(4);
    expect(await tab.count('#stats .recall-row')).toBeGreaterThan(0);
    expect(await tab.text('#stats .plan figcaption')).toContain('到考试前');
    // each chart has a text alternative: a label on the SVG, and a data table
    expect(await tab.js(() => [...document.querySelectorAll('#stats figure.stat svg[role="img"]')].every((s) => (s.getAttribute('aria-label') ?? '').length > 4))).toBe(true);
    expect(await tab.count('#stats details.stat-table table')).toBe(4);
    // the charts fit the column: nothing wider than the page
    expect(await tab.js(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await tab.js(() => document.getElementById('stats')?.scrollIntoView());
    await tab.screenshot(`study-stats-${w}`);
  }
  await tab.noProblems();
});

test('a small record gets a QR code that holds the link, in the dark theme too', async ({ tab }) => {
  await tab.open();
  const csv = 'id,time,result,mode\n' + Array.from({ length: 12 }, (_, i) =>
    `figure-choice:f${i + 1}-1,${new Date(Math.floor(Date.now() / 1000) * 1000 - i * 3_600_000).toISOString().replace('.000Z', 'Z')},right,practice`).join('\n') + '\n';
  await tab.js((c: string) => { localStorage.setItem('briefing-explorer/progress', c); localStorage.setItem('briefing-explorer/theme', 'dark'); }, csv);
  await tab.viewport(360, 800);
  await tab.open();
  // (the figures table above it first: WebKit has no scroll anchoring, and the table's code
  // arriving as the page scrolls past it grows it above the view: see the issue note)
  await tab.toFigures();
  await tab.scrollTo('#stats');
  await tab.waitFor('.transfer-make');
  await tab.click('.transfer-make');
  await tab.waitFor('svg.qr-svg');
  const url = await tab.value('input.transfer-url');
  expect(url).toMatch(/#study=[A-Za-z0-9_-]+$/);
  const modules = Number(await tab.attr('svg.qr-svg', 'data-modules'));
  expect(modules).toBeGreaterThanOrEqual(21);
  // light modules stay white and dark ones black in the dark theme, for a camera
  expect((await tab.style('svg.qr-svg .qr-light', ['fill']))['fill']).toBe('rgb(255, 255, 255)');
  await tab.js(() => document.querySelector('.transfer')?.scrollIntoView());
  await tab.screenshot('study-qr-dark-360');
  await tab.noProblems();
});
