// The single file's LZMA decoder (www/single/lzma.js) against xz itself:
// what `xz --format=lzma` packs, with the settings scripts/single-file.mjs
// uses and with xz's defaults, comes back byte for byte; a damaged or cut
// stream throws instead of giving wrong bytes quietly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const ROOT = join(import.meta.dirname, '../..');
const lzmaDecode = new Function(`${readFileSync(join(ROOT, 'www/single/lzma.js'), 'utf8')}\nreturn lzmaDecode;`)();
const xz = (bytes, ...args) => new Uint8Array(execFileSync('xz', ['--format=lzma', ...args, '-c'], { input: bytes, maxBuffer: 1 << 28 }));

/** Inputs that reach every model: text (literals, long matches), random bytes
 * (literals after matches), runs (short reps), a repeated block far back (long
 * distances, the align bits), and one byte. */
function inputs() {
  const text = Buffer.from(readFileSync(join(ROOT, 'www/sample.txt'), 'utf8').repeat(3));
  const random = randomBytes(200_000);
  const runs = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? i & 0xff : 0x41)));
  const far = Buffer.concat([random.subarray(0, 50_000), randomBytes(300_000), random.subarray(0, 50_000)]);
  return { text, random, runs, far, one: Buffer.from([7]) };
}

test('what xz packs comes back byte for byte', () => {
  for (const [name, bytes] of Object.entries(inputs())) {
    for (const settings of [['--lzma1=preset=9e,pb=0'], ['-6'], ['--lzma1=preset=1,lc=0,lp=2,pb=4']]) {
      const out = lzmaDecode(xz(bytes, ...settings), bytes.length);
      assert.ok(Buffer.from(out).equals(bytes), `${name} with ${settings}`);
    }
  }
});

test('a wasm module of this build, if there is one, comes back byte for byte', (t) => {
  let wasm;
  try {
    wasm = readFileSync(join(ROOT, 'dist/worker_bg.wasm'));
  } catch {
    t.skip('no dist/worker_bg.wasm: trunk build --release first');
    return;
  }
  assert.ok(Buffer.from(lzmaDecode(xz(wasm, '--lzma1=preset=9e,pb=0'), wasm.length)).equals(wasm));
});

test('a damaged, cut or mislabelled stream throws', () => {
  const { text } = inputs();
  const packed = xz(text, '-6');
  assert.throws(() => lzmaDecode(packed.subarray(0, packed.length >> 1), text.length), /lzma/);
  assert.throws(() => lzmaDecode(packed, text.length + 10), /lzma/);
  const bad = Uint8Array.from(packed);
  bad[0] = 250; // properties past lc/lp/pb's range
  assert.throws(() => lzmaDecode(bad, text.length), /lzma: bad properties/);
  let caught = 0;
  for (let i = 0; i < 20; i++) {
    const damaged = Uint8Array.from(packed);
    damaged[20 + ((i * 7919) % (packed.length - 40))] ^= 0x55;
    try {
      const out = lzmaDecode(damaged, text.length);
      // A flipped byte that still decodes must at least not pass for the original.
      assert.ok(!Buffer.from(out).equals(text));
    } catch (error) {
      assert.match(String(error), /lzma/);
      caught++;
    }
  }
  assert.ok(caught > 0, 'some damage is caught');
});
