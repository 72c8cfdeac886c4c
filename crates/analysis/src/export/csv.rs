//! The tables as CSV that Excel opens correctly: UTF-8 with a BOM, CRLF,
//! fields quoted when needed, and no field a spreadsheet would run as a
//! formula.

use super::number;
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
pub(super) const METRIC_COLUMNS: [&str; 12] = [
    "原文", "数值", "单位", "限定", "对象", "变化", "基准", "类型", "时期", "章节", "句子", "位置",
];

/// One metric's fields, in [`METRIC_COLUMNS`] order.
pub(super) fn metric_fields(report: &Report, m: &Metric) -> [String; 12] {
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

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.map(|f| quote(&f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// Quotes a field holding a comma, quote or line break; a field opening
/// with = + - @ (or a tab or carriage return before one) is prefixed with '
/// so a spreadsheet shows it as text instead of running it as a formula.
fn quote(field: &str) -> String {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        rfc4180(&format!("'{field}"))
    } else {
        rfc4180(field)
    }
}

/// A field quoted for RFC 4180 when it holds a comma, quote or line break.
pub(super) fn rfc4180(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
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
}
