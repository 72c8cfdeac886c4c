// The PDF reader's one job, shared by the page's PDF worker (bundled into
// pdf-reader.js by scripts/pdf-bundle.mjs) and the CLI (scripts/pdf-text.mjs):
// a PDF's text layer as positioned runs, page by page, read by pdf.js.
// Everything after that — lines, paragraphs, page furniture, headings — is
// Rust (crates/analysis/src/open/pdf), so the page and the CLI agree.
//
// readRuns gives { pages: [{ width, height, runs: [{ text, x, y, width,
// size, font }], failed? }], total }: x and y (the baseline) in points from
// the page's bottom left, font the font's PostScript name
// (NotoSerifCJKsc-Bold, FZXBSJW--GB1-0), which says bold where the PDF has
// it. Failures are thrown as { kind, detail } with kind one of
//   'password'  an open password is needed
//   'no-copy'   the PDF forbids copying its text
//   'damaged'   pdf.js cannot parse it
// encodeAnswer writes either as the text `report_lens_analysis::open_pdf`
// reads (crates/analysis/src/open/pdf/runs_format.rs).

/**
 * CMaps by name (GBK-EUC-H, UniGB-UCS2-H, Adobe-GB1-UCS2…), packed .bcmap
 * bytes, or a function giving them (the page's worker unpacks one only when
 * a PDF asks for it).
 */
export function embeddedBinaryData(cmaps) {
  return class EmbeddedBinaryData {
    async fetch({ kind, filename }) {
      const name = filename.replace(/\.bcmap$/, '');
      const cmap = Object.hasOwn(cmaps, name) ? cmaps[name] : undefined;
      if (kind === 'cMapUrl' && cmap) return typeof cmap === 'function' ? cmap() : cmap;
      throw new Error(`no ${kind} ${filename} in the PDF reader`);
    }
  };
}

const isPlainObject = (value) => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A message's copy for the other half: the message, the objects in it and
 * the objects and arrays in those, each copied one level (what they hold is
 * shared). The sending half reuses what it sent right after sending: a text
 * chunk's object gets new, empty `items`; an operator list chunk's arrays
 * (`message.chunk.fnArray`) are emptied in place.
 */
function handedOver(message) {
  const copy = (value, depth) => {
    if (Array.isArray(value)) return depth > 0 ? value.slice() : value;
    if (!isPlainObject(value) || depth === 0) return value;
    const out = { ...value };
    for (const key of Object.keys(out)) out[key] = copy(out[key], depth - 1);
    return out;
  };
  return copy(message, 3);
}

/**
 * The line between pdf.js's two halves when both run in this thread: a
 * message is handed over as `handedOver` copies it, not structured-cloned
 * (the clones of every page's text items were a seventh of the reading
 * time). Messages arrive in order, after the sender's turn, as through a port.
 */
class InThreadPort {
  #listeners = new Set();
  #turn = Promise.resolve();
  postMessage(message) {
    const data = handedOver(message);
    const event = { data };
    this.#turn.then(() => {
      for (const listener of [...this.#listeners]) listener.call(this, event);
    });
  }
  addEventListener(_type, listener) {
    this.#listeners.add(listener);
  }
  removeEventListener(_type, listener) {
    this.#listeners.delete(listener);
  }
  terminate() {
    this.#listeners.clear();
  }
}

/**
 * pdf.js's document half (`PDFWorker`) joined to its parsing half
 * (`WorkerMessageHandler`, from pdf.worker.mjs, loaded in this thread) by an
 * InThreadPort.
 */
function inThreadWorker(pdfjs, WorkerMessageHandler) {
  const port = new InThreadPort();
  WorkerMessageHandler.initializeFromPort(port);
  return new pdfjs.PDFWorker({ port });
}

/** Copying text allowed: no restrictions, or the copy flag set. */
function copyAllowed(permissions, flags) {
  return permissions === null || permissions.includes(flags.COPY);
}

/** One page's runs. Rotated or empty runs are left out. */
function pageRuns(items, styles, fontName) {
  const runs = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.length === 0) continue;
    const [a, b, c, d, x, y] = item.transform;
    // Upright text only: a rotated or vertical run is not body text.
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0 || d <= 0) continue;
    runs.push({
      text: item.str,
      x,
      y,
      width: item.width,
      size: Math.max(d, item.height || 0),
      font: fontName(item.fontName) ?? styles[item.fontName]?.fontFamily ?? '',
    });
  }
  return runs;
}

/**
 * Reads `data` (a Uint8Array, taken over) with `pdfjs` (pdf.js's API
 * module) and `WorkerMessageHandler` (its parsing half, run in this
 * thread). Returns `{ pages, total }`, total the PDF's page count.
 */
export async function readRuns(pdfjs, data, { cmaps, WorkerMessageHandler }) {
  const worker = inThreadWorker(pdfjs, WorkerMessageHandler);
  const task = pdfjs.getDocument({
    data,
    worker,
    cMapUrl: 'embedded/',
    cMapPacked: true,
    BinaryDataFactory: embeddedBinaryData(cmaps),
    useWorkerFetch: false,
    isEvalSupported: false,
    useWasm: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    worker.destroy();
    if (error?.name === 'PasswordException') throw { kind: 'password', detail: String(error.message) };
    throw { kind: 'damaged', detail: String(error?.message ?? error) };
  }
  try {
    const permissions = await doc.getPermissions();
    if (!copyAllowed(permissions, pdfjs.PermissionFlag)) throw { kind: 'no-copy', detail: '' };
    const pages = [];
    // Font names by pdf.js's font id, which stays the same on every page.
    const names = new Map();
    for (let n = 1; n <= doc.numPages; n++) {
      let page;
      try {
        page = await doc.getPage(n);
        const content = await page.getTextContent();
        // Font names arrive with a page's operator list; text alone does
        // not load them. Only a page with a font not yet named is worth it.
        const unnamed = Object.keys(content.styles).filter((id) => !names.has(id));
        if (unnamed.length > 0 && content.items.some((i) => i.str)) {
          await page.getOperatorList();
          for (const id of unnamed) {
            try {
              names.set(id, page.commonObjs.get(id)?.name ?? null);
            } catch {
              names.set(id, null);
            }
          }
        }
        const [x0, y0, x1, y1] = page.view;
        pages.push({
          width: x1 - x0,
          height: y1 - y0,
          runs: pageRuns(content.items, content.styles, (id) => names.get(id)).map((r) => ({
            ...r,
            x: r.x - x0,
            y: r.y - y0,
          })),
        });
      } catch (error) {
        if (error?.kind) throw error;
        // One unreadable page is left empty, and said so; the others are still read.
        pages.push({ width: 0, height: 0, runs: [], failed: true });
      } finally {
        page?.cleanup();
      }
    }
    return { pages, total: doc.numPages };
  } finally {
    await doc.destroy();
    worker.destroy();
  }
}

const escapeField = (text) => text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]);
// Lengths in hundredths of a point, whole numbers.
const round = (n) => (Number.isFinite(n) ? Math.round(n * 100) : 'NaN');

/** The runs (readRuns's result) or a failure ({ kind, detail }) as `open_pdf` reads them. */
export function encodeAnswer(answer) {
  if (answer.kind) return `failure\t${answer.kind}\t${escapeField(String(answer.detail ?? ''))}\n`;
  const out = ['pdf-runs 1'];
  const fonts = new Map();
  for (const page of answer.pages) {
    for (const run of page.runs) {
      if (!fonts.has(run.font)) {
        fonts.set(run.font, fonts.size);
        out.push(`font\t${fonts.size - 1}\t${escapeField(run.font)}`);
      }
    }
  }
  for (const page of answer.pages) {
    out.push(`page\t${round(page.width)}\t${round(page.height)}${page.failed ? '\tfailed' : ''}`);
    for (const r of page.runs) {
      out.push(`${round(r.x)}\t${round(r.y)}\t${round(r.width)}\t${round(r.size)}\t${fonts.get(r.font)}\t${escapeField(r.text)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
