#!/usr/bin/env python3
"""Trunk post-build hook: writes briefing-explorer.html, the whole app in one file.

The glue JS, the .wasm (base64), the CSS and the icon are inlined into a copy of index.html, so
the file works when opened from disk (file://), where browsers refuse to load module scripts and
.wasm from other files. Runs in Trunk's staging folder ($TRUNK_STAGING_DIR) after every build.
"""
import base64
import os
import re
import sys

OUT = "briefing-explorer.html"


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    path = lambda name: os.path.join(staging, name)  # noqa: E731
    with open(path("index.html"), encoding="utf-8") as f:
        html = f.read()

    script = re.search(r"<script type=\"?module\"?>(.*?)</script>", html, re.S)
    # (Trunk's loader, as scripts/build/prerender.py rewrites it)
    js = re.search(r"'\./([^']+\.js)'", script.group(1)) if script else None
    wasm = re.search(r"'\./([^']+\.wasm)'", script.group(1)) if script else None
    if not (script and js and wasm):
        print("single_file.py: no Trunk init script found in index.html", file=sys.stderr)
        return 1
    with open(path(js.group(1)), encoding="utf-8") as f:
        glue = f.read()
    with open(path(wasm.group(1)), "rb") as f:
        wasm_b64 = base64.b64encode(f.read()).decode("ascii")
    if "</script" in glue:
        print("single_file.py: the glue JS contains </script and cannot be inlined", file=sys.stderr)
        return 1
    inline = (
        "<script type=module>"
        + glue
        + "\nconst __wasmBytes = Uint8Array.from(atob('" + wasm_b64 + "'), (c) => c.charCodeAt(0));"
        + "\nawait __wbg_init({ module_or_path: __wasmBytes });"
        + "\n</script>"
    )
    html = html[: script.start()] + inline + html[script.end():]

    # the preloads, the manifest and the service worker belong to the hosted build
    html = re.sub(r"<link[^>]*rel=\"?(modulepreload|preload|manifest)\"?[^>]*>", "", html)
    html = re.sub(r"<script[^>]*src=\"?register-sw\.js\"?[^>]*></script>", "", html)

    def inline_css(m):
        with open(path(m.group(1)), encoding="utf-8") as f:
            return "<style>" + f.read() + "</style>"

    html = re.sub(r"<link[^>]*href=\"?\./([^\" >]+\.css)\"?[^>]*rel=\"?stylesheet\"?[^>]*>", inline_css, html)
    html = re.sub(r"<link[^>]*rel=\"?stylesheet\"?[^>]*href=\"?\./([^\" >]+\.css)\"?[^>]*>", inline_css, html)

    def inline_icon(m):
        with open(path(m.group(1)), "rb") as f:
            return '<link rel=icon href="data:image/svg+xml;base64,' + base64.b64encode(f.read()).decode("ascii") + '">'

    html = re.sub(r"<link[^>]*href=\"?\./([^\" >]+\.svg)\"?[^>]*rel=\"?icon\"?[^>]*>", inline_icon, html)

    if re.search(r"(src|href)=\"?\./[^\"> ]+\.(js|wasm|css)", html):
        print("single_file.py: a reference to another file is left", file=sys.stderr)
        return 1
    with open(path(OUT), "w", encoding="utf-8") as f:
        f.write(html)
    print(f"single_file.py: wrote {OUT} ({len(html.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
