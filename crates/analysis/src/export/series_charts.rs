//! A series of reports drawn as SVG heatmaps: how much each term is used in
//! each report (term × report) and how alike each two reports are (report ×
//! report). Each cell's value is its `<title>` (a tooltip), and each root
//! `<svg>` gives its size in pixels, so the page can draw it to a PNG as it is.

use std::fmt::Write as _;

use super::escape_xml;
use super::theme::{CLOUD_PALETTE, FONT_STACK};
use crate::compare::{Series, TermTrend};

/// The charts' font size, and the margin around them.
const FONT_SIZE: f64 = 13.0;
const MARGIN: f64 = 8.0;
/// One cell of the term chart; a similarity cell is square, as wide.
const CELL_WIDTH: f64 = 40.0;
const CELL_HEIGHT: f64 = 22.0;
/// The row of report labels above the cells.
const HEADER_HEIGHT: f64 = 24.0;
/// Space between the row labels and the cells.
const LABEL_GAP: f64 = 6.0;
/// Most reports whose similarity is written in its cell (beyond, the
/// cells are too many to read; the tooltip still gives it).
const MAX_WRITTEN_SIMILARITY: usize = 12;
/// A cell shaded more than this takes white text.
const DARK_SHADE: f64 = 0.6;

/// How wide a label is drawn: a full-width character one font size, any
/// other character about half of one.
fn label_width(text: &str) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum();
    ems * FONT_SIZE
}

/// The root element, its size in pixels, and a white background.
fn open_svg(out: &mut String, width: f64, height: f64, label: &str) {
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" \
         font-family=\"{}\" font-size=\"{FONT_SIZE}\" role=\"img\" aria-label=\"{}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
        escape_xml(FONT_STACK),
        escape_xml(label)
    );
}

/// One cell: `color` at `shade` (0 to 1) of its full strength, `tooltip`
/// its title.
fn cell(
    out: &mut String,
    (x, y, width, height): (f64, f64, f64, f64),
    color: &str,
    shade: f64,
    tooltip: &str,
) {
    let _ = writeln!(
        out,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{height:.1}\" fill=\"{color}\" fill-opacity=\"{shade:.3}\" stroke=\"#ffffff\"><title>{}</title></rect>",
        escape_xml(tooltip)
    );
}

/// The labels of the report columns, above the cells from `left`.
fn column_labels(out: &mut String, series: &Series, left: f64) {
    for r in 0..series.reports.len() {
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            left + (r as f64 + 0.5) * CELL_WIDTH,
            MARGIN + HEADER_HEIGHT - 8.0,
            escape_xml(&series.report_label(r))
        );
    }
}

/// A row's label, right-aligned against the cells at `left`, centred on a
/// row at `y` of `height`.
fn row_label(out: &mut String, text: &str, left: f64, y: f64, height: f64) {
    let _ = writeln!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" dominant-baseline=\"central\">{}</text>",
        left - LABEL_GAP,
        y + height / 2.0,
        escape_xml(text)
    );
}

/// The heatmap of the first `terms` of the series' terms (rows) in each
/// report (columns, by year): a cell is shaded by the term's use per
/// 10,000 characters against its most in any report, and its tooltip
/// gives the use and the count.
///
/// ```
/// use report_lens_analysis::{open, series, trends_svg, Analyzer, OpenOptions};
///
/// let analyzer = Analyzer::new();
/// let profile = |text: &str| {
///     let opened = open("report.txt", text.as_bytes(), &OpenOptions::default()).unwrap();
///     analyzer.profile(&opened).unwrap()
/// };
/// let profiles = [
///     profile("2013年政府工作报告\n\n一、回顾\n\n脱贫攻坚取得胜利。脱贫攻坚成果巩固。乡村振兴起步。\n"),
///     profile("2012年政府工作报告\n\n一、回顾\n\n脱贫攻坚任务完成。乡村振兴全面推进。乡村振兴成效明显。\n"),
/// ];
/// let svg = trends_svg(&series(&profiles), 10);
/// assert!(svg.starts_with("<svg") && svg.contains(">乡村振兴</text>"));
/// assert!(svg.contains(">2012</text>") && svg.contains(" width=\"") && svg.contains(" height=\""));
/// ```
pub fn trends_svg(series: &Series, terms: usize) -> String {
    let rows = &series.terms[..terms.min(series.terms.len())];
    let labels = rows
        .iter()
        .map(|t| label_width(&t.term))
        .fold(0.0, f64::max);
    let left = MARGIN + labels + LABEL_GAP;
    let top = MARGIN + HEADER_HEIGHT;
    let width = left + series.reports.len() as f64 * CELL_WIDTH + MARGIN;
    let height = top + rows.len() as f64 * CELL_HEIGHT + MARGIN;
    let mut out = String::new();
    open_svg(
        &mut out,
        width,
        height,
        "词语历年使用：每万字出现次数，按每个词的最高年份着色",
    );
    column_labels(&mut out, series, left);
    for (row, term) in rows.iter().enumerate() {
        term_row(&mut out, series, term, left, top + row as f64 * CELL_HEIGHT);
    }
    out.push_str("</svg>\n");
    out
}

/// One term's row at `y`: its label, and a cell per report shaded by its
/// use there against its most in any report.
fn term_row(out: &mut String, series: &Series, term: &TermTrend, left: f64, y: f64) {
    row_label(out, &term.term, left, y, CELL_HEIGHT);
    let most = term.per10k.iter().copied().fold(0.0, f64::max);
    for (r, (&per10k, &count)) in term.per10k.iter().zip(&term.counts).enumerate() {
        let shade = if most > 0.0 { per10k / most } else { 0.0 };
        let tooltip = format!(
            "{} · {}：每万字 {per10k:.2}（{count} 次）",
            term.term,
            series.report_label(r)
        );
        let x = left + r as f64 * CELL_WIDTH;
        cell(
            out,
            (x, y, CELL_WIDTH, CELL_HEIGHT),
            CLOUD_PALETTE[0],
            shade,
            &tooltip,
        );
    }
}

/// The heatmap of how alike each two reports of the series are (the
/// cosine similarity of their term counts), both axes by year: cells are
/// shaded from the least alike two reports to the most alike two (a report
/// against itself in full), each has its value as its tooltip, and, with
/// 12 reports or fewer, written in it.
///
/// ```
/// use report_lens_analysis::{open, series, similarity_svg, Analyzer, OpenOptions};
///
/// let analyzer = Analyzer::new();
/// let profile = |text: &str| {
///     let opened = open("report.txt", text.as_bytes(), &OpenOptions::default()).unwrap();
///     analyzer.profile(&opened).unwrap()
/// };
/// let profiles = [
///     profile("2011年政府工作报告\n\n一、回顾\n\n脱贫攻坚取得胜利。脱贫攻坚成果巩固。\n"),
///     profile("2012年政府工作报告\n\n一、回顾\n\n脱贫攻坚任务完成。乡村振兴起步。\n"),
///     profile("2013年政府工作报告\n\n一、回顾\n\n乡村振兴全面推进。乡村振兴成效明显。\n"),
/// ];
/// let svg = similarity_svg(&series(&profiles));
/// assert!(svg.starts_with("<svg") && svg.contains(">2011</text>") && svg.contains(">1.00</text>"));
/// assert!(svg.contains(" width=\"") && svg.contains(" height=\""));
/// ```
pub fn similarity_svg(series: &Series) -> String {
    let reports = series.reports.len();
    let labels = (0..reports)
        .map(|r| label_width(&series.report_label(r)))
        .fold(0.0, f64::max);
    let left = MARGIN + labels + LABEL_GAP;
    let top = MARGIN + HEADER_HEIGHT;
    let side = reports as f64 * CELL_WIDTH;
    let (width, height) = (left + side + MARGIN, top + side + MARGIN);
    let pairs = || {
        let rows = series.similarity.iter().enumerate();
        rows.flat_map(|(i, row)| row.iter().enumerate().filter(move |&(j, _)| j != i))
            .map(|(_, &s)| s)
    };
    let least = pairs().fold(f64::INFINITY, f64::min);
    let most = pairs().fold(f64::NEG_INFINITY, f64::max);
    let write_values = reports <= MAX_WRITTEN_SIMILARITY;
    let mut out = String::new();
    open_svg(&mut out, width, height, "报告两两相似度（词频余弦相似度）");
    column_labels(&mut out, series, left);
    for (i, row) in series.similarity.iter().enumerate() {
        let y = top + i as f64 * CELL_WIDTH;
        row_label(&mut out, &series.report_label(i), left, y, CELL_WIDTH);
        for (j, &similarity) in row.iter().enumerate() {
            let shade = if i != j && most > least {
                ((similarity - least) / (most - least)).clamp(0.0, 1.0)
            } else {
                1.0
            };
            let tooltip = format!(
                "{} 与 {}：相似度 {similarity:.3}",
                series.report_label(i),
                series.report_label(j)
            );
            let x = left + j as f64 * CELL_WIDTH;
            cell(
                &mut out,
                (x, y, CELL_WIDTH, CELL_WIDTH),
                CLOUD_PALETTE[1],
                shade,
                &tooltip,
            );
            if write_values {
                let fill = if shade > DARK_SHADE {
                    "#ffffff"
                } else {
                    "#222222"
                };
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"{fill}\" text-anchor=\"middle\" dominant-baseline=\"central\">{similarity:.2}</text>",
                    x + CELL_WIDTH / 2.0,
                    y + CELL_WIDTH / 2.0
                );
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Side;

    /// A series of `years` (None: no year) whose terms are `terms`, each
    /// used once per report more than the one before.
    fn small_series(years: &[Option<i32>], terms: &[&str]) -> Series {
        let n = years.len();
        Series {
            reports: years
                .iter()
                .map(|&year| Side {
                    title: None,
                    year,
                    region: None,
                    characters: 10_000,
                    tokens: 5_000,
                })
                .collect(),
            terms: terms
                .iter()
                .enumerate()
                .map(|(t, term)| TermTrend {
                    term: (*term).to_owned(),
                    counts: (0..n).map(|r| t + r).collect(),
                    per10k: (0..n).map(|r| (t + r) as f64).collect(),
                })
                .collect(),
            phrases: Vec::new(),
            indicators: Vec::new(),
            targets: Vec::new(),
            similarity: (0..n)
                .map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.5 }).collect())
                .collect(),
            order: (0..n).collect(),
        }
    }

    #[test]
    fn one_cell_per_term_and_report() {
        let series = small_series(&[Some(2011), Some(2012), None], &["改革", "<开放>", "发展"]);
        let svg = trends_svg(&series, 2);
        assert_eq!(svg.matches("<title>").count(), 2 * 3, "{svg}");
        assert!(svg.contains(">&lt;开放&gt;</text>") && !svg.contains(">发展</text>"));
        assert!(svg.contains(">#3</text>"), "a report with no year: {svg}");
        // Asking for more terms than the series has draws those it has.
        assert_eq!(trends_svg(&series, 50).matches("<title>").count(), 3 * 3);
        // 改革 is used 0, 1, 2 times: no shade, half, full.
        assert!(svg.contains("fill-opacity=\"0.000\"") && svg.contains("fill-opacity=\"1.000\""));
    }

    #[test]
    fn similarity_values_written_up_to_twelve_reports() {
        let few = similarity_svg(&small_series(&[Some(2012), Some(2013)], &[]));
        assert_eq!(few.matches("<title>").count(), 4);
        assert!(
            few.contains(">0.50</text>") && few.contains(">1.00</text>"),
            "{few}"
        );
        let many = similarity_svg(&small_series(&[None; 13], &[]));
        assert_eq!(many.matches("<title>").count(), 13 * 13);
        assert!(!many.contains(">0.50</text>") && many.contains(">#13</text>"));
    }

    #[test]
    fn reports_of_one_year_are_labelled_by_region() {
        let mut series = small_series(&[Some(2025), Some(2025), Some(2024)], &["改革"]);
        series.reports[0].region = Some("安徽".into());
        series.reports[1].region = Some("广西".into());
        series.reports[2].region = Some("湖南".into());
        let labels: Vec<String> = (0..3).map(|r| series.report_label(r)).collect();
        assert_eq!(labels, ["安徽", "广西", "2024"]);
        assert!(trends_svg(&series, 1).contains(">广西</text>"));
    }
}
