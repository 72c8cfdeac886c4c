// Peer: jieba-wasm (npm) in node. Prints JSON: load (import → first cut),
// cut of the reference report and of 1 MB, and the size of its wasm.
import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { reference, megabyte } from './corpus.mjs';

const root = resolve(process.argv[2] ?? 'target/bench/peers');
const require = createRequire(join(root, 'package.json'));
const started = performance.now();
const jieba = require('jieba-wasm');
jieba.cut('政府工作报告', false);
const load = performance.now() - started;
const time = (f, runs = 5) => {
  const samples = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); f(); samples.push(performance.now() - t); }
  return samples.sort((a, b) => a - b)[runs >> 1];
};
const big = megabyte();
// The web build's wasm: what a page using jieba-wasm downloads.
const pkg = join(root, 'node_modules/jieba-wasm');
const web = join(pkg, 'pkg/web');
const bytes = readFileSync(join(web, readdirSync(web).find((f) => f.endsWith('.wasm'))));
console.log(JSON.stringify({
  peer: `jieba-wasm ${JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version}`,
  load_ms: load,
  cut_reference_ms: time(() => jieba.cut(reference, false)),
  cut_1mb_ms: time(() => jieba.cut(big, false), 3),
  wasm_bytes: bytes.length,
  wasm_gzip_bytes: gzipSync(bytes, { level: 9 }).length,
}));
