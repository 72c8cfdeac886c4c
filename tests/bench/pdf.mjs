// The PDF reader in Debian's Chromium, cold, several times: a 200-page PDF
// (tests/pdf/fixtures.mjs: ten national reports printed by Chromium, cut to
// 200 pages) read by dist/pdf-reader.js in a worker, from its start to its
// answer — the reader alone, as the page starts it — and then dropped on
// the page, from the drop to its analysis on screen. Prints JSON. Needs a
// release dist/ (trunk build --release).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve, launch, waitForAnalysis } from '../e2e/harness.mjs';
import { LONG, OUT, makeFixtures } from '../pdf/fixtures.mjs';
import { spread } from './spread.mjs';

const runs = Number(process.argv[2] ?? 3);
await makeFixtures();
const file = join(OUT, LONG);
const b64 = readFileSync(file).toString('base64');
const server = await serve(process.env.DIST ?? 'dist');
const results = [];
for (let i = 0; i < runs; i++) {
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
  results.push({ reader_ms: Math.round(reader.ms), pages: reader.pages, drop_to_analysis_ms: Math.round(shown) });
  await context.close();
}
await server.close();
const median = (key) => spread(results, key);
console.log(JSON.stringify({
  file: LONG,
  bytes: statSync(file).size,
  runs: results,
  reader_ms: median('reader_ms'),
  drop_to_analysis_ms: median('drop_to_analysis_ms'),
}, null, 2));
