#!/usr/bin/env python3
"""Post-build step: puts the app's first view, rendered by its own Yew components natively
(`prerender`, the `ssr` feature: src/bin/prerender.rs), into index.html's <div id="app">. The
page a reader opens is then the app's first view, readable before the WebAssembly arrives and
without JavaScript; in the browser the app adopts those nodes (Renderer::hydrate)."""
import os
import subprocess
import sys


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    path = os.path.join(staging, "index.html")
    cmd = ["cargo", "run", "-q", "--locked", "--features", "ssr", "--bin", "prerender", "--", path]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        print("prerender.py: " + (done.stderr.strip() or done.stdout.strip()), file=sys.stderr)
        return 1
    print(done.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
