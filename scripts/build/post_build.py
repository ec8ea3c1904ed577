#!/usr/bin/env python3
"""Trunk's one post-build hook (Trunk may run the hooks of a stage concurrently, and these steps
depend on each other): the static reading view, the single-file build (from Trunk's whole .wasm),
the split of the release .wasm into the part the page starts with and the views loaded on first
use, the service worker (listing the split files), and the CSP of both pages."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import csp  # noqa: E402
import prerender  # noqa: E402
import service_worker  # noqa: E402
import single_file  # noqa: E402
import split  # noqa: E402

if __name__ == "__main__":
    for step in (prerender.main, single_file.main, split.main, service_worker.main, csp.main):
        code = step()
        if code:
            sys.exit(code)
