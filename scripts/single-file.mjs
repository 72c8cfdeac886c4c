// Builds dist-single/report-lens.html from a release dist/: one file with the
// stylesheet, both wasm modules and both JS glues inlined, that works opened
// from disk (file://) with no server. The app's glue is imported from a data:
// URL; the worker is started from a blob: URL holding its glue and its wasm,
// and the PDF reader (pdf-reader.js, one classic script, its Rust engine
// packed apart) from another. The two wasm modules and the PDF reader are
// inlined packed by xz as .lzma
// streams (then base64), a fifth smaller than gzip -9 would make them, and
// unpacked by www/single/lzma.js, inlined in the page's start and in its
// worker (the browser's DecompressionStream offers only gzip and deflate).
//   node scripts/single-file.mjs [DIST] [OUT]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'dist-single/report-lens.html';
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const found = (re, what) => {
  const m = index.match(re);
  if (!m) throw new Error(`single-file: no ${what} in ${dist}/index.html`);
  return m[1];
};
const appJs = found(/from '\.\/(app-[^']+\.js)'/, 'app glue');
const appWasm = found(/module_or_path: '\.\/(app-[^']+_bg\.wasm)'/, 'app wasm');
const css = found(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/, 'stylesheet');
const read = (name) => readFileSync(join(dist, name));
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const lzma = readFileSync(join(root, 'www/single/lzma.js'), 'utf8');
// The page's own CRC-32, so that packing and checking agree by construction.
const { crc32 } = new Function(`${lzma}\nreturn { crc32 };`)();
// Bytes packed by xz (.lzma, the strongest preset; pb=0 suits byte-wise
// code and text), as base64, with their unpacked size and CRC-32.
const packed = (bytes) => ({
  base64: execFileSync('xz', ['--format=lzma', '--lzma1=preset=9e,pb=0', '-c'], { input: bytes, maxBuffer: 1 << 28 }).toString('base64'),
  size: bytes.length,
  crc: crc32(bytes),
});
// Text placed inside <script>: no `</script` may end it early.
const scriptSafe = (text) => text.replace(/<\/script/gi, '<\\/script');

// Unpacks packed base64 as a Response of its type (with the wasm type, the
// glue compiles it with WebAssembly.instantiateStreaming). One source for the
// page's start and the worker's.
const unpack = `${lzma}
const unpacked = (base64, { size, crc }) => {
  const bytes = lzmaDecode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), size);
  if (crc32(bytes) !== crc) throw new Error('lzma: the CRC-32 differs: this file is damaged');
  return bytes;
};
const unpack = (base64, sum, type) => new Response(unpacked(base64, sum), { headers: { 'Content-Type': type } });`;
// A part's size and CRC-32, as the page's start passes them to unpack.
const sum = ({ size, crc }) => JSON.stringify({ size, crc });
const workerWasm = packed(read('worker_bg.wasm'));
// The worker: trunk's no-modules glue, then its start with the inlined bytes.
const workerSource = `${read('worker.js').toString('utf8')}
${unpack}
wasm_bindgen({ module_or_path: unpack(${JSON.stringify(workerWasm.base64)}, ${sum(workerWasm)}, 'application/wasm') });
`;
const appWasmPacked = packed(read(appWasm));
// The PDF reader's Rust engine is inlined in pdf-reader.js as base64, and
// base64 packs a third worse than the bytes it stands for: the engine is
// packed as bytes of its own and written back into the script when the
// reader is first asked for.
const RUST_ENGINE = /const PDF_RUST_WASM_BASE64 = "([^"]*)";/;
const NO_RUST_ENGINE = 'const PDF_RUST_WASM_BASE64 = "";';
const pdfReaderText = read('pdf-reader.js').toString('utf8');
const rustEngine = pdfReaderText.match(RUST_ENGINE);
if (!rustEngine) throw new Error(`single-file: no Rust engine in ${dist}/pdf-reader.js`);
const pdfReaderPacked = packed(Buffer.from(pdfReaderText.replace(RUST_ENGINE, NO_RUST_ENGINE), 'utf8'));
const pdfRustPacked = packed(Buffer.from(rustEngine[1], 'base64'));
const appGluePacked = packed(read(appJs));
const boot = `
${unpack}
const text = (id) => document.getElementById(id).textContent;
const worker = new Blob([text('worker-source')], { type: 'text/javascript' });
window.reportLensWorker = URL.createObjectURL(worker);
// The PDF reader is unpacked when the app first asks for it (a PDF opened),
// not on the way to the first analysis, its Rust engine written back in.
const pdfReaderSource = () => {
  const source = new TextDecoder().decode(unpacked(text('pdf-reader-packed'), ${sum(pdfReaderPacked)}));
  const engine = unpacked(text('pdf-rust-packed'), ${sum(pdfRustPacked)});
  let binary = '';
  for (let i = 0; i < engine.length; i += 0x8000) binary += String.fromCharCode(...engine.subarray(i, i + 0x8000));
  return source.replace(${JSON.stringify(NO_RUST_ENGINE)}, () => \`const PDF_RUST_WASM_BASE64 = "\${btoa(binary)}";\`);
};
let pdfReader = null;
Object.defineProperty(window, 'reportLensPdfReader', {
  get: () => (pdfReader ??= URL.createObjectURL(new Blob([pdfReaderSource()], { type: 'text/javascript' }))),
});
const glueSource = await unpack(text('app-glue'), ${sum(appGluePacked)}, 'text/javascript').text();
const glue = 'data:text/javascript,' + encodeURIComponent(glueSource);
const { default: init } = await import(glue);
await init({ module_or_path: unpack(text('app-wasm'), ${sum(appWasmPacked)}, 'application/wasm') });
`;
const hash = createHash('sha256').update(boot, 'utf8').digest('base64');
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}' data: 'wasm-unsafe-eval'`,
  'worker-src blob:',
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>报告透镜 · Report Lens</title>
<link rel="icon" href="data:,">
<style>${read(css).toString('utf8')}</style>
<script type="application/octet-stream" id="app-wasm">${appWasmPacked.base64}</script>
<script type="application/octet-stream" id="app-glue">${appGluePacked.base64}</script>
<script type="text/plain" id="worker-source">${scriptSafe(workerSource)}</script>
<script type="application/octet-stream" id="pdf-reader-packed">${pdfReaderPacked.base64}</script>
<script type="application/octet-stream" id="pdf-rust-packed">${pdfRustPacked.base64}</script>
<script type="module">${boot}</script>
</head>
<body>
<noscript>报告透镜需要启用 JavaScript 和 WebAssembly。</noscript>
</body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`single-file: ${out} (${(html.length / 1024 / 1024).toFixed(1)} MB)`);
