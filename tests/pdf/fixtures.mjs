// The PDF fixtures, made here from the corpus (read in place, never copied):
// reports printed by Chromium from the HTML a printer would be given
// (crates/analysis/examples/print_page.rs: Noto CJK fonts, bold headings,
// a running header and `— n —` page numbers), Word files of the corpus
// converted by LibreOffice, a scan (the pages as pictures, no text layer),
// PDFs encrypted three ways by qpdf, and damaged copies for the reader to
// survive. Written into target/pdf-fixtures/, made once and kept.
//   node tests/pdf/fixtures.mjs      (tests/pdf/reading.test.mjs calls it)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const OUT = join(ROOT, 'target/pdf-fixtures');

/** Printed by Chromium: [corpus file, fixture name]. */
export const PRINTED = [
  ['gov_national_2022.txt', 'printed_national_2022.pdf'],
  ['hengyang_cppcc_2021.txt', 'printed_hengyang_cppcc_2021.pdf'],
  ['more/gov_national_2009.txt', 'printed_national_2009.pdf'],
  ['gov_guangdong_2025.docx', 'printed_guangdong_2025.pdf'],
  ['more/gov_shanghai_2025.docx', 'printed_shanghai_2025.pdf'],
];
/** Converted by LibreOffice from the corpus's Word files. */
export const CONVERTED = [
  ['more/gov_anhui_2025.docx', 'converted_anhui_2025.pdf'],
  ['more/gov_sichuan_2025.docx', 'converted_sichuan_2025.pdf'],
  ['more/gov_hunan_2025.docx', 'converted_hunan_2025.pdf'],
  ['more/gov_xizang_2025.docx', 'converted_xizang_2025.pdf'],
];
export const SCAN = 'scan.pdf';
/** For the benchmark: the national reports 2003–2012 printed, cut to 200 pages. */
export const LONG = 'long_200_pages.pdf';
/** A report PDF as published (WPS, CID fonts): tests/fixtures/pdf/README.md. */
export const PUBLISHED = join(ROOT, 'tests/fixtures/pdf/beijing_2024_gov_work_report.pdf');
/** For the benchmark: the published PDF's 13 pages repeated to 200. */
export const LONG_PUBLISHED = 'long_published_200_pages.pdf';
const LONG_SOURCES = [2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012].map((y) => `more/gov_national_${y}.txt`);
/** qpdf's encryptions of printed_national_2022.pdf: [name, qpdf arguments, what reading gives]. */
export const ENCRYPTED = [
  ['encrypted_open.pdf', ['', 'owner', '256', '--'], 'text'],
  ['encrypted_no_copy.pdf', ['', 'owner', '256', '--extract=n', '--'], 'PdfNoCopy'],
  ['encrypted_password.pdf', ['user', 'owner', '256', '--'], 'PdfPassword'],
];

const HEADER = '<div style="font-size:9px;width:100%;text-align:center;font-family:Noto Sans CJK SC">政府工作报告</div>';
const FOOTER = '<div style="font-size:11px;width:100%;text-align:center;font-family:Noto Serif CJK SC">— <span class="pageNumber"></span> —</div>';
const MARGIN = { top: '25mm', bottom: '25mm', left: '28mm', right: '26mm' };

/** The built examples/print_page, made if missing. */
function printPage(file) {
  const bin = join(ROOT, 'target/release/examples/print_page');
  if (!existsSync(bin)) {
    execFileSync('cargo', ['build', '--release', '-q', '-p', 'report-lens-analysis', '--example', 'print_page'], { cwd: ROOT, stdio: 'inherit' });
  }
  return execFileSync(bin, [join(CORPUS, file)], { maxBuffer: 64 << 20 }).toString('utf8');
}

async function printAll(browser) {
  const page = await browser.newPage();
  for (const [source, name] of PRINTED) {
    const out = join(OUT, name);
    if (existsSync(out)) continue;
    await page.setContent(printPage(source), { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4', margin: MARGIN, displayHeaderFooter: true, headerTemplate: HEADER, footerTemplate: FOOTER });
  }
  const long = join(OUT, LONG);
  if (!existsSync(long)) {
    const bodies = LONG_SOURCES.map((f) => printPage(f).split('\n').slice(1).join('\n'));
    const head = printPage(LONG_SOURCES[0]).split('\n')[0];
    await page.setContent(`${head}\n${bodies.join('\n')}`, { waitUntil: 'load' });
    const all = join(OUT, 'long_all_pages.pdf');
    await page.pdf({ path: all, format: 'A4', margin: MARGIN, displayHeaderFooter: true, headerTemplate: HEADER, footerTemplate: FOOTER });
    execFileSync('qpdf', [all, '--pages', '.', '1-200', '--', long]);
  }
  // The scan: two pages of a report as pictures, nothing else.
  const scan = join(OUT, SCAN);
  if (!existsSync(scan)) {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.setContent(printPage('hengyang_cppcc_2021.txt'), { waitUntil: 'load' });
    const shots = [];
    for (const y of [0, 1123]) {
      shots.push((await page.screenshot({ fullPage: true, clip: { x: 0, y, width: 794, height: 1123 } })).toString('base64'));
    }
    const html = `<!doctype html><style>@page{margin:0}body{margin:0}img{display:block;width:210mm;height:297mm}</style>${shots.map((s) => `<img src="data:image/png;base64,${s}">`).join('')}`;
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: scan, format: 'A4', printBackground: true });
  }
  await page.close();
}

function convertAll() {
  const missing = CONVERTED.filter(([, name]) => !existsSync(join(OUT, name)));
  if (missing.length === 0) return;
  const profile = join(OUT, 'lo-profile');
  for (const [source, name] of missing) {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(OUT, 'converted'), join(CORPUS, source)], { stdio: 'ignore' });
    const made = join(OUT, 'converted', basename(source).replace(/\.docx$/, '.pdf'));
    writeFileSync(join(OUT, name), readFileSync(made));
  }
}

function encryptAll() {
  const plain = join(OUT, PRINTED[0][1]);
  for (const [name, args] of ENCRYPTED) {
    const out = join(OUT, name);
    if (!existsSync(out)) execFileSync('qpdf', ['--encrypt', ...args, plain, out]);
  }
}

/** A seeded generator: the same damaged files every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 2 ** 32;
  };
}

/** `count` damaged copies of `bytes`: cut short, bytes flipped, runs deleted or repeated. */
export function damaged(bytes, count, seed = 15) {
  const next = random(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const copy = Buffer.from(bytes);
    const at = () => Math.floor(next() * copy.length);
    switch (i % 4) {
      case 0: out.push(copy.subarray(0, at())); break;
      case 1: for (let k = 0; k < 1 + i % 40; k++) copy[at()] = Math.floor(next() * 256); out.push(copy); break;
      case 2: { const a = at(); const b = Math.min(copy.length, a + 1 + Math.floor(next() * 4096)); out.push(Buffer.concat([copy.subarray(0, a), copy.subarray(b)])); break; }
      default: { const a = at(); const b = Math.min(copy.length, a + 1 + Math.floor(next() * 2048)); out.push(Buffer.concat([copy.subarray(0, b), copy.subarray(a)])); }
    }
  }
  return out;
}

/** Makes every fixture that is missing. */
export async function makeFixtures() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    await printAll(browser);
  } finally {
    await browser.close();
  }
  convertAll();
  encryptAll();
  const longPublished = join(OUT, LONG_PUBLISHED);
  if (!existsSync(longPublished)) {
    const all = join(OUT, 'long_published_all_pages.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...Array(16).fill([PUBLISHED, '1-13']).flat(), '--', all]);
    execFileSync('qpdf', [all, '--pages', '.', '1-200', '--', longPublished]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await makeFixtures();
  console.log(`pdf fixtures in ${OUT}`);
}
