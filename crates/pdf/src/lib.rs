//! 报告透镜's PDF text-layer reader: a PDF's text as positioned runs, page
//! by page, in plain Rust. It reads what report PDFs are made of —
//! cross-reference tables and streams, object streams, Flate, composite
//! `Identity-H` fonts and simple and Type 3 fonts with `ToUnicode`, the text
//! operators and form XObjects — and declines the rest ([`Declined`]):
//! encryption, named CMaps (GBK-EUC-H), damaged cross-references. A caller
//! falls back to pdf.js for a declined file. The page runs this as wasm in
//! its PDF worker (`wasm.rs`), the CLI natively; both write the runs as
//! `report_lens_analysis::open_pdf` reads them ([`Runs::answer`]).
//!
//! ```
//! let pdf = b"not a pdf";
//! assert!(report_lens_pdf::read(pdf).is_err());
//! ```

mod budget;
mod content;
mod file;
mod filters;
mod fonts;
mod pages;
mod syntax;
mod to_unicode;
#[cfg(target_arch = "wasm32")]
mod wasm;

use std::fmt;

pub use pages::read;

/// Why a PDF was not read here (pdf.js reads it instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Declined {
    /// The file is encrypted: pdf.js decrypts, and says what is forbidden.
    Encrypted,
    /// Something a report PDF rarely has (a named CMap, a filter, vertical text).
    Unsupported(&'static str),
    /// The file does not parse as written (pdf.js repairs what it can).
    Damaged(&'static str),
}

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Declined::Encrypted => f.write_str("已加密"),
            Declined::Unsupported(what) => write!(f, "不支持：{what}"),
            Declined::Damaged(what) => write!(f, "文件受损：{what}"),
        }
    }
}

/// Glyphs that follow each other on one baseline in one font: `x`–`end`
/// along the baseline `y`, in points on the page (its view's bottom left
/// at 0, 0), `size` the font's size on the page, `font` a number in
/// [`Runs::fonts`].
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub end: f64,
    pub size: f64,
    pub font: usize,
}

/// One page: its size (the crop box within the media box) and runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub runs: Vec<Run>,
}

/// A PDF's text layer.
#[derive(Debug, Clone, PartialEq)]
pub struct Runs {
    pub pages: Vec<Page>,
    /// Font PostScript names (`AAAAAA+NotoSerifCJKsc-Bold`), by number, in
    /// the order the fonts were loaded (a font no run uses may be among them).
    pub fonts: Vec<String>,
}

/// A length in hundredths of a point, as the runs format writes it.
fn hundredths(n: f64) -> i64 {
    (n * 100.0).round() as i64
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

impl Runs {
    /// The runs as the text `open_pdf` reads (the format is described in
    /// `crates/analysis/src/open/pdf/runs_format.rs`; `www/pdf/runs.mjs`
    /// writes the same for pdf.js). Fonts are numbered by first use.
    pub fn answer(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::from("pdf-runs 1\n");
        let mut order: Vec<Option<usize>> = vec![None; self.fonts.len()];
        let mut next = 0;
        for run in self.pages.iter().flat_map(|p| &p.runs) {
            if order[run.font].is_none() {
                order[run.font] = Some(next);
                out.push_str(&format!("font\t{next}\t"));
                escape(&self.fonts[run.font], &mut out);
                out.push('\n');
                next += 1;
            }
        }
        for page in &self.pages {
            let _ = writeln!(
                out,
                "page\t{}\t{}",
                hundredths(page.width),
                hundredths(page.height)
            );
            for run in &page.runs {
                let _ = write!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t",
                    hundredths(run.x),
                    hundredths(run.y),
                    hundredths(run.end - run.x),
                    hundredths(run.size),
                    order[run.font].unwrap_or(0)
                );
                escape(&run.text, &mut out);
                out.push('\n');
            }
        }
        out
    }
}
