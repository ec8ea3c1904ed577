#!/usr/bin/env python3
"""Trunk post-build hook: adds a Content-Security-Policy to index.html and briefing-explorer.html.

Only what the app needs: its own files, WebAssembly compilation ('wasm-unsafe-eval'), and the
exact inline scripts and styles of each page by their SHA-256 (Trunk's init script; in the single
file, the inlined app and CSS). Inline style attributes are allowed (the figure popover is placed
with one); no other origin is named anywhere.
"""
import base64
import hashlib
import os
import re
import sys


def digest(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def add_csp(html: str) -> str:
    scripts = [m.group(1) for m in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)]
    styles = [m.group(1) for m in re.finditer(r"<style[^>]*>(.*?)</style>", html, re.S)]
    policy = "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval' " + " ".join(digest(s) for s in scripts),
            "style-src 'self' " + " ".join(digest(s) for s in styles),
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    html = re.sub(r"<meta http-equiv=\"?Content-Security-Policy\"?[^>]*>", "", html)
    # right after <meta charset>, before anything it governs
    return re.sub(r"(<meta charset=\"?utf-8\"?\s*/?>)", lambda m: m.group(1) + meta, html, count=1, flags=re.I)


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") == "debug":
        # `trunk serve` injects its live-reload script after this hook, so a policy written now
        # would block it; debug builds are for development only and get no CSP.
        print("csp.py: debug build, no Content-Security-Policy")
        return 0
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    for name in ["index.html", "briefing-explorer.html"]:
        path = os.path.join(staging, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            html = f.read()
        out = add_csp(html)
        if "Content-Security-Policy" not in out:
            print(f"csp.py: no <meta charset> in {name}", file=sys.stderr)
            return 1
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
    print("csp.py: Content-Security-Policy added")
    return 0


if __name__ == "__main__":
    sys.exit(main())
