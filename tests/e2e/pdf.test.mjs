// End to end: PDFs in the page. A PDF dropped is read by the PDF reader in
// a worker of its own and shows the outline, cloud and metrics of the file
// it was made from; the reader's Rust engine reads it, and pdf.js what
// that declines or traps on; a scan gets its message; a reader that throws
// or hangs is ended, the page says so and keeps working, and the next PDF
// starts a fresh reader. The reader is fetched from the page's own server on first
// use, and nothing else goes to the network (the harness checks).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, page, context, errorText, waitForAnalysis, chooseFile, waitForFile, readInPdfWorker, withTrappingRustEngine, CORPUS } from './harness.mjs';
import { ENCRYPTED, OUT, SCAN, makeFixtures } from '../pdf/fixtures.mjs';

startApp();
before(makeFixtures);

const SOURCE = 'more/gov_anhui_2025.docx';
const PDF = 'converted_anhui_2025.pdf';

const choose = (path) => chooseFile(page, path);

/** Drops a file on the page and waits for its analysis or error. */
async function drop(path) {
  const name = path.split('/').pop();
  const bytes = (await readFile(path)).toString('base64');
  await page.evaluate(([b64, n]) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], n, { type: 'application/pdf' }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    document.querySelector('header').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [bytes, name]);
  await waitForFile(page, name);
}

/** What the panels show: the outline, the cloud's words, the metrics' count. */
async function shown() {
  return {
    outline: await page.locator('[data-testid=outline-item] .heading').allInnerTexts(),
    cloud: (await page.locator('[data-testid=cloud] text').allTextContents()).sort(),
    metrics: await page.locator('[data-testid=metric-count]').innerText(),
    firstMetrics: await page.locator('[data-testid=metric-row]').evaluateAll((rows) => rows.slice(0, 40).map((r) => r.textContent)),
  };
}

test('a PDF dropped shows the outline, cloud and metrics of the file it was made from', async () => {
  await choose(join(CORPUS, SOURCE));
  const source = await shown();
  await drop(join(OUT, PDF));
  assert.equal(await page.locator('[data-testid=error]').isVisible(), false, await errorText());
  assert.equal(await page.locator('[data-testid=format]').innerText(), 'PDF');
  const pdf = await shown();
  assert.ok(source.outline.length > 50 && source.cloud.length > 30, JSON.stringify(source).slice(0, 200));
  assert.deepEqual(pdf.outline, source.outline);
  assert.deepEqual(pdf.cloud, source.cloud);
  assert.equal(pdf.metrics, source.metrics);
  assert.deepEqual(pdf.firstMetrics, source.firstMetrics);
});

/** The page's PDF reader on the PDF at `path`: `{ engine, header }`. */
async function readInWorker(path) {
  const { engine, answer } = await readInPdfWorker(page, 'pdf-reader.js', (await readFile(path)).toString('base64'));
  return { engine, header: answer.split('\n')[0] };
}

test('the reader reads a report PDF with its Rust engine and leaves an encrypted one to pdf.js', async () => {
  assert.deepEqual(await readInWorker(join(OUT, PDF)), { engine: 'rust', header: 'pdf-runs 1' });
  assert.deepEqual(await readInWorker(join(OUT, ENCRYPTED[0][0])), { engine: 'pdf.js', header: 'pdf-runs 1' });
});

test('when the Rust engine traps, pdf.js reads the PDF and the page shows it as before', async () => {
  await choose(join(CORPUS, SOURCE));
  const source = await shown();
  const handler = async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withTrappingRustEngine(await response.text()) });
  };
  await context.route('**/pdf-reader.js', handler);
  try {
    assert.equal((await readInWorker(join(OUT, PDF))).engine, 'pdf.js');
    await drop(join(OUT, PDF));
  } finally {
    await context.unroute('**/pdf-reader.js', handler);
  }
  assert.equal(await page.locator('[data-testid=error]').isVisible(), false, await errorText());
  assert.deepEqual((await shown()).outline, source.outline);
});

test('a scan gets a message saying what to do', async () => {
  await choose(join(OUT, SCAN));
  assert.match(await errorText(), /文字层为空：这是扫描件/);
  assert.match(await errorText(), /OCR/);
});

/** Replaces the PDF reader with `script` until the returned function is called. */
async function readerReplacedBy(script) {
  const handler = (route) => route.fulfill({ contentType: 'text/javascript', body: script });
  await context.route('**/pdf-reader.js', handler);
  return () => context.unroute('**/pdf-reader.js', handler);
}

test('a reader that throws or hangs is ended; the page keeps working and the next PDF reads', async () => {
  const tiny = { name: 'tiny.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') };
  for (const [script, message] of [
    ['self.onmessage = () => { throw new Error("trapped"); };', /PDF 阅读器读这个文件时停止了（.*trapped/],
    ['self.onmessage = () => { for (;;) {} };', /PDF 阅读器读这个文件时停止了（超过 \d+ 秒仍未读完）/],
  ]) {
    const restore = await readerReplacedBy(script);
    await page.locator('[data-testid=file]').setInputFiles(tiny);
    await page.waitForFunction(() => document.querySelector('[data-testid=error]').textContent.includes('tiny.pdf'), null, { timeout: 40_000 });
    assert.match(await errorText(), message);
    await restore();
    // The analysis worker is untouched: the sample is analyzed at once.
    await page.locator('[data-testid=sample]').click();
    await waitForAnalysis(page, 30);
    assert.equal(await page.locator('[data-testid=error]').isVisible(), false);
  }
  // A fresh reader for the next PDF.
  await choose(join(OUT, PDF));
  assert.equal(await page.locator('[data-testid=error]').isVisible(), false, await errorText());
  assert.equal(await page.locator('[data-testid=format]').innerText(), 'PDF');
});
