// An LZMA decoder for the single-file build (scripts/single-file.mjs inlines
// this file into the page's start and into its worker): the wasm modules,
// the app's glue and the PDF reader are packed by `xz --format=lzma` (a fifth
// smaller than gzip, which is all the browser's DecompressionStream offers),
// and unpacked here. Written from the LZMA specification (Igor Pavlov,
// lzma-specification.txt in the LZMA SDK): a range decoder and the literal,
// match and rep models.
//   lzmaDecode(bytes, size) → Uint8Array of `size` bytes
// `bytes` is an .lzma stream: a 13-byte header (properties, dictionary size,
// the unpacked size or all ones for "unknown", as xz writes it), then the
// range-coded data, ending in the end marker when the size is unknown. The
// caller gives the size. A stream that does not end where and as it should
// (the end marker, the range coder's code back at 0) throws. LZMA itself has
// no checksum, and a flipped bit early in the data can decode to other
// bytes that end well, so scripts/single-file.mjs also stores each part's
// CRC-32 (crc32 below, the same function at both ends) and the page checks it.
function lzmaDecode(input, size) {
  const props = input[0];
  if (props >= 9 * 5 * 5) throw new Error('lzma: bad properties');
  const lc = props % 9;
  const lp = Math.floor(props / 9) % 5;
  const pb = Math.floor(props / 45);
  // The header's size: unknown (all ones) means the end marker ends the data.
  let sizeKnown = false;
  let headerSize = 0;
  for (let i = 0; i < 8; i++) {
    if (input[5 + i] !== 0xff) sizeKnown = true;
    headerSize += input[5 + i] * 2 ** (8 * i);
  }
  if (sizeKnown && headerSize !== size) throw new Error('lzma: the header says another size');
  const out = new Uint8Array(size);
  let inPos = 13;
  const next = () => {
    if (inPos >= input.length) throw new Error('lzma: input ends early');
    return input[inPos++];
  };

  // The range decoder: its range and code, unsigned 32-bit numbers, kept in
  // a typed array rather than in variables the helpers close over (a third
  // faster in V8). A byte read past the input's end is caught by the main
  // loop, which checks the position once a symbol.
  if (next() !== 0) throw new Error('lzma: bad range coder start');
  const rc = new Uint32Array(2);
  rc[0] = 0xffffffff;
  for (let i = 0; i < 4; i++) rc[1] = (rc[1] << 8) | next();
  if (rc[1] === rc[0]) throw new Error('lzma: damaged stream');
  const bit = (probs, i) => {
    const p = probs[i];
    let range = rc[0];
    let code = rc[1];
    const bound = (range >>> 11) * p;
    let b;
    if (code < bound) {
      range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      b = 0;
    } else {
      range -= bound;
      code -= bound;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    if (range < 0x1000000) {
      // Both stay below 2^32: the code is always below the range.
      range *= 256;
      code = code * 256 + input[inPos++];
    }
    rc[0] = range;
    rc[1] = code;
    return b;
  };
  const directBits = (count) => {
    let range = rc[0];
    let code = rc[1];
    let result = 0;
    for (; count > 0; count--) {
      range >>>= 1;
      let b = 0;
      if (code >= range) {
        code -= range;
        b = 1;
      }
      if (code === range) throw new Error('lzma: damaged stream');
      result = ((result << 1) | b) >>> 0;
      if (range < 0x1000000) {
        range *= 256;
        code = code * 256 + input[inPos++];
      }
    }
    rc[0] = range;
    rc[1] = code;
    return result;
  };
  const probs = (n) => new Uint16Array(n).fill(1024);
  // A tree of `bits` bits, read highest bit first, or lowest first (reverse).
  const tree = (p, offset, bits) => {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | bit(p, offset + m);
    return m - (1 << bits);
  };
  const reverseTree = (p, offset, bits) => {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const b = bit(p, offset + m);
      m = (m << 1) | b;
      symbol |= b << i;
    }
    return symbol;
  };
  // A length: 0–7, 8–15 or 16–271, by position state (before adding 2).
  const lengthModel = () => ({ choice: probs(2), low: probs(16 << 3), mid: probs(16 << 3), high: probs(256) });
  const length = (model, posState) => {
    if (bit(model.choice, 0) === 0) return tree(model.low, posState << 3, 3);
    if (bit(model.choice, 1) === 0) return 8 + tree(model.mid, posState << 3, 3);
    return 16 + tree(model.high, 0, 8);
  };

  const literals = probs(0x300 << (lc + lp));
  const isMatch = probs(12 << 4);
  const isRep = probs(12);
  const isRepG0 = probs(12);
  const isRepG1 = probs(12);
  const isRepG2 = probs(12);
  const isRep0Long = probs(12 << 4);
  const posSlots = probs(4 << 6);
  const posSpecial = probs(1 + 128 - 14);
  const align = probs(16);
  const lengths = lengthModel();
  const repLengths = lengthModel();
  const pbMask = (1 << pb) - 1;
  const lpMask = (1 << lp) - 1;

  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  let pos = 0;
  for (;;) {
    if (inPos > input.length) throw new Error('lzma: input ends early');
    // A known size may end the data there (the code back at 0), or an end
    // marker may still follow; an unknown size ends at the end marker.
    if (sizeKnown && pos === size && rc[1] === 0) break;
    const posState = pos & pbMask;
    if (bit(isMatch, (state << 4) + posState) === 0) {
      if (pos >= size) throw new Error('lzma: output longer than said');
      const previous = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & lpMask) << lc) + (previous >>> (8 - lc)));
      let symbol = 1;
      if (state >= 7) {
        if (rep0 >= pos) throw new Error('lzma: distance past the start');
        let matchByte = out[pos - rep0 - 1];
        while (symbol < 0x100) {
          const matchBit = (matchByte >>> 7) & 1;
          matchByte <<= 1;
          const b = bit(literals, base + ((1 + matchBit) << 8) + symbol);
          symbol = (symbol << 1) | b;
          if (matchBit !== b) break;
        }
      }
      while (symbol < 0x100) symbol = (symbol << 1) | bit(literals, base + symbol);
      out[pos++] = symbol & 0xff;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(isRep, state) === 1) {
      if (pos === 0) throw new Error('lzma: a repeat at the start');
      if (bit(isRepG0, state) === 0) {
        if (bit(isRep0Long, (state << 4) + posState) === 0) {
          // One byte from rep0 back.
          if (pos >= size) throw new Error('lzma: output longer than said');
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let distance;
        if (bit(isRepG1, state) === 0) {
          distance = rep1;
        } else {
          if (bit(isRepG2, state) === 0) {
            distance = rep2;
          } else {
            distance = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = distance;
      }
      len = length(repLengths, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(lengths, posState);
      state = state < 7 ? 7 : 10;
      const slot = tree(posSlots, Math.min(len, 3) << 6, 6);
      if (slot < 4) {
        rep0 = slot;
      } else {
        const bits = (slot >>> 1) - 1;
        let distance = ((2 | (slot & 1)) << bits) >>> 0;
        if (slot < 14) {
          distance += reverseTree(posSpecial, distance - slot, bits);
        } else {
          distance = (distance + ((directBits(bits - 4) << 4) >>> 0)) >>> 0;
          distance = (distance + reverseTree(align, 0, 4)) >>> 0;
        }
        rep0 = distance;
      }
      if (rep0 === 0xffffffff) break; // the end marker: the data ends here
    }
    len += 2;
    if (rep0 >= pos) throw new Error('lzma: distance past the start');
    if (pos + len > size) throw new Error('lzma: output longer than said');
    for (let from = pos - rep0 - 1; len > 0; len--) out[pos++] = out[from++];
  }
  if (inPos > input.length) throw new Error('lzma: input ends early');
  // The encoder flushes the range coder so that its code ends at 0.
  if (rc[1] !== 0) throw new Error('lzma: damaged stream');
  if (pos !== size) throw new Error('lzma: output shorter than said');
  return out;
}

/** The CRC-32 of `bytes` (the polynomial of zip, gzip and xz: 0xEDB88320 reflected). */
function crc32(bytes) {
  let table = crc32.table;
  if (!table) {
    table = crc32.table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
