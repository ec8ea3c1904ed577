#!/usr/bin/env python3
"""Post-build step: puts the reading view, rendered to static HTML by the core crate
(`briefing html`), into index.html, so the briefing is readable before the WebAssembly arrives
and without JavaScript at all. The app removes it when it mounts and renders the same view."""
import os
import re
import subprocess
import sys


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    cmd = ["cargo", "run", "-q", "-p", "briefing", "--", "html", "data/miit-2020-briefing.txt", "--glosses", "data/figure-glosses.tsv"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        print("prerender.py: " + done.stderr.strip(), file=sys.stderr)
        return 1
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html = re.sub(r"<div id=\"?prerender\"?>.*?<!--/prerender--></div>", "", html, flags=re.S)
    block = '<div id="prerender">' + done.stdout.strip() + "<!--/prerender--></div>"
    html, n = re.subn(r"(<body[^>]*>)", lambda m: m.group(1) + block, html, count=1)
    if n != 1:
        print("prerender.py: no <body> in index.html", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"prerender.py: {len(done.stdout.encode('utf-8'))} bytes of static reading view")
    return 0


if __name__ == "__main__":
    sys.exit(main())
