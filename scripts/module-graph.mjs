// The module graph of the analysis crate, from its `use crate::…` and
// `use super::…` paths and `crate::`/`super::` paths in code (test code left
// out), and the circles in it.
//
// Prints the edges between top-level modules (text, outline, figures, …),
// then checks for a circle — a module that reaches itself through the
// modules it uses — among the top-level modules and among all modules. A module's own submodules
// using what it defines (`super::Heading` from outline/mod.rs) is how Rust
// nests modules, not a circle, so edges from a module to its ancestors are
// left out. Exits 1 on a circle.
//
// With `--layers a/b,c/d` (layers bottom first, modules of one layer
// joined by commas), also checks that each top-level module uses only
// modules of lower layers; a top-level module not named is an error.
//
// Usage: node scripts/module-graph.mjs [SRC] [--layers LAYERS]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const layersAt = args.indexOf('--layers');
const layerSpec = layersAt >= 0 ? args.splice(layersAt, 2)[1] : null;
const root = resolve(args[0] ?? join(import.meta.dirname, '../crates/analysis/src'));

/** Every `.rs` file under `dir`. */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/** A file's module path: `text/document.rs` → text::document, `outline/mod.rs` → outline. */
function moduleOf(path) {
  const parts = relative(root, path).replace(/\.rs$/, '').split(sep);
  if (['mod', 'lib'].includes(parts.at(-1))) parts.pop();
  return parts.join('::');
}

/** `a::{b, c::{d}}` → [a::b, a::c::d]. */
function expand(path) {
  path = path.trim();
  const open = path.indexOf('{');
  if (open < 0) return [path];
  const head = path.slice(0, open);
  const inner = path.slice(open + 1, path.lastIndexOf('}'));
  const parts = [];
  let depth = 0;
  let current = '';
  for (const c of inner) {
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') depth--;
    current += c;
  }
  parts.push(current);
  return parts.filter((p) => p.trim()).flatMap((p) => expand(head + p.trim()));
}

/**
 * `source` without its `#[cfg(test)]` items (a test module, a test helper):
 * from each attribute to the end of the item it marks — its `;`, or the
 * `}` that closes its first `{`.
 */
function withoutTests(source) {
  let out = '';
  let from = 0;
  for (let at = source.indexOf('#[cfg(test)]'); at >= 0; at = source.indexOf('#[cfg(test)]', from)) {
    out += source.slice(from, at);
    let i = at + '#[cfg(test)]'.length;
    while (i < source.length && source[i] !== '{' && source[i] !== ';') i++;
    if (source[i] === '{') {
      for (let depth = 0; i < source.length; i++) {
        if (source[i] === '{') depth++;
        if (source[i] === '}' && --depth === 0) break;
      }
    }
    from = i + 1;
  }
  return out + source.slice(from);
}

/** The `crate::…` and `super::…` paths a file's code (tests left out) names. */
function paths(source) {
  const code = withoutTests(source);
  const found = [];
  for (const [, statement] of code.matchAll(/\buse\s+([^;]+);/g)) found.push(...expand(statement.replace(/\s+/g, ' ')));
  for (const [path] of code.matchAll(/\b(?:crate|super)(?:::[A-Za-z_][A-Za-z0-9_]*)+/g)) found.push(path);
  return found;
}

// Test modules in files of their own (`#[cfg(test)] mod tests;`) are test code too.
const allFiles = sources(root);
const testModules = new Set();
for (const file of allFiles) {
  const module = moduleOf(file);
  for (const [, name] of readFileSync(file, 'utf8').matchAll(/#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/g)) {
    testModules.add(module ? `${module}::${name}` : name);
  }
}
const files = allFiles.filter((file) => !testModules.has(moduleOf(file)));
const modules = new Set(files.map(moduleOf));
const join2 = (...parts) => parts.filter((p) => p !== '').join('::');

/** The module a path names from `module`: its longest prefix that is a module. */
function target(module, path) {
  let segments = path.split('::');
  let base;
  if (segments[0] === 'crate') {
    base = '';
    segments = segments.slice(1);
  } else {
    base = module;
    while (segments[0] === 'super') {
      base = base.split('::').slice(0, -1).join('::');
      segments = segments.slice(1);
    }
  }
  let found = base;
  for (const segment of segments) {
    if (modules.has(join2(found, segment))) found = join2(found, segment);
    else break;
  }
  return found;
}

const isAncestor = (ancestor, module) =>
  ancestor === '' || module === ancestor || module.startsWith(`${ancestor}::`);

const edges = new Map([...modules].map((m) => [m, new Set()]));
for (const file of files) {
  const module = moduleOf(file);
  for (const path of paths(readFileSync(file, 'utf8'))) {
    const used = target(module, path);
    if (!isAncestor(used, module)) edges.get(module).add(used);
  }
}

const top = new Map();
for (const [module, used] of edges) {
  for (const other of used) {
    const [from, to] = [module.split('::')[0], other.split('::')[0]];
    if (from && to && from !== to) top.set(from, (top.get(from) ?? new Set()).add(to));
  }
}
for (const module of [...top.keys()].sort()) console.log(`${module} -> ${[...top.get(module)].sort().join(', ')}`);

/** A circle of `graph` (module → modules it uses) as a list of modules, or null. */
function circle(graph) {
  const state = new Map();
  const visit = (module, trail) => {
    state.set(module, 'open');
    for (const used of [...(graph.get(module) ?? [])].sort()) {
      if (state.get(used) === 'open') return [...trail.slice(trail.indexOf(used)), used];
      if (!state.has(used)) {
        const found = visit(used, [...trail, used]);
        if (found) return found;
      }
    }
    state.set(module, 'done');
    return null;
  };
  for (const module of [...graph.keys()].sort()) {
    if (!state.has(module)) {
      const found = visit(module, [module]);
      if (found) return found;
    }
  }
  return null;
}

// Each top-level module above the ones it uses.
if (layerSpec) {
  const rank = new Map();
  layerSpec.split('/').forEach((layer, i) => layer.split(',').forEach((m) => rank.set(m, i)));
  const tops = new Set([...modules].map((m) => m.split('::')[0]).filter((m) => m));
  const wrong = [];
  for (const m of [...tops].sort()) {
    if (!rank.has(m)) wrong.push(`${m} is in no layer`);
  }
  for (const [from, used] of top) {
    for (const to of used) {
      if (rank.get(to) >= rank.get(from)) wrong.push(`${from} uses ${to}, which is not below it`);
    }
  }
  if (wrong.length) {
    console.log(wrong.join('\n'));
    process.exit(1);
  }
  console.log(`layers hold: ${layerSpec}`);
}

// Circles between the top-level modules, and between modules at any depth.
const found = circle(top) ?? circle(edges);
if (found) {
  console.log(`circle: ${found.map((m) => m || 'crate').join(' -> ')}`);
  process.exit(1);
}
console.log(`no circle among ${top.size} top-level modules or ${modules.size} modules`);
