// Shared by the browser tests: a static server for dist/ on 127.0.0.1 and
// Debian's Chromium driven by playwright-core, with every request recorded.
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = resolve(ROOT, '../shared/corpus');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png',
};

/** Serves `dir` on a free loopback port; resolves to { origin, close }. */
export async function serve(dir) {
  const root = resolve(ROOT, dir);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** The flags Chromium runs with here: no sandbox (root), no GPU, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Debian's Chromium, headless, with a fresh profile. */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'report-lens-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
  });
}

/** Waits until the page shows an analysis whose outline has at least `min` items. */
export async function waitForAnalysis(page, min = 1) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=outline-item]').length >= n
      && !document.querySelector('[data-testid=analyze]')?.disabled
      && document.querySelector('[data-testid=analysis]')?.dataset.ready === 'true',
    min, { timeout: 60_000 });
}

/** Scripts, styles or frames the page's CSP refused: Chromium logs each in the console. */
export const isCspViolation = (message) => /Content Security Policy/i.test(message);

/**
 * Records every request of a browser context; `since()` lists those made
 * after `mark()` that went to the network (blob:, data: and file: URLs are
 * the page's own memory or this disk, not the network).
 */
/** The app's own files fetched on first use, from the server the page came from. */
export const isOnDemand = (url) => /^http:\/\/127\.0\.0\.1:\d+\/pdf-reader\.js$/.test(url);

export function watchNetwork(context) {
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  let marked = 0;
  return {
    all: () => [...seen],
    mark: () => { marked = seen.length; },
    // The PDF reader is the page's own file, fetched from the page's server
    // the first time a PDF is opened: part of the app, not the network.
    since: () => seen.slice(marked).filter((u) => !/^(blob|data|file):/.test(u) && !isOnDemand(u)),
  };
}

/** A zip archive of `entries` ([name, Buffer], deflated): .docx files for tests. */
export async function zip(entries) {
  const { deflateRawSync, crc32 } = await import('node:zlib');
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A one-part .docx whose paragraphs are `paragraphs` ([text, bold?]). */
export function docxXml(paragraphs) {
  const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map(([text, bold]) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('');
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
}

// One page of the app for a whole test file: startApp() loads it before the
// first test, with the sample analyzed. The bindings below are live: a test
// file imports them and sees them set once the page is up.
export let server, context, page, network;
/** How many requests loading the page made (a reload may make them again). */
export let firstLoad = 0;
export const pageErrors = [];
export const cspViolations = [];
export const dialogs = [];

/**
 * Serves dist/ (or $DIST), opens it in Chromium and waits for the sample's
 * analysis, before the file's first test; after each test checks that
 * nothing went to the network, no script failed, the CSP refused nothing and
 * no dialog opened; closes all at the end.
 */
export function startApp() {
  before(async () => {
    server = await serve(process.env.DIST ?? 'dist');
    context = await launch();
    network = watchNetwork(context);
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => { if (isCspViolation(m.text())) cspViolations.push(m.text()); });
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.goto(`${server.origin}/`);
    await waitForAnalysis(page, 30);
    network.mark();
    firstLoad = network.all().length;
  });
  // Once the page has loaded, nothing goes to the network, whatever the
  // flow; no script fails, the CSP refuses nothing, no dialog opens. Each
  // test is charged with its own: what it left is taken off the lists.
  afterEach(() => {
    const requests = network.since();
    network.mark();
    assert.deepEqual(requests, [], 'requests after the page loaded');
    assert.deepEqual(dialogs.splice(0), [], 'dialogs opened');
    assert.deepEqual(pageErrors.splice(0), [], 'errors in the page');
    assert.deepEqual(cspViolations.splice(0), [], 'refused by the CSP');
  });
  after(async () => {
    await context?.close();
    await server?.close();
  });
}

/** Drops `files` (paths in the corpus) onto the page at once. */
export async function dropFiles(page, files) {
  const payload = await Promise.all(files.map(async (f) => [f.split('/').pop(), (await readFile(join(CORPUS, f))).toString('base64')]));
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const [name, b64] of items) {
      transfer.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
    }
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    document.querySelector('header').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
}

/** A file's name, from its path or a Playwright file payload. */
export const fileName = (file) => (typeof file === 'string' ? file.split('/').pop() : file.name);

/** Opens a file through the file input and waits for its analysis, or an error naming it. */
export async function chooseFile(page, file) {
  await page.locator('[data-testid=file]').setInputFiles(file);
  await waitForFile(page, fileName(file));
}

/** Waits until the analysis of the file `name` is shown and ready, or an error names it. */
export function waitForFile(page, name) {
  return page.waitForFunction((n) => document.querySelector('[data-testid=analysis]')?.dataset.file === n
      && document.querySelector('[data-testid=analysis]')?.dataset.ready === 'true'
      && !document.querySelector('[data-testid=analyze]').disabled
    || document.querySelector('[data-testid=error]').textContent.includes(n), name, { timeout: 60_000 });
}

/** How many elements of the page have this data-testid. */
export const count = (testid) => page.locator(`[data-testid=${testid}]`).count();
/** The error line's text. */
export const errorText = () => page.locator('[data-testid=error]').innerText();

/** Loads the bundled sample (载入示例) and waits for its analysis. */
export async function showSample() {
  await page.locator('[data-testid=sample]').click();
  await waitForAnalysis(page, 30);
}

/** Screenshots go to target/e2e/; SCREENSHOTS=docs refreshes the README's. */
export const SHOTS = resolve(ROOT, process.env.SCREENSHOTS ?? 'target/e2e');

/**
 * The first screen at 1366×900, scrolled to the top, saved as SHOTS/name;
 * the window then goes back to the size it had.
 */
export async function firstScreenShot(name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name) });
  await page.setViewportSize(size);
}

/**
 * Opens one of the report's panels below the overview by its tab: text,
 * metrics, formulations, warnings, dictionary or help.
 */
export async function openPanel(name) {
  await page.locator(`[data-testid=detail-tab-${name}]`).click();
  await page.locator(`#detail-${name}:not([hidden])`).waitFor();
}

/**
 * Reads the PDF `b64` (base64) in the page's PDF reader started from
 * `script` (`pdf-reader.js`, or the single file's blob URL) in a fresh
 * worker, as src/pdf_reader.rs starts one: `{ ms, engine, answer }`, ms
 * from the worker's start to its answer, engine the one that read it.
 */
export function readInPdfWorker(on, script, b64) {
  return on.evaluate(async ([data, url]) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0)).buffer;
    const started = performance.now();
    const worker = new Worker(url);
    const reply = await new Promise((ok, fail) => {
      worker.onerror = (e) => fail(e.message);
      worker.onmessage = ({ data: d }) => ok(d);
      worker.postMessage({ bytes }, [bytes]);
    });
    worker.terminate();
    return { ms: performance.now() - started, engine: reply.engine, answer: reply.answer };
  }, [b64, script]);
}

/** A wasm module whose `input` traps (`unreachable`): (func (param i32) (result i32) unreachable). */
const TRAPPING_WASM = 'AGFzbQEAAAABBgFgAX8BfwMCAQAHCQEFaW5wdXQAAAoFAQMAAAs=';

/** `pdf-reader.js`'s source with its Rust engine made to trap, so that pdf.js reads every PDF. */
export function withTrappingRustEngine(source) {
  const body = source.replace(/const PDF_RUST_WASM_BASE64 = "[^"]*";/, `const PDF_RUST_WASM_BASE64 = "${TRAPPING_WASM}";`);
  if (!body.includes(TRAPPING_WASM)) throw new Error('no Rust engine in the PDF reader');
  return body;
}
