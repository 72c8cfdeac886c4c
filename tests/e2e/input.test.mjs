// End to end: every way a report comes in (each corpus file through the file
// input, drag and drop, rich paste, a chosen encoding), bad input, the text
// kept across reloads, and hostile content that must never run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startApp, page, network, firstLoad, pageErrors, cspViolations, count, errorText, waitForAnalysis,
  isCspViolation, zip, docxXml, CORPUS, chooseFile, fileName, openPanel,
} from './harness.mjs';

startApp();

// What rendering the text as HTML anywhere in the page would leave behind.
const INJECTED = 'iframe, img[src=x], main script, [onload], [onerror]';

const upload = (file) => chooseFile(page, file);

/** Opens a file through the file input and checks its analysis is shown, with no error. */
async function uploadAndShow(file) {
  await upload(file);
  assert.equal(await page.locator('[data-testid=error]').isVisible(), false, `${fileName(file)}: ${await errorText()}`);
  assert.equal(await page.locator('[data-testid=analysis]').getAttribute('data-file'), fileName(file));
}

test('every corpus file opens through the file input with a sane outline and metrics', async () => {
  const files = [
    // name, format, encoding, at least: sections, metrics
    ['hengyang_cppcc_2021.txt', '纯文本', 'UTF-8', 30, 40],
    ['gov_national_2013.txt', '纯文本', 'GB18030', 30, 100],
    ['gov_national_2022.txt', '纯文本', 'UTF-8', 50, 55],
    ['gov_national_2018_partial.txt', '纯文本', 'UTF-8', 10, 90],
    ['gov_national_2012_scrape.txt', '纯文本', 'GB18030', 40, 400],
    ['cpc_congress19_2017.txt', '纯文本', 'UTF-8', 70, 15],
    ['gov_beijing_2026.csv', 'CSV 表格', 'UTF-8', 50, 170],
    ['gov_guangdong_2025.docx', 'Word 文档', 'UTF-8', 85, 300],
  ];
  let lastMetrics = 0;
  for (const [name, format, encoding, minSections, minMetrics] of files) {
    await uploadAndShow(join(CORPUS, name));
    assert.equal(await page.locator('[data-testid=format]').innerText(), format, name);
    assert.equal(await page.locator('[data-testid=encoding-detected]').innerText(), encoding, name);
    const sections = Number(await page.locator('[data-testid=outline-count]').innerText());
    // A long outline (over 200 sections) starts folded to its top level.
    const shown = await count('outline-item');
    if (sections > 200) assert.ok(shown < sections / 4, `${name}: ${shown} of ${sections} entries unfolded`);
    else assert.equal(shown, sections, name);
    // The table draws 200 rows at a time; its count line has them all.
    const metrics = Number((await page.locator('[data-testid=metric-count]').innerText()).split('/')[1]);
    lastMetrics = metrics;
    assert.equal(await count('metric-row'), Math.min(metrics, 200), name);
    const title = await page.locator('.doc-title').innerText();
    console.log(`${name}: ${format} ${encoding}, ${sections} sections, ${metrics} metrics, title ${title}`);
    assert.ok(sections >= minSections, `${name}: ${sections} sections`);
    assert.ok(metrics >= minMetrics, `${name}: ${metrics} metrics`);
  }
  // The Word file's metrics (over 300): 200 rows, then the others on request.
  assert.ok(lastMetrics > 300, `${lastMetrics} metrics`);
  const rest = lastMetrics - 200;
  await openPanel('metrics');
  assert.match(
    await page.locator('.more-rows').innerText(),
    new RegExp(`还有 ${rest} 条未显示\\s*再显示 ${rest} 条`),
  );
  await page.locator('[data-testid=metrics-more]').click();
  assert.equal(await count('metric-row'), lastMetrics);
  assert.equal(await count('metrics-more'), 0);
  // The Word file's bold lead phrases are headings; its glossary entries are not.
  const headings = await page.locator('[data-testid=outline-item] .heading').allInnerTexts();
  assert.ok(headings.includes('提升广州、深圳两大中心城市发展能级'), headings.join('|'));
  assert.ok(headings.includes('附件1 2025年省十件民生实事'));
  assert.ok(!headings.some((h) => h.startsWith('1.“岳山造林”')));
  // The 260 KB scrape (131,000 characters) is drawn a piece a frame, to the end.
  await uploadAndShow(join(CORPUS, 'gov_national_2012_scrape.txt'));
  await page.waitForFunction(() => document.querySelector('[data-testid=text]').textContent
    === document.querySelector('[data-testid=input]').value);
  await page.locator('[data-testid=outline-item]').last().click();
  assert.equal(await page.locator('#focus').count(), 1);
  const folded = await count('outline-item');
  await page.locator('[data-testid=outline-toggle]').first().click();
  assert.ok(await count('outline-item') > folded, 'a folded entry opens');
  // Its 612 metrics: 200, 400, then all at once.
  await openPanel('metrics');
  assert.equal(await count('metric-row'), 200);
  await page.locator('[data-testid=metrics-more]').click();
  assert.equal(await count('metric-row'), 400);
  await page.locator('[data-testid=metrics-all]').click();
  assert.equal(await count('metric-row'), 612);
  // The CSV's report is its full_text cell: the title comes out, the button row does not.
  await uploadAndShow(join(CORPUS, 'gov_beijing_2026.csv'));
  assert.equal(await page.locator('.doc-title').innerText(), '2026年北京市政府工作报告');
  assert.match(await page.locator('[data-testid=open-note]').innerText(), /full_text/);
});

test('a chosen encoding reads the file again; 自动识别 goes back to the guess', async () => {
  await uploadAndShow(join(CORPUS, 'gov_national_2013.txt'));
  assert.equal(await page.locator('[data-testid=encoding-detected]').innerText(), 'GB18030');
  // A keyword choice analyzes the text again, still as the file's: its name
  // stays, and an encoding still reads the file again.
  await page.locator('[data-testid=filter-boilerplate]').uncheck();
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=cloud] text')].some((t) => t.lastChild.textContent === '工作'));
    assert.equal(await page.locator('[data-testid=analysis]').getAttribute('data-file'), 'gov_national_2013.txt');
  } finally {
    await page.locator('[data-testid=filter-boilerplate]').check();
  }
  await waitForAnalysis(page);
  assert.equal(await page.locator('[data-testid=analysis]').getAttribute('data-file'), 'gov_national_2013.txt');
  await page.locator('[data-testid=encoding]').selectOption('big5');
  await page.waitForFunction(() => document.querySelector('[data-testid=encoding-detected]')?.textContent === 'Big5');
  assert.ok(!(await page.locator('[data-testid=input]').inputValue()).includes('政府工作报告'));
  await page.locator('[data-testid=encoding]').selectOption('');
  await page.waitForFunction(() => document.querySelector('[data-testid=encoding-detected]')?.textContent === 'GB18030');
  assert.ok((await page.locator('[data-testid=input]').inputValue()).includes('政府工作报告'));

  // A file no guess can read: the message says to choose, and choosing reads it.
  const big5 = Buffer.concat([...Array(12)].map(() => Buffer.from([0xac, 0x46, 0xa9, 0xb2, 0x81, 0x20, 0x0a])));
  await upload({ name: 'big5.txt', mimeType: 'text/plain', buffer: big5 });
  assert.match(await errorText(), /无法识别文件的编码/);
  await page.locator('[data-testid=encoding]').selectOption('big5');
  await page.waitForFunction(() => document.querySelector('[data-testid=analysis]')?.dataset.file === 'big5.txt');
  assert.ok((await page.locator('[data-testid=input]').inputValue()).startsWith('政府'));
  await page.locator('[data-testid=encoding]').selectOption('');
});

test('a file dropped anywhere on the page is opened', async () => {
  const bytes = (await readFile(join(CORPUS, 'gov_guangdong_2025.docx'))).toString('base64');
  await page.evaluate((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], 'dropped.docx'));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    window.__transfer = transfer;
  }, bytes);
  await page.locator('[data-testid=drop-overlay]').waitFor({ state: 'visible' });
  await page.evaluate(() => document.querySelector('header').dispatchEvent(
    new DragEvent('drop', { dataTransfer: window.__transfer, bubbles: true, cancelable: true })));
  await page.waitForFunction(() => document.querySelector('[data-testid=analysis]')?.dataset.file === 'dropped.docx');
  assert.equal(await page.locator('[data-testid=drop-overlay]').count(), 0);
  assert.ok(await count('outline-item') >= 85);
  const docxText = await page.locator('[data-testid=input]').inputValue();

  // Text dropped from elsewhere replaces the draft, which 撤销 brings back.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', '一、拖进来的文字\n\n新增就业3万人。');
    document.querySelector('header').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('[data-testid=input]').value.startsWith('一、拖进来的文字'));
  assert.equal(await page.locator('[data-testid=undo-clear]').innerText(), '换回之前的文本');
  await page.locator('[data-testid=undo-clear]').click();
  assert.equal(await page.locator('[data-testid=input]').inputValue(), docxText);
});

/** Pastes `html` (and its plain text) into the textarea as a browser would. */
async function pasteRich(html, plain) {
  await page.locator('[data-testid=input]').fill('');
  await page.locator('[data-testid=input]').focus();
  await page.evaluate(([h, p]) => {
    const data = new DataTransfer();
    data.setData('text/html', h);
    data.setData('text/plain', p);
    document.querySelector('[data-testid=input]').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [html, plain]);
}

test('rich text pasted from a web page keeps its headings and drops its scripts', async () => {
  const html = '<meta charset="utf-8"><h1>某市政府工作报告</h1><p>各位代表：</p><h2>一、过去一年工作回顾</h2>'
    + '<p><b>经济运行稳中向好。</b>全市地区生产总值增长5.2%。</p><p><b>民生保障持续加强。</b>新增就业12万人。</p>'
    + '<script>window.__pasted = 1</script><h2>二、今年工作安排</h2><p>全年增长5%左右。</p>';
  await pasteRich(html, '某市政府工作报告 各位代表：…');
  await page.waitForFunction(() => document.querySelector('.doc-title')?.textContent === '某市政府工作报告');
  const headings = await page.locator('[data-testid=outline-item] .heading').allInnerTexts();
  assert.deepEqual(headings, ['一、过去一年工作回顾', '经济运行稳中向好', '民生保障持续加强', '二、今年工作安排']);
  const text = await page.locator('[data-testid=input]').inputValue();
  assert.ok(!text.includes('__pasted') && !text.includes('<'), text);
  assert.equal(await page.evaluate(() => window.__pasted), undefined);
  assert.equal(await page.locator(INJECTED).count(), 0);
  assert.equal(await page.locator('[data-testid=format]').innerText(), '网页');

  // HTML with no text of its own (an image, say): the clipboard's plain text is used.
  await pasteRich('<img alt="">', '一、纯文本备份\n\n新增就业8万人。');
  await page.waitForFunction(() => document.querySelector('[data-testid=input]').value.startsWith('一、纯文本备份'));
});

test('bad files get a clear message in Chinese and the page keeps working', async () => {
  const bomb = await zip([['word/document.xml', Buffer.alloc(110 * 1024 * 1024, 0x20)]]);
  const cases = [
    [{ name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: bomb }, /解压后超过 100 MB/],
    [{ name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]) }, /Word 文档已损坏/],
    [{ name: 'sheet.xlsx', mimeType: 'application/octet-stream', buffer: await zip([['xl/workbook.xml', Buffer.from('<workbook/>')]]) }, /不是 Word 文档/],
    [{ name: 'old.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }, /旧版 Office/],
    [{ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n') }, /PDF/],
    [{ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]) }, /图片/],
    [{ name: 'program.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]) }, /不是文本文件/],
    [{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, /文件是空的/],
    [{ name: 'english.txt', mimeType: 'text/plain', buffer: Buffer.from('Government Work Report\n\nGDP grew by 5.2 percent.\n') }, /没有汉字/],
    [{ name: 'table.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n') }, /没有找到正文列/],
  ];
  for (const [file, message] of cases) {
    await upload(file);
    const text = await errorText();
    assert.ok(text.startsWith(`${file.name}：`), text);
    assert.match(text, message, file.name);
  }
  await page.locator('[data-testid=sample]').click();
  await waitForAnalysis(page, 30);
  assert.equal(await page.locator('[data-testid=error]').isVisible(), false);
  assert.deepEqual(pageErrors, []);
});

test('hostile text, markup and file names are shown as text and never run', async () => {
  const payload = '一、<script>window.__xss = 1</script>标题\n\n<img src=x onerror="window.__xss = 2">'
    + '<svg onload="window.__xss = 3"><script>window.__xss = 4</script></svg>\n\n'
    + '全年收到提案2796件。"><iframe src="javascript:window.__xss = 5"></iframe>\n';
  const check = async (where) => {
    assert.equal(await page.evaluate(() => window.__xss), undefined, where);
    assert.equal(await page.locator(INJECTED).count(), 0, where);
  };

  // Typed or pasted as plain text: shown literally, markup and all.
  await page.locator('[data-testid=input]').fill(payload);
  await page.locator('[data-testid=analyze]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=text]')?.textContent.includes('onerror'));
  assert.match(await page.locator('[data-testid=text]').innerText(), /<script>window.__xss = 1<\/script>/);
  await check('typed');

  // The same as an uploaded .txt, .html and .docx: each analyzed, none run.
  await uploadAndShow({ name: 'payload.txt', mimeType: 'text/plain', buffer: Buffer.from(payload) });
  await check('txt');
  await uploadAndShow({ name: 'payload.html', mimeType: 'text/html', buffer: Buffer.from(`<p>${payload}</p><p>正文2796件。</p>`) });
  await check('html');
  const docx = await zip([['word/document.xml', docxXml(payload.split('\n').map((line) => [line, true]))]]);
  await uploadAndShow({ name: 'payload.docx', mimeType: 'application/octet-stream', buffer: docx });
  await check('docx');
  assert.match(await page.locator('[data-testid=text]').innerText(), /onerror/);

  // As rich paste.
  await pasteRich(`<h2>${payload}</h2><p>正文2796件。</p>`, payload);
  await page.waitForFunction(() => document.querySelector('[data-testid=format]')?.textContent === '网页');
  await check('rich paste');

  // As a file name, in an error message.
  const name = '<img src=x onerror="window.__xss=6">.png';
  await page.locator('[data-testid=file]').setInputFiles({ name, mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
  await page.waitForFunction(() => document.querySelector('[data-testid=error]').textContent.includes('onerror'));
  assert.ok((await errorText()).startsWith(name));
  await check('file name');

  // As a user dictionary word.
  await openPanel('dictionary');
  await page.locator('[data-testid=user-word-input]').fill('<img src=x onerror="window.__xss=7">');
  await page.locator('[data-testid=user-word-add]').click();
  await page.locator('[data-testid=user-word]').filter({ hasText: 'onerror' }).waitFor();
  await check('user word');
  await page.locator('[data-testid=user-word]').filter({ hasText: 'onerror' }).locator('button').click();
});

test('the Content-Security-Policy lets only the page’s own scripts run', async () => {
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.match(csp, /default-src 'none'/);
  // An inline script added now is refused.
  const refusal = page.waitForEvent('console', (m) => isCspViolation(m.text()));
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
    return window.__inline;
  });
  assert.equal(ran, undefined);
  // That refusal was the point: it is the only one, and only it is taken
  // off the list the harness checks.
  const violation = (await refusal).text();
  assert.match(violation, /script-src/);
  assert.deepEqual(cspViolations, [violation]);
  cspViolations.splice(0, 1);
});

test('the text is kept across reloads, and 清空 can be undone', async () => {
  const text = '一、本地保存测试\n\n全年收到委员提案1234件。\n\n二、后续安排\n\n新增就业5万人。\n';
  // From the next load on, every write to the page's storage is recorded.
  await page.addInitScript(() => {
    window.__writes = [];
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const original = Storage.prototype[name];
      Storage.prototype[name] = function (...args) {
        window.__writes.push(`${name} ${args[0] ?? ''}`);
        return original.apply(this, args);
      };
    }
  });
  const writes = () => page.evaluate(() => window.__writes);
  await page.locator('[data-testid=input]').fill(text);
  await page.reload();
  await page.waitForFunction((t) => document.querySelector('[data-testid=input]')?.value === t, text);
  await waitForAnalysis(page, 2);
  const headings = await page.locator('[data-testid=outline-item] .heading').allInnerTexts();
  assert.deepEqual(headings, ['一、本地保存测试', '二、后续安排']);
  assert.deepEqual(await writes(), [], 'the first render writes nothing over what the last visit stored');

  await page.locator('[data-testid=clear]').click();
  assert.equal(await page.locator('[data-testid=input]').inputValue(), '');
  // (The recorder records: 清空 is written.)
  await page.waitForFunction(() => window.__writes.includes('setItem report-lens.cleared'));
  await page.locator('[data-testid=undo-clear]').click();
  assert.equal(await page.locator('[data-testid=input]').inputValue(), text);

  // Cleared, then reloaded: still undoable.
  await page.locator('[data-testid=clear]').click();
  await page.reload();
  await page.locator('[data-testid=undo-clear]').waitFor();
  assert.equal(await page.locator('[data-testid=input]').inputValue(), '');
  assert.deepEqual(await writes(), []);
  await page.locator('[data-testid=undo-clear]').click();
  assert.equal(await page.locator('[data-testid=input]').inputValue(), text);
  // The reloads fetched the page's own files again, and nothing else.
  const own = new Set(network.all().slice(0, firstLoad));
  assert.deepEqual(network.since().filter((u) => !own.has(u)), [], 'requests beyond the page itself');
  network.mark();
});

test('a text the browser will not store gets a notice, and no older one is left to come back', async () => {
  const input = page.locator('[data-testid=input]');
  const stored = (key) => page.evaluate((k) => localStorage.getItem(`report-lens.${k}`), key);
  // An older text kept for 撤销, stored.
  await input.fill('一、早先清空的文本');
  await page.locator('[data-testid=clear]').click();
  await page.waitForFunction(() => localStorage.getItem('report-lens.cleared') === '一、早先清空的文本'
    && localStorage.getItem('report-lens.draft') === '');
  // The origin's storage filled to the last character: no text fits now.
  await page.evaluate(() => {
    let n = 0;
    for (const size of [1 << 20, 1 << 10, 1]) {
      try { for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size)); } catch { /* full at this size */ }
    }
  });
  const text = '一、存不下的文本\n\n新增就业5万人。';
  try {
    await input.fill(text);
    await page.locator('[data-testid=unsaved]').waitFor();
    assert.equal(await stored('draft'), null, 'no older draft left to come back after a reload');
    // 清空 keeps it for 撤销, and the browser will not store that either.
    await page.locator('[data-testid=clear]').click();
    await page.waitForFunction(() => localStorage.getItem('report-lens.cleared') === null);
    assert.equal(await page.locator('[data-testid=unsaved]').count(), 1);
  } finally {
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  }
  // 撤销 brings it back; with room again, it is stored and the notice goes.
  await page.locator('[data-testid=undo-clear]').click();
  await page.locator('[data-testid=unsaved]').waitFor({ state: 'detached' });
  assert.equal(await stored('draft'), text);
  await input.fill('一、存得下的文本');
  await page.waitForFunction(() => localStorage.getItem('report-lens.draft') === '一、存得下的文本');
});
