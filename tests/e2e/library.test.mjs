// End to end: 文库, 对比 and 历年. Three national reports dropped at once are
// kept in the library (a progress bar while they are read) and are still
// there after a reload; 对比 shows the keyness chart, 新提法 (a click shows
// the sentences) and the 2012 targets against the 2013 results; 历年 shows
// the trends; every chart saved as SVG and PNG and the comparison as JSON,
// a page and CSV; renaming, removing, exporting and importing the library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, page, network, count, waitForAnalysis, dropFiles as dropOn, firstScreenShot } from './harness.mjs';

const dropFiles = (files) => dropOn(page, files);

startApp();

const FILES = ['more/gov_national_2011.txt', 'more/gov_national_2012.txt', 'gov_national_2013.txt'];

const entryNames = () => page.locator('[data-testid=library-entry] .entry-name')
  .evaluateAll((inputs) => inputs.map((i) => i.value));
const entryYears = () => page.locator('[data-testid=library-entry] td:nth-child(3)').allInnerTexts();

/** Reloads the page; what loading it fetches is not charged to the test. */
async function reload() {
  await page.reload();
  await waitForAnalysis(page, 1);
  network.mark();
}

/** The SVG a chart shows, from its image's data URL (the chart is an image:
 * the report's words in it are never markup in the page). */
async function chartSvg(testid) {
  const src = await page.locator(`[data-testid=${testid}] img`).getAttribute('src');
  assert.ok(src.startsWith('data:image/svg+xml;charset=utf-8,'), src.slice(0, 40));
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

/** A table's rows, cells tab-separated. (Read from the DOM: a table off
 * screen is not laid out, content-visibility: auto, so it has no innerText.) */
const rowTexts = (testid) => page.locator(`[data-testid=${testid}] tbody tr`)
  .evaluateAll((rows) => rows.map((tr) => [...tr.cells].map((c) => c.textContent).join('\t')));

async function waitForEntries(n) {
  await page.waitForFunction((k) => document.querySelectorAll('[data-testid=library-entry]').length === k, n, { timeout: 60_000 });
}

test('three files dropped at once are kept in the library, and still there after a reload', async () => {
  await dropFiles(FILES);
  // The library opens with the batch's progress.
  await page.locator('[data-testid=batch]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=batch]')?.dataset.done === 'true', null, { timeout: 60_000 });
  await waitForEntries(3);
  assert.deepEqual(await entryNames(), ['gov_national_2011.txt', 'gov_national_2012.txt', 'gov_national_2013.txt']);
  assert.deepEqual(await entryYears(), ['2011', '2012', '2013']);
  const regions = await page.locator('[data-testid=library-entry] td:nth-child(4)').allInnerTexts();
  assert.deepEqual(regions, ['全国（全国）', '全国（全国）', '全国（全国）']);
  // The sample the page opened with is not kept; the same files again are
  // kept once. One file is shown as well.
  await dropFiles(FILES.slice(0, 2));
  await page.waitForFunction(() => document.querySelector('[data-testid=batch]')?.dataset.done === 'true');
  await waitForEntries(3);
  await dropFiles(FILES.slice(2));
  await page.waitForFunction(() => document.querySelector('[data-testid=analysis]')?.dataset.file === 'gov_national_2013.txt'
    && document.querySelector('[data-testid=tab-report]').getAttribute('aria-selected') === 'true');
  await page.locator('[data-testid=tab-library]').click();
  await waitForEntries(3);

  await reload();
  await page.locator('[data-testid=tab-library]').click();
  await waitForEntries(3);
  assert.equal(await page.locator('[data-testid=tab-library]').innerText(), '文库（3）');
});

test('对比 shows keyness, 新提法 with their sentences, and targets against results', async () => {
  await page.locator('[data-testid=tab-compare]').click();
  // The two latest by year are chosen: A 2012, B 2013.
  await page.locator('[data-testid=comparison]').waitFor({ timeout: 30_000 });
  const chosen = async (side) => page.locator(`[data-testid=compare-${side}] option:checked`).innerText();
  assert.match(await chosen('a'), /^2012/);
  assert.match(await chosen('b'), /^2013/);
  const chart = await chartSvg('keyness-chart');
  assert.ok(chart.split('<rect').length > 10, 'bars in the keyness chart');
  assert.ok(await page.locator('[data-testid=keyness-b] tbody tr').count() >= 5);
  assert.ok(await page.locator('[data-testid=keyness-a] tbody tr').count() >= 5);
  const fresh = page.locator('[data-testid=new-in-b] button');
  assert.ok(await fresh.count() >= 3, 'new formulations in 2013');
  // A click shows the sentences of each report holding the phrase.
  const phrase = await fresh.first().innerText();
  await fresh.first().click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=phrase-sentences] > div').length === 2);
  const sentences = await page.locator('[data-testid=phrase-sentences] .sentence').allInnerTexts();
  assert.ok(sentences.length >= 1 && sentences.every((s) => s.includes(phrase)), `${phrase}: ${sentences}`);
  // The 2012 report's GDP target (增长7．5%) against the 2013 report's result (7.8%).
  const rows = await rowTexts('targets');
  const gdp = rows.find((r) => r.startsWith('国内生产总值'));
  assert.ok(gdp, rows.join('\n'));
  assert.match(gdp, /7[.．]5%/);
  assert.match(gdp, /7\.8%/);
  assert.match(gdp, /完成/);
  await firstScreenShot('compare.png');
  // The worker says how long it took.
  const ms = Number(await page.locator('[data-testid=comparison]').getAttribute('data-compare-ms'));
  assert.ok(ms >= 0 && ms < 1000, `compare took ${ms} ms`);

  // Choosing another A compares again: 2011 against 2013.
  await page.locator('[data-testid=compare-a]').selectOption({ index: 0 });
  await page.waitForFunction(() => /2011/.test(document.querySelector('[data-testid=comparison] .doc-meta')?.textContent ?? ''));
  // A stricter cut-off lists fewer key words.
  const before = await page.locator('[data-testid=keyness-b] tbody tr').count();
  await page.locator('[data-testid=min-g2]').fill('60');
  await page.locator('[data-testid=min-g2]').dispatchEvent('change');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=keyness-b] tbody tr').length < n, before);
});

test('历年 shows term trends, 提法 spans and the chain of targets', async () => {
  await page.locator('[data-testid=tab-series]').click();
  await page.locator('[data-testid=trends-chart] img').waitFor({ timeout: 30_000 });
  const trends = await chartSvg('trends-chart');
  for (const year of ['2011', '2012', '2013']) assert.ok(trends.includes(`>${year}</text>`), `column ${year}`);
  assert.match(await chartSvg('similarity-chart'), /^<svg[^>]* width="\d+" height="\d+"/);
  assert.ok(await page.locator('[data-testid=series-phrases] tbody tr').count() >= 5);
  const chain = await rowTexts('series-targets');
  assert.ok(chain.some((r) => r.startsWith('2012') && r.includes('国内生产总值')), chain.join('\n'));
  await firstScreenShot('series.png');
  // Each table is saved whole, as the worker writes it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=series] button', { hasText: 'CSV：targets.csv' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'report-lens-series-targets.csv');
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /^subject,unit,year,target,/);
  assert.ok(csv.split('\n').length - 2 >= chain.length, 'every target row');
});

test('every chart saves as SVG and PNG, the comparison as JSON, a page and CSV', async () => {
  /** Clicks `button` and gives the download's name and bytes. */
  async function saved(button) {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return [download.suggestedFilename(), await readFile(await download.path())];
  }
  const PNG = '89504e470d0a1a0a';
  for (const [tab, chart, name] of [['compare', 'keyness-chart', 'keyness'], ['series', 'trends-chart', 'trends'], ['series', 'similarity-chart', 'similarity']]) {
    await page.locator(`[data-testid=tab-${tab}]`).click();
    const figure = page.locator(`[data-testid=${chart}]`);
    await figure.locator('img').waitFor({ state: 'attached', timeout: 30_000 });
    const [svgName, svg] = await saved(figure.locator('button', { hasText: 'SVG' }));
    assert.equal(svgName, `report-lens-${name}.svg`);
    assert.equal(svg.toString(), await chartSvg(chart), 'the file is the chart shown');
    const [pngName, png] = await saved(figure.locator('button', { hasText: 'PNG' }));
    assert.equal(pngName, `report-lens-${name}.png`);
    assert.equal(png.subarray(0, 8).toString('hex'), PNG);
    assert.ok(png.length > 5000, `${pngName}: ${png.length} bytes`);
  }
  await page.locator('[data-testid=tab-compare]').click();
  const button = (label) => page.locator('[data-testid=comparison] button', { hasText: label });
  const [, json] = await saved(button('导出 JSON'));
  const comparison = JSON.parse(json);
  assert.deepEqual(Object.keys(comparison.a), ['title', 'year', 'region', 'characters', 'tokens']);
  // The comparison on screen: 2011 against 2013, at the cut-off set above.
  assert.deepEqual([comparison.a.year, comparison.b.year], [2011, 2013]);
  assert.ok(comparison.keyness.every((k) => Math.abs(k.g2) >= 60), 'the cut-off set applies');
  assert.ok(comparison.new_in_b.length > 0);
  const [, html] = await saved(button('导出对比报告'));
  assert.match(html.toString(), /^<!DOCTYPE html>/i);
  assert.ok(!html.toString().includes('<script'), 'the page has no script');
  const [csvName, csv] = await saved(button('CSV：keyness.csv'));
  assert.equal(csvName, 'report-lens-keyness.csv');
  assert.ok(csv.toString().startsWith('word,count_a,count_b,per10k_a,per10k_b,g2,log_ratio\n'));
});

test('the library renames, removes, exports and imports', async () => {
  await page.locator('[data-testid=tab-library]').click();
  const first = page.locator('[data-testid=library-entry] .entry-name').first();
  await first.fill('2011 全国');
  await first.dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('[data-testid=library-entry] .entry-name').value === '2011 全国');
  // The worker stored the new name: it is there after a reload.
  await reload();
  await page.locator('[data-testid=tab-library]').click();
  await waitForEntries(3);
  assert.deepEqual(await entryNames(), ['2011 全国', 'gov_national_2012.txt', 'gov_national_2013.txt']);
  // A blank name is refused: the name stays.
  await first.fill('  ');
  await first.dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('[data-testid=library-entry] .entry-name').value === '2011 全国');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=library-export]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'report-lens-library.json');
  const file = await download.path();

  await page.locator('[data-testid=library-entry] .remove').first().click();
  await waitForEntries(2);
  await page.locator('[data-testid=library-entry] .remove').first().click();
  await waitForEntries(1);
  await reload();
  await page.locator('[data-testid=tab-library]').click();
  await waitForEntries(1);

  // The exported file brings the removed reports back, renamed as they were.
  await page.locator('[data-testid=library-import]').setInputFiles(file);
  await waitForEntries(3);
  assert.ok((await entryNames()).includes('2011 全国'));
  // A file that is no library is refused with a message.
  await page.locator('[data-testid=library-import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await page.locator('[data-testid=library-problem]').waitFor();
  assert.match(await page.locator('[data-testid=library-problem]').innerText(), /不是报告透镜导出的文库文件/);
  assert.equal(await count('library-entry'), 3);
});
