// The PDF worker's message loop, bundled after pdf.js and runs.mjs into
// pdf-reader.js (scripts/pdf-bundle.mjs). The page sends one message, the
// PDF's bytes; the worker answers `{ answer, engine }`: its runs, or the
// failure, as the text `open_pdf` reads, and which engine read them. The
// Rust reader (crates/pdf as wasm) reads first; what it declines
// (encryption, named CMaps, damage) or traps on, pdf.js reads, as the CLI
// does (crates/cli/src/pdf.rs). The page starts a fresh worker for every
// PDF and ends it after the answer, or when it traps, hangs past the time
// limit or runs out of memory.
// Each CMap unpacked only when a PDF asks for one.
const cmaps = Object.fromEntries(
  Object.entries(PDF_CMAPS_BASE64).map(([name, b64]) => [
    name,
    () => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)),
  ]),
);

/** The runs the Rust reader read from `bytes`, or null when it declined or trapped. */
function readWithRust(bytes) {
  try {
    const module = new WebAssembly.Module(Uint8Array.from(atob(PDF_RUST_WASM_BASE64), (c) => c.charCodeAt(0)));
    const { exports } = new WebAssembly.Instance(module, {});
    const at = exports.input(bytes.length);
    new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
    const length = exports.read();
    const answer = new TextDecoder().decode(new Uint8Array(exports.memory.buffer, exports.answer(), length));
    return answer.startsWith('declined\t') ? null : answer;
  } catch {
    // A trap ends this instance only; pdf.js reads the file.
    return null;
  }
}

/** pdf.js's two halves, started on first use: `{ pdfjs, WorkerMessageHandler }`. */
let pdfjsStarted = null;
function loadPdfjs() {
  pdfjsStarted ??= {
    WorkerMessageHandler: startPdfjsWorkerHalf().WorkerMessageHandler,
    pdfjs: startPdfjs(),
  };
  return pdfjsStarted;
}

self.onmessage = async ({ data }) => {
  const bytes = new Uint8Array(data.bytes);
  const fast = readWithRust(bytes);
  if (fast !== null) {
    self.postMessage({ answer: fast, engine: 'rust' });
    return;
  }
  try {
    const { pdfjs, WorkerMessageHandler } = loadPdfjs();
    const runs = await readRuns(pdfjs, bytes, { cmaps, WorkerMessageHandler });
    self.postMessage({ answer: encodeAnswer(runs), engine: 'pdf.js' });
  } catch (error) {
    const failure = error?.kind ? error : { kind: 'damaged', detail: String(error?.message ?? error) };
    self.postMessage({ answer: encodeAnswer(failure), engine: 'pdf.js' });
  }
};
