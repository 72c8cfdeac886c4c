// Fails when what the page transfers passes its budget: every file of
// dist/ that a first visit loads, gzipped (-9) as a static host serves it.
// The PDF reader is fetched only when a PDF is opened: shown, not counted.
//   node scripts/size-budget.mjs [DIST] [BUDGET_BYTES]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.argv[3] ?? 3_000_000); // 3 MB, decimal as the issue and BENCHMARKS.md count
const ON_DEMAND = new Set(['pdf-reader.js']);
let total = 0;
const rows = [];
for (const name of readdirSync(dist).sort()) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const onDemand = ON_DEMAND.has(name);
  if (!onDemand) total += gzip;
  rows.push(`${name.padEnd(40)} ${String(bytes.length).padStart(9)} B  ${String(gzip).padStart(9)} B gzip${onDemand ? '  (on demand: not in the first load)' : ''}`);
}
console.log(rows.join('\n'));
const mb = (n) => (n / 1e6).toFixed(2);
console.log(`total ${mb(total)} MB gzip; budget ${mb(budget)} MB`);
if (total > budget) {
  console.error(`size-budget: dist/ transfers ${mb(total)} MB gzip, over the ${mb(budget)} MB budget`);
  process.exit(1);
}
