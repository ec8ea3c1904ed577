import { defineConfig } from '@playwright/test';

// Two suites against the release build in dist/, served over HTTP on loopback:
// - tests/e2e: Playwright driving Debian's Chromium (never a downloaded browser), with what only
//   Playwright can do (console and network events, offline emulation, CDP, touch emulation);
// - tests/engines: the flows a reader uses, in Chromium, Firefox ESR and WebKit through W3C
//   WebDriver (tests/engines/engine.ts), the same code for each engine. WebKit needs a display:
//   the harness starts an Xvfb for each WebKit session.
// (BRIEFING_PORT and BRIEFING_DIST: a second run beside this one, on its own ports and build)
const port = Number(process.env.BRIEFING_PORT ?? 4173);
const dist = process.env.BRIEFING_DIST ?? 'dist';
const engines = ['chromium', 'firefox', 'webkit'] as const;

export default defineConfig({
  outputDir: 'tests/e2e/artifacts',
  timeout: 30_000,
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: [['list']],
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${port}/`,
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    ...engines.map((engine) => ({
      name: `${engine}-webdriver`,
      testDir: 'tests/engines',
      timeout: 90_000,
      // one retry, reported as "flaky" in the run's summary: the WebDriver servers (WebKit's
      // most) now and then fail a command while the page changes under them
      retries: 1,
      use: { engine } as any,
    })),
  ],
  webServer: [
    {
      command: `python3 scripts/dev/serve_dist.py ${dist} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // the same build under a sub-path, as GitHub Pages serves a project site
      command: `python3 scripts/dev/serve_dist.py ${dist} ${port + 1} --prefix /briefing-explorer/`,
      url: `http://127.0.0.1:${port + 1}/briefing-explorer/`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
