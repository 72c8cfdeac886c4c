#!/usr/bin/env python3
"""The module graph of the analysis crate, from its `use crate::…` and
`use super::…` paths (test code left out), and the circles in it.

Prints the edges between top-level modules (text, outline, figures, …),
then checks every module, at every depth, for a circle: a module that
reaches itself through the modules it uses. A module's own submodules
using what it defines (`super::Heading` from outline/mod.rs) is how Rust
nests modules, not a circle, so edges from a module to its ancestors are
left out. Exits 1 on a circle.

Usage: scripts/module-graph.py [crates/analysis/src]"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../crates/analysis/src')


def module_of(path):
    parts = path.removesuffix('.rs').split(os.sep)
    if parts[-1] in ('mod', 'lib'):
        parts = parts[:-1]
    return tuple(parts)


def code(source):
    """The source without `#[cfg(test)]` items (tests may reach anywhere)."""
    return source.split('#[cfg(test)]')[0]


def paths(source):
    """Every `crate::a::b` and `super::a` path in use declarations and code,
    with `{…}` groups expanded."""
    found = []
    for statement in re.findall(r'\buse\s+([^;]+);', source):
        found.extend(expand(statement.replace('\n', ' ')))
    found.extend(re.findall(r'\b((?:crate|super)(?:::[A-Za-z_][A-Za-z0-9_]*)+)', source))
    return found


def expand(path):
    path = path.strip()
    if '{' not in path:
        return [path]
    head, rest = path.split('{', 1)
    inner = rest.rsplit('}', 1)[0]
    parts, depth, current = [], 0, ''
    for c in inner:
        if c == ',' and depth == 0:
            parts.append(current)
            current = ''
            continue
        depth += c == '{'
        depth -= c == '}'
        current += c
    parts.append(current)
    return [p for part in parts if part.strip() for p in expand(head + part.strip())]


modules = set()
uses = {}
for directory, _, files in os.walk(root):
    for name in files:
        if name.endswith('.rs'):
            path = os.path.relpath(os.path.join(directory, name), root)
            module = module_of(path)
            modules.add(module)
            source = open(os.path.join(directory, name), encoding='utf-8').read()
            uses[module] = paths(code(source))


def resolve(module, path):
    """The module a path names: its longest prefix that is a module."""
    segments = path.split('::')
    if segments[0] == 'crate':
        base, segments = (), segments[1:]
    else:
        base = module
        while segments and segments[0] == 'super':
            base, segments = base[:-1], segments[1:]
    target = base
    for segment in segments:
        if base + (segment,) in modules or target + (segment,) in modules:
            target = target + (segment,)
        else:
            break
    return target


edges = {m: set() for m in modules}
for module, found in uses.items():
    for path in found:
        target = resolve(module, path)
        if target != module and target != module[:len(target)]:
            edges[module].add(target)

top = {}
for module, targets in edges.items():
    for target in targets:
        if module and target and module[0] != target[0]:
            top.setdefault(module[0], set()).add(target[0])
for module in sorted(top):
    print(f"{module} -> {', '.join(sorted(top[module]))}")


def circle():
    state = {}

    def visit(module, trail):
        state[module] = 'open'
        for target in sorted(edges.get(module, ())):
            if state.get(target) == 'open':
                return trail + [target]
            if target not in state:
                found = visit(target, trail + [target])
                if found:
                    return found
        state[module] = 'done'
        return None

    for module in sorted(edges):
        if module not in state:
            found = visit(module, [module])
            if found:
                return found
    return None


found = circle()
if found:
    print('circle: ' + ' -> '.join('::'.join(m) or 'crate' for m in found))
    sys.exit(1)
print(f'no circle among {len(modules)} modules')
