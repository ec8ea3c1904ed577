import { expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedStudy, test, watchProblems } from './helpers';

// The release .wasm is cut in parts (scripts/build/split.py, src/boot/lazy.rs): the page starts
// with the part that draws the first view, and the quiz, the worksheet, the figures table, the
// statistics view, the data panel and the library fetch theirs the first time they are needed. The service worker is blocked in
// these contexts, so every part the page needs is a request of its own that the test can see
// (and refuse).

/** The split-off views whose files this page has asked for, in order (`split_quiz`, …). */
function watchParts(page: Page): string[] {
  const parts: string[] = [];
  page.on('request', (r) => {
    const m = /-(split_\w+)\.wasm$/.exec(new URL(r.url()).pathname);
    if (m) parts.push(m[1]);
  });
  return parts;
}

/** The problems a page reported besides a refused part's request and the loader's report of it
 *  (and the service worker these contexts block). */
function besidesRefused(problems: string[], part: string): string[] {
  return problems.filter(
    (p) =>
      !p.includes('Service Worker registration blocked') &&
      !p.match(new RegExp(`requestfailed: .*-${part}\\.wasm`)) &&
      !/^error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(p) &&
      !/^error: (TypeError|Failed to fetch)/.test(p),
  );
}

test('the page starts without the split-off views, and fetches each one when it is needed', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const parts = watchParts(page);
  await page.goto('./');
  await page.waitForTimeout(500);
  // started, with the views at the foot of the page far below: none of their files
  expect(parts).toEqual([]);
  // the first search fetches the folding of traditional characters (OpenCC's table), and only it
  await page.locator('#search').fill('芯片');
  await expect(page.locator('mark.hit')).toHaveCount(6);
  await page.locator('#search').fill('');
  await page.waitForTimeout(500);
  expect(parts).toEqual(['split_script']);
  parts.length = 0;
  // their places are there already (a #figures, #stats or #data link lands on them), saying they load
  await expect(page.locator('section#figures.figures-panel.lazy-slot #figures-heading')).toHaveText('数字一览');
  await expect(page.locator('#data-heading')).toHaveText('资料库、导入与导出');
  await expect(page.locator('#stats-heading')).toHaveText('学习统计');

  await page.locator('.quiz-launcher .quiz-confirm').click();
  await expect(page.locator('#quiz-prompt')).toBeVisible();
  expect(parts).toEqual(['split_quiz']);
  await page.locator('.quiz-close').click();
  await expect(page.locator('.quiz-launcher')).toBeVisible();
  // a second quiz draws at once from the code already here
  await page.locator('.quiz-launcher .quiz-confirm').click();
  await expect(page.locator('#quiz-prompt')).toBeVisible();
  await page.locator('.quiz-close').click();

  // scrolling down towards them fetches the figures table, then the statistics view and the data
  // panel (which lists what this browser keeps)
  await expect(() => page.locator('#figures').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await expect(page.locator('#figures-table:not([aria-busy]) tbody tr').first()).toBeVisible();
  // (the table's place is within 800 px of the views below it: theirs may come along)
  expect(parts).toContain('split_figures');
  // (its shell may be swapped for the view while the page scrolls to it, as below)
  await expect(() => page.locator('#stats').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await expect(page.locator('#stats').getByText('答过题后，这里会显示每天的练习')).toBeVisible();
  // (the statistics view brought the data panel within 800 px: its shell may be swapped for
  // the panel while the page scrolls to it, and Playwright gives up on a node that goes)
  await expect(() => page.locator('#data').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await expect(page.locator('#data .file-button')).toBeVisible();
  await expect(page.locator('#library .library-count')).toHaveText('共 0 场');
  // (an empty library is read by the data panel's own code: the part that opens a kept briefing
  // at load is not needed)
  expect([...parts].sort()).toEqual(['split_data', 'split_figures', 'split_quiz', 'split_stats']);
  expect(problems.filter((p) => !p.includes('Service Worker registration blocked'))).toEqual([]);
  await context.close();
});

test('a link to #data opens on the data panel, whose code arrives after the page', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const parts = watchParts(page);
  await page.goto('./#data');
  await expect(page.locator('#data .file-button')).toBeVisible();
  await expect(page.locator('#data-heading')).toBeInViewport();
  expect(parts).toContain('split_data');
  expect(parts).not.toContain('split_quiz');
  await context.close();
});

test('the library\'s code is fetched at load only when a kept briefing is to be opened', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const parts = watchParts(page);
  const other = readFileSync(join(__dirname, '../../crates/briefing/tests/fixtures/other-briefing.txt'), 'utf8');
  await page.goto('./');
  await expect(() => page.locator('#data').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await page.locator('#data .file-button').waitFor();
  // imported and kept (the default): it is on show, and named in the address
  await page.locator('#import-text').fill(other);
  await page.locator('.data-panel .quiz-confirm').click();
  await expect(page.locator('h1.headline')).toHaveText('某市解读2021年工业发展热点');
  await expect(page).toHaveURL(/\?b=[0-9a-f]{16}$/);

  // a reload opens it again, with the library's code fetched at load
  parts.length = 0;
  await page.reload();
  await expect(page.locator('h1.headline')).toHaveText('某市解读2021年工业发展热点');
  // (the imported briefing is short: the views below it are near, and come too)
  expect(parts).toContain('split_library');

  // back on the built-in briefing, with the import removed from the library, the next visit
  // starts without it
  await expect(() => page.locator('#data').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await page.locator('#library li.library-builtin .library-open').click();
  await expect(page.locator('h1.headline')).toHaveText('工信部解读2020年工业通信业热点');
  await expect(() => page.locator('#data').scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await page.locator('#library .library-remove').click();
  await expect(page.locator('#library .library-count')).toHaveText('共 0 场');
  parts.length = 0;
  await page.goto('./');
  await page.waitForTimeout(500);
  expect(parts).toEqual([]);
  expect(problems.filter((p) => !p.includes('Service Worker registration blocked'))).toEqual([]);
  await context.close();
});

test('a view whose file cannot be fetched says so, and trying again brings it', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await context.route('**/*-split_quiz.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await page.locator('.quiz-launcher .quiz-confirm').click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('这一部分没能载入');
  // the way back to reading works, and the page with it
  await alert.getByRole('button', { name: '返回阅读' }).click();
  await page.locator('#search').fill('芯片');
  await expect(page.locator('mark.hit')).toHaveCount(6);
  await page.locator('.quiz-launcher .quiz-confirm').click();
  await expect(page.getByRole('alert')).toContainText('这一部分没能载入');

  await context.unroute('**/*-split_quiz.wasm');
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('#quiz-prompt')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // what went wrong was the refused request, and the loader's report of it; nothing else
  expect(besidesRefused(problems, 'split_quiz')).toEqual([]);
  await context.close();
});

test('with a study record, the forecast over the whole briefing comes with the catalog of questions; without it, the rest of the record still shows', async ({ browser }) => {
  for (const refused of [false, true]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const parts = watchParts(page);
    if (refused) await context.route('**/*-split_catalog.wasm', (route) => route.abort('internetdisconnected'));
    await seedStudy(page);
    await page.goto('./');
    const panel = page.locator('details.progress-panel');
    if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await panel.locator('summary').click();
    await expect(page.locator('.progress-stats')).toContainText('已练习 3 题');
    await expect(page.locator('.study-exam-status')).toHaveText('距考试还有 5 天');
    if (refused) {
      await expect.poll(() => parts.includes('split_catalog')).toBe(true);
      await page.waitForTimeout(300);
      // no forecast counted over no questions, and no error in its place
      await expect(page.locator('.study-forecast')).toHaveCount(0);
      await expect(page.locator('.lazy-failed')).toHaveCount(0);
    } else {
      await expect(page.locator('.study-forecast-whole')).toHaveText(/^按全部 \d{3,} 题计（未练习的算作不会）：\d+%$/);
      // (the quiz itself is not fetched for it)
      expect(parts).toEqual(['split_catalog']);
    }
    await context.close();
  }
});

test('a study record of the earlier format waits for the code that reads it: refused, it is kept and said so; the next visit reads it', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const parts = watchParts(page);
  const key = 'briefing-explorer/progress';
  const now = Math.floor(Date.now() / 1000) * 1000;
  const v1 = JSON.stringify({
    version: 1,
    items: {
      'figure-typed:f29-2': { box: 2, due: now + 86_400_000, history: [[now - 86_400_000, true]] },
      'attribution:23:0': { box: 0, due: now - 60_000, history: [[now - 86_400_000, false]] },
    },
  });
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [key, v1]);
  await context.route('**/*-split_migrate.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  const panel = page.locator('details.progress-panel');
  if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await panel.locator('summary').click();
  await expect(page.locator('.progress-notice')).toContainText('旧版学习记录已保留，联网后再读入');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(v1);

  await context.unroute('**/*-split_migrate.wasm');
  await page.reload();
  if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await panel.locator('summary').click();
  await expect(page.locator('.progress-stats')).toContainText('已练习 2 题，其中最近一次答对 1 题');
  await expect(page.locator('.progress-notice')).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.v1`), key)).toBe(v1);
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toMatch(/^id,time,result,mode\n/);
  expect(parts.filter((p) => p === 'split_migrate').length).toBe(2);
  await context.close();
});

test('a #study= link waits for the code that decodes it: refused, the link stays in the address and says so; a reload merges it', async ({ browser }) => {
  // a link made in one profile, from a record of four answers
  const maker = await browser.newContext({ serviceWorkers: 'block' });
  const first = await maker.newPage();
  await seedStudy(first);
  await first.goto('./');
  await first.locator('#stats').scrollIntoViewIfNeeded();
  await first.locator('#stats .transfer-make').click();
  const code = (await first.locator('input.transfer-url').inputValue()).split('#study=')[1];
  expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
  await maker.close();

  // opened in another, offline for the decoder's part
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const parts = watchParts(page);
  await context.route('**/*-split_link.wasm', (route) => route.abort('internetdisconnected'));
  await page.goto(`./#study=${code}`);
  const panel = page.locator('details.progress-panel');
  await expect(page.locator('.progress-notice')).toContainText('读入链接中的学习记录需要联网');
  if (!(await panel.evaluate((d: HTMLDetailsElement) => d.open))) await panel.locator('summary').click();
  await expect(page.locator('.progress-notice')).toBeVisible();
  expect(new URL(page.url()).hash).toBe(`#study=${code}`);
  expect(await page.evaluate(() => localStorage.getItem('briefing-explorer/progress'))).toBeNull();

  // online again: a reload reads it, merges it and takes it out of the address
  await context.unroute('**/*-split_link.wasm');
  await page.reload();
  await expect(page.locator('.progress-notice')).toContainText('已合并链接带来的学习记录：新增 4 条作答');
  expect(new URL(page.url()).hash).toBe('');
  expect(parts.filter((p) => p === 'split_link').length).toBe(2);
  // what went wrong was the refused request, and the loader's report of it; nothing else
  expect(besidesRefused(problems, 'split_link')).toEqual([]);
  await context.close();
});
