// End to end: the built dist/ in Debian's Chromium, as a user drives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, rm, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  startApp, page, context, server, network, pageErrors, cspViolations, count, errorText, showSample,
  openPanel, waitForAnalysis, firstScreenShot, SHOTS, ROOT, CORPUS,
} from './harness.mjs';


startApp();

test('the sample is analyzed on load: outline, cloud without overlaps, metrics', async () => {
  await waitForAnalysis(page, 30);
  assert.ok(await count('outline-item') >= 30, 'at least 30 outline items');
  const boxes = await page.$$eval('[data-testid=cloud] text', (texts) => texts.map((t) => {
    const r = t.getBoundingClientRect();
    return { word: t.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
  assert.ok(boxes.length >= 40, `${boxes.length} cloud words`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      assert.ok(!overlap, `“${a.word}” overlaps “${b.word}”: ${JSON.stringify([a, b])}`);
    }
  }
  const row = page.locator('[data-testid=metric-row]').filter({ has: page.locator('td.figure', { hasText: /^2796件$/ }) });
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /委员提案/);
  const stats = await page.locator('[data-testid=stats]').innerText();
  assert.match(stats, /汉字/);
  assert.equal(await page.locator('[data-testid=error]').isVisible(), false);
  await firstScreenShot('screenshot.png');
});

test('clicking an outline item scrolls the text to that section and highlights it', async () => {
  await showSample();
  const view = page.locator('[data-testid=text]');
  const before = await view.evaluate((el) => el.scrollTop);
  const item = page.locator('[data-testid=outline-item]', { hasText: '今后五年工作建议' });
  await item.click();
  const highlighted = page.locator('[data-testid=text] .highlight').first();
  await highlighted.waitFor();
  assert.match(await highlighted.innerText(), /今后五年工作建议/);
  const after = await view.evaluate((el) => el.scrollTop);
  assert.ok(after > before + 100, `scrollTop ${before} → ${after}`);
  const inView = async () => {
    const [box, viewBox] = [await highlighted.boundingBox(), await view.boundingBox()];
    return box.y >= viewBox.y - 1 && box.y < viewBox.y + viewBox.height;
  };
  assert.ok(await inView(), 'section start is in view');
  // Another panel opened, then the same section clicked again: the text
  // comes back scrolled to it (a hidden panel loses its scroll).
  await openPanel('metrics');
  await item.click();
  await view.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=text]').scrollTop > 100);
  assert.ok(await inView(), 'section start is in view again');
});

test('outline entries show size, figures and keywords, and fold', async () => {
  await showSample();
  const item = page.locator('[data-testid=outline-item]', { hasText: '建言资政精准有效' });
  const details = await item.locator('.details').innerText();
  assert.match(details, /^\d+ 字 · \d+\.\d% · \d+ 个数据 · \S+/);
  const before = await count('outline-item');
  const branch = page.locator('li', { has: page.locator('[data-testid=outline-item]', { hasText: '过去五年工作回顾' }) }).first();
  const nested = await branch.locator('ol [data-testid=outline-item]').count();
  assert.ok(nested >= 20, `${nested} entries under 过去五年工作回顾`);
  const toggle = branch.locator('[data-testid=outline-toggle]').first();
  await toggle.click();
  assert.equal(await count('outline-item'), before - nested, 'the entries under 过去五年工作回顾 fold away');
  await toggle.click();
  assert.equal(await count('outline-item'), before);
});

test('clicking a warning shows its place in the text', async () => {
  await showSample();
  await openPanel('warnings');
  await page.locator('[data-testid=warning][data-kind=PageMarker]').click();
  assert.equal(await page.locator('[data-testid=detail-tab-text]').getAttribute('aria-selected'), 'true', 'the click opens the text');
  const highlighted = page.locator('[data-testid=text] .highlight');
  await highlighted.first().waitFor();
  assert.equal((await highlighted.allInnerTexts()).join(''), '（下转第五版）');
  const [box, viewBox] = [await highlighted.first().boundingBox(), await page.locator('[data-testid=text]').boundingBox()];
  assert.ok(box.y >= viewBox.y - 1 && box.y < viewBox.y + viewBox.height, 'the marker is in view');
  const warnings = await page.locator('[data-testid=warning]').allInnerTexts();
  for (const kind of ['编号', '重复标题', '重复段落', '断行', '分版标记', '图片说明', '文本不完整']) {
    assert.ok(warnings.some((w) => w.startsWith(kind)), `a ${kind} warning`);
  }
});

test('the metrics table filters, searches, sorts, groups and shows a row’s sentence', async () => {
  await showSample();
  await openPanel('metrics');
  const total = await count('metric-row');
  assert.ok(total >= 45, `${total} rows`);
  await page.locator('[data-testid=filter-unit]').selectOption('篇');
  const units = await page.locator('[data-testid=metric-row] td:nth-child(3)').allInnerTexts();
  assert.ok(units.length >= 4 && units.every((u) => u === '篇'), units.join(','));
  await page.locator('[data-testid=filter-unit]').selectOption('');
  await page.locator('[data-testid=filter-text]').fill('提案');
  const rows = await page.locator('[data-testid=metric-row]').allInnerTexts();
  assert.ok(rows.length >= 3 && rows.length < total && rows.every((r) => r.includes('提案')));
  await page.locator('[data-testid=filter-text]').fill('');
  await page.locator('[data-testid=sort-value]').click();
  await page.locator('[data-testid=sort-value]').click();
  const first = await page.locator('[data-testid=metric-row] td.figure').first().innerText();
  assert.equal(first, '近亿元', 'largest normalized value (1e8 元) first when sorted descending');
  await page.locator('[data-testid=group-by]').selectOption('unit');
  assert.ok(await count('metric-group') >= 8);
  await page.locator('[data-testid=group-by]').selectOption('');
  await page.locator('[data-testid=sort-position]').click();
  const row = page.locator('[data-testid=metric-row]').filter({ has: page.locator('td.figure', { hasText: /^2796件$/ }) });
  await row.click();
  const highlighted = (await page.locator('[data-testid=text] .highlight').allInnerTexts()).join('');
  assert.ok(highlighted.startsWith('五年来，共收到委员提案2796件') && highlighted.endsWith('。'), highlighted);
});

test('headline cards, formulations and the CSV download', async () => {
  await showSample();
  assert.ok(await count('headline') >= 4);
  await openPanel('formulations');
  const formulations = await page.locator('[data-testid=formulation]').allInnerTexts();
  assert.ok(formulations.some((f) => f.startsWith('“四个意识”') && f.endsWith('×2')), formulations.join('|'));
  assert.ok(!formulations.some((f) => /\d/.test(f.split('×')[0])));
  await openPanel('metrics');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=download-csv]').click(),
  ]);
  const csv = await readFile(await download.path());
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
  const lines = csv.toString('utf8').slice(1).split('\r\n');
  assert.ok(lines[0].startsWith('原文,数值,单位,限定,对象'));
  assert.ok(lines.some((l) => l.startsWith('2796件,2796,件,,委员提案')), lines.slice(0, 5).join('\n'));
});

test('a cloud word opens its concordance; the SVG export has one <text> per word', async () => {
  await showSample();
  const cloudWords = await page.locator('[data-testid=cloud] text').evaluateAll((ts) => ts.map((t) => t.lastChild.textContent));
  assert.equal(await page.locator('[data-testid=keyword-row]').count(), 0, 'a closed table has no rows yet');
  await page.locator('.keyword-table summary').click();
  await page.locator('[data-testid=keyword-row]').first().waitFor();
  const table = await page.locator('[data-testid=keyword-row] td:first-child').allTextContents();
  assert.ok(table.length >= 30 && table[0] === cloudWords[0], 'the keyword table lists the heaviest first');
  await page.locator('[data-testid=cloud] text').nth(cloudWords.indexOf('委员工作室')).click();
  const concordance = page.locator('[data-testid=concordance]');
  await concordance.waitFor();
  const heading = await concordance.locator('h2').innerText();
  const occurrences = Number(heading.match(/出现 (\d+) 次/)[1]);
  assert.ok(occurrences >= 10, heading);
  assert.equal(await count('concordance-line'), occurrences, 'every occurrence listed');
  assert.ok(await count('section-bar') >= 3);
  await page.locator('[data-testid=concordance-line]').nth(2).click();
  assert.equal((await page.locator('[data-testid=text] .highlight').allInnerTexts()).join(''), '委员工作室');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-svg]').click()]);
  const svg = await readFile(await download.path(), 'utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
  }, svg);
  assert.equal(parsed.error, false);
  const shown = await page.locator('[data-testid=cloud] text').evaluateAll((ts) => ts.map((t) => t.lastChild.textContent));
  assert.deepEqual(parsed.texts, shown);
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-png]').click()]);
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  // A canvas that will not give its pixels (as a tainted one would not): the error line says so.
  await page.evaluate(() => {
    window.__toDataURL = HTMLCanvasElement.prototype.toDataURL;
    HTMLCanvasElement.prototype.toDataURL = () => { throw new DOMException('tainted', 'SecurityError'); };
  });
  try {
    await page.locator('[data-testid=export-png]').click();
    await page.locator('[data-testid=error]').waitFor({ state: 'visible' });
    assert.equal(await errorText(), '无法导出：浏览器未能把词云画成图片');
  } finally {
    await page.evaluate(() => { HTMLCanvasElement.prototype.toDataURL = window.__toDataURL; });
  }
});

/** Puts the keyword choices back as a first visit has them: they are saved, and outlive a test. */
async function restoreKeywordSettings() {
  await waitForAnalysis(page);
  await page.locator('[data-testid=keyword-method]').selectOption('tfidf');
  await page.locator('[data-testid=filter-boilerplate]').check();
  await page.locator('[data-testid=vertical]').uncheck();
  await waitForAnalysis(page);
  for (const chip of ['user-word', 'removed-word']) {
    while (await count(chip) > 0) await page.locator(`[data-testid=${chip}] button`).first().click();
  }
}

test('keyword choices: TextRank, boilerplate filter, vertical words, user dictionary', async () => {
  await showSample();
  try {
    await keywordChoices();
  } finally {
    await restoreKeywordSettings();
  }
});

async function keywordChoices() {
  const words = () => page.locator('[data-testid=cloud] text').evaluateAll((ts) => ts.map((t) => t.lastChild.textContent));
  const tfidf = await words();
  assert.ok(!tfidf.includes('工作'), '过滤套话 is on by default');
  await page.locator('[data-testid=filter-boilerplate]').uncheck();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=cloud] text')].some((t) => t.lastChild.textContent === '工作'));
  await page.locator('[data-testid=filter-boilerplate]').check();
  await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid=cloud] text')].some((t) => t.lastChild.textContent === '工作'));
  await page.locator('[data-testid=keyword-method]').selectOption('textrank');
  await page.waitForFunction((before) => {
    const now = [...document.querySelectorAll('[data-testid=cloud] text')].map((t) => t.lastChild.textContent);
    return now.join() !== before.join();
  }, tfidf);
  await page.locator('[data-testid=keyword-method]').selectOption('tfidf');
  await page.locator('[data-testid=vertical]').check();
  await page.waitForFunction(() => document.querySelector('[data-testid=cloud] text[writing-mode=vertical-rl]') !== null);
  const boxes = await page.$$eval('[data-testid=cloud] text', (texts) => texts.map((t) => t.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i], boxes[j]];
    assert.ok(!(a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5), `overlap ${i} ${j}`);
  }
  await page.locator('[data-testid=vertical]').uncheck();
  await openPanel('dictionary');
  await page.locator('[data-testid=user-word-input]').fill('书香政协');
  await page.locator('[data-testid=user-word-add]').click();
  assert.deepEqual(await page.locator('[data-testid=user-word]').allInnerTexts().then((t) => t.map((s) => s.replace('删除', '').trim())), ['书香政协']);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('report-lens.settings')));
  assert.deepEqual(saved.options.user_words, ['书香政协']);
  await page.locator('[data-testid=analyze]').click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=cloud] text')].some((t) => t.lastChild.textContent === '书香政协'));
  await page.locator('[data-testid=user-word]').locator('button').click();
  assert.ok(await count('new-word') >= 5, 'new words are listed');
}

test('pasted text is analyzed when 分析 is pressed', async () => {
  const text = '# 测试报告\n\n各位代表：\n\n一、过去一年工作回顾\n\n全年新增城镇就业1206万人，增长8.1%。\n\n二、今年工作安排\n\n（一）着力稳定宏观经济大盘。国内生产总值增长5.5%左右。\n';
  await page.locator('[data-testid=input]').fill(text);
  await page.locator('[data-testid=analyze]').click();
  await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === '测试报告');
  await waitForAnalysis(page, 3);
  const items = await page.locator('[data-testid=outline-item] .heading').allInnerTexts();
  assert.deepEqual(items, ['一、过去一年工作回顾', '二、今年工作安排', '（一）着力稳定宏观经济大盘']);
  const rows = await page.locator('[data-testid=metric-row]').allInnerTexts();
  assert.equal(rows.length, 3);
  assert.match(rows[0], /1206万人/);
  assert.match(rows[2], /5\.5%左右/);
});

test('an uploaded corpus file is decoded, shown and analyzed', async () => {
  await page.locator('[data-testid=file]').setInputFiles(join(CORPUS, 'gov_national_2022.txt'));
  await page.waitForFunction(() => document.querySelector('[data-testid=input]').value.startsWith('各位代表'));
  await waitForAnalysis(page, 20);
  const items = await page.locator('[data-testid=outline-item] .heading').allInnerTexts();
  assert.ok(items.some((t) => t.startsWith('一、')), items.join('|'));
  assert.ok(await count('metric-row') >= 40);
  // GBK decodes too.
  await page.locator('[data-testid=file]').setInputFiles(join(CORPUS, 'gov_national_2013.txt'));
  await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent.includes('2013'));
  assert.match(await page.locator('[data-testid=stats]').innerText(), /GB18030/);
});

test('empty input, a binary file and a 30 MB file get a clear message and the page keeps working', async () => {
  await page.locator('[data-testid=input]').fill('  \n\u3000 ');
  await page.locator('[data-testid=analyze]').click();
  await page.locator('[data-testid=error]').waitFor({ state: 'visible' });
  assert.match(await errorText(), /没有可分析的文字/);

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
  await page.locator('[data-testid=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await page.waitForFunction(() => document.querySelector('[data-testid=error]').textContent.includes('photo.png'));
  assert.match(await errorText(), /图片/);

  const big = join(ROOT, 'target', 'e2e-30mb.txt');
  await writeFile(big, Buffer.alloc(30 * 1024 * 1024, 'a'));
  try {
    await page.locator('[data-testid=file]').setInputFiles(big);
    await page.waitForFunction(() => document.querySelector('[data-testid=error]').textContent.includes('e2e-30mb.txt'));
    assert.match(await errorText(), /文件太大/);
  } finally {
    await rm(big, { force: true });
  }

  await page.locator('[data-testid=sample]').click();
  await waitForAnalysis(page, 30);
  assert.equal(await page.locator('[data-testid=error]').isVisible(), false);
  assert.deepEqual(pageErrors, []);
});

test('the JSON download is the analysis, per the contract', async () => {
  await showSample();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=download-json]').click(),
  ]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(Object.keys(json).sort(), ['formulations', 'headlines', 'keywords', 'meta', 'metrics', 'new_words', 'outline', 'stats', 'title', 'warnings']);
  assert.ok(json.outline.length >= 30);
  const m = json.metrics.find((m) => m.text === '2796件');
  assert.equal(m.value, 2796);
  assert.equal(m.unit, '件');
  // The CLI's JSON for the same text (cargo builds it first if it is not up
  // to date): the same report but for what the reader's keyword settings choose.
  const cli = JSON.parse(execFileSync('cargo',
    ['run', '-q', '-p', 'report-lens-cli', '--', 'analyze', join(ROOT, 'www/sample.txt'), '--json'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }));
  for (const field of ['title', 'meta', 'metrics', 'headlines', 'formulations', 'warnings']) {
    assert.deepEqual(json[field], cli[field], field);
  }
  const sections = (report) => report.outline.map(({ level, heading, start, end }) => ({ level, heading, start, end }));
  assert.deepEqual(sections(json), sections(cli));
});

test('on a phone-width screen nothing overflows sideways', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    // The cloud is laid out again, square, for the narrow screen.
    await page.waitForFunction(() => document.querySelector('[data-testid=cloud]').getAttribute('viewBox') === '0 0 800 800');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await page.screenshot({ path: join(SHOTS, 'screenshot-phone.png') });
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('no request leaves the page’s own origin', () => {
  const requests = network.all();
  assert.ok(requests.length > 3, 'requests were recorded');
  const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(`blob:${server.origin}`) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
});

test('导出报告 saves one standalone page that reads offline with no script', async () => {
  await showSample();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=export-report]').click(),
  ]);
  const path = await download.path();
  const html = await readFile(path, 'utf8');
  assert.ok(!/<script/i.test(html), 'no script in the export');
  const copy = join(ROOT, 'target', 'e2e-report.html');
  await writeFile(copy, html);
  // Opened from disk, as a reader would: everything is there without the app.
  const offline = await context.newPage();
  try {
    await offline.goto(`file://${copy}`);
    assert.equal(await offline.locator('h1').innerText(), await page.locator('.doc-title').innerText());
    assert.ok(await offline.locator('nav.outline li').count() >= 30);
    assert.ok(await offline.locator('svg text').count() >= 40);
    assert.equal(await offline.locator('tbody tr').count(), await page.locator('[data-testid=metric-row]').count());
    assert.ok(await offline.locator('td.figure', { hasText: /^2796件$/ }).count() === 1);
    assert.ok(await offline.locator('.warnings li').count() >= 5);
  } finally {
    await offline.close();
    await rm(copy, { force: true });
  }
});

test('the font stack and the cloud palette are the analysis crate’s, as the exports’; the dark scheme has its own', async () => {
  await showSample();
  // The font stack: set as --font by the page, the body's font-family through the stylesheet.
  const normalize = (stack) => stack.replace(/'/g, '"').split(/\s*,\s*/).join(', ');
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  const stack = await page.locator('[data-testid=cloud]').getAttribute('font-family');
  assert.match(font, /^"Noto Sans CJK SC", /);
  assert.equal(font, normalize(stack));
  // Light: each word is drawn in the colour the exported SVG gives it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-svg]').click()]);
  const svg = await readFile(await download.path(), 'utf8');
  const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const exported = await page.evaluate((source) => [...new DOMParser().parseFromString(source, 'image/svg+xml')
    .querySelectorAll('text')].map((t) => [t.textContent, t.getAttribute('fill')]), svg);
  const fills = () => page.locator('[data-testid=cloud] text').evaluateAll((ts) => ts.map((t) => [t.lastChild.textContent, getComputedStyle(t).fill]));
  assert.deepEqual(await fills(), exported.map(([word, hex]) => [word, rgb(hex)]));
  // Dark: the stylesheet's colours, by class, for the words and the concordance's bars.
  await page.locator('[data-testid=cloud] text.c0').first().click();
  await page.locator('[data-testid=section-bar]').first().waitFor();
  const barFill = () => page.locator('[data-testid=section-bar] rect').first().evaluate((r) => getComputedStyle(r).fill);
  const c1 = await page.locator('[data-testid=cloud] text.c1').first().evaluate((t) => getComputedStyle(t).fill);
  assert.equal(await barFill(), c1, 'the bars are palette colour 1');
  // The drop overlay's blue is palette colour 1 too.
  const drop = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--drop').trim());
  assert.equal(rgb(await drop()), c1);
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    const dark = await page.locator('[data-testid=cloud] text.c0').first().evaluate((t) => getComputedStyle(t).fill);
    assert.equal(dark, 'rgb(239, 107, 95)');
    assert.equal(await barFill(), 'rgb(127, 176, 239)');
    assert.equal(rgb(await drop()), 'rgb(127, 176, 239)');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(22, 24, 28)');
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
  assert.deepEqual(cspViolations, [], 'the CSP refused nothing');
});
