#!/usr/bin/env python3
"""What rustfmt cannot check on stable Rust (see rustfmt.toml), for every Rust file the project
tracks (not `vendor/`):

- no line is over 150 characters (long strings use `\\` continuations);
- comments are wrapped at 100 columns (what `wrap_comments` and `comment_width` would do);
- each run of `use` lines is in three groups, in this order, a blank line between them: the
  standard library (`std`, `core`, `alloc`), other crates, and this crate (`crate`, `super`,
  `self`); what `group_imports = "StdExternalCrate"` would do.

`--fix` regroups the imports (the one part that is mechanical); the rest it reports.
Exits 1 when something is reported.

>>> group_of("use std::rc::Rc;")
0
>>> group_of("use yew::prelude::*;")
1
>>> group_of("pub use crate::model::Briefing;")
2
>>> regroup(["use crate::a;", "use std::b;", "", "use yew::c;"])
['use std::b;', '', 'use yew::c;', '', 'use crate::a;']
"""
import os
import re
import subprocess
import sys

MAX_LINE = 150
MAX_COMMENT = 100
USE = re.compile(r"^(\s*)(pub(\([^)]*\))? )?use ([a-z_][a-z0-9_]*)")


def group_of(line: str) -> int:
    m = USE.match(line)
    root = m.group(4) if m else ""
    if root in ("std", "core", "alloc"):
        return 0
    if root in ("crate", "super", "self"):
        return 2
    return 1


def statements(lines):
    """The `use` statements of a run of lines, each as its lines (a statement may span several)."""
    out, cur = [], []
    for line in lines:
        if not line.strip():
            continue
        cur.append(line)
        if line.rstrip().endswith(";"):
            out.append(cur)
            cur = []
    return out if not cur else None


def regroup(lines):
    stmts = statements(lines)
    if stmts is None:
        return lines
    groups = [[], [], []]
    for s in stmts:
        groups[group_of(s[0])].append(s)
    out = []
    for g in groups:
        if not g:
            continue
        if out:
            out.append("")
        for s in g:  # (rustfmt sorts within a group)
            out.extend(s)
    return out


def use_runs(lines):
    """(start, end) of each run of `use` statements and blank lines at one indent, with nothing
    else between them: an attribute or a comment ends a run."""
    i, n = 0, len(lines)
    while i < n:
        m = USE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, start, j, last = m.group(1), i, i, i
        while j < n:
            line = lines[j]
            if not line.strip():
                j += 1
                continue
            mm = USE.match(line)
            if not mm or mm.group(1) != indent:
                break
            while j < n and not lines[j].rstrip().endswith(";"):
                j += 1
            last = j
            j += 1
        # (a run whose first statement carries an attribute or a comment is left as it is)
        above = lines[start - 1].strip() if start else ""
        if not (above.startswith("#[") or (above.startswith("//") and not above.startswith("//!"))):
            yield start, last + 1
        i = last + 1


def tracked():
    files = subprocess.run(["git", "ls-files", "*.rs"], capture_output=True, text=True, check=True)
    return [f for f in files.stdout.split("\n") if f and not f.startswith("vendor/")]


def main(argv) -> int:
    fix = "--fix" in argv
    problems = []
    for path in tracked():
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        changed = False
        for start, end in reversed(list(use_runs(lines))):
            run = lines[start:end]
            grouped = regroup(run)
            if grouped != run:
                if fix:
                    lines[start:end] = grouped
                    changed = True
                else:
                    problems.append(f"{path}:{start + 1}: imports not in std / crates / crate groups")
        if changed:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
        for n, line in enumerate(lines, 1):
            if len(line) > MAX_LINE:
                problems.append(f"{path}:{n}: {len(line)} characters (at most {MAX_LINE})")
            elif line.lstrip().startswith("//") and len(line) > MAX_COMMENT:
                problems.append(f"{path}:{n}: a comment of {len(line)} columns (wrap at {MAX_COMMENT})")
    for p in problems:
        print(p)
    if problems:
        print(f"check_style.py: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    sys.exit(main(sys.argv[1:]))
