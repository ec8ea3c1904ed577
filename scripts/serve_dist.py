#!/usr/bin/env python3
"""Serves a built folder over HTTP on loopback, quietly, for the end-to-end tests.

    serve_dist.py DIR PORT [--prefix /sub/path/]

With --prefix the folder is served under that sub-path only (as GitHub Pages serves a project
site), and everything outside it is a 404.
"""
import argparse
import functools
import http.server


class Quiet(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return "/nonexistent-outside-prefix"
        return super().translate_path("/" + path[len(self.prefix):])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("port", type=int)
    ap.add_argument("--prefix", default="/")
    args = ap.parse_args()
    Quiet.prefix = args.prefix if args.prefix.endswith("/") else args.prefix + "/"
    Quiet.extensions_map = {**Quiet.extensions_map, ".wasm": "application/wasm"}
    handler = functools.partial(Quiet, directory=args.dir)
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as httpd:
        httpd.serve_forever()


if __name__ == "__main__":
    main()
