// A PDF's text layer as the runs the analysis reads (www/pdf/runs.mjs), for
// the CLI: `report-lens analyze FILE.pdf` runs this with node, as the page
// runs the same code in its PDF worker, with the same pdf.js.
//   node scripts/pdf-text.mjs FILE.pdf > runs.txt
// Exit 0 with the runs on stdout; exit 3 with the failure line on stdout
// when the PDF cannot be read (password, no-copy, damaged).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

import { encodeAnswer, readRuns } from '../www/pdf/runs.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/pdf-text.mjs FILE.pdf');
  process.exit(2);
}
// pdf.js's legacy build in Node 20 wants a DOMMatrix; text never uses it.
globalThis.DOMMatrix ??= class DOMMatrix {};
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import(join(pdfjsDir, 'legacy/build/pdf.mjs'));
const { WorkerMessageHandler } = await import(join(pdfjsDir, 'legacy/build/pdf.worker.mjs'));
const cmaps = Object.fromEntries(
  readdirSync(join(pdfjsDir, 'cmaps'))
    .filter((f) => /^(Adobe-GB1|GB|UniGB)/.test(f))
    .map((f) => [f.replace(/\.bcmap$/, ''), new Uint8Array(readFileSync(join(pdfjsDir, 'cmaps', f)))]),
);
try {
  const runs = await readRuns(pdfjs, new Uint8Array(readFileSync(file)), { cmaps, WorkerMessageHandler });
  process.stdout.write(encodeAnswer(runs));
} catch (error) {
  process.stdout.write(encodeAnswer(error?.kind ? error : { kind: 'damaged', detail: String(error) }));
  process.exitCode = 3;
}
