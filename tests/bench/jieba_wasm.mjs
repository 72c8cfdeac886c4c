// Peer: jieba-wasm (npm) in node. Prints JSON: load (import → first cut),
// cut of the reference report and of 1 MB, and the size of its wasm.
import { performance } from 'node:perf_hooks';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { reference, megabyte } from './corpus.mjs';

const root = process.argv[2];
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
const pkg = dirname(require.resolve('jieba-wasm/package.json'));
const wasm = readdirSync(pkg, { recursive: true }).filter((f) => f.endsWith('.wasm')).map((f) => join(pkg, f))
  .find((f) => f.includes('node')) ?? readdirSync(pkg, { recursive: true }).filter((f) => f.endsWith('.wasm')).map((f) => join(pkg, f))[0];
const bytes = readFileSync(wasm);
console.log(JSON.stringify({
  peer: `jieba-wasm ${require('jieba-wasm/package.json').version}`,
  load_ms: load,
  cut_reference_ms: time(() => jieba.cut(reference, false)),
  cut_1mb_ms: time(() => jieba.cut(big, false), 3),
  wasm_bytes: bytes.length,
  wasm_gzip_bytes: gzipSync(bytes, { level: 9 }).length,
}));
