import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ serviceWorkers: 'block' });
const page = await ctx.newPage();
const url = process.argv[2];
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline','v8','blink','disabled-by-default-devtools.timeline','v8.wasm'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(1500);
await browser.stopTracing();
await browser.close();
const t = JSON.parse(readFileSync('/tmp/trace.json','utf8'));
const ev = (t.traceEvents||t).filter(e=>e.ph==='X' && e.dur);
// main thread: the one with most ParseHTML
const tid = ev.find(e=>e.name==='ParseHTML')?.tid;
const agg = new Map();
for (const e of ev) { if (e.tid!==tid) continue; agg.set(e.name,(agg.get(e.name)||0)+e.dur); }
for (const [k,v] of [...agg].sort((a,b)=>b[1]-a[1]).slice(0,25)) console.log((v/1000).toFixed(1).padStart(8), k);
const wasm = new Map();
for (const e of ev) { if (!/wasm|Wasm|Compile/.test(e.name)) continue; wasm.set(e.name+' tid'+(e.tid===tid?'main':e.tid),(wasm.get(e.name+' tid'+(e.tid===tid?'main':e.tid))||0)+e.dur); }
console.log('--- wasm');
for (const [k,v] of [...wasm].sort((a,b)=>b[1]-a[1]).slice(0,12)) console.log((v/1000).toFixed(1).padStart(8), k);
