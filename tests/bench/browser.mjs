// The page in Debian's Chromium, cold, several times: dictionary load in the
// worker, the sample's analysis, page load → sample on screen, the longest
// main-thread task, every byte transferred (and gzipped), and 1 MB of reports.
// Prints JSON. Needs a release dist/ (trunk build --release).
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { serve, launch, waitForAnalysis } from '../e2e/harness.mjs';
import { megabyte } from './corpus.mjs';

const runs = Number(process.argv[2] ?? 5);
const server = await serve(process.env.DIST ?? 'dist');
const ms = (text, re) => Number(text.match(re)?.[1]);
const loads = [];
let transfer;
for (let i = 0; i < runs; i++) {
  const context = await launch();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const bodies = [];
  page.on('response', async (r) => { try { bodies.push([r.url(), await r.body()]); } catch { /* redirects */ } });
  const started = performance.now();
  await page.goto(`${server.origin}/`);
  await waitForAnalysis(page, 30);
  const onScreen = performance.now() - started;
  const status = await page.locator('[data-testid=status]').innerText();
  const stats = await page.locator('[data-testid=stats]').innerText();
  const run = {
    dictionary_ms: ms(status, /词典加载 (\d+) ms/),
    sample_analysis_ms: ms(stats, /(\d+) ms/),
    load_to_sample_ms: onScreen,
    longest_main_thread_task_ms: await page.evaluate(() => window.__longest),
  };
  if (i === runs - 1) {
    // 1 MB of reports pasted into the textarea, then through the worker.
    // (Playwright's fill() types 1 MB far slower than a paste: set it instead.)
    await page.evaluate((text) => {
      const area = document.querySelector('[data-testid=input]');
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, megabyte());
    await page.locator('[data-testid=analyze]').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=analyze]').disabled
      && Number(document.querySelector('[data-testid=stats]').innerText.match(/字符\s*(\d+)/)?.[1]) > 300000, null, { timeout: 120_000 });
    run.megabyte_analysis_ms = ms(await page.locator('[data-testid=stats]').innerText(), /(\d+) ms/);
    run.longest_main_thread_task_ms_1mb = await page.evaluate(() => window.__longest);
    transfer = bodies.filter(([u]) => u.startsWith(server.origin)).map(([u, b]) => ({
      file: new URL(u).pathname, bytes: b.length, gzip_bytes: gzipSync(b, { level: 9 }).length,
    }));
  }
  loads.push(run);
  await context.close();
}
await server.close();
const median = (key) => {
  const v = loads.map((r) => r[key]).filter((x) => x !== undefined).sort((a, b) => a - b);
  return { median: v[v.length >> 1], min: v[0], max: v[v.length - 1] };
};
console.log(JSON.stringify({
  runs,
  dictionary_ms: median('dictionary_ms'),
  sample_analysis_ms: median('sample_analysis_ms'),
  load_to_sample_ms: median('load_to_sample_ms'),
  longest_main_thread_task_ms: median('longest_main_thread_task_ms'),
  megabyte_analysis_ms: loads.at(-1).megabyte_analysis_ms,
  longest_main_thread_task_ms_1mb: loads.at(-1).longest_main_thread_task_ms_1mb,
  transfer,
  transfer_gzip_total: transfer.reduce((s, f) => s + f.gzip_bytes, 0),
  transfer_total: transfer.reduce((s, f) => s + f.bytes, 0),
}, null, 1));
