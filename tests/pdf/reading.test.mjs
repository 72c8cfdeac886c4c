// PDFs read as the CLI reads them (the Rust reader, pdf.js for what it
// declines, the analysis crate's layout: the page's reader, run from the
// command line) against the files they were made from: text ≥ 0.98
// similar, character by character, and the same outline; the two engines
// giving the same analysis wherever both read; scans, passwords and
// forbidden copying refused with their messages; damaged files refused,
// never a crash or a hang, in either engine.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { CONVERTED, CORPUS, ENCRYPTED, OUT, PRINTED, PUBLISHED, ROOT, SCAN, damaged, makeFixtures } from './fixtures.mjs';

const BIN = process.env.REPORT_LENS_BIN ?? join(ROOT, 'target/release/report-lens');
const MIN_SIMILARITY = 0.98;

before(async () => {
  if (!process.env.REPORT_LENS_BIN) {
    execFileSync('cargo', ['build', '--release', '-q', '-p', 'report-lens-cli'], { cwd: ROOT, stdio: 'inherit' });
  }
  await makeFixtures();
});

/** `report-lens analyze FILE ARGS…`: its stdout, stderr and exit code. */
function analyze(file, ...args) {
  return analyzeWith(undefined, file, ...args);
}

/** As `analyze`, with `REPORT_LENS_PDF_ENGINE=engine` (`rust`, `pdfjs`; undefined: both, in turn). */
function analyzeWith(engine, file, ...args) {
  const env = { ...process.env };
  if (engine) env.REPORT_LENS_PDF_ENGINE = engine;
  else delete env.REPORT_LENS_PDF_ENGINE;
  const run = spawnSync(BIN, ['analyze', file, ...args], { maxBuffer: 256 << 20, encoding: 'utf8', timeout: 180_000, env });
  return { out: run.stdout, err: run.stderr, code: run.status };
}

/** The Rust reader as the page's PDF worker runs it (crates/pdf/src/wasm.rs): its answer, or 'trapped'. */
function rustAnswers() {
  const wasm = join(ROOT, 'target/wasm32-unknown-unknown/release/report_lens_pdf.wasm');
  execFileSync('cargo', ['build', '--release', '-q', '--target', 'wasm32-unknown-unknown', '-p', 'report-lens-pdf', '--lib'], { cwd: ROOT, stdio: 'inherit' });
  const module = new WebAssembly.Module(readFileSync(wasm));
  return (bytes) => {
    try {
      const { exports } = new WebAssembly.Instance(module, {});
      const at = exports.input(bytes.length);
      new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
      const length = exports.read();
      return Buffer.from(exports.memory.buffer, exports.answer(), length).toString('utf8');
    } catch (error) {
      assert.ok(error instanceof WebAssembly.RuntimeError, String(error));
      return 'trapped';
    }
  };
}

/** The Rust reader in wasm: 'read', 'declined' or 'trapped'. */
function rustReader() {
  const answer = rustAnswers();
  return (bytes) => {
    const text = answer(bytes);
    if (text === 'trapped') return text;
    if (text.startsWith('declined\t')) return 'declined';
    assert.ok(text.startsWith('pdf-runs 1\n'), text.slice(0, 80));
    return 'read';
  };
}

/** The longest common subsequence of two arrays' lengths, by `eq`. */
function lcsTable(a, b, eq) {
  const rows = [new Uint32Array(b.length + 1)];
  for (let i = 1; i <= a.length; i++) {
    const row = new Uint32Array(b.length + 1);
    const above = rows[i - 1];
    for (let j = 1; j <= b.length; j++) {
      row[j] = eq(a[i - 1], b[j - 1]) ? above[j - 1] + 1 : Math.max(above[j], row[j - 1]);
    }
    rows.push(row);
  }
  return rows;
}

function charLcs(a, b) {
  if (!a.length || !b.length) return 0;
  let prev = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const row = new Uint32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * Character-level similarity of two texts, 2·matches / (|a| + |b|) as
 * difflib's ratio, each text ending in one newline: equal lines matched
 * first (each with its newline), the characters between them after.
 */
export function similarity(a, b) {
  const lines = (t) => (t.endsWith('\n') ? t : `${t}\n`).split(/(?<=\n)/);
  const la = lines(a);
  const lb = lines(b);
  const table = lcsTable(la, lb, (x, y) => x === y);
  let i = la.length;
  let j = lb.length;
  let matches = 0;
  let gapA = [];
  let gapB = [];
  const closeGap = () => {
    matches += charLcs([...gapA.reverse().join('')], [...gapB.reverse().join('')]);
    gapA = [];
    gapB = [];
  };
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && la[i - 1] === lb[j - 1]) {
      closeGap();
      matches += [...la[i - 1]].length;
      i--; j--;
    } else if (j > 0 && (i === 0 || table[i][j - 1] >= table[i - 1][j])) {
      gapB.push(lb[--j]);
    } else {
      gapA.push(la[--i]);
    }
  }
  closeGap();
  const size = (l) => l.reduce((n, line) => n + [...line].length, 0);
  return (2 * matches) / (size(la) + size(lb));
}

const outline = (json) => JSON.parse(json).outline.map((s) => `${s.level} ${s.heading}`);

test('the similarity measure agrees with a hand count', () => {
  assert.equal(similarity('一二三\n四五\n', '一二三\n四五'), 1);
  // 一二三四⏎ against 一二四⏎: 一二四⏎ in common, 4 of 5 and 4.
  assert.equal(similarity('一二三四\n', '一二四\n'), 8 / 9);
  // Only the three newlines in common.
  assert.equal(similarity('甲\n乙\n丙\n', '丁\n戊\n己\n'), 6 / 12);
  assert.equal(similarity('附件一\n正文\n', '正文\n'), 6 / 10);
});

for (const [source, name] of [...PRINTED, ...CONVERTED, ['gov_national_2022.txt', ENCRYPTED[0][0]]]) {
  test(`${name}: the text and the outline of ${source}`, () => {
    const pdf = join(OUT, name);
    const original = join(CORPUS, source);
    const read = analyze(pdf, '--text');
    assert.equal(read.code, 0, read.err);
    const score = similarity(analyze(original, '--text').out, read.out);
    console.log(`${name}: similarity ${score.toFixed(4)}`);
    assert.ok(score >= MIN_SIMILARITY, `${name}: similarity ${score.toFixed(4)}`);
    assert.deepEqual(outline(analyze(pdf, '--json').out), outline(analyze(original, '--json').out));
  });
}

test('a published PDF (WPS, CID fonts): its outline as labelled from its text', () => {
  const read = analyze(PUBLISHED, '--json');
  assert.equal(read.code, 0, read.err);
  const label = JSON.parse(readFileSync(PUBLISHED.replace(/\.pdf$/, '.outline.json'), 'utf8'));
  assert.deepEqual(outline(read.out), label.outline.map((s) => `${s.level} ${s.heading}`));
});

test('the Rust reader reads every fixture as pdf.js does, to the byte of the analysis; encrypted files it leaves to pdf.js', () => {
  const files = [...PRINTED, ...CONVERTED].map(([, name]) => join(OUT, name)).concat([PUBLISHED, join(OUT, SCAN)]);
  for (const file of files) {
    const rust = analyzeWith('rust', file, '--json');
    const pdfjs = analyzeWith('pdfjs', file, '--json');
    assert.equal(rust.code, pdfjs.code, `${file}: ${rust.err}`);
    assert.equal(rust.err, pdfjs.err, file);
    assert.ok(rust.out === pdfjs.out, `${file}: the two engines' analyses differ`);
  }
  for (const [name] of ENCRYPTED) {
    const rust = analyzeWith('rust', join(OUT, name), '--json');
    assert.equal(rust.code, 1);
    assert.match(rust.err, /已加密/);
  }
  // The page's wasm reads what the CLI reads natively, to the byte.
  execFileSync('cargo', ['build', '--release', '-q', '-p', 'report-lens-pdf', '--example', 'runs'], { cwd: ROOT, stdio: 'inherit' });
  const wasm = rustAnswers();
  for (const file of files) {
    const native = execFileSync(join(ROOT, 'target/release/examples/runs'), [file], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
    assert.ok(wasm(readFileSync(file)) === native, `${file}: wasm and native runs differ`);
  }
  // Both in turn (the default): the encrypted file that allows copying is read.
  assert.equal(analyze(join(OUT, ENCRYPTED[0][0]), '--json').code, 0);
});

test('GB fonts without ToUnicode (GBK-EUC-H, 仿宋_GB2312 as a simple font): the Rust reader declines, pdf.js reads', () => {
  const gb = join(ROOT, 'tests/fixtures/pdf/gb');
  for (const [file, first] of [
    ['issue2128r.pdf', '浅谈校长的魅力'],
    ['issue3521.pdf', '我们都是黑体字'],
    ['XiaoBiaoSong.pdf', '目录'],
    ['SimFang-variant.pdf', '全世界无产者，联合起来'],
  ]) {
    const rust = analyzeWith('rust', join(gb, file), '--text');
    assert.equal(rust.code, 1, file);
    assert.match(rust.err, /不支持/, file);
    const read = analyze(join(gb, file), '--text');
    assert.equal(read.code, 0, `${file}: ${read.err}`);
    assert.ok(read.out.split('\n').some((line) => line.startsWith(first)), `${file}: ${read.out.slice(0, 200)}`);
  }
});

test('a scan, a password and forbidden copying are refused with what to do', () => {
  const scan = analyze(join(OUT, SCAN), '--json');
  assert.notEqual(scan.code, 0);
  assert.match(scan.err, /文字层为空：这是扫描件/);
  assert.match(scan.err, /OCR/);
  const password = analyze(join(OUT, ENCRYPTED[2][0]), '--json');
  assert.notEqual(password.code, 0);
  assert.match(password.err, /打开密码/);
  const noCopy = analyze(join(OUT, ENCRYPTED[1][0]), '--json');
  assert.notEqual(noCopy.code, 0);
  assert.match(noCopy.err, /禁止复制/);
});

/**
 * The first two pages of a converted fixture, rewritten by qpdf with
 * `options` (the same bytes on every run: --deterministic-id), for the
 * damaged copies.
 */
function twoPages(...options) {
  const args = ['--deterministic-id', ...options, join(OUT, CONVERTED[3][1]), '--pages', '.', '1-2', '--', '-'];
  return execFileSync('qpdf', args, { maxBuffer: 64 << 20 });
}

test('damaged PDFs are read, declined or trapped by the Rust reader, never a hang', { timeout: 300_000 }, () => {
  const read = rustReader();
  const small = twoPages('--qdf', '--object-streams=disable');
  const packed = twoPages('--object-streams=generate');
  assert.equal(read(small), 'read');
  assert.equal(read(packed), 'read');
  const outcomes = { read: 0, declined: 0, trapped: 0 };
  for (const bytes of [...damaged(small, 300), ...damaged(packed, 300, 16)]) outcomes[read(bytes)]++;
  console.log(`damaged PDFs, Rust reader: ${JSON.stringify(outcomes)}`);
  assert.ok(outcomes.read > 0 && outcomes.declined > 0, JSON.stringify(outcomes));
});

test('damaged PDFs are refused or read by pdf.js, never a crash or a hang', async () => {
  const { readRuns } = await import('../../www/pdf/runs.mjs');
  globalThis.DOMMatrix ??= class DOMMatrix {};
  const pdfjs = await import(join(ROOT, 'node_modules/pdfjs-dist/legacy/build/pdf.mjs'));
  const { WorkerMessageHandler } = await import(join(ROOT, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'));
  // Uncompressed objects, so that damage lands in text, fonts and xref alike.
  const small = twoPages('--qdf', '--object-streams=disable');
  const copies = damaged(small, Number(process.env.DAMAGED_PDFS ?? 300));
  const outcomes = { read: 0, refused: 0 };
  for (const bytes of copies) {
    const answer = await Promise.race([
      readRuns(pdfjs, new Uint8Array(bytes), { cmaps: {}, WorkerMessageHandler }).then(() => 'read', (e) => {
        assert.ok(e?.kind, `a failure without a kind: ${e}`);
        return 'refused';
      }),
      new Promise((ok) => setTimeout(() => ok('hang'), 20_000)),
    ]);
    assert.notEqual(answer, 'hang');
    outcomes[answer]++;
  }
  console.log(`damaged PDFs: ${outcomes.read} read, ${outcomes.refused} refused`);
  // And through the CLI (the Rust reader, pdf.js for what it declines, then the Rust layout), a few of them.
  const dir = join(OUT, 'damaged');
  mkdirSync(dir, { recursive: true });
  copies.slice(0, 12).forEach((bytes, i) => {
    const file = join(dir, `damaged_${String(i).padStart(3, '0')}.pdf`);
    writeFileSync(file, bytes);
    const run = analyze(file, '--json');
    // 0: read; 1: refused with a message. Anything else is a crash.
    assert.ok(run.code === 0 || run.code === 1, `${file}: exit ${run.code}\n${run.err}`);
    if (run.code === 1) assert.match(run.err, /PDF|文字层为空/, `${file}: ${run.err}`);
  });
});
