// Builds pdf-reader.js, the page's PDF worker, as one classic script: the
// Rust reader (crates/pdf, built here for wasm32 and inlined), pdf.js
// (pdfjs-dist's legacy build, pinned in package.json) for what it declines,
// pdf.js's worker half run in the same thread, the GB CMaps,
// www/pdf/runs.mjs and www/pdf/worker.js.
// One file with no imports, so that dist/ fetches it once on the first PDF
// and the single-file build starts it from a blob: URL with no request.
//   node scripts/pdf-bundle.mjs [OUT_DIR]      (default: $TRUNK_STAGING_DIR)
// A trunk post_build hook runs it; nothing of it is part of the first load.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!out) throw new Error('pdf-bundle: no OUT_DIR and no TRUNK_STAGING_DIR');
const require = createRequire(join(root, 'package.json'));
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const version = JSON.parse(readFileSync(join(pdfjsDir, 'package.json'), 'utf8')).version;
const build = (name) => readFileSync(join(pdfjsDir, 'legacy/build', name), 'utf8');

// `import.meta` is a syntax error in a classic script; pdf.js reads it only
// in Node and in wasm decoders this reader turns off.
const classic = (source) => source.replaceAll('import.meta.url', '""');

/** A minified module's last `export{a as B,C}` made `return{B:a,C:C}`. */
function exportsReturned(source, what) {
  const at = source.lastIndexOf('export{');
  if (at < 0) throw new Error(`pdf-bundle: no export list in ${what}`);
  const end = source.indexOf('}', at);
  const names = source
    .slice(at + 'export{'.length, end)
    .split(',')
    .map((spec) => {
      const [local, exported = local] = spec.trim().split(/\s+as\s+/);
      return `${JSON.stringify(exported)}:${local}`;
    });
  return `${source.slice(0, at)}return{${names.join(',')}};${source.slice(end + 1).replace(/^;/, '')}`;
}

const api = exportsReturned(classic(build('pdf.min.mjs')), 'pdf.min.mjs');
// The worker half sets globalThis.pdfjsWorker, whose WorkerMessageHandler
// runs.mjs joins to the API half in this thread. `self` is hidden from it, or it would take this worker's
// messages for its own (it listens on `self` when it thinks it is a worker).
const workerHalf = exportsReturned(classic(build('pdf.worker.min.mjs')), 'pdf.worker.min.mjs');

const cmapsDir = join(pdfjsDir, 'cmaps');
const cmaps = readdirSync(cmapsDir)
  .filter((f) => /^(Adobe-GB1|GB|UniGB)/.test(f) && f.endsWith('.bcmap'))
  .sort()
  .map((f) => `${JSON.stringify(f.replace(/\.bcmap$/, ''))}:${JSON.stringify(readFileSync(join(cmapsDir, f)).toString('base64'))}`);

// The Rust reader as a wasm module with no imports (crates/pdf/src/wasm.rs).
// Its own cargo build, after trunk's: a no-op when nothing changed.
execFileSync('cargo', ['build', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '-p', 'report-lens-pdf', '--lib'], {
  cwd: root,
  stdio: 'inherit',
});
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const built = join(targetDir, 'wasm32-unknown-unknown/release/report_lens_pdf.wasm');
const optimized = join(targetDir, 'wasm32-unknown-unknown/release/report_lens_pdf.opt.wasm');
// binaryen's wasm-opt (npm, scripts/install.sh): a fifth smaller, no slower.
execFileSync(join(root, 'node_modules/.bin/wasm-opt'), ['-O3', '--strip-debug', '--strip-producers', built, '-o', optimized], {
  stdio: 'inherit',
});
const rustWasm = readFileSync(optimized);

const runs = readFileSync(join(root, 'www/pdf/runs.mjs'), 'utf8').replace(/^export /gm, '');
const worker = readFileSync(join(root, 'www/pdf/worker.js'), 'utf8');

// pdf.js is started only when the Rust reader declines a file
// (worker.js's loadPdfjs): both halves are functions until then.
const bundle = `// 报告透镜's PDF reader: crates/pdf as wasm, pdf.js ${version} (Apache-2.0,
// Mozilla; CMaps BSD, Adobe), www/pdf/runs.mjs and www/pdf/worker.js. Made by scripts/pdf-bundle.mjs.
"use strict";
function startPdfjsWorkerHalf() {
(function (self, window) {
${workerHalf}
})(undefined, undefined);
return globalThis.pdfjsWorker;
}
function startPdfjs() {
${api}
}
const PDF_CMAPS_BASE64 = {${cmaps.join(',\n')}};
const PDF_RUST_WASM_BASE64 = ${JSON.stringify(rustWasm.toString('base64'))};
${runs}
${worker}
`;
writeFileSync(join(out, 'pdf-reader.js'), bundle);
console.log(`pdf-bundle: ${join(out, 'pdf-reader.js')} (${(bundle.length / 1024 / 1024).toFixed(2)} MB, Rust reader ${Math.round(rustWasm.length / 1024)} KB, pdf.js ${version}, ${cmaps.length} CMaps)`);
