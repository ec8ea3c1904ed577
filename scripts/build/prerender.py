#!/usr/bin/env python3
"""Post-build step: puts the app's first view, rendered by its own Yew components natively
(`prerender`, the `ssr` feature: src/bin/prerender.rs), into index.html's <div id="app">. The
page a reader opens is then the app's first view, readable before the WebAssembly arrives and
without JavaScript; in the browser the app hydrates those nodes (Renderer::hydrate)."""
import os
import re
import subprocess
import sys


def after_first_paint(html: str) -> str:
    """The app is not needed to show the page (the page is already its first view), so it is
    fetched once the page has been painted: Trunk's preloads go, and its loader waits for the
    frame after the first (or half a second, in a tab that is not shown), then fetches the glue JS and the
    .wasm side by side and starts the app. On a slow link the HTML and the stylesheet have the
    bandwidth to themselves until the reader sees the page; the 300 KB of WebAssembly come
    after (BENCHMARKS.md: Lighthouse).

    Trunk writes the loader on one line in a release build and after a line break in a debug
    build (`./scripts/serve.sh`); both are rewritten:
    >>> loader = "import init, * as bindings from './a.js';\\nconst wasm = await init({ module_or_path: './a_bg.wasm' });"
    >>> for page in ('<script type="module">' + loader, '<script type=module>\\n' + loader):
    ...     print("fetch('./a_bg.wasm')" in after_first_paint(page))
    True
    True
    """
    html = re.sub(r"<link\b[^>]*>", lambda m: "" if re.search(r"\brel=\"?(?:modulepreload|preload)\b", m.group(0)) else m.group(0), html)
    loader = re.search(r"(<script type=\"?module\"?>)\s*import init, \* as bindings from '(\./[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\./[^']+\.wasm)' \}\);", html)
    if not loader:
        raise SystemExit("prerender.py: Trunk's loader (import init … await init(…)) not found in index.html")
    tag, js, wasm = loader.groups()
    deferred = (
        tag
        + "await new Promise((go) => { requestAnimationFrame(() => requestAnimationFrame(go)); setTimeout(go, 500); });\n"
        + f"const response = fetch('{wasm}');\n"
        + f"const bindings = await import('{js}');\n"
        + "const wasm = await bindings.default({ module_or_path: response });"
    )
    return html[: loader.start()] + deferred + html[loader.end():]


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    path = os.path.join(staging, "index.html")
    cmd = ["cargo", "run", "-q", "--locked", "--features", "ssr", "--bin", "prerender", "--", path]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        print("prerender.py: " + (done.stderr.strip() or done.stdout.strip()), file=sys.stderr)
        return 1
    print(done.stdout.strip())
    with open(path, encoding="utf-8") as f:
        html = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(after_first_paint(html))
    return 0


if __name__ == "__main__":
    sys.exit(main())
