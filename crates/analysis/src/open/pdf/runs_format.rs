//! The runs a PDF engine hands over, as text (`report-lens-pdf`'s
//! `Runs::answer` and `www/pdf/runs.mjs` write it, the page's worker and
//! the CLI read it): compact, and read here with no
//! serde. One record a line, fields split by tabs (shown here as `→`):
//!
//! ```text
//! pdf-runs 1
//! font→0→AAAAAA+NotoSerifCJKsc-Bold
//! page→59592→84288
//! 16502→74688→18422→2200→0→2025年安徽省政府
//! page→59592→84288→failed
//! ```
//!
//! A run is x, y (its baseline), width and size, each in hundredths of a
//! point (whole numbers: no float parsing is linked for them), its font's
//! number and its text, with `\\`, tab, newline and carriage return
//! written `\\\\`, `\\t`, `\\n`, `\\r`. An engine that read nothing
//! answers one line, `failure→KIND→DETAIL` (kind `password`, `no-copy` or
//! `damaged`).

use super::{OpenError, PdfPage, PdfText, TextRun};

/// The first line of the runs.
const HEADER: &str = "pdf-runs 1";

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// A length written in hundredths of a point, in points.
fn number(field: Option<&str>) -> f32 {
    field
        .and_then(|f| f.parse::<i32>().ok())
        .map_or(f32::NAN, |n| n as f32 / 100.0)
}

/// The engine's answer: its runs, or the failure it reported.
pub(super) fn parse(text: &str) -> Result<PdfText, OpenError> {
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("");
    if let Some(failure) = first.strip_prefix("failure\t") {
        let (kind, detail) = failure.split_once('\t').unwrap_or((failure, ""));
        return Err(match kind {
            "password" => OpenError::PdfPassword,
            "no-copy" => OpenError::PdfNoCopy,
            _ => OpenError::PdfDamaged(unescape(detail)),
        });
    }
    if first != HEADER {
        return Err(OpenError::PdfReaderStopped(
            "PDF 阅读器的回答不是文字层".to_owned(),
        ));
    }
    let mut fonts: Vec<String> = Vec::new();
    let mut pages: Vec<PdfPage> = Vec::new();
    for line in lines {
        let mut fields = line.splitn(6, '\t');
        match fields.next() {
            Some("font") => {
                let index: usize = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0);
                let name = unescape(fields.next().unwrap_or(""));
                // Fonts are numbered in order; a number out of order is ignored.
                if index == fonts.len() {
                    fonts.push(name);
                }
            }
            Some("page") => pages.push(PdfPage {
                width: number(fields.next()),
                height: number(fields.next()),
                runs: Vec::new(),
                failed: fields.next() == Some("failed"),
            }),
            Some(x) => {
                let (y, width, size) = (fields.next(), fields.next(), fields.next());
                let font = fields
                    .next()
                    .and_then(|f| f.parse::<usize>().ok())
                    .and_then(|i| fonts.get(i))
                    .cloned()
                    .unwrap_or_default();
                let Some(page) = pages.last_mut() else {
                    continue;
                };
                page.runs.push(TextRun {
                    text: unescape(fields.next().unwrap_or("")),
                    x: number(Some(x)),
                    y: number(y),
                    width: number(width),
                    size: number(size),
                    font,
                });
            }
            None => {}
        }
    }
    Ok(PdfText { pages })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_read_back_with_their_fonts_and_escapes() {
        let text = "pdf-runs 1\nfont\t0\tA+Noto-Bold\npage\t59500\t84200\n9000\t70050\t8000\t1600\t0\t各位\\t代表\\\\：\npage\t59500\t84200\tfailed\n";
        let pdf = parse(text).unwrap();
        assert_eq!(pdf.pages.len(), 2);
        let run = &pdf.pages[0].runs[0];
        assert_eq!(run.text, "各位\t代表\\：");
        assert_eq!(
            (run.x, run.y, run.width, run.size),
            (90.0, 700.5, 80.0, 16.0)
        );
        assert_eq!(run.font, "A+Noto-Bold");
        assert!(pdf.pages[1].failed && !pdf.pages[0].failed);
    }

    #[test]
    fn failures_and_nonsense_are_errors() {
        assert_eq!(parse("failure\tpassword\t"), Err(OpenError::PdfPassword));
        assert_eq!(parse("failure\tno-copy\t"), Err(OpenError::PdfNoCopy));
        assert_eq!(
            parse("failure\tdamaged\tInvalid PDF\\n structure."),
            Err(OpenError::PdfDamaged("Invalid PDF\n structure.".to_owned()))
        );
        assert!(matches!(
            parse("{\"pages\":[]}"),
            Err(OpenError::PdfReaderStopped(_))
        ));
        // A run before any page, a font out of order, short lines: skipped.
        let pdf = parse("pdf-runs 1\n1\t2\t3\t4\t0\t字\nfont\t5\tX\npage\nx\n").unwrap();
        assert_eq!(pdf.pages.len(), 1);
        assert!(pdf.pages[0].runs[0].x.is_nan());
    }
}
