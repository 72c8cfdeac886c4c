// The PDF worker's message loop, bundled after pdf.js and runs.mjs into
// pdf-reader.js (scripts/pdf-bundle.mjs). The page sends one message, the
// PDF's bytes; the worker answers `{ answer }`: its runs, or the failure,
// as the text `open_pdf` reads. The page
// starts a fresh worker for every PDF and ends it after the answer, or when
// it traps, hangs past the time limit or runs out of memory.
// Each CMap unpacked only when a PDF asks for it.
const cmaps = Object.fromEntries(
  Object.entries(PDF_CMAPS_BASE64).map(([name, b64]) => [
    name,
    () => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)),
  ]),
);
self.onmessage = async ({ data }) => {
  try {
    const runs = await readRuns(pdfjsLib, new Uint8Array(data.bytes), {
      cmaps,
      WorkerMessageHandler: globalThis.pdfjsWorker.WorkerMessageHandler,
    });
    self.postMessage({ answer: encodeAnswer(runs) });
  } catch (error) {
    const failure = error?.kind ? error : { kind: 'damaged', detail: String(error?.message ?? error) };
    self.postMessage({ answer: encodeAnswer(failure) });
  }
};
