//! PDFs, from the positioned text runs a PDF engine reads off them
//! (`report-lens-pdf`, or pdf.js through `www/pdf/runs.mjs` for what that
//! declines, in the page's PDF worker and in the CLI) to the
//! report's paragraphs: runs into lines (`lines`), page numbers and running
//! headers dropped (`furniture`), lines into paragraphs across line wraps
//! and page breaks, heavy faces kept as bold hints, Kangxi radicals read as
//! ideographs (`radicals`).
//!
//! A paragraph starts where a line is indented past the text's left edge,
//! where the line before it stopped short of the right edge, after a gap
//! wider than the text's line spacing, or where the size changes; a page's
//! first line goes on with the paragraph the page before ended in unless
//! one of those says otherwise.

mod furniture;
mod lines;
mod radicals;
mod runs_format;

use super::paragraphs::ParagraphWriter;
use super::{Format, OpenError, Opened};
use lines::{needs_space_between, without_layout_blanks, Line};

/// A PDF's text layer as an engine reads it (`www/pdf/runs.mjs`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfText {
    pub pages: Vec<PdfPage>,
}

/// One page: its size in points and its runs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfPage {
    pub width: f32,
    pub height: f32,
    pub runs: Vec<TextRun>,
    /// The engine could not read this page.
    pub failed: bool,
}

/// A run of text set in one font at one place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextRun {
    pub text: String,
    /// Where its baseline starts, in points from the page's bottom left.
    pub x: f32,
    pub y: f32,
    pub width: f32,
    /// The font size, in points.
    pub size: f32,
    /// The font's PostScript name (`NotoSerifCJKsc-Bold`, `FZXBSJW--GB1-0`).
    pub font: String,
}

/// Reads the PDF engine's answer (`www/pdf/runs.mjs`'s runs, as text: see
/// `runs_format`) as a report.
///
/// ```
/// use report_lens_analysis::{open_pdf, Format, OpenError};
///
/// // Lengths in hundredths of a point: a 22 pt title, a 16 pt line.
/// let runs = "pdf-runs 1\nfont\t0\tA+Noto-Bold\nfont\t1\tB+Noto-Regular\npage\t59500\t84200\n\
///             23000\t76000\t13200\t2200\t0\t政府工作报告\n9000\t70000\t8000\t1600\t1\t各位代表：\n";
/// let opened = open_pdf(runs).unwrap();
/// assert_eq!(opened.format, Format::Pdf);
/// assert_eq!(opened.text, "政府工作报告\n各位代表：\n");
///
/// assert_eq!(open_pdf("failure\tpassword\t").unwrap_err(), OpenError::PdfPassword);
/// ```
pub fn open_pdf(runs: &str) -> Result<Opened, OpenError> {
    read_pdf_text(&runs_format::parse(runs)?)
}

/// The report in a PDF's runs: one paragraph a line, bold hints.
pub fn read_pdf_text(pdf: &PdfText) -> Result<Opened, OpenError> {
    let pages: Vec<Vec<Line>> = pdf.pages.iter().map(lines::lines).collect();
    let furniture = furniture::furniture(&pages);
    let body: Vec<Vec<&Line>> = pages
        .iter()
        .zip(&furniture)
        .map(|(lines, marks)| {
            lines
                .iter()
                .zip(marks)
                .filter(|(_, &furniture)| !furniture)
                .map(|(line, _)| line)
                .collect()
        })
        .collect();
    if body.iter().all(|lines| lines.is_empty()) {
        return Err(OpenError::PdfNoText {
            pages: pdf.pages.len(),
        });
    }
    let measure = Measure::of(&body);
    let mut writer = ParagraphWriter::default();
    let mut before: Option<&Line> = None;
    for (p, lines) in body.iter().enumerate() {
        for (i, &line) in lines.iter().enumerate() {
            let new_paragraph = match before {
                None => true,
                Some(prev) => measure.starts_paragraph(prev, line, i == 0 && p > 0),
            };
            if new_paragraph {
                writer.start(None);
            } else if let (Some(a), Some(b)) = (
                writer.last_char(),
                line.pieces.first().and_then(|(t, _)| t.chars().next()),
            ) {
                if needs_space_between(a, b) {
                    writer.push(" ", false);
                }
            }
            for (text, bold) in without_layout_blanks(&line.pieces, measure.is_full(line)) {
                writer.push(&text, bold);
            }
            before = Some(line);
        }
    }
    let mut opened = writer.finish(Format::Pdf);
    opened.notes.push(super::OpenNote::PdfPages {
        pages: pdf.pages.len(),
        unreadable: pdf.pages.iter().filter(|p| p.failed).count(),
    });
    Ok(opened)
}

/// A paragraph's first line is indented by about two characters; a line
/// this many of its characters past the left edge is one.
const INDENT: f32 = 0.8;
/// A line that stops this many characters short of the right edge ends
/// its paragraph.
const SHORT: f32 = 1.5;
/// A gap between baselines this many times the usual spacing is a break.
const GAP: f32 = 1.45;
/// Sizes further apart than this share of the body's are different styles.
const SIZE_CHANGE: f32 = 0.12;

/// The body text's measure: its left and right edges, size and line
/// spacing, the values most of its lines share.
struct Measure {
    left: f32,
    right: f32,
    spacing: f32,
    size: f32,
}

/// The most common of the values, rounded to `step`.
fn mode(values: impl Iterator<Item = f32>, step: f32) -> Option<f32> {
    let mut counts: Vec<(i64, usize)> = Vec::new();
    for v in values.filter(|v| v.is_finite()) {
        let key = (v / step).round() as i64;
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => counts.push((key, 1)),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(k, _)| k as f32 * step)
}

impl Measure {
    fn of(pages: &[Vec<&Line>]) -> Measure {
        let all = || pages.iter().flatten();
        let size = mode(all().map(|l| l.size), 0.5).unwrap_or(12.0);
        let body = || all().filter(move |l| (l.size - size).abs() <= SIZE_CHANGE * size);
        let left = mode(body().map(|l| l.left), 2.0).unwrap_or(0.0);
        // Justified lines end together; ragged ones near the furthest.
        let right = mode(body().map(|l| l.right), 2.0)
            .unwrap_or(0.0)
            .max(percentile(body().map(|l| l.right).collect(), 0.9));
        let spacing = mode(
            pages.iter().flat_map(|lines| {
                lines
                    .windows(2)
                    .map(|w| w[0].baseline - w[1].baseline)
                    .filter(|d| *d > 0.0)
            }),
            0.5,
        )
        .unwrap_or(size * 1.5);
        Measure {
            left,
            right,
            spacing,
            size,
        }
    }

    /// Whether a line reaches the right edge: justified, if the text is.
    fn is_full(&self, line: &Line) -> bool {
        line.right >= self.right - SHORT * line.size
    }

    /// Whether `line` starts a paragraph after `prev`; `new_page` when it
    /// opens a page.
    fn starts_paragraph(&self, prev: &Line, line: &Line, new_page: bool) -> bool {
        let indented = line.left > self.left + INDENT * line.size;
        let prev_short = !self.is_full(prev);
        let gap = !new_page && prev.baseline - line.baseline > GAP * self.spacing;
        let size_change = (prev.size - line.size).abs() > SIZE_CHANGE * self.size;
        indented || prev_short || gap || size_change
    }
}

/// The value `share` of the values lie at or below, to within 2 points
/// (counted in 2-point steps: no sort).
fn percentile(values: Vec<f32>, share: f64) -> f32 {
    let keys: Vec<i64> = values
        .iter()
        .filter(|v| v.is_finite())
        .map(|v| (v / 2.0).round() as i64)
        .collect();
    let (Some(&low), Some(&high)) = (keys.iter().min(), keys.iter().max()) else {
        return 0.0;
    };
    // A page is under 15,000 points wide: the span to count is small.
    let span = usize::try_from(high.saturating_sub(low))
        .unwrap_or(0)
        .min(1 << 16)
        + 1;
    let mut counts = vec![0usize; span];
    for k in &keys {
        counts[usize::try_from(k.saturating_sub(low))
            .unwrap_or(0)
            .min(span - 1)] += 1;
    }
    let wanted = (keys.len() as f64 * share).ceil() as usize;
    let mut seen = 0;
    for (i, n) in counts.iter().enumerate() {
        seen += n;
        if seen >= wanted.max(1) {
            return low.saturating_add(i as i64) as f32 * 2.0;
        }
    }
    high as f32 * 2.0
}

#[cfg(test)]
mod tests;
