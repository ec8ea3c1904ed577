#!/usr/bin/env python3
"""Trunk post-build hook: starts compiling the .wasm as soon as index.html's <head> is parsed.

Trunk's init script is a module script: it runs only after the whole page is parsed and the
stylesheet has arrived, and only then fetches and compiles the .wasm (a preload gets the bytes
early, but compiling waits). A small classic script at the top of <head> starts
`WebAssembly.compileStreaming` at once, so the module is compiled while the static reading view
is parsed and laid out; the init script then instantiates the compiled module. Where streaming
compilation is missing or fails (an old browser, a server sending the wrong MIME type, a network
error), the init script falls back to Trunk's own path and its error messages.

Only index.html: the single file (briefing-explorer.html) carries its .wasm inline.
"""
import os
import re
import sys


def rewrite(html: str) -> str | None:
    script = re.search(r"<script type=\"?module\"?>(.*?)</script>", html, re.S)
    call = re.search(r"module_or_path: '(\./[^']+\.wasm)'", script.group(1)) if script else None
    if not (script and call):
        return None
    url = call.group(1)
    body = script.group(1).replace(call.group(0), f"module_or_path: await (self.__wasm || '{url}')")
    html = html[: script.start(1)] + body + html[script.end(1):]
    # the fetch below replaces the preload (an unused preload is a console warning)
    html = re.sub(r"<link[^>]*rel=\"?preload\"?[^>]*\.wasm[^>]*>|<link[^>]*\.wasm[^>]*rel=\"?preload\"?[^>]*>", "", html)
    early = (
        "<script>self.__wasm=self.WebAssembly&&WebAssembly.compileStreaming"
        f"?WebAssembly.compileStreaming(fetch('{url}')).catch(function(){{return '{url}'}}):null</script>"
    )
    return re.sub(r"(<meta charset=\"?utf-8\"?\s*/?>)", lambda m: m.group(1) + early, html, count=1, flags=re.I)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    out = rewrite(html)
    if out is None or "self.__wasm=" not in out:
        print("early_compile.py: no Trunk init script or <meta charset> in index.html", file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    print("early_compile.py: index.html compiles the .wasm from the start of <head>")
    return 0


if __name__ == "__main__":
    sys.exit(main())
