// The engine tests: the flows a reader uses, driven through W3C WebDriver in Chromium
// (chromedriver), Firefox ESR (geckodriver) and WebKit (WebKitGTK's MiniBrowser through
// WebKitWebDriver), with the same test code for all three. Playwright is only the test runner
// here (projects, workers, retries, expect.poll): it cannot drive Debian's Firefox or WebKit.
//
// Each worker keeps one browser session; each test gets its own server on a fresh port, so its
// origin is new: empty localStorage, no service worker, no cache from an earlier test. The server
// adds a probe to every page (tests/engines/probe.js) that records what WebDriver cannot read:
// console errors and warnings, uncaught errors, failed loads and CSP violations.

import { test as base, expect, type TestInfo } from '@playwright/test';
import { Builder, By, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export { expect, Key };
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ROOT = join(__dirname, '../..');
/** The build under test: dist/, or BRIEFING_DIST (a helper's own build, say). */
export const DIST = process.env.BRIEFING_DIST ?? join(ROOT, 'dist');
const WEBKIT_MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Folders made for browser profiles and settings, removed when the worker exits. */
const scratch: string[] = [];
process.on('exit', () => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));
function scratchDir(name: string): string {
  const d = mkdtempSync(join(tmpdir(), name));
  scratch.push(d);
  return d;
}

/** How each engine's WebDriver server is started, and the capabilities that worked with it
 *  (../shared/TOOLCHAIN.md). */
const DRIVERS: Record<Engine, { command: string; args: (port: number) => string[]; capabilities: object | (() => object); env?: () => NodeJS.ProcessEnv }> = {
  chromium: {
    command: '/usr/bin/chromedriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: [
          '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
    },
  },
  firefox: {
    command: 'geckodriver',
    args: (port) => ['--port', String(port)],
    // A profile of the session's own: Firefox holds its window at 500 px or wider for its
    // toolbars; a userChrome.css (browser chrome, not the page) lets it go to 360.
    capabilities: () => {
      const profile = scratchDir('firefox-profile-');
      mkdirSync(join(profile, 'chrome'));
      writeFileSync(join(profile, 'user.js'), 'user_pref("toolkit.legacyUserProfileCustomizations.stylesheets", true);\n');
      writeFileSync(
        join(profile, 'chrome', 'userChrome.css'),
        ':root, #navigator-toolbox, toolbar, #nav-bar, #urlbar-container, #urlbar, #TabsToolbar, #browser,\n' +
          '#tabbrowser-tabbox, #appcontent, tabpanels { min-width: 0 !important; }\n',
      );
      return {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: '/usr/bin/firefox-esr',
          args: ['-headless', '-profile', profile],
          // no update checks, telemetry or first-run pages on a machine with no network
          prefs: {
            'app.update.enabled': false,
            'browser.shell.checkDefaultBrowser': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
            'network.captive-portal-service.enabled': false,
            'browser.safebrowsing.update.enabled': false,
          },
        },
      };
    },
  },
  webkit: {
    command: 'WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: WEBKIT_MINIBROWSER, args: ['--automation'] },
    },
    // The MiniBrowser's toolbar holds its window at 447 px or wider; a GTK user stylesheet that
    // shrinks the toolbar's entry and buttons (browser chrome, not the page) lets it go to 360.
    env: () => {
      const home = scratchDir('webkit-config-');
      mkdirSync(join(home, 'gtk-3.0'));
      writeFileSync(
        join(home, 'gtk-3.0', 'gtk.css'),
        'entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; }\nentry { font-size: 6px; }\n',
      );
      return { ...process.env, XDG_CONFIG_HOME: home };
    },
  },
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end) throw new Error(`nothing answered at ${url} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Xvfb processes started for WebKit sessions, stopped when the worker exits. */
const displays = new Set<ChildProcess>();
process.on('exit', () => displays.forEach((x) => x.kill('SIGKILL')));

/** A new X display of its own for one MiniBrowser, which has no headless mode. Each WebKit
 *  session gets one, so its window is the only one there: two windows sharing a display cover
 *  each other (a covered window draws no frames) and take the focus from each other (a window
 *  that is not the active one shows no `:focus`). Resolves once Xvfb takes clients. */
async function startDisplay(): Promise<{ display: string; process: ChildProcess }> {
  // -displayfd: Xvfb picks a free display number and writes it on fd 3 once it is ready
  const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  displays.add(x);
  x.once('exit', () => displays.delete(x));
  let err = '';
  x.stderr?.on('data', (b: Buffer) => { err = (err + b.toString()).slice(-2000); });
  const out = x.stdio[3] as NodeJS.ReadableStream;
  try {
    const display = await new Promise<string>((resolve, reject) => {
      let got = '';
      const timer = setTimeout(() => reject(new Error('Xvfb did not start within 20 s')), 20_000);
      out.on('data', (b: Buffer) => {
        got += b.toString();
        if (got.includes('\n')) { clearTimeout(timer); resolve(got.trim()); }
      });
      x.once('error', (e) => { clearTimeout(timer); reject(new Error(`Xvfb could not be run (scripts/setup.sh --browser installs it): ${e.message}`)); });
      x.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited with ${code}: ${err}`)); });
    });
    return { display: `:${display}`, process: x };
  } catch (e) {
    x.kill('SIGKILL');
    throw e;
  }
}

/** A WebDriver server and one browser session in it, for one worker (or, started by a test, a
 *  second browser profile: tests/engines/study.spec.ts). A WebKit session has an X display of its
 *  own. */
export class Session {
  private process?: ChildProcess;
  private xvfb?: ChildProcess;
  private log = '';
  driver?: WebDriver;

  constructor(readonly engine: Engine) {}

  async start(): Promise<WebDriver> {
    const spec = DRIVERS[this.engine];
    const port = await freePort();
    let env = spec.env?.() ?? process.env;
    if (this.engine === 'webkit') {
      const x = await startDisplay();
      this.xvfb = x.process;
      env = { ...env, DISPLAY: x.display };
    }
    this.process = spawn(spec.command, spec.args(port), { stdio: ['ignore', 'pipe', 'pipe'], env });
    const keep = (b: Buffer) => { this.log = (this.log + b.toString()).slice(-4000); };
    this.process.stdout?.on('data', keep);
    this.process.stderr?.on('data', keep);
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitForHttp(`${url}/status`, 15_000);
      this.driver = await new Builder().usingServer(url).withCapabilities(typeof spec.capabilities === 'function' ? spec.capabilities() : spec.capabilities).build();
    } catch (e) {
      this.stop();
      throw new Error(`${spec.command} did not start a ${this.engine} session: ${(e as Error).message}\n${this.log}`);
    }
    await this.driver.manage().setTimeouts({ script: 20_000, pageLoad: 30_000 });
    return this.driver;
  }

  /** The session, or a new one if the browser went away (a crash must not fail every later test). */
  async alive(): Promise<WebDriver> {
    if (this.driver) {
      try {
        await this.driver.getCurrentUrl();
        return this.driver;
      } catch {
        this.stop();
      }
    }
    return this.start();
  }

  stop(): void {
    const d = this.driver;
    this.driver = undefined;
    d?.quit().catch(() => {});
    const p = this.process;
    const x = this.xvfb;
    this.xvfb = undefined;
    setTimeout(() => { p?.kill('SIGKILL'); x?.kill('SIGKILL'); }, 3000).unref();
  }

  async quit(): Promise<void> {
    try {
      await this.driver?.quit();
    } catch {
      /* already gone */
    }
    this.driver = undefined;
    this.process?.kill();
    this.xvfb?.kill();
    this.xvfb = undefined;
  }
}

/** A server for one test: `dist/` on a fresh port, optionally under a sub-path, with the probe. */
export class Site {
  private process?: ChildProcess;
  private out = '';
  port = 0;

  constructor(readonly prefix = '/') {}

  async start(): Promise<this> {
    this.process = spawn(
      'python3',
      [join(ROOT, 'scripts/dev/serve_dist.py'), DIST, '0', '--prefix', this.prefix, '--probe', join(__dirname, 'probe.js')],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('serve_dist.py did not start')), 10_000);
      this.process!.stdout!.on('data', (b: Buffer) => {
        this.out += b.toString();
        const m = /serving on (\d+)/.exec(this.out);
        if (m && !this.port) {
          this.port = Number(m[1]);
          clearTimeout(timer);
          resolve();
        }
      });
      this.process!.once('exit', (code) => reject(new Error(`serve_dist.py exited with ${code}`)));
    });
    return this;
  }

  /** The URL of `path` (relative to the site's root or sub-path). */
  url(path = ''): string {
    return `http://127.0.0.1:${this.port}${this.prefix}${path}`;
  }

  /** Responses of 400 or more that the server sent so far. */
  httpErrors(): string[] {
    return this.out.split('\n').filter((l) => l.startsWith('HTTP '));
  }

  /** Stops serving: from then on the site is unreachable, as when the reader goes offline. */
  stop(): void {
    this.process?.kill();
    this.process = undefined;
  }
}

type Target = string | WebElement;

/** One browser tab as a reader uses it, with waits that retry like Playwright's. */
export class Tab {
  constructor(
    readonly driver: WebDriver,
    readonly engine: Engine,
    readonly site: Site,
    private readonly info: TestInfo,
  ) {}

  // ---- navigation ----

  /** Loads `url` (a path on the test's site, or an absolute URL). */
  async goto(url = ''): Promise<void> {
    await this.driver.get(/^[a-z]+:/.test(url) ? url : this.site.url(url));
  }

  /** Loads `url` and waits until the app runs: it has hydrated the server-rendered page, and shows
   *  its search box (or a quiz, when the URL asks for one). */
  async open(url = ''): Promise<void> {
    await this.goto(url);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect.poll(() => this.count('html[data-app="ready"]'), { message: 'the app hydrates the page', timeout: 15_000 }).toBe(1);
    await this.waitFor('#search, section.quiz');
    // the panels below the topics are drawn a frame later (their code fetched once their place
    // nears the window, src/boot/lazy.rs): wait for their places
    if (await this.count('#search')) await this.waitFor('#figures, #data');
    await this.frames(2);
  }

  /** Goes down to the figures table, as a reader does, and waits for it to fill: its code is
   *  fetched once its place nears the window. */
  async toFigures(): Promise<void> {
    await this.scrollTo('#figures');
    await this.waitFor('#figures-table:not([aria-busy]) tbody tr');
  }

  /** Waits for `n` animation frames of the page. */
  async frames(n: number): Promise<void> {
    await this.jsAsync(
      (k: number) => new Promise((r) => { const f = (i: number) => (i ? requestAnimationFrame(() => f(i - 1)) : r(null)); f(k); }),
      n,
    );
  }

  async reload(): Promise<void> {
    await this.driver.navigate().refresh();
  }

  async back(): Promise<void> {
    await this.driver.navigate().back();
  }

  async forward(): Promise<void> {
    await this.driver.navigate().forward();
  }

  async url(): Promise<string> {
    return this.driver.getCurrentUrl();
  }

  /** The query string's parameters of the current URL. */
  async params(): Promise<URLSearchParams> {
    return new URL(await this.url()).searchParams;
  }

  // ---- reading the page ----

  /** Runs `fn` in the page with `args` (elements and JSON values) and returns its result. */
  async js<T>(fn: string | ((...args: any[]) => T | Promise<T>), ...args: unknown[]): Promise<T> {
    const body = typeof fn === 'string' ? fn : `return (${fn.toString()}).apply(null, arguments);`;
    return (await this.driver.executeScript(body, ...args)) as T;
  }

  /** As `js`, awaiting a promise that `fn` returns (executeAsyncScript). */
  async jsAsync<T>(fn: (...args: any[]) => Promise<T>, ...args: unknown[]): Promise<T> {
    const body = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn.toString()}).apply(null, [].slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ err: String(e) }));`;
    const r = (await this.driver.executeAsyncScript(body, ...args)) as { ok?: T; err?: string };
    if (r.err !== undefined) throw new Error(`in the page: ${r.err}`);
    return r.ok as T;
  }

  async $(css: string): Promise<WebElement> {
    return this.driver.findElement(By.css(css));
  }

  async $$(css: string): Promise<WebElement[]> {
    return this.driver.findElements(By.css(css));
  }

  /** The first element matching `css` whose text contains `text`. */
  async withText(css: string, text: string): Promise<WebElement> {
    const el = await this.js<WebElement | null>(
      (c: string, t: string) => [...document.querySelectorAll(c)].find((e) => (e.textContent ?? '').includes(t)) ?? null,
      css,
      text,
    );
    if (!el) throw new Error(`no ${css} containing “${text}”`);
    return el;
  }

  private async el(target: Target): Promise<WebElement> {
    return typeof target === 'string' ? this.waitFor(target) : target;
  }

  async count(css: string): Promise<number> {
    return this.js((c: string) => document.querySelectorAll(c).length, css);
  }

  /** The text of the first element matching `css` as a reader sees it: whitespace collapsed, and
   *  of the labels the page holds in both languages (`.ui-zh`, `.ui-en`) only the one on show.
   *  (Not WebDriver's visible text, which is empty for a topic off screen: `content-visibility`
   *  skips its rendering.) */
  async text(target: Target): Promise<string> {
    if (typeof target === 'string') {
      // read in the same script that finds it: the app may replace the node in between
      await this.waitFor(target);
      const t = await this.js((c: string) => {
        const e = document.querySelector(c);
        if (!e) return null;
        const copy = e.cloneNode(true) as Element;
        copy.querySelectorAll(document.documentElement.dataset.ui === 'en' ? '.ui-zh' : '.ui-en').forEach((x) => x.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }, target);
      if (t !== null) return t;
    }
    const el = await this.el(target);
    return this.js((e: Element) => {
      const copy = e.cloneNode(true) as Element;
      copy.querySelectorAll(document.documentElement.dataset.ui === 'en' ? '.ui-zh' : '.ui-en').forEach((x) => x.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    }, el);
  }

  /** Every matching element's text, as `text` gives it. */
  async texts(css: string): Promise<string[]> {
    return this.js(
      (c: string) => [...document.querySelectorAll(c)].map((e) => {
        const copy = e.cloneNode(true) as Element;
        copy.querySelectorAll(document.documentElement.dataset.ui === 'en' ? '.ui-zh' : '.ui-en').forEach((x) => x.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
      css,
    );
  }

  async attr(target: Target, name: string): Promise<string | null> {
    return (await this.el(target)).getAttribute(name);
  }

  async value(target: Target): Promise<string> {
    return this.js((e: HTMLInputElement) => e.value, await this.el(target));
  }

  async visible(css: string): Promise<boolean> {
    return this.js((c: string) => {
      const e = document.querySelector(c);
      if (!e) return false;
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    }, css);
  }

  /** Is the middle of the first element matching `css` inside the viewport (what a reader sees
   *  after a jump)? */
  async inView(css: string): Promise<boolean> {
    return this.js((c: string) => {
      const e = document.querySelector(c);
      if (!e) return false;
      const r = e.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const x = r.left + r.width / 2;
      return r.width > 0 && y >= 0 && y <= innerHeight && x >= 0 && x <= innerWidth;
    }, css);
  }

  /** Waits until the element comes into view, and checks it is still there a few frames later,
   *  once what a jump brought near the viewport has been laid out. */
  async staysInView(css: string): Promise<void> {
    await expect.poll(() => this.inView(css), { message: `${css} comes into view` }).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    await this.frames(2);
    expect(await this.inView(css), `${css} stays in view`).toBe(true);
  }

  /** Computed style properties of an element (or of its pseudo-element). */
  async style(target: Target, props: string[], pseudo?: string): Promise<Record<string, string>> {
    return this.js(
      (e: Element, ps: string[], pe: string | null) => {
        const s = getComputedStyle(e, pe);
        return Object.fromEntries(ps.map((p) => [p, s.getPropertyValue(p)]));
      },
      await this.el(target),
      props,
      pseudo ?? null,
    );
  }

  async focused(): Promise<{ id: string; cls: string; tag: string; text: string }> {
    return this.js(() => {
      const e = document.activeElement as HTMLElement | null;
      return { id: e?.id ?? '', cls: e?.className ?? '', tag: e?.tagName.toLowerCase() ?? '', text: (e?.textContent ?? '').trim() };
    });
  }

  /** Waits until an element matches `css` and returns it. */
  async waitFor(css: string, timeout = 15_000): Promise<WebElement> {
    let found: WebElement | undefined;
    await expect
      .poll(async () => {
        try {
          found = (await this.$$(css))[0];
        } catch (e) {
          // WebKitWebDriver can fail a find with a stale element while the app replaces nodes
          if ((e as Error).name !== 'StaleElementReferenceError') throw e;
          found = undefined;
        }
        return found !== undefined;
      }, { message: `waiting for ${css}`, timeout })
      .toBe(true);
    return found!;
  }

  /** Scrolls the page to the element matching `css` (once there is one), as a reader scrolling
   *  down to it. */
  async scrollTo(css: string): Promise<void> {
    await this.js((e: Element) => e.scrollIntoView({ block: 'start' }), await this.waitFor(css));
  }

  async waitGone(css: string, timeout = 15_000): Promise<void> {
    await expect.poll(() => this.count(css), { message: `waiting for ${css} to go`, timeout }).toBe(0);
  }

  // ---- acting ----

  /** Clicks as a reader does (WebDriver scrolls it into view and refuses if something covers it). */
  async click(target: Target): Promise<void> {
    const el = await this.el(target);
    await this.js((e: Element) => e.scrollIntoView({ block: 'center' }), el);
    await el.click();
  }

  /** Types `text` into an element (after clearing it when `clear`). */
  async type(target: Target, text: string, clear = true): Promise<void> {
    const el = await this.el(target);
    if (clear) await el.clear();
    await el.sendKeys(text);
  }

  /** Presses keys where the focus is. */
  async press(...keys: string[]): Promise<void> {
    const a = this.driver.actions({ async: true });
    for (const k of keys) a.keyDown(k).keyUp(k);
    await a.perform();
  }

  async hover(target: Target): Promise<void> {
    const el = await this.el(target);
    await this.js((e: Element) => e.scrollIntoView({ block: 'center' }), el);
    await this.driver.actions({ async: true }).move({ origin: el }).perform();
  }

  /** Moves the pointer to the window's top left corner (away from anything hovered). */
  async unhover(): Promise<void> {
    await this.driver.actions({ async: true }).move({ x: 1, y: 1 }).perform();
  }

  async focus(target: Target): Promise<void> {
    await this.js((e: HTMLElement) => e.focus(), await this.el(target));
  }

  /** Sets the size of the page's viewport (not the window's, which has borders in WebKit). */
  async viewport(width: number, height: number): Promise<void> {
    const win = this.driver.manage().window();
    // the size once a resize has taken effect: the same two readings in a row
    const settled = async (): Promise<[number, number]> => {
      let last = await this.js<[number, number]>(() => [innerWidth, innerHeight]);
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const now = await this.js<[number, number]>(() => [innerWidth, innerHeight]);
        if (now[0] === last[0] && now[1] === last[1]) return now;
        last = now;
      }
      return last;
    };
    await win.setRect({ width, height });
    for (let i = 0; i < 4; i++) {
      const [w, h] = await settled();
      if (w === width && h === height) return;
      const rect = await win.getRect();
      await win.setRect({ width: Math.max(100, rect.width + width - w), height: Math.max(100, rect.height + height - h) });
    }
    const [w, h] = await settled();
    expect([w, h], `the ${this.engine} viewport`).toEqual([width, height]);
  }

  // ---- checking ----

  /** What went wrong in the current page (from the probe) and on the server so far. */
  async problems(): Promise<string[]> {
    const page = await this.js<string[] | null>(() => (window as any).__problems ?? null);
    return [...(page ?? ['the probe did not run in this page']), ...this.site.httpErrors()];
  }

  /** Fails the test with whatever went wrong in the current page. */
  async noProblems(): Promise<void> {
    expect(await this.problems(), 'console errors, page errors, failed loads, CSP violations, HTTP errors').toEqual([]);
  }

  /** Saves a screenshot of the viewport as a test artifact (and returns its path). */
  async screenshot(name: string): Promise<string> {
    // outside Playwright's output folder, which every run empties at its start
    const dir = join(ROOT, 'tests/engines/screenshots', this.engine);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.png`);
    // what the reader sees: the frame after a scroll, once lazily laid-out topics are painted
    await this.frames(2);
    await writeFile(file, await this.driver.takeScreenshot(), 'base64');
    await this.info.attach(name, { path: file, contentType: 'image/png' });
    return file;
  }
}

type WorkerFixtures = { engine: Engine; session: Session };
type TestFixtures = { site: Site; tab: Tab };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  session: [
    async ({ engine }, use) => {
      const s = new Session(engine);
      await s.start();
      await use(s);
      await s.quit();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  site: async ({}, use) => {
    const site = await new Site().start();
    await use(site);
    site.stop();
  },
  tab: async ({ session, engine, site }, use, info) => {
    const driver = await session.alive();
    // one window, at the desktop size, on a blank page: nothing left of the last test
    const handles = await driver.getAllWindowHandles();
    for (const h of handles.slice(1)) {
      await driver.switchTo().window(h);
      await driver.close();
    }
    await driver.switchTo().window(handles[0]);
    await driver.get('about:blank');
    const tab = new Tab(driver, engine, site, info);
    await tab.viewport(1280, 800);
    await use(tab);
  },
});
