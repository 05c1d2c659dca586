#!/usr/bin/env python3
"""Finds import cycles between the source files of src/.

Each file is a module (`src/app/tabs/caseload.rs` is `app::tabs::caseload`, a `mod.rs` is its
folder's module). A file depends on another when its code names an item of it: a `use` of
`crate::…`, `super::…` or `self::…`, or such a path written inline. A name is followed through
`pub use` re-exports to the file that defines it, and a `pub use` itself is not a dependency (a
facade adds no coupling) unless the file's own code uses the name as well. Test modules (`#[cfg(test)]` to the end of a file) are left out.
Prints every cycle found (strongly connected files) and exits non-zero when there is one.

Usage: python3 scripts/module_cycles.py [SRC_DIR]
"""
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")


def module_of(path):
    rel = os.path.relpath(path, SRC)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple(rel)


files = {}
for root, _, names in os.walk(SRC):
    for name in names:
        if name.endswith(".rs"):
            path = os.path.join(root, name)
            if name == "main.rs" and os.path.abspath(root) == os.path.abspath(SRC):
                continue  # the binary is its own crate
            text = open(path, encoding="utf-8").read()
            cut = text.find("#[cfg(test)]")
            files[module_of(path)] = text if cut < 0 else text[:cut]

# Strip comments and strings so a path in a doc line is not a dependency.
def code_only(text):
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'"(\\.|[^"\\])*"', '""', text)
    return text

code = {m: code_only(t) for m, t in files.items()}

USE = re.compile(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);")


def expand(tree):
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']."""
    tree = re.sub(r"\s+", "", tree)
    m = re.match(r"^(.*?)\{(.*)\}$", tree)
    if not m:
        return [re.sub(r"as\w+$", "", tree)]
    prefix, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        if p:
            out += [prefix + x for x in expand(p)]
    return out


def absolute(module, path):
    segs = path.split("::")
    if segs[0] == "crate":
        base, segs = [], segs[1:]
    elif segs[0] in ("super", "self"):
        base = list(module)
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                base = base[:-1]
            segs = segs[1:]
    else:
        # A path relative to this module: a child module declared here, else not ours.
        if tuple(module) + (segs[0],) in files:
            base = list(module)
        else:
            return None
    return tuple(base + [s for s in segs if s])


# Re-exports: (module, name) -> full path it stands for.
reexports = {}
for m, t in code.items():
    for pub, tree in USE.findall(t):
        if pub:
            for p in expand(tree):
                full = absolute(m, p)
                if full:
                    if full[-1] == "self":
                        full = full[:-1]
                    reexports[(m, full[-1])] = full


def defining_file(full, seen=0):
    """The file a path's item lives in, following re-exports."""
    if full is None or seen > 20:
        return None
    for cut in range(len(full), 0, -1):
        prefix = full[:cut]
        if prefix in files:
            rest = full[cut:]
            if rest and (prefix, rest[0]) in reexports:
                return defining_file(reexports[(prefix, rest[0])] + rest[1:], seen + 1)
            return prefix
    return None


INLINE = re.compile(r"\b((?:crate|super|self)(?:::[A-Za-z_][A-Za-z0-9_]*)+)")
edges = {m: set() for m in files}
for m, t in code.items():
    paths = []
    body = re.sub(r"\b(pub(\([^)]*\))?\s+)?mod\s+\w+\s*;", "", USE.sub("", t))
    for pub, tree in USE.findall(t):
        for p in expand(tree):
            # A re-export is a dependency only when this file's own code uses the name too.
            used_here = re.search(r"\b%s\b" % re.escape(p.split("::")[-1]), body)
            if not pub or used_here:
                paths.append(p)
    paths += INLINE.findall(body)
    for p in paths:
        target = defining_file(absolute(m, p))
        if target and target != m:
            edges[m].add(target)

# Tarjan's strongly connected components.
index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]


def strong(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in edges[v]:
        if w not in index:
            strong(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            sccs.append(comp)


sys.setrecursionlimit(10000)
for v in sorted(files):
    if v not in index:
        strong(v)

name = lambda m: "::".join(m) or "crate"
for comp in sccs:
    members = sorted(comp)
    print("cycle:", ", ".join(name(m) for m in members))
    for m in members:
        inside = sorted(name(t) for t in edges[m] if t in comp)
        print(f"  {name(m)} -> {', '.join(inside)}")
print(f"{len(files)} files, {sum(len(e) for e in edges.values())} dependencies, {len(sccs)} cycles")
sys.exit(1 if sccs else 0)
