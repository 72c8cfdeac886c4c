//! PDFs on the command line, read as the page's PDF worker reads them: by
//! `report-lens-pdf` first (the worker runs it as wasm), and when it
//! declines a file (encrypted, a named CMap, damaged) or panics, by
//! `www/pdf/runs.mjs` with the same pdf.js, run by node
//! (`scripts/pdf-text.mjs`). Either's runs are read by the analysis crate's
//! `open_pdf`. A node reader that crashes or runs past [`TIME_LIMIT`] is
//! stopped and said so. `REPORT_LENS_PDF_ENGINE=rust` or `=pdfjs` uses one
//! engine only (to compare them).

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use report_lens_analysis::{open_pdf, OpenError, Opened};

/// Longest a PDF may take to read.
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// The reader script: `$REPORT_LENS_PDF_SCRIPT`, else the checkout's.
fn script() -> PathBuf {
    std::env::var_os("REPORT_LENS_PDF_SCRIPT").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/pdf-text.mjs"),
        PathBuf::from,
    )
}

/// The report in the PDF at `file`.
pub fn open_pdf_file(file: &Path) -> Result<Opened, OpenError> {
    let engine = std::env::var("REPORT_LENS_PDF_ENGINE").unwrap_or_default();
    if engine != "pdfjs" {
        let bytes = std::fs::read(file).map_err(|e| OpenError::PdfReaderStopped(e.to_string()))?;
        // A panic is the native twin of a trap in the page's wasm: pdf.js
        // takes over. (The panic hook is left alone: `corpus` reads files
        // on several threads, and the hook is the whole process's.)
        let read = std::panic::catch_unwind(|| report_lens_pdf::read(&bytes));
        match read {
            Ok(Ok(runs)) => return open_pdf(&runs.answer()),
            Ok(Err(why)) if engine == "rust" => {
                return Err(OpenError::PdfReaderStopped(why.to_string()))
            }
            _ if engine == "rust" => {
                return Err(OpenError::PdfReaderStopped("读取时出错".to_owned()))
            }
            _ => {}
        }
    }
    open_with_pdfjs(file)
}

/// The report in the PDF at `file`, read by pdf.js in node.
fn open_with_pdfjs(file: &Path) -> Result<Opened, OpenError> {
    let script = script();
    if !script.exists() {
        return Err(OpenError::PdfReaderMissing(format!(
            "没有找到 {}",
            script.display()
        )));
    }
    let mut child = Command::new("node")
        .arg(&script)
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| OpenError::PdfReaderMissing(format!("无法运行 node：{e}")))?;
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .map_err(|e| OpenError::PdfReaderStopped(e.to_string()))?
        {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(OpenError::PdfReaderStopped(format!(
                "超过 {} 秒",
                TIME_LIMIT.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = out.join().ok().and_then(Result::ok).unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    // Exit 0 with runs, 3 with a failure; anything else is a crash.
    if !matches!(status.code(), Some(0 | 3)) {
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        if stderr.contains("ERR_MODULE_NOT_FOUND") || stderr.contains("Cannot find module") {
            return Err(OpenError::PdfReaderMissing(last.to_owned()));
        }
        return Err(OpenError::PdfReaderStopped(format!("{status}：{last}")));
    }
    open_pdf(&stdout)
}
