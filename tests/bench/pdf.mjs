// The PDF reader in Debian's Chromium, cold, several times, on two 200-page
// PDFs (tests/pdf/fixtures.mjs): the published Beijing 2024 report (WPS, CID
// fonts) with its 13 pages repeated, and ten national reports printed by
// Chromium (Noto CJK as Type 3 fonts of 256 glyphs each: a font change at
// almost every character, the slowest text layer here). Each is read by
// dist/pdf-reader.js in a worker, from its start to its answer — the reader
// alone, as the page starts it — and then dropped on the page, from the drop
// to its analysis on screen. The two alternate, run by run, so that both
// see the same machine. Prints JSON. Needs a release dist/ (trunk build
// --release).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve, launch, waitForAnalysis } from '../e2e/harness.mjs';
import { LONG, LONG_PUBLISHED, OUT, makeFixtures } from '../pdf/fixtures.mjs';
import { spread } from './spread.mjs';

const runs = Number(process.argv[2] ?? 3);
await makeFixtures();
const files = [LONG_PUBLISHED, LONG];
const server = await serve(process.env.DIST ?? 'dist');
const results = Object.fromEntries(files.map((f) => [f, []]));
for (let i = 0; i < runs; i++) for (const name of files) {
  const b64 = readFileSync(join(OUT, name)).toString('base64');
  const context = await launch();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await waitForAnalysis(page, 30);
  await page.waitForTimeout(500);
  // The reader alone: a fresh worker, as src/pdf_reader.rs starts one.
  const reader = await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0)).buffer;
    const started = performance.now();
    const worker = new Worker('pdf-reader.js');
    const answer = await new Promise((ok, fail) => {
      worker.onerror = (e) => fail(e.message);
      worker.onmessage = ({ data }) => { if (data.answer) ok(data.answer); };
      worker.postMessage({ bytes }, [bytes]);
    });
    worker.terminate();
    return { ms: performance.now() - started, pages: (answer.match(/^page\t/gm) ?? []).length };
  }, b64);
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
  results[name].push({ reader_ms: Math.round(reader.ms), pages: reader.pages, drop_to_analysis_ms: Math.round(shown) });
  await context.close();
}
await server.close();
console.log(JSON.stringify(files.map((name) => ({
  file: name,
  bytes: statSync(join(OUT, name)).size,
  runs: results[name],
  reader_ms: spread(results[name], 'reader_ms'),
  drop_to_analysis_ms: spread(results[name], 'drop_to_analysis_ms'),
})), null, 2));
