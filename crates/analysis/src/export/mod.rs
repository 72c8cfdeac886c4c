//! Exports of a report for spreadsheets: the metrics table as CSV that Excel
//! opens correctly (UTF-8 with BOM, CRLF, every field quoted when needed).

mod page;
mod theme;

pub use page::report_html;
pub use theme::{CLOUD_PALETTE, FONT_STACK};

use crate::cloud::{CloudLayout, PALETTE_SIZE};
use crate::report::{Direction, Metric, Report};

/// The metrics table as CSV, one row per figure, headers in Chinese.
///
/// ```
/// let analyzer = report_lens_analysis::Analyzer::new();
/// let report = analyzer.analyze("一、回顾\n\n共收到委员提案2796件，立案2345件。\n").unwrap();
/// let csv = report_lens_analysis::metrics_csv(&report);
/// assert!(csv.starts_with('\u{feff}'));
/// assert!(csv.contains("2796件,2796,件,,委员提案"));
/// ```
pub fn metrics_csv(report: &Report) -> String {
    let mut out = String::from('\u{feff}');
    push_row(&mut out, METRIC_COLUMNS.iter().map(|h| (*h).to_owned()));
    for m in &report.metrics {
        push_row(&mut out, metric_fields(report, m).into_iter());
    }
    out
}

/// The columns of the metrics table, as exported.
pub(crate) const METRIC_COLUMNS: [&str; 12] = [
    "原文", "数值", "单位", "限定", "对象", "变化", "基准", "类型", "时期", "章节", "句子", "位置",
];

/// One metric's fields, in [`METRIC_COLUMNS`] order.
pub(crate) fn metric_fields(report: &Report, m: &Metric) -> [String; 12] {
    let section = m
        .section
        .and_then(|i| report.outline.get(i))
        .map(|s| s.heading.clone())
        .unwrap_or_default();
    let value = match m.upper {
        Some(upper) => format!("{}-{}", number(m.value), number(upper)),
        None => number(m.value),
    };
    let direction = m.change.as_ref().map(|c| match c.direction {
        Direction::Up => "增",
        Direction::Down => "减",
    });
    [
        m.text.clone(),
        value,
        m.unit.clone(),
        m.qualifier.clone().unwrap_or_default(),
        m.subject.clone().unwrap_or_default(),
        direction.unwrap_or_default().to_owned(),
        m.change
            .as_ref()
            .and_then(|c| c.basis.clone())
            .unwrap_or_default(),
        m.kind.label().to_owned(),
        m.period.clone().unwrap_or_default(),
        section,
        m.sentence.clone(),
        m.start.to_string(),
    ]
}

/// The keyword table as CSV (UTF-8 with BOM): word, weight, count, sections.
pub fn keywords_csv(report: &Report) -> String {
    let mut out = String::from('\u{feff}');
    push_row(
        &mut out,
        ["关键词", "权重", "次数", "所在章节"]
            .iter()
            .map(|h| (*h).to_owned()),
    );
    for k in &report.keywords {
        let sections: Vec<&str> = k
            .sections
            .iter()
            .filter_map(|&i| report.outline.get(i))
            .map(|s| s.heading.as_str())
            .collect();
        push_row(
            &mut out,
            [
                k.word.clone(),
                format!("{:.6}", k.weight),
                k.count.to_string(),
                sections.join("；"),
            ]
            .into_iter(),
        );
    }
    out
}

/// A standalone SVG of a laid-out cloud: text escaped, font stack with fallbacks.
///
/// ```
/// use report_lens_analysis::{cloud_svg, layout_cloud, CloudOptions, Keyword};
/// let words = vec![Keyword { word: "<委员&工作室>".into(), weight: 1.0, count: 1, ..Default::default() }];
/// let svg = cloud_svg(&layout_cloud(&words, &CloudOptions::default()));
/// assert!(svg.contains("&lt;委员&amp;工作室&gt;"));
/// ```
pub fn cloud_svg(cloud: &CloudLayout) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        cloud_svg_element(cloud)
    )
}

/// The cloud's `<svg>` element alone, to place inside an HTML page.
pub(crate) fn cloud_svg_element(cloud: &CloudLayout) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" font-family=\"{font}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        w = cloud.width,
        h = cloud.height,
        font = escape_xml(FONT_STACK),
    );
    for word in &cloud.words {
        let vertical = if word.vertical {
            " writing-mode=\"vertical-rl\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" fill=\"{}\" text-anchor=\"middle\" dominant-baseline=\"central\"{vertical}>{}</text>\n",
            word.x,
            word.y,
            word.font_size,
            CLOUD_PALETTE[word.color % PALETTE_SIZE],
            escape_xml(&word.word)
        ));
    }
    out.push_str("</svg>\n");
    out
}

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

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.map(|f| quote(&f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// Quotes a field holding a comma, quote or line break; a field opening
/// with = + - @ (or a tab or carriage return before one) is prefixed with '
/// so a spreadsheet shows it as text instead of running it as a formula.
fn quote(field: &str) -> String {
    let guarded = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("说\"好\""), "\"说\"\"好\"\"\"");
        assert_eq!(quote("=1+1"), "'=1+1");
        assert_eq!(quote("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(quote("\t=HYPERLINK(\"x\")"), "\"'\t=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(quote("普通"), "普通");
    }

    /// Text from the report reaches every export escaped: a formula stays
    /// text in a spreadsheet, markup stays text in the SVG.
    #[test]
    fn hostile_report_text_is_escaped_in_every_export() {
        let analyzer = crate::Analyzer::new();
        let text = "一、回顾\n\n=HYPERLINK(\"http://x\",\"点我\")收到提案2796件，\"立案\",2345件。\n\n<script>alert(1)</script>委员工作室建成28个。\n";
        let options = crate::AnalyzeOptions {
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
        let words = vec![crate::Keyword {
            word: "<script>alert(1)</script>".into(),
            weight: 1.0,
            count: 1,
            ..Default::default()
        }];
        let svg = cloud_svg(&crate::layout_cloud(
            &words,
            &crate::CloudOptions::default(),
        ));
        assert!(
            !svg.contains("<script") && svg.contains("&lt;script&gt;"),
            "{svg}"
        );
    }
}
