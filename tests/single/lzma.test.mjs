// The single file's LZMA decoder (www/single/lzma.js) against xz itself:
// what `xz --format=lzma` packs, with the settings scripts/single-file.mjs
// uses and with others, comes back byte for byte, with the size in the
// header unknown (as xz writes it) or given; a damaged or cut stream is
// caught, by the decoder or by the CRC-32 the page checks after it, never
// passed on as wrong bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const ROOT = join(import.meta.dirname, '../..');
const { lzmaDecode, crc32 } = new Function(`${readFileSync(join(ROOT, 'www/single/lzma.js'), 'utf8')}\nreturn { lzmaDecode, crc32 };`)();
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
      const packed = xz(bytes, ...settings);
      assert.ok(Buffer.from(lzmaDecode(packed, bytes.length)).equals(bytes), `${name} with ${settings}`);
      // The same stream with its size written in the header (its end marker still there).
      const sized = Uint8Array.from(packed);
      new DataView(sized.buffer).setBigUint64(5, BigInt(bytes.length), true);
      assert.ok(Buffer.from(lzmaDecode(sized, bytes.length)).equals(bytes), `${name} with ${settings}, sized`);
      assert.throws(() => lzmaDecode(sized, bytes.length + 1), /another size/);
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

test('the CRC-32 is the standard one', () => {
  assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32(new Uint8Array(0)), 0);
});

test('a damaged, cut or mislabelled stream is caught', () => {
  const { text } = inputs();
  const packed = xz(text, '-6');
  assert.throws(() => lzmaDecode(packed.subarray(0, packed.length >> 1), text.length), /lzma/);
  assert.throws(() => lzmaDecode(packed, text.length + 10), /lzma/);
  const bad = Uint8Array.from(packed);
  bad[0] = 250; // properties past lc/lp/pb's range
  assert.throws(() => lzmaDecode(bad, text.length), /lzma: bad properties/);
  // A bit flipped anywhere in the data: the stream no longer ends as it
  // should (end marker, code 0), fails before, or (LZMA has no checksum)
  // decodes to bytes the CRC-32 tells from the original.
  const sum = crc32(text);
  let thrown = 0;
  for (let i = 0; i < 40; i++) {
    const at = 14 + ((i * 7919) % (packed.length - 14));
    const damaged = Uint8Array.from(packed);
    damaged[at] ^= 1 << (i % 8);
    try {
      assert.notEqual(crc32(lzmaDecode(damaged, text.length)), sum, `bit ${i % 8} of byte ${at}`);
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      assert.match(String(error), /lzma/);
      thrown++;
    }
  }
  assert.ok(thrown >= 35, `${thrown} of 40 thrown by the decoder itself`);
});
