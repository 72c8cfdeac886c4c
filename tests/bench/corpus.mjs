// The texts every benchmark uses: the reference report and 1 MB of reports
// (the plain-text corpus files, decoded, repeated to one megabyte of UTF-8).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const GBK = new Set(['gov_national_2013.txt', 'gov_national_2012_scrape.txt']);
const FILES = ['hengyang_cppcc_2021.txt', 'gov_national_2013.txt', 'gov_national_2022.txt',
  'gov_national_2018_partial.txt', 'gov_national_2012_scrape.txt', 'cpc_congress19_2017.txt'];

export function read(name) {
  const bytes = readFileSync(resolve(CORPUS, name));
  return new TextDecoder(GBK.has(name) ? 'gbk' : 'utf-8').decode(bytes).replace(/^\ufeff/, '');
}

export const reference = read('hengyang_cppcc_2021.txt');

export function megabyte() {
  let all = '';
  for (let i = 0; Buffer.byteLength(all) < 1 << 20; i++) all += read(FILES[i % FILES.length]) + '\n';
  return all;
}
