//! What a report is exported as: the metrics and keyword tables as CSV,
//! the cloud as SVG, the whole analysis as one standalone HTML page
//! (导出报告); two reports compared as a chart, a page and tidy CSV
//! tables; a series of reports as tidy CSV tables and SVG heatmaps; and
//! the look (palette, fonts) they share with the page.

mod comparison;
mod csv;
mod page;
mod series_charts;
mod svg;
mod tables;
mod theme;

pub use comparison::{comparison_html, keyness_svg};
pub use csv::{keywords_csv, metrics_csv};
pub use page::report_html;
pub use series_charts::{similarity_svg, trends_svg};
pub use svg::cloud_svg;
pub use tables::{comparison_tables, series_tables, SERIES_TABLES};
pub use theme::{CLOUD_PALETTE, CLOUD_PALETTE_DARK, FONT_STACK};

/// Escapes text for XML content and attributes.
pub(crate) fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// A number without a trailing `.0`.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{layout_cloud, AnalyzeOptions, Analyzer, CloudOptions, Keyword};

    /// Text from the report reaches every export escaped: a formula stays
    /// text in a spreadsheet, markup stays text in the SVG.
    #[test]
    fn hostile_report_text_is_escaped_in_every_export() {
        let analyzer = Analyzer::new();
        let text = "一、回顾\n\n=HYPERLINK(\"http://x\",\"点我\")收到提案2796件，\"立案\",2345件。\n\n<script>alert(1)</script>委员工作室建成28个。\n";
        let options = AnalyzeOptions {
            user_words: vec!["=SUM(A1)委员".to_owned(), "<b>委员</b>".to_owned()],
            ..Default::default()
        };
        let report = analyzer.analyze_with(text, &options).unwrap();
        let csv = metrics_csv(&report);
        let row = csv.lines().find(|l| l.starts_with("2796件")).unwrap();
        assert!(row.contains(",\"'=HYPERLINK(\"\"http://x\"\""), "{row}");
        for line in csv.lines().chain(keywords_csv(&report).lines()) {
            for field in line.split(',') {
                assert!(
                    !field.trim_start_matches('"').starts_with(['=', '+', '@']),
                    "{line}"
                );
            }
        }
        let words = vec![Keyword {
            word: "<script>alert(1)</script>".into(),
            weight: 1.0,
            count: 1,
            ..Default::default()
        }];
        let svg = cloud_svg(&layout_cloud(&words, &CloudOptions::default()));
        assert!(
            !svg.contains("<script") && svg.contains("&lt;script&gt;"),
            "{svg}"
        );
    }
}
