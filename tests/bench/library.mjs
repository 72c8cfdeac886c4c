// 文库 and its views in Debian's Chromium, cold, several times: 30 reports
// (the provinces' 2025 Word files of the corpus) dropped at once, read and
// analyzed in the worker and kept, and the 历年 view of all 30 on screen —
// the wall time from the drop, and the longest main-thread task meanwhile;
// then the worker's time for 对比 of two of them. Prints JSON. Needs a
// release dist/ (trunk build --release).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve, launch, waitForAnalysis } from '../e2e/harness.mjs';
import { CORPUS } from './corpus.mjs';
import { watchLongTasks, longestTask, resetLongest } from './longtasks.mjs';
import { spread } from './spread.mjs';

const runs = Number(process.argv[2] ?? 3);
const dir = join(CORPUS, 'more');
const files = readdirSync(dir).filter((f) => f.endsWith('_2025.docx')).sort().slice(0, 30);
const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
const payload = files.map((f) => [f, readFileSync(join(dir, f)).toString('base64')]);
const server = await serve(process.env.DIST ?? 'dist');
const results = [];
for (let i = 0; i < runs; i++) {
  const context = await launch();
  const page = await context.newPage();
  await watchLongTasks(page);
  await page.goto(`${server.origin}/`);
  await waitForAnalysis(page, 30);
  await page.waitForTimeout(500);
  // The files made in the page first, so that the clock counts what the app does.
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const [name, b64] of items) {
      transfer.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
    }
    window.__transfer = transfer;
  }, payload);
  await resetLongest(page);
  const started = performance.now();
  await page.evaluate(() => {
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: window.__transfer, bubbles: true, cancelable: true }));
    document.querySelector('header').dispatchEvent(new DragEvent('drop', { dataTransfer: window.__transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('[data-testid=batch]')?.dataset.done === 'true', null, { timeout: 120_000 });
  const kept = performance.now() - started;
  // The reports the library lists (the batch ends on 文库): all 30, or the run says so.
  const entries = await page.locator('[data-testid=library-entry]').count();
  await page.locator('[data-testid=tab-series]').click();
  await page.locator('[data-testid=trends-chart] img').waitFor({ timeout: 60_000 });
  const shown = performance.now() - started;
  const longest = await longestTask(page);
  await page.locator('[data-testid=tab-compare]').click();
  await page.locator('[data-testid=comparison]').waitFor({ timeout: 60_000 });
  const compareMs = Number(await page.locator('[data-testid=comparison]').getAttribute('data-compare-ms'));
  results.push({ kept_ms: Math.round(kept), series_shown_ms: Math.round(shown), longest_main_thread_task_ms: longest, compare_in_worker_ms: compareMs, entries });
  await context.close();
}
await server.close();
const median = (key) => spread(results, key);
console.log(JSON.stringify({
  runs, reports: files.length, file_bytes: bytes,
  kept_ms: median('kept_ms'),
  series_shown_ms: median('series_shown_ms'),
  longest_main_thread_task_ms: median('longest_main_thread_task_ms'),
  compare_in_worker_ms: median('compare_in_worker_ms'),
  results,
}, null, 1));
