// Builds crates/analysis/data/lexicon.txt, the analyzer's dictionary, from
// jieba's dict.txt and idf.txt (as jieba-rs 0.11 ships them):
//   node scripts/lexicon.mjs [JIEBA_DATA_DIR] [MIN_FREQ]
// One line per word: `word freq tag idf` (idf with two decimals, `-` when
// jieba has none), the word front-coded (below). Words rarer than MIN_FREQ (default 5) are left out —
// 61% of jieba's 349,046 entries, changing 0.05% of the word boundaries in
// the corpus; the dictionary is what the page waits for — except common
// nouns, verbal nouns, proper nouns of organisations, set phrases and
// abbreviations seen at least 3 times (政协委员, 民主监督: a report's own terms).
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { homedir } from 'node:os';

function jiebaData() {
  const src = join(homedir(), '.cargo/registry/src');
  for (const index of existsSync(src) ? readdirSync(src) : []) {
    const dir = join(src, index, 'jieba-rs-0.11.0/src/data');
    if (existsSync(join(dir, 'dict.txt'))) return dir;
  }
  throw new Error('jieba-rs 0.11.0 sources not found: `cargo fetch` first, or pass the data directory');
}

// Most characters a word is written as sharing with the one before: '0' + 40
// is still a printable ASCII character ('X').
const MAX_SHARED = 40;

const dir = process.argv[2] && process.argv[2] !== '-' ? process.argv[2] : jiebaData();
const minFreq = Number(process.argv[3] ?? 5);
const idf = new Map();
for (const line of readFileSync(join(dir, 'idf.txt'), 'utf8').split('\n')) {
  const [word, value] = line.trim().split(/\s+/);
  if (word && value) idf.set(word, Number(value));
}
let kept = 0;
const out = [];
for (const line of readFileSync(join(dir, 'dict.txt'), 'utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(/\s+/);
  const domain = ['n', 'vn', 'nz', 'nt', 'l', 'j', 'an'].includes(tag) && Number(freq) >= 3;
  if (!word || (Number(freq) < minFreq && !domain)) continue;
  const value = idf.get(word);
  out.push(`${word} ${freq} ${tag ?? 'x'} ${value === undefined ? '-' : value.toFixed(2)}`);
  kept++;
}
// Sorted by UTF-8 bytes: the analyzer finds a word's IDF by binary search.
const bytes = (line) => Buffer.from(line.slice(0, line.indexOf(' ')));
out.sort((a, b) => Buffer.compare(bytes(a), bytes(b)));
// Front coding: each word written as how many characters it shares with the
// word before (one character, '0' + n) and the rest. Sorted neighbours share
// most of their words, so the page's worker transfers 11% less gzip
// (1.64 → 1.46 MB); `lexicon.rs` expands it once when the analyzer loads.
let previous = [];
const coded = out.map((line) => {
  const space = line.indexOf(' ');
  const word = [...line.slice(0, space)];
  let shared = 0;
  const most = Math.min(word.length, previous.length, MAX_SHARED);
  while (shared < most && word[shared] === previous[shared]) shared++;
  previous = word;
  return String.fromCharCode(48 + shared) + word.slice(shared).join('') + line.slice(space);
});
const target = resolve(import.meta.dirname, '../crates/analysis/data/lexicon.txt');
writeFileSync(target, coded.join('\n') + '\n');
console.log(`lexicon: ${kept} words (freq ≥ ${minFreq}, or ≥ 3 for terms) → ${target}`);
