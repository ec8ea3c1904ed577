#!/usr/bin/env python3
"""Fails when a doc names a file or folder the repository does not have.

    python3 scripts/dev/doc_paths.py          prints `doc:line: path` for each, exits 1 if any
    python3 -m doctest scripts/dev/doc_paths.py    the path-recognition rules below

The docs are every tracked `*.md` (not the vendored crate under `vendor/yew/`), the `//!` module
docs of the Rust files, and the header comment of every script (`scripts/`, `.ci/run`, the
tests' and the static folder's JavaScript and TypeScript): the comment lines at the top, or a
Python file's docstring.

A path is recognised when it starts with one of the repository's folders (`src/`, `crates/`,
`scripts/`, `tests/`, `docs/`, `data/`, `vendor/`, `static/`, `fuzz/`, `.ci/`, `.github/`), or is
one of its top-level files (`Cargo.toml`, `index.html`, `README.md`, any other `*.md` in
capitals …), in backticks or in plain text; a Markdown link's or an HTML `src`/`href` target is checked
relative to the doc that holds it. A path exists when git tracks it (or a file under it), or
would track it (a new file not yet added), relative to the repository's root, the doc's folder
or the doc's crate (the nearest folder above it with a `Cargo.toml`).

Not checked: URLs; globs and placeholders (`*`, `<name>`, `{a,b}`, `…`, a capitalised word such
as `DIST` or `ENGINE` as a part of the path); and anything under a folder that `.gitignore`
lists (`dist/`, `target/`, `node_modules/`, the tests' artifacts): built, not tracked.
"""
import ast
import os
import re
import subprocess
import sys

ROOTS = (
    "src", "crates", "scripts", "tests", "docs", "data", "vendor", "static", "fuzz", ".ci", ".github",
)
TOP_FILES = {
    "Cargo.toml", "Cargo.lock", "Trunk.toml", "index.html", "package.json", "package-lock.json",
    "playwright.config.ts", "rustfmt.toml", ".gitignore",
}
# Built or installed, never tracked, whatever .gitignore says.
BUILT = ("dist", "target", "node_modules")
SCRIPT_EXTS = (".sh", ".py", ".mjs", ".js", ".ts")

_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|\bmailto:\S+|\bfile:\S*")
_LINK = re.compile(r"\]\(([^)\s]+)\)|\b(?:src|href)=\"([^\"]+)\"")
# Tokens are split at spaces, backticks, brackets, quotes, CJK punctuation and table bars.
_SPLIT = re.compile(r"[\s`()\[\]\"'，。、；：（）“”‘’《》「」|=]+")
_PLACEHOLDER = re.compile(r"[*?<>{}$…]|\.\.\.")
_CAPS = re.compile(r"^[A-Z][A-Z0-9_]+$")


def is_placeholder(path):
    """A glob or a placeholder, not a path to check.

    >>> is_placeholder("tests/e2e/artifacts/phone-screenshots-*/")
    True
    >>> is_placeholder("crates/briefing/tests/fuzz-regressions/<target>/")
    True
    >>> is_placeholder("tests/engines/screenshots/ENGINE/")
    True
    >>> is_placeholder("src/…")
    True
    >>> is_placeholder("scripts/dev/fuzz.sh")
    False
    >>> is_placeholder("README.md")
    False
    """
    if _PLACEHOLDER.search(path):
        return True
    return any(_CAPS.match(part) for part in path.strip("/").split("/"))


def clean(token):
    """A token without the punctuation around it, or a `:line` after it.

    >>> clean("scripts/build/split.py,")
    'scripts/build/split.py'
    >>> clean("crates/briefing:")
    'crates/briefing'
    >>> clean("src/state.rs:42")
    'src/state.rs'
    >>> clean("./scripts/test.sh")
    'scripts/test.sh'
    >>> clean("src/.")
    'src/'
    """
    token = token.lstrip(",;:!?*").rstrip(".,;:!?*")  # `**bold**`, sentence ends
    token = re.sub(r"(?::\d+)+$", "", token)
    while token.startswith("./"):
        token = token[2:]
    return token


def path_tokens(text):
    """The paths a line of a doc names (URLs and links left out; see `link_targets`).

    >>> path_tokens("`crates/briefing/src/quiz.rs` generates them (see scripts/bench.sh).")
    ['crates/briefing/src/quiz.rs', 'scripts/bench.sh']
    >>> path_tokens("In `Trunk.toml`, `public_url`; CI (`.ci/run`) runs `./scripts/test.sh`")
    ['Trunk.toml', '.ci/run', 'scripts/test.sh']
    >>> path_tokens("see BENCHMARKS.md, session 16, and ARCHITECTURE.md")
    ['BENCHMARKS.md', 'ARCHITECTURE.md']
    >>> path_tokens("served from https://USER.github.io/REPO/src/ and dist/index.html")
    []
    >>> path_tokens("`trunk build --public-url /REPO/`, `later.rs`, `dom_bundle/btag/mod.rs`")
    []
    >>> path_tokens("`src/i18n.rs`，一个 `Strings` 表（`tests/e2e/`）")
    ['src/i18n.rs', 'tests/e2e/']
    >>> path_tokens("keys such as `briefing-explorer/progress` and `target/release`")
    []
    >>> path_tokens("`node_modules/.bin/lighthouse`; `scripts/tmp/lhab.sh` (not committed)")
    ['scripts/tmp/lhab.sh']
    """
    text = _URL.sub(" ", _LINK.sub(" ", text))
    found = []
    for raw in _SPLIT.split(text):
        token = clean(raw)
        if not token or is_placeholder(token):
            continue
        first = token.split("/", 1)[0]
        if first in BUILT:
            continue
        top_doc = re.fullmatch(r"[A-Z][A-Z0-9_-]*\.md", token)
        if (first in ROOTS and "/" in token) or token in TOP_FILES or top_doc:
            found.append(token)
    return found


def link_targets(text):
    """The targets of a line's Markdown links and HTML src/href attributes, without #anchors.

    >>> link_targets('[tests](docs/TESTING.md#engines), [web](https://yew.rs), [top](#sizes)')
    ['docs/TESTING.md']
    >>> link_targets('<img src="docs/screenshot-1280.png" alt="x"> [up](../README.md)')
    ['docs/screenshot-1280.png', '../README.md']
    """
    found = []
    for match in _LINK.finditer(text):
        target = (match.group(1) or match.group(2)).split("#", 1)[0]
        if target and not _URL.match(target) and not is_placeholder(target):
            found.append(target)
    return found


def git(*args):
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout.splitlines()


def ignored_prefixes(root):
    """Folders .gitignore lists plainly (no globs), as `name/`."""
    prefixes = [b + "/" for b in BUILT]
    try:
        with open(os.path.join(root, ".gitignore"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith(("#", "!")) and not _PLACEHOLDER.search(line):
                    prefixes.append(line.strip("/") + "/")
    except FileNotFoundError:
        pass
    return prefixes


def doc_lines(path, text):
    """(line number, text) of the parts of a file that are docs."""
    lines = text.splitlines()
    if path.endswith(".md"):
        return list(enumerate(lines, 1))
    if path.endswith(".rs"):
        return [(n, l.strip()[3:]) for n, l in enumerate(lines, 1) if l.strip().startswith("//!")]
    out = []
    if path.endswith(".py"):
        try:
            tree = ast.parse(text)
        except SyntaxError:
            tree = None
        node = tree.body[0] if tree and tree.body else None
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            out += [(n, lines[n - 1]) for n in range(node.lineno, node.end_lineno + 1)]
    # the comment lines at the top: `#` (shell, Python) or `//`, `/* … */` (JavaScript)
    in_block = False
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if n == 1 and s.startswith("#!"):
            continue
        if in_block:
            out.append((n, s))
            in_block = "*/" not in s
        elif s.startswith("/*"):
            out.append((n, s))
            in_block = "*/" not in s
        elif s.startswith("#") or s.startswith("//"):
            out.append((n, s))
        elif s or n > 1:
            break
    return out


def main():
    root = git("rev-parse", "--show-toplevel")[0]
    os.chdir(root)
    tracked = git("ls-files")
    known = set(tracked) | set(git("ls-files", "--others", "--exclude-standard"))
    folders = {os.path.dirname(p) for p in known}
    while True:
        more = {os.path.dirname(f) for f in folders} - folders
        if not more:
            break
        folders |= more
    ignored = ignored_prefixes(root)

    def exists(path):
        path = os.path.normpath(path)
        return path in known or path in folders

    def is_doc(p):
        if p.startswith(("vendor/yew/", "node_modules/", "target/")):
            return False
        if p.endswith((".md", ".rs")):
            return True
        return p == ".ci/run" or (p.endswith(SCRIPT_EXTS) and p.startswith(("scripts/", "tests/", "static/")))

    missing = []
    for doc in sorted(p for p in tracked if is_doc(p)):
        try:
            with open(doc, encoding="utf-8") as f:
                text = f.read()
        except (UnicodeDecodeError, FileNotFoundError):
            continue
        here = os.path.dirname(doc)
        crate = here
        while crate and not os.path.exists(os.path.join(crate, "Cargo.toml")):
            crate = os.path.dirname(crate)
        bases = dict.fromkeys(["", here, crate])
        for n, line in doc_lines(doc, text):
            checks = [(t, [""] + list(bases)) for t in path_tokens(line)]
            if doc.endswith(".md"):
                checks += [(t, [here]) for t in link_targets(line)]
            for path, where in checks:
                if any((os.path.normpath(os.path.join(b, path)) + "/").startswith(tuple(ignored)) for b in where):
                    continue
                if not any(exists(os.path.join(b, path)) for b in where):
                    missing.append(f"{doc}:{n}: {path}")
    missing = list(dict.fromkeys(missing))
    for m in missing:
        print(m)
    if missing:
        print(f"doc_paths: {len(missing)} path(s) named in the docs do not exist", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
