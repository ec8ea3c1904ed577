import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// axe-core in the page: no serious or critical violation in the main views, in both themes.
// The app's CSP would refuse the injected axe script, so these contexts bypass it.

const axe = readFileSync(join(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe });
  const result: any = await page.evaluate(async () => await (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const views: [string, string, ((p: Page) => Promise<void>) | null][] = [
  ['reading view', './', null],
  ['a figure popover', './', async (p) => p.locator('p.para mark.fig').first().hover()],
  ['filters with a search', './?q=%E8%8A%AF%E7%89%87&t=3', null],
  ['a quiz question', './?quiz=42&n=3', null],
  ['quiz feedback', './?quiz=42&n=3', async (p) => { await p.keyboard.press('2'); await p.keyboard.press('Enter'); await p.locator('.quiz-verdict').waitFor(); }],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, url, prep] of views) {
    test(`${name} (${scheme}) has no serious accessibility violation`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('#search, section.quiz').first().waitFor();
      if (prep) await prep(page);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }
}
