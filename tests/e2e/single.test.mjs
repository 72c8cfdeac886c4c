// End to end: the single-file build, opened from disk with no server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, readInPdfWorker, waitForAnalysis, ROOT, CORPUS } from './harness.mjs';
import { OUT, makeFixtures } from '../pdf/fixtures.mjs';

const FILE = join(ROOT, process.env.SINGLE ?? 'dist-single/report-lens.html');
let context, page;
const requests = [];
const pageErrors = [];

before(async () => {
  assert.ok(existsSync(FILE), `${FILE} missing: node scripts/single-file.mjs after trunk build --release`);
  context = await launch();
  context.on('request', (r) => requests.push(r.url()));
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`file://${FILE}`);
});

after(async () => {
  await context?.close();
});

test('opened from file://, the single file analyzes the sample', async () => {
  // The modules and the PDF reader are inlined packed as .lzma: 3.47 MB;
  // the bound is 3.5 MB.
  assert.ok(statSync(FILE).size <= 3_500_000, `${statSync(FILE).size} B`);
  await waitForAnalysis(page, 30);
  assert.ok(await page.locator('[data-testid=cloud] text').count() >= 40);
  const row = page.locator('[data-testid=metric-row]').filter({ has: page.locator('td.figure', { hasText: /^2796件$/ }) });
  assert.equal(await row.count(), 1);
  assert.match(await page.locator('[data-testid=status]').innerText(), /就绪/);
});

test('its worker reads a Word file and its PDF reader a PDF, and nothing is fetched from anywhere', async () => {
  await page.locator('[data-testid=file]').setInputFiles(join(CORPUS, 'gov_guangdong_2025.docx'));
  await page.waitForFunction(() => document.querySelector('[data-testid=analysis]')?.dataset.file === 'gov_guangdong_2025.docx'
    && document.querySelector('[data-testid=analysis]')?.dataset.ready === 'true');
  assert.ok(await page.locator('[data-testid=outline-item]').count() >= 85);
  // The PDF reader inlined too: started from its blob, it reads a PDF.
  await makeFixtures();
  await page.locator('[data-testid=file]').setInputFiles(join(OUT, 'converted_xizang_2025.pdf'));
  await page.waitForFunction(() => document.querySelector('[data-testid=analysis]')?.dataset.file === 'converted_xizang_2025.pdf'
    && document.querySelector('[data-testid=analysis]')?.dataset.ready === 'true', null, { timeout: 60_000 });
  assert.equal(await page.locator('[data-testid=format]').innerText(), 'PDF');
  assert.ok(await page.locator('[data-testid=outline-item]').count() >= 40);
  // Its Rust engine, packed apart and written back into the script, read it.
  const reader = await page.evaluate(() => window.reportLensPdfReader);
  const { engine } = await readInPdfWorker(page, reader, readFileSync(join(OUT, 'converted_xizang_2025.pdf')).toString('base64'));
  assert.equal(engine, 'rust');
  // Only the file itself is read from disk; the rest is inlined (data:, blob:).
  const network = requests.filter((u) => !/^(data|blob):/.test(u) && u !== `file://${FILE}`);
  assert.deepEqual(network, []);
  assert.deepEqual(pageErrors, []);
});
