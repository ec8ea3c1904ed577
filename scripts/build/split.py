#!/usr/bin/env python3
"""Post-build step (release builds only): what the first view does not need (the quiz, the
worksheet, the figures table, the statistics view, the data panel with the library view, the
catalog of questions behind the exam forecast, the library's start-up (IndexedDB and the reader
of every import format), OpenCC's table, the reader of version 1 study records and the decoder
of #study= links; src/boot/lazy.rs) moves out of the .wasm the page
starts with into files of its own, fetched the first time each is needed.

Trunk has by then built the whole app (the `hydration` feature) and written its .wasm and glue
JS; the single file (scripts/build/single_file.py) is made from those, since a page opened from disk
cannot fetch other files. This step builds the app again with the `split` feature, linked with
relocations (wasm-split-cli needs them), cuts it at the `#[wasm_split]` points, runs
wasm-bindgen and wasm-opt -Oz on each part, and puts the parts in the staging folder:

  <stem>_bg.wasm, <stem>.js   the main module and its glue, under Trunk's names (so index.html,
                              its loader and its CSP stay as they are)
  <stem>-split.js             wasm-split-cli's loader of the other parts
  <stem>-split_<view>.wasm    a view's code; <stem>-chunk_<n>.wasm, code two views share

Every name carries the build's content hash (Trunk's, in <stem>), so a host's cache never mixes
two builds. The loader is changed in two places: a part is compiled from its bytes instead of
streamed, so a host that serves .wasm with the wrong MIME type still works (as the main module
does through wasm-bindgen's fallback); and a failed fetch is marked handled when it is made (it
is handled for real once the part's dependencies have loaded), so the page reports no unhandled
rejection.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

WASM_OPT_FEATURES = [
    "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
]
STREAMING = "WebAssembly.instantiateStreaming(src, imports)"
FROM_BYTES = (
    "src.then((r) => r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${r.url}: HTTP ${r.status}`)))"
    ".then((bytes) => WebAssembly.instantiate(bytes, imports))"
)


def run(cmd, **kw) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if done.returncode != 0:
        raise SystemExit(f"split.py: {' '.join(cmd[:2])} failed:\n{(done.stderr or done.stdout).strip()}")


def main() -> int:
    if os.environ.get("TRUNK_PROFILE", "release") != "release":
        return 0  # `trunk serve` (debug): the whole app in one .wasm
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for tool in ("wasm-split-cli", "wasm-bindgen", "wasm-opt"):
        if not shutil.which(tool):
            print(f"split.py: {tool} not found: run scripts/setup.sh", file=sys.stderr)
            return 1
    stems = [f[: -len("_bg.wasm")] for f in os.listdir(staging) if f.endswith("_bg.wasm")]
    if len(stems) != 1:
        print(f"split.py: expected one *_bg.wasm in {staging}, found {len(stems)}", file=sys.stderr)
        return 1
    stem = stems[0]

    target = os.path.join(root, "target", "split")
    env = dict(os.environ, RUSTFLAGS="-Clink-args=--emit-relocs", CARGO_TARGET_DIR=target)
    run(["cargo", "build", "-q", "--release", "--locked", "--target", "wasm32-unknown-unknown",
         "--bin", "briefing-explorer", "--features", "split"], cwd=root, env=env)
    linked = os.path.join(target, "wasm32-unknown-unknown", "release", "briefing-explorer.wasm")

    with tempfile.TemporaryDirectory() as work:
        cut, pkg = os.path.join(work, "cut"), os.path.join(work, "pkg")
        run(["wasm-split-cli", linked, cut, "--target", "web", "--out-name", stem])
        run(["wasm-bindgen", os.path.join(cut, stem + ".wasm"), "--out-dir", pkg, "--out-name", stem,
             "--target", "web", "--keep-lld-exports"])
        parts = sorted(f for f in os.listdir(cut) if re.fullmatch(r"(chunk|split)_\w+\.wasm", f))
        if not any(p.startswith("split_") for p in parts):
            print("split.py: wasm-split-cli found no split points", file=sys.stderr)
            return 1
        # the parts and the main module, optimised as Trunk optimises (data-wasm-opt="z")
        for src, dst in [(os.path.join(pkg, stem + "_bg.wasm"), stem + "_bg.wasm")] + [
            (os.path.join(cut, p), f"{stem}-{p}") for p in parts
        ]:
            run(["wasm-opt", "-Oz", *WASM_OPT_FEATURES, src, "-o", os.path.join(staging, dst)])

        with open(os.path.join(cut, "__wasm_split.js"), encoding="utf-8") as f:
            loader = f.read()
        loader, streamed = re.subn(re.escape(STREAMING), lambda _: FROM_BYTES, loader)
        loader, fetches = re.subn(r"(const src = fetch\([^;]*\);)", r"\1 src.catch(() => {});", loader)
        if streamed != len(parts) or fetches != len(parts):
            print("split.py: wasm-split-cli's loader is not the one this step knows", file=sys.stderr)
            return 1
        for p in parts:
            loader = loader.replace(f'"./{p}"', f'"./{stem}-{p}"')
        with open(os.path.join(staging, f"{stem}-split.js"), "w", encoding="utf-8") as f:
            f.write(loader)
        with open(os.path.join(pkg, stem + ".js"), encoding="utf-8") as f:
            glue = f.read()
        # (only the import statements: the module's own import name stays "./__wasm_split.js")
        glue, n = re.subn(r'(\bfrom\s*)"\./__wasm_split\.js"', lambda m: f'{m.group(1)}"./{stem}-split.js"', glue)
        if n == 0:
            print("split.py: the glue JS does not import the split loader", file=sys.stderr)
            return 1
        with open(os.path.join(staging, stem + ".js"), "w", encoding="utf-8") as f:
            f.write(glue)
    print(f"split.py: {len(parts)} parts split off the .wasm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
