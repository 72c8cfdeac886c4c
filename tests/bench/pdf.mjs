// The PDF reader in Debian's Chromium, cold, several times, on two 200-page
// PDFs (tests/pdf/fixtures.mjs): the published Beijing 2024 report (WPS, CID
// fonts) with its 13 pages repeated, and ten national reports printed by
// Chromium (Noto CJK as Type 3 fonts of 256 glyphs each: a font change at
// almost every character, the slowest text layer here). Each is read by
// dist/pdf-reader.js in a worker, from its start to its answer — the reader
// alone, as the page starts it: its Rust engine — and, as the peer in the
// same run, by the same script with the Rust engine made to trap, so that
// pdf.js reads it (the reader before the Rust engine); then dropped on the
// page, from the drop to its analysis on screen. The files and the two
// readers alternate, run by run, so that all see the same machine. Prints
// JSON. Needs a release dist/ (trunk build --release).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve, launch, readInPdfWorker, waitForAnalysis, withTrappingRustEngine } from '../e2e/harness.mjs';
import { LONG, LONG_PUBLISHED, OUT, makeFixtures } from '../pdf/fixtures.mjs';
import { spread } from './spread.mjs';

const runs = Number(process.argv[2] ?? 3);
/** The reader at `url`: its time, engine and pages. */
async function readOnce(page, url, b64) {
  const { ms, engine, answer } = await readInPdfWorker(page, url, b64);
  return { ms, engine, pages: (answer.match(/^page\t/gm) ?? []).length };
}

await makeFixtures();
const files = [LONG_PUBLISHED, LONG];
const server = await serve(process.env.DIST ?? 'dist');
const results = Object.fromEntries(files.map((f) => [f, []]));
for (let i = 0; i < runs; i++) for (const name of files) {
  const b64 = readFileSync(join(OUT, name)).toString('base64');
  const context = await launch();
  await context.route('**/pdf-reader-pdfjs-only.js', async (route) => {
    const original = await context.request.get(`${server.origin}/pdf-reader.js`);
    await route.fulfill({ contentType: 'text/javascript', body: withTrappingRustEngine(await original.text()) });
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await waitForAnalysis(page, 30);
  await page.waitForTimeout(500);
  // The two readers take turns going first.
  const first = i % 2 === 0 ? 'pdf-reader.js' : 'pdf-reader-pdfjs-only.js';
  const second = i % 2 === 0 ? 'pdf-reader-pdfjs-only.js' : 'pdf-reader.js';
  const a = await readOnce(page, first, b64);
  const b = await readOnce(page, second, b64);
  const [reader, pdfjs] = i % 2 === 0 ? [a, b] : [b, a];
  // The page: dropped, read, laid out, analyzed and shown.
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], 'long.pdf', { type: 'application/pdf' }));
    window.__transfer = transfer;
  }, b64);
  const started = performance.now();
  await page.evaluate(() => {
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: window.__transfer, bubbles: true, cancelable: true }));
    document.querySelector('header').dispatchEvent(new DragEvent('drop', { dataTransfer: window.__transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => {
    const a = document.querySelector('[data-testid=analysis]');
    return a?.dataset.file === 'long.pdf' && a.dataset.ready === 'true';
  }, null, { timeout: 120_000 });
  const shown = performance.now() - started;
  results[name].push({
    reader_ms: Math.round(reader.ms),
    engine: reader.engine,
    pdfjs_reader_ms: Math.round(pdfjs.ms),
    pdfjs_engine: pdfjs.engine,
    pages: reader.pages,
    drop_to_analysis_ms: Math.round(shown),
  });
  await context.close();
}
await server.close();
console.log(JSON.stringify(files.map((name) => ({
  file: name,
  bytes: statSync(join(OUT, name)).size,
  runs: results[name],
  reader_ms: spread(results[name], 'reader_ms'),
  pdfjs_reader_ms: spread(results[name], 'pdfjs_reader_ms'),
  drop_to_analysis_ms: spread(results[name], 'drop_to_analysis_ms'),
})), null, 2));
