import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4190/'); await page.locator('#search').waitFor();
console.log(await page.evaluate(() => {
  const out = [];
  const walk = (el, depth) => { for (const c of el.children) { const n = c.querySelectorAll('*').length; const t = c.textContent.length; if (n > 150 || depth < 2) out.push('  '.repeat(depth) + c.tagName + '.' + c.className + '#' + c.id + ' nodes=' + n + ' chars=' + t); if (n > 150 && depth < 4) walk(c, depth + 1); } };
  walk(document.body, 0); return out.join('\n') + '\ntotal ' + document.querySelectorAll('*').length;
}));
await browser.close();
