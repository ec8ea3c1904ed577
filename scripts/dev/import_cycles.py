#!/usr/bin/env python3
"""Import cycles between the files of the project's Rust crates.

Builds the file-level import graph of each source root (`crates/*/src` and the app's `src/`;
`--crate PATH` for one of them) and lists every cycle: each strongly connected component of more
than one file, as a closed chain `a.rs → b.rs → a.rs` that passes through all its files. Exits 1
when there is one, 0 when there is none. Why: two files that use each other cannot be read,
tested or moved one without the other, and a circle only grows; this keeps the crates layered.

A file has an edge to another when it refers to an item DEFINED there:

- `use` declarations (`use crate::…`, `use super::…`, `use self::…`, and paths relative to the
  module: a child module or a name it imports) and paths in code (`crate::x::y`, `super::x`,
  `alias::item` where `alias` is an imported module), read outside comments and strings;
- a name reached through a re-export (`pub use a::Item` in another module) is followed to the
  file that defines it, so a `mod.rs` that re-exports from its child, and the child using
  `super::Item` that `mod.rs` defines, make one edge (child → mod.rs), not a circle; a `use` is
  an edge of its own file only when that file's code names what it imports (a re-export alone
  is not a use);
- `mod x;` is no edge: declaring a child module is not using it. Importing a module
  (`use crate::figures;`) is not one either; the items then named through it are.

It is a reading of the source, not the compiler's name resolution: locals and generics that
shadow an imported name, macros and the prelude are not modelled, and a glob import
(`use super::*`) is an edge to the one module it names. Items are found at the top level of a
module (inline `mod name { … }` modules are modules of their own, in the same file); a name not
found among a module's items (one a macro defines, say) is taken to be defined in its file.
Each crate root is read on its own: `lib.rs`, `main.rs`, and every program in `bin/`.

Run: `python3 scripts/dev/import_cycles.py [--crate crates/briefing] [--edges]`; it prints each
cycle, then one line: files, edges, cycles. Its rules are the examples below, checked by
`python3 -m doctest scripts/dev/import_cycles.py`.

>>> g = graph({
...     "lib.rs": "pub mod figures;",
...     "figures/mod.rs": "mod table;\\npub use table::table;\\npub struct Figure;",
...     "figures/table.rs": "use super::Figure;\\npub fn table(f: &Figure) {}",
... }, ["lib.rs"])
>>> sorted(g.edges)
[('figures/table.rs', 'figures/mod.rs')]
>>> cycles(g)
[]

A genuine mutual use is a cycle, however it is written (here an inline path in code):

>>> g = graph({
...     "lib.rs": "pub mod a;\\npub mod b;",
...     "a.rs": "pub fn f() -> u32 { crate::b::g() }",
...     "b.rs": "use crate::a::f;\\npub fn g() -> u32 { 1 }\\npub fn h() -> u32 { f() }",
... }, ["lib.rs"])
>>> [" → ".join(c) for c in cycles(g)]
['a.rs → b.rs → a.rs']

Re-exports are followed to the file that defines the item, through a crate-root `pub use`:

>>> g = graph({
...     "lib.rs": "pub mod model;\\npub mod parse;\\npub use model::Briefing;",
...     "model.rs": "pub struct Briefing;",
...     "parse.rs": "pub fn parse() -> crate::Briefing { todo!() }",
... }, ["lib.rs"])
>>> sorted(g.edges)
[('parse.rs', 'model.rs')]

An imported module is no edge; the items named through it are, and so are imported items:

>>> g = graph({
...     "lib.rs": "pub mod a;\\npub mod b;\\npub mod c;",
...     "a.rs": "use crate::b;\\nuse crate::c::{self, K};\\nfn f() { b::g(); let _ = K; }",
...     "b.rs": "pub fn g() {}",
...     "c.rs": "pub const K: u8 = 1;",
... }, ["lib.rs"])
>>> sorted(g.edges)
[('a.rs', 'b.rs'), ('a.rs', 'c.rs')]

Comments, strings and `mod` declarations are no edges, and an inline test module's
`use super::*` stays in its file:

>>> g = graph({
...     "lib.rs": "pub mod a;\\npub mod b;",
...     "a.rs": "// crate::b::g\\nconst S: &str = \\"crate::b::g\\";\\nmod tests { use super::*; }",
...     "b.rs": "/* crate::a::S */ pub fn g() { let c = '\\"'; let r = r#\\"crate::a::S\\"#; }",
... }, ["lib.rs"])
>>> sorted(g.edges)
[]

Where a path starts: `super` is the parent module, `self` this one, and a first name is this
module's child, item or import (anything else is another crate's):

>>> files = {"lib.rs": "pub mod q;", "q/mod.rs": "mod m;\\nmod y;\\npub use m::Answer;",
...          "q/m.rs": "pub enum Answer { A }",
...          "q/y.rs": "use super::Answer;\\nuse serde::Serialize;\\n"
...                    "fn f() -> Answer { Answer::A }"}
>>> sorted(graph(files, ["lib.rs"]).edges)
[('q/y.rs', 'q/m.rs')]
"""
import argparse
import os
import re
import subprocess
import sys
from collections import deque

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
ITEM = re.compile(
    r"\b(?:pub(?:\s*\([^)]*\))?\s+)?(?:(?:const|async|unsafe|extern(?:\s+\"[^\"]*\")?)\s+)*"
    r"(fn|struct|enum|trait|type|union|const|static(?:\s+mut)?)\s+(" + IDENT + r")"
)
MOD = re.compile(r"\b(?:pub(?:\s*\([^)]*\))?\s+)?mod\s+(" + IDENT + r")\s*([;{])")
USE = re.compile(r"\b(pub(?:\s*\([^)]*\))?\s+)?use\s+([^;]*);")
PATH = re.compile(r"(?<![A-Za-z0-9_:])(" + IDENT + r"(?:\s*::\s*" + IDENT + r")+)")


def strip(text: str) -> str:
    """The code of a Rust file with comments, strings and character literals blanked out (line
    breaks kept, so offsets and line numbers hold).

    >>> strip('let s = "a::b"; // c::d\\nx::y')
    'let s =       ;        \\nx::y'
    >>> strip("f('a', 'static_x, r#\\"q::r\\"#) /* a /* b */ c */")
    'f(   ,  static_x,          )                  '
    """
    out = []
    i, n = 0, len(text)

    def word(ch):
        return ch.isalnum() or ch == "_"

    def blank(s):
        out.append("".join(c if c == "\n" else " " for c in s))

    while i < n:
        c = text[i]
        prev = text[i - 1] if i else " "
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(text[i:j])
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            blank(text[i:j])
            i = j
        elif not word(prev) and re.match(r"(?:b|c)?r#*\"", text[i:]):
            m = re.match(r"(?:b|c)?r(#*)\"", text[i:])
            close = '"' + m.group(1)
            j = text.find(close, i + m.end())
            j = n if j < 0 else j + len(close)
            blank(text[i:j])
            i = j
        elif c == '"' or (c in "bc" and text.startswith('"', i + 1) and not word(prev)):
            j = i + (1 if c == '"' else 2)
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            blank(text[i : j + 1])
            i = j + 1
        elif c == "'":
            # a character literal ('a', '\n', '\u{7f}'), else a lifetime or label ('a, 'static)
            if text.startswith("\\", i + 1):
                j = text.find("'", i + 2)
                j = n - 1 if j < 0 else j
                blank(text[i : j + 1])
                i = j + 1
            elif i + 2 < n and text[i + 2] == "'":
                blank(text[i : i + 3])
                i += 3
            else:
                out.append(" ")
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def use_tree(tree: str):
    """The imports of a `use` tree: (path, alias) pairs; alias `*` for a glob, and the path of
    a `self` in braces is the module's own.

    >>> for path, alias in use_tree("crate::a::{self, b::{C, d as e}, *}"):
    ...     print("::".join(path), alias)
    crate::a a
    crate::a::b::C C
    crate::a::b::d e
    crate::a *
    """
    tree = re.sub(r"\s+", " ", tree).strip()
    out = []

    def walk(prefix, s):
        # split s at top-level commas
        parts, depth, cur = [], 0, ""
        for ch in s:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            if ch == "," and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        parts.append(cur)
        for part in (p.strip() for p in parts):
            if not part:
                continue
            if part.endswith("}") and "{" in part:
                head, inner = part.split("{", 1)
                segs = [x.strip() for x in head.strip().rstrip(":").split("::") if x.strip()]
                walk(prefix + segs, inner[:-1])
                continue
            alias = None
            m = re.match(r"(.*?)\s+as\s+(" + IDENT + r")$", part)
            if m:
                part, alias = m.group(1), m.group(2)
            segs = [x.strip() for x in part.split("::")]
            if segs[-1] == "*":
                out.append((prefix + segs[:-1], "*"))
            elif segs == ["self"]:
                out.append((prefix, alias or (prefix[-1] if prefix else "self")))
            else:
                out.append((prefix + segs, alias or segs[-1]))

    walk([], tree.lstrip(":"))
    return out


class Module:
    def __init__(self, path, file, parent, dir_for_children):
        self.path = path  # ("crate", "figures", …)
        self.file = file
        self.parent = parent
        self.dir = dir_for_children
        self.children = {}  # name -> Module
        self.items = set()
        self.imports = []  # (path, alias): `*` for a glob
        self.span = (0, 0)  # offsets of the module's body in its file


class Graph:
    def __init__(self):
        self.files = set()
        self.edges = set()
        self.unresolved = 0


def _body_end(code, open_at):
    depth = 0
    for k in range(open_at, len(code)):
        if code[k] == "{":
            depth += 1
        elif code[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(code)


def _scan(code, start, end, module, load, pending):
    """Reads the items, imports and modules of `module` from `code[start:end]`, skipping the
    bodies of its inner modules (read as modules of their own)."""
    k = start
    depth = 0
    while k < end:
        ch = code[k]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch.isalpha() or ch == "_":
            m = MOD.match(code, k) if code.startswith(("mod", "pub"), k) else None
            if m and m.end() <= end:
                name = m.group(1)
                if m.group(2) == ";":
                    child = load(module, name)
                    if child:
                        module.children[name] = child
                    k = m.end()
                    continue
                close = _body_end(code, m.end() - 1)
                child_dir = os.path.join(module.dir, name)
                child = Module(module.path + (name,), module.file, module, child_dir)
                child.span = (m.end(), close)
                module.children[name] = child
                pending.append(child)
                k = close + 1
                continue
            u = USE.match(code, k) if code.startswith(("use", "pub"), k) else None
            if u:
                for path, alias in use_tree(u.group(2)):
                    module.imports.append((path, alias))
                k = u.end()
                continue
            it = ITEM.match(code, k) if depth == 0 else None
            if it:
                module.items.add(it.group(2))
                k = it.end()
                continue
            m = re.match(IDENT, code[k:])
            k += m.end()
            continue
        k += 1


def graph(files, roots):
    """The import graph of the crates rooted at `roots` (files given as {path: text})."""
    g = Graph()
    code_of = {}

    def code(path):
        if path not in code_of:
            code_of[path] = strip(files[path])
        return code_of[path]

    modules = []

    def load(parent, name):
        base = parent.dir
        for cand in (os.path.join(base, name + ".rs"), os.path.join(base, name, "mod.rs")):
            cand = os.path.normpath(cand)
            if cand in files:
                child_dir = os.path.dirname(cand) if cand.endswith("mod.rs") else cand[:-3]
                m = Module(parent.path + (name,), cand, parent, child_dir)
                m.span = (0, len(code(cand)))
                todo = [m]
                while todo:
                    x = todo.pop()
                    modules.append(x)
                    _scan(code(x.file), x.span[0], x.span[1], x, load, todo)
                return m
        return None

    crates = []
    for root in roots:
        r = Module(("crate",), root, None, os.path.dirname(root))
        r.span = (0, len(code(root)))
        todo = [r]
        while todo:
            x = todo.pop()
            modules.append(x)
            _scan(code(x.file), x.span[0], x.span[1], x, load, todo)
        crates.append(r)
    g.files = {m.file for m in modules}

    def lookup(module, name, seen):
        """What `name` is in `module`: ("mod", Module), ("item", file) or None."""
        key = (id(module), name)
        if key in seen:
            return None
        seen = seen | {key}
        if name in module.children:
            return ("mod", module.children[name])
        if name in module.items:
            return ("item", module.file)
        for path, alias in module.imports:
            if alias == name:
                return resolve(path, module, seen)
        for path, alias in module.imports:
            if alias == "*":
                target = resolve(path, module, seen)
                if target and target[0] == "mod":
                    found = lookup(target[1], name, seen)
                    if found:
                        return found
        return None

    def resolve(segs, module, seen=frozenset()):
        if not segs:
            return ("mod", module)
        first, rest = segs[0], segs[1:]
        if first == "crate":
            cur = module
            while cur.parent:
                cur = cur.parent
            target = ("mod", cur)
        elif first == "self":
            target = ("mod", module)
        elif first == "super":
            target = ("mod", module.parent) if module.parent else None
        else:
            target = lookup(module, first, seen)
        for s in rest:
            if target is None or target[0] == "item":
                break
            cur = target[1]
            if s == "super":
                target = ("mod", cur.parent) if cur.parent else None
            elif s == "self":
                continue
            else:
                found = lookup(cur, s, seen)
                if found is None:
                    g.unresolved += 1
                    return ("item", cur.file)  # not found as an item: the module's own file
                target = found
        return target

    def edge(src, target):
        # a module named alone is no edge: only an item is defined in a file
        if target and target[0] == "item" and target[1] != src:
            g.edges.add((src, target[1]))

    for m in modules:
        text = code(m.file)
        lo, hi = m.span
        inner = [c.span for c in m.children.values() if c.file == m.file]
        # what is not code that uses names: `use` and `mod x;` declarations
        uses = [(u.start(), u.end()) for u in USE.finditer(text, lo, hi)]
        uses += [(d.start(), d.end()) for d in MOD.finditer(text, lo, hi) if d.group(2) == ";"]

        def outside(pos):
            return not any(a <= pos < b for a, b in inner + uses)

        body = "".join(ch if outside(k) else " " for k, ch in enumerate(text[lo:hi], lo))
        for path, alias in m.imports:
            if alias == "*":
                target = resolve(path, m)
                if target and target[0] == "mod" and target[1].file != m.file:
                    g.edges.add((m.file, target[1].file))
                continue
            if re.search(r"(?<![A-Za-z0-9_])" + re.escape(alias) + r"(?![A-Za-z0-9_])", body):
                edge(m.file, resolve(path, m))
        for p in PATH.finditer(body):
            segs = [s.strip() for s in p.group(1).split("::")]
            if segs[0] in ("crate", "super", "self") or segs[0] in m.children or any(
                alias == segs[0] for _, alias in m.imports
            ):
                edge(m.file, resolve(segs, m))
    return g


def sccs(nodes, edges):
    """Strongly connected components (Tarjan's, iteratively), each as a sorted list."""
    adj = {v: sorted(b for a, b in edges if a == v) for v in nodes}
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]
    for start in sorted(nodes):
        if start in index:
            continue
        work = [(start, iter(adj[start]))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on.add(start)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(adj[w])))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(sorted(comp))
    return out


def _ring(comp, adj, limit=100_000):
    """A simple cycle through every file of a small component, from its first, if there is one
    (a bounded search); else None."""
    if len(comp) > 12:
        return None
    budget = [limit]

    def extend(chain, seen):
        budget[0] -= 1
        if budget[0] < 0:
            return None
        if len(chain) == len(comp):
            return chain + [comp[0]] if comp[0] in adj[chain[-1]] else None
        for w in adj[chain[-1]]:
            if w not in seen:
                found = extend(chain + [w], seen | {w})
                if found:
                    return found
        return None

    return extend([comp[0]], {comp[0]})


def cycles(g):
    """Each component of more than one file as a closed chain through all of its files: a
    simple cycle when there is one, else a walk from its first file, by shortest steps inside
    the component to the nearest file not yet on the chain, and back.

    >>> class G:
    ...     files = {"a", "b", "c", "d"}
    ...     edges = {("a", "b"), ("b", "a"), ("b", "c"), ("c", "b")}
    >>> cycles(G)
    [['a', 'b', 'c', 'b', 'a']]
    >>> G.edges |= {("c", "a")}
    >>> cycles(G)
    [['a', 'b', 'c', 'a']]
    """
    out = []
    for comp in sccs(g.files, g.edges):
        if len(comp) < 2:
            continue
        members = set(comp)
        adj = {v: sorted(b for a, b in g.edges if a == v and b in members) for v in comp}

        def path(src, goals):
            prev, q = {src: None}, deque([src])
            while q:
                v = q.popleft()
                if v in goals and v != src:
                    chain = [v]
                    while prev[chain[-1]] is not None:
                        chain.append(prev[chain[-1]])
                    return chain[::-1]
                for w in adj[v]:
                    if w not in prev:
                        prev[w] = v
                        q.append(w)
            return [src]

        ring = _ring(comp, adj)
        if ring:
            out.append(ring)
            continue
        chain, seen = [comp[0]], {comp[0]}
        while len(seen) < len(comp):
            step = path(chain[-1], members - seen)
            chain += step[1:]
            seen |= set(step)
        chain += path(chain[-1], {comp[0]})[1:]
        out.append(chain)
    return out


def crate_roots(src):
    """The crate root files of a source folder: lib.rs, main.rs and each program in bin/."""
    roots = [os.path.join(src, f) for f in ("lib.rs", "main.rs")]
    roots = [r for r in roots if os.path.isfile(r)]
    bindir = os.path.join(src, "bin")
    if os.path.isdir(bindir):
        for f in sorted(os.listdir(bindir)):
            p = os.path.join(bindir, f)
            if f.endswith(".rs"):
                roots.append(p)
            elif os.path.isfile(os.path.join(p, "main.rs")):
                roots.append(os.path.join(p, "main.rs"))
    return roots


def source_roots(repo):
    """`src/` of the repository's own package and of each crate under `crates/`."""
    out = [os.path.join(repo, "src")] if os.path.isfile(os.path.join(repo, "Cargo.toml")) else []
    crates = os.path.join(repo, "crates")
    if os.path.isdir(crates):
        for name in sorted(os.listdir(crates)):
            if os.path.isfile(os.path.join(crates, name, "Cargo.toml")):
                out.append(os.path.join(crates, name, "src"))
    return [p for p in out if os.path.isdir(p)]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--crate", action="append", metavar="PATH", help="only this source root (or crate folder)"
    )
    ap.add_argument("--edges", action="store_true", help="also print every edge, one a line")
    ap.add_argument("--repo", help="the repository's root (default: the one holding this script)")
    args = ap.parse_args(argv)
    repo = args.repo or subprocess.run(
        ["git", "rev-parse", "--show-toplevel"],
        cwd=os.path.dirname(os.path.abspath(__file__)),
        capture_output=True,
        text=True,
    ).stdout.strip()
    if args.crate:
        srcs = []
        for c in args.crate:
            p = c if os.path.isabs(c) else os.path.join(os.getcwd(), c)
            srcs.append(os.path.join(p, "src") if os.path.isdir(os.path.join(p, "src")) else p)
    else:
        srcs = source_roots(repo)
    total_files, total_edges, found = 0, 0, []
    for src in srcs:
        files = {}
        for d, _, names in os.walk(src):
            for f in names:
                if f.endswith(".rs"):
                    p = os.path.join(d, f)
                    with open(p, encoding="utf-8") as fh:
                        files[os.path.relpath(p, repo)] = fh.read()
        roots = [os.path.relpath(r, repo) for r in crate_roots(src)]
        g = graph(files, roots)
        total_files += len(g.files)
        total_edges += len(g.edges)
        found += cycles(g)
        if args.edges:
            for a, b in sorted(g.edges):
                print(f"{a} -> {b}")
    for chain in found:
        print(" → ".join(chain))
    print(f"import_cycles.py: {total_files} files, {total_edges} edges, {len(found)} cycle(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
