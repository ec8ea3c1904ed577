#!/usr/bin/env python3
"""Serves a built folder over HTTP on loopback, quietly, for the end-to-end tests.

    serve_dist.py DIR PORT [--prefix /sub/path/] [--probe FILE] [--gzip]

With --prefix the folder is served under that sub-path only (as GitHub Pages serves a project
site), and everything outside it is a 404.

With --probe (the engine tests, whose WebDriver cannot read a page's console), every HTML page
gets `<script src="__probe.js">` as the first script in its head, served from FILE: a classic,
same-origin script, so the page's Content-Security-Policy allows it like the app's own. Every
response of 400 or more is printed to standard output as `HTTP <status> <path>`, for the test
to read.

With --gzip (the Lighthouse benchmark) files are sent as GitHub Pages sends them: HTML, JS,
wasm, CSS, JSON and SVG gzipped (`Content-Encoding: gzip`) to a client that accepts it, everything
else as it is. Without it nothing is compressed, since Python's server has no compression.

With --probe or --gzip the port actually bound is printed first, as `serving on PORT`, so PORT
may be 0 (any free port).
"""
import argparse
import functools
import gzip
import http.server
import io
import os
import re


# what GitHub Pages compresses, by file extension
GZIPPED = {".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg"}


class Quiet(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    probe = None
    gzip = False
    gzip_cache = {}  # (path, mtime, size) -> compressed bytes

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def log_request(self, code="-", size="-"):
        if self.probe is not None and isinstance(code, int) and code >= 400:
            print(f"HTTP {code} {self.path}", flush=True)

    def send_error(self, code, message=None, explain=None):
        if self.probe is not None and code >= 400:
            print(f"HTTP {code} {self.path}", flush=True)
        super().send_error(code, message, explain)

    def do_GET(self):  # noqa: N802 - the base class's name
        if self.probe is None:
            return super().do_GET()
        path = self.path.split("?", 1)[0]
        if path.startswith(self.prefix) and path.endswith("/__probe.js"):
            return self.send_bytes(self.probe, "text/javascript; charset=utf-8")
        if path.startswith(self.prefix) and (path.endswith("/") or path.endswith(".html")):
            file = self.translate_path(path)
            if os.path.isdir(file):
                file = os.path.join(file, "index.html")
            if os.path.isfile(file):
                with open(file, "rb") as f:
                    html = f.read()
                # first thing after <meta charset> and the CSP (a minified page has no <head> tag)
                html = re.sub(
                    rb'(<meta charset=[^>]*>(?:<meta http-equiv="?Content-Security-Policy"?[^>]*>)?)',
                    rb'\1<script src="__probe.js"></script>',
                    html,
                    count=1,
                    flags=re.I,
                )
                return self.send_bytes(html, "text/html; charset=utf-8")
        return super().do_GET()

    def send_head(self):
        """The base class's, but compressing when --gzip says so (GET and HEAD both come here)."""
        if not self.gzip or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        file = self.translate_path(path)
        if os.path.isdir(file):
            if not path.endswith("/"):
                return super().send_head()  # the base class's redirect to the slashed path
            file = os.path.join(file, "index.html")
        if not os.path.isfile(file) or os.path.splitext(file)[1].lower() not in GZIPPED:
            return super().send_head()
        st = os.stat(file)
        key = (file, st.st_mtime_ns, st.st_size)
        body = self.gzip_cache.get(key)
        if body is None:
            with open(file, "rb") as f:
                body = gzip.compress(f.read(), compresslevel=9, mtime=0)
            self.gzip_cache[key] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(file))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(st.st_mtime)))
        self.end_headers()
        return io.BytesIO(body)

    def send_bytes(self, body, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return "/nonexistent-outside-prefix"
        return super().translate_path("/" + path[len(self.prefix):])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("port", type=int)
    ap.add_argument("--prefix", default="/")
    ap.add_argument("--probe")
    ap.add_argument("--gzip", action="store_true")
    args = ap.parse_args()
    Quiet.gzip = args.gzip
    if args.probe:
        with open(args.probe, "rb") as f:
            Quiet.probe = f.read()
    Quiet.prefix = args.prefix if args.prefix.endswith("/") else args.prefix + "/"
    Quiet.extensions_map = {**Quiet.extensions_map, ".wasm": "application/wasm"}
    handler = functools.partial(Quiet, directory=args.dir)
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as httpd:
        if args.probe or args.gzip:
            print(f"serving on {httpd.server_address[1]}", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
