// The page in Debian's Chromium, cold, several times: dictionary load in the
// worker, the sample's analysis (first, and ten more with the code warm),
// page load → sample on screen, the longest main-thread task, every byte
// transferred (and gzipped), and 1 MB of reports. Then three traced loads:
// how much of the longest main-thread task and of the first analysis was
// CPU time on that thread, and how much wasm compiling ran beside them.
// Prints JSON. Needs a release dist/ (trunk build --release).
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { serve, launch, waitForAnalysis, CHROMIUM_ARGS } from '../e2e/harness.mjs';
import { megabyte } from './corpus.mjs';
import { watchLongTasks, longestTask, resetLongest } from './longtasks.mjs';
import { spread } from './spread.mjs';

const runs = Number(process.argv[2] ?? 5);
const server = await serve(process.env.DIST ?? 'dist');
const ms = (text, re) => Number(text.match(re)?.[1]);
const loads = [];
let transfer;
for (let i = 0; i < runs; i++) {
  const context = await launch();
  const page = await context.newPage();
  await watchLongTasks(page);
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
    longest_main_thread_task_ms: await longestTask(page),
  };
  // The same text analyzed again, ten times: the worker's code warm.
  await page.evaluate(() => {
    window.__shown = 0;
    new MutationObserver((records) => {
      for (const r of records) if (r.target.dataset?.ready === 'true') window.__shown += 1;
    }).observe(document.body, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
  });
  run.warm_analysis_ms = [];
  for (let k = 1; k <= 10; k++) {
    await page.locator('[data-testid=analyze]').click();
    await page.waitForFunction((n) => window.__shown >= n, k);
    run.warm_analysis_ms.push(ms(await page.locator('[data-testid=stats]').innerText(), /(\d+) ms/));
  }
  if (i === runs - 1) {
    // 1 MB of reports pasted into the textarea, then through the worker.
    // (Playwright's fill() types 1 MB far slower than a paste: set it instead.)
    // The longest task is taken twice: for the paste (the browser laying out
    // 1 MB in the textarea), and for the analysis being shown.
    await page.waitForTimeout(500);
    await resetLongest(page);
    await page.evaluate((text) => {
      const area = document.querySelector('[data-testid=input]');
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, megabyte());
    await page.waitForTimeout(500);
    run.longest_main_thread_task_ms_1mb_paste = await longestTask(page);
    await resetLongest(page);
    await page.locator('[data-testid=analyze]').click();
    // Every stage of the render on screen (data-ready), then a moment for
    // the tasks that follow it (the text's last pieces).
    await page.waitForFunction(() => !document.querySelector('[data-testid=analyze]').disabled
      && Number(document.querySelector('[data-testid=stats]').innerText.match(/字符\s*(\d+)/)?.[1]) > 300000
      && document.querySelector('[data-testid=analysis]')?.dataset.ready === 'true', null, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    run.megabyte_analysis_ms = ms(await page.locator('[data-testid=stats]').innerText(), /(\d+) ms/);
    run.longest_main_thread_task_ms_1mb = await longestTask(page);
    transfer = bodies.filter(([u]) => u.startsWith(server.origin)).map(([u, b]) => ({
      file: new URL(u).pathname, bytes: b.length, gzip_bytes: gzipSync(b, { level: 9 }).length,
    }));
  }
  loads.push(run);
  await context.close();
}

/** One cold load, traced: wall and thread (CPU) time of the main thread's
 * longest task and of the worker's first analysis, and the wasm compiling
 * on other threads during that analysis. */
async function tracedLoad() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm'] });
  await page.goto(`${server.origin}/`);
  await waitForAnalysis(page, 30);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await browser.close();
  const names = new Map(events.filter((e) => e.name === 'thread_name')
    .map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const thread = (e) => names.get(`${e.pid}:${e.tid}`);
  const tasks = (name) => events.filter((e) => e.name === 'RunTask' && thread(e) === name && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const longest = tasks('CrRendererMain').reduce((a, b) => (b.dur > a.dur ? b : a));
  const worker = tasks('DedicatedWorker thread');
  const dictionary = worker.reduce((a, b) => (b.dur > a.dur ? b : a));
  const analysis = worker.slice(worker.indexOf(dictionary) + 1).reduce((a, b) => (b.dur > a.dur ? b : a));
  const end = analysis.ts + analysis.dur;
  const compiling = events
    .filter((e) => e.name === 'wasm.ExecuteCompilationUnits' && e.dur && thread(e) !== 'DedicatedWorker thread')
    .reduce((sum, e) => sum + Math.max(0, Math.min(end, e.ts + e.dur) - Math.max(analysis.ts, e.ts)), 0);
  const round = (us) => Math.round(us / 100) / 10;
  return {
    longest_main_thread_task: { wall_ms: round(longest.dur), cpu_ms: round(longest.tdur) },
    first_analysis: { wall_ms: round(analysis.dur), cpu_ms: round(analysis.tdur) },
    wasm_compiling_beside_it_ms: round(compiling),
  };
}
const traced = [];
for (let i = 0; i < 3; i++) traced.push(await tracedLoad());

await server.close();
const median = (key) => spread(loads, key);
console.log(JSON.stringify({
  runs,
  dictionary_ms: median('dictionary_ms'),
  sample_analysis_ms: median('sample_analysis_ms'),
  warm_analysis_ms: (() => {
    const v = loads.flatMap((r) => r.warm_analysis_ms).sort((a, b) => a - b);
    return {
      median: v[v.length >> 1], min: v[0], max: v[v.length - 1],
      p90: v[Math.floor(v.length * 0.9)], over_20_ms: v.filter((x) => x > 20).length, of: v.length,
    };
  })(),
  load_to_sample_ms: median('load_to_sample_ms'),
  longest_main_thread_task_ms: median('longest_main_thread_task_ms'),
  megabyte_analysis_ms: loads.at(-1).megabyte_analysis_ms,
  longest_main_thread_task_ms_1mb: loads.at(-1).longest_main_thread_task_ms_1mb,
  longest_main_thread_task_ms_1mb_paste: loads.at(-1).longest_main_thread_task_ms_1mb_paste,
  traced,
  transfer,
  transfer_gzip_total: transfer.reduce((s, f) => s + f.gzip_bytes, 0),
  transfer_total: transfer.reduce((s, f) => s + f.bytes, 0),
}, null, 1));
