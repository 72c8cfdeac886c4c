//! A series of reports as tidy CSV tables for data tools (pandas, R,
//! DuckDB, Spark): one row per observation, one column per variable,
//! UTF-8 without a BOM, LF line ends, numbers as plain numbers, fields
//! quoted only when they hold a comma, quote or line break.

use super::csv::rfc4180 as field;
use crate::compare::{Series, TargetStatus, Trend};
use crate::report::MetricKind;

fn optional<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// One table: a header and rows of fields.
fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push('\n');
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// The series as five tables, each with its file name: `reports.csv`,
/// `terms.csv` (term × report, long), `phrases.csv` (first and last year,
/// trend), `indicators.csv` (indicator × report, long) and `targets.csv`.
/// `files` names the reports in the order they were given.
pub fn series_tables(series: &Series, files: &[String]) -> Vec<(&'static str, String)> {
    vec![
        ("reports.csv", reports_table(series, files)),
        ("terms.csv", terms_table(series)),
        ("phrases.csv", phrases_table(series)),
        ("indicators.csv", indicators_table(series)),
        ("targets.csv", targets_table(series)),
    ]
}

/// One row per report: where it came from, its title, year and size.
fn reports_table(series: &Series, files: &[String]) -> String {
    let year = |r: usize| optional(series.reports[r].year);
    table(
        &["report", "file", "title", "year", "characters", "tokens"],
        series.reports.iter().enumerate().map(|(r, side)| {
            vec![
                r.to_string(),
                files.get(series.order[r]).cloned().unwrap_or_default(),
                side.title.clone().unwrap_or_default(),
                year(r),
                side.characters.to_string(),
                side.tokens.to_string(),
            ]
        }),
    )
}

/// Term × report, long: each of the series' most used terms in each report.
fn terms_table(series: &Series) -> String {
    let year = |r: usize| optional(series.reports[r].year);
    table(
        &["report", "year", "term", "count", "per10k"],
        series.terms.iter().flat_map(|t| {
            (0..t.counts.len()).map(move |r| {
                vec![
                    r.to_string(),
                    year(r),
                    t.term.clone(),
                    t.counts[r].to_string(),
                    format!("{:.3}", t.per10k[r]),
                ]
            })
        }),
    )
}

/// One row per formulation or phrase: first and last year, reports, uses, trend.
fn phrases_table(series: &Series) -> String {
    table(
        &[
            "text", "first_year", "last_year", "reports", "uses", "trend",
        ],
        series.phrases.iter().map(|p| {
            vec![
                p.text.clone(),
                optional(p.first_year),
                optional(p.last_year),
                p.reports.to_string(),
                p.counts.iter().sum::<usize>().to_string(),
                match p.trend {
                    Trend::Rising => "rising",
                    Trend::Stable => "stable",
                    Trend::Fading => "fading",
                }
                .to_owned(),
            ]
        }),
    )
}

/// Indicator × report, long: each figure an indicator has in a report.
fn indicators_table(series: &Series) -> String {
    let year = |r: usize| optional(series.reports[r].year);
    table(
        &["subject", "unit", "report", "year", "text", "value", "kind"],
        series.indicators.iter().flat_map(|i| {
            i.values.iter().enumerate().filter_map(move |(r, v)| {
                let v = v.as_ref()?;
                Some(vec![
                    i.subject.clone(),
                    i.unit.clone(),
                    r.to_string(),
                    year(r),
                    v.text.clone(),
                    v.value.to_string(),
                    match v.kind {
                        MetricKind::Result => "result",
                        MetricKind::Target => "target",
                        MetricKind::Plan => "plan",
                    }
                    .to_owned(),
                ])
            })
        }),
    )
}

/// One row per target: the result the next report gives and the status.
fn targets_table(series: &Series) -> String {
    table(
        &[
            "subject", "unit", "year", "target", "target_value", "upper", "qualifier", "result",
            "result_value", "status",
        ],
        series.targets.iter().map(|t| {
            vec![
                t.subject.clone(),
                t.unit.clone(),
                optional(t.year),
                t.target.text.clone(),
                t.target.value.to_string(),
                optional(t.target.upper),
                t.target.qualifier.clone().unwrap_or_default(),
                t.result
                    .as_ref()
                    .map(|r| r.text.clone())
                    .unwrap_or_default(),
                optional(t.result.as_ref().map(|r| r.value)),
                match t.status {
                    TargetStatus::Met => "met",
                    TargetStatus::Missed => "missed",
                    TargetStatus::NoResult => "no_result",
                }
                .to_owned(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("-3.2"), "-3.2");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("“两个确保”"), "“两个确保”");
        assert_eq!(field("say \"x\""), "\"say \"\"x\"\"\"");
    }
}
