//! A series of reports, or two reports compared, as tidy CSV tables for
//! data tools (pandas, R, DuckDB, Spark): one row per observation, one
//! column per variable, UTF-8 without a BOM, LF line ends, numbers as plain
//! numbers, enums by their JSON names, fields quoted only when they hold a
//! comma, quote or line break.

use super::csv::rfc4180 as field;
use crate::compare::{Comparison, FigureValue, Series, TargetCheck};

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
    let [reports, terms, phrases, indicators, targets] = SERIES_TABLES;
    vec![
        (reports, reports_table(series, files)),
        (terms, terms_table(series)),
        (phrases, phrases_table(series)),
        (indicators, indicators_table(series)),
        (targets, targets_table(series)),
    ]
}

/// The file names of [`series_tables`], in its order.
pub const SERIES_TABLES: [&str; 5] = [
    "reports.csv", "terms.csv", "phrases.csv", "indicators.csv", "targets.csv",
];

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
                p.trend.name().to_owned(),
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
                    v.kind.name().to_owned(),
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
            let mut row = target_fields(t);
            row.extend(result_fields(t));
            row.push(t.status.name().to_owned());
            row
        }),
    )
}

/// A target's indicator, year and the target as set: subject, unit, year,
/// text, value, upper end, qualifier.
fn target_fields(t: &TargetCheck) -> Vec<String> {
    vec![
        t.subject.clone(),
        t.unit.clone(),
        optional(t.year),
        t.target.text.clone(),
        t.target.value.to_string(),
        optional(t.target.upper),
        t.target.qualifier.clone().unwrap_or_default(),
    ]
}

/// The result given for a target: text and value, empty when there is none.
fn result_fields(t: &TargetCheck) -> [String; 2] {
    [
        t.result
            .as_ref()
            .map(|r| r.text.clone())
            .unwrap_or_default(),
        optional(t.result.as_ref().map(|r| r.value)),
    ]
}

/// Two reports compared as six tables, each with its file name:
/// `keyness.csv`, `phrases.csv` (new in B and dropped in B, long),
/// `sections.csv`, `indicators.csv` (the same indicator in both, wide),
/// `targets.csv` (A's targets against B's results) and `no_target.csv`
/// (indicators A set a target for and B sets none for).
///
/// ```
/// use report_lens_analysis::{compare, comparison_tables, open, Analyzer, KeynessOptions, OpenOptions};
///
/// let analyzer = Analyzer::new();
/// let profile = |text: &str| {
///     let opened = open("report.txt", text.as_bytes(), &OpenOptions::default()).unwrap();
///     analyzer.profile(&opened).unwrap()
/// };
/// let a = profile("一、回顾\n\n脱贫攻坚取得胜利。脱贫攻坚成果巩固。脱贫攻坚任务完成。\n");
/// let b = profile("一、回顾\n\n乡村振兴全面推进。乡村振兴成效明显。乡村振兴取得进展。\n");
/// let tables = comparison_tables(&compare(&a, &b, &KeynessOptions { min_g2: 0.0, min_log_ratio: 0.0 }));
/// let (name, keyness) = &tables[0];
/// assert_eq!(*name, "keyness.csv");
/// assert!(keyness.starts_with("word,count_a,count_b,per10k_a,per10k_b,g2,log_ratio\n"));
/// assert!(keyness.contains("\n乡村振兴,0,3,"));
/// ```
pub fn comparison_tables(comparison: &Comparison) -> Vec<(&'static str, String)> {
    vec![
        ("keyness.csv", keyness_table(comparison)),
        ("phrases.csv", new_and_dropped_table(comparison)),
        ("sections.csv", sections_table(comparison)),
        ("indicators.csv", indicator_pairs_table(comparison)),
        ("targets.csv", target_checks_table(comparison)),
        ("no_target.csv", no_target_table(comparison)),
    ]
}

/// One row per key word, strongest first; g2 > 0: more in B.
fn keyness_table(c: &Comparison) -> String {
    table(
        &[
            "word", "count_a", "count_b", "per10k_a", "per10k_b", "g2", "log_ratio",
        ],
        c.keyness.iter().map(|k| {
            vec![
                k.word.clone(),
                k.count_a.to_string(),
                k.count_b.to_string(),
                format!("{:.3}", k.per10k_a),
                format!("{:.3}", k.per10k_b),
                format!("{:.3}", k.g2),
                format!("{:.3}", k.log_ratio),
            ]
        }),
    )
}

/// One row per formulation or phrase only one report uses: `new_in_b`
/// (B's count) or `dropped_in_b` (A's count).
fn new_and_dropped_table(c: &Comparison) -> String {
    let sides = [("new_in_b", &c.new_in_b), ("dropped_in_b", &c.dropped_in_b)];
    table(
        &["text", "side", "count"],
        sides.into_iter().flat_map(|(side, phrases)| {
            phrases
                .iter()
                .map(move |p| vec![p.text.clone(), side.to_owned(), p.count.to_string()])
        }),
    )
}

/// One row per pair of top sections: indices into each outline (empty
/// when one side has none), headings, their similarity, each one's share.
fn sections_table(c: &Comparison) -> String {
    let share = |s: Option<f64>| optional(s.map(|s| format!("{s:.4}")));
    table(
        &[
            "a", "b", "heading_a", "heading_b", "similarity", "share_a", "share_b",
        ],
        c.sections.iter().map(|p| {
            vec![
                optional(p.a),
                optional(p.b),
                p.heading_a.clone().unwrap_or_default(),
                p.heading_b.clone().unwrap_or_default(),
                format!("{:.3}", p.similarity),
                share(p.share_a),
                share(p.share_b),
            ]
        }),
    )
}

/// One row per indicator both give: each side's figure and B's value less A's.
fn indicator_pairs_table(c: &Comparison) -> String {
    let figure = |v: &FigureValue| {
        [
            v.text.clone(),
            v.value.to_string(),
            v.kind.name().to_owned(),
        ]
    };
    table(
        &[
            "subject", "unit", "a_text", "a_value", "a_kind", "b_text", "b_value", "b_kind",
            "change",
        ],
        c.indicators.iter().map(|p| {
            let mut row = vec![p.subject.clone(), p.unit.clone()];
            row.extend(figure(&p.a));
            row.extend(figure(&p.b));
            row.push(p.change.to_string());
            row
        }),
    )
}

/// One row per target of A: B's result for its year and the status.
fn target_checks_table(c: &Comparison) -> String {
    table(
        &[
            "subject", "unit", "year", "target_text", "target_value", "upper", "qualifier",
            "result_year", "result_text", "result_value", "status",
        ],
        c.targets.iter().map(|t| {
            let mut row = target_fields(t);
            row.push(optional(t.result.as_ref().and_then(|r| r.year)));
            row.extend(result_fields(t));
            row.push(t.status.name().to_owned());
            row
        }),
    )
}

/// One row per indicator A set a target for and B sets none for (未提目标).
fn no_target_table(c: &Comparison) -> String {
    table(
        &["subject", "unit"],
        c.no_target_in_b
            .iter()
            .map(|i| vec![i.subject.clone(), i.unit.clone()]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{
        Bound, Indicator, IndicatorPair, KeyWord, PhraseCount, SectionPair, Side, Target,
        TargetResult, TargetStatus, Trend,
    };
    use crate::report::MetricKind;

    /// Two reports compared, one of everything: 2012's GDP target against
    /// 2013's result, a target 2013 no longer sets.
    fn small_comparison() -> Comparison {
        let side = |year| Side {
            title: Some(format!("{year}年政府工作报告")),
            year: Some(year),
            region: None,
            characters: 20_000,
            tokens: 9_000,
        };
        let figure = |text: &str, value, kind, metric| FigureValue {
            text: text.to_owned(),
            value,
            kind,
            metric,
        };
        Comparison {
            a: side(2012),
            b: side(2013),
            keyness: vec![KeyWord {
                word: "美丽中国".to_owned(),
                count_a: 0,
                count_b: 4,
                per10k_a: 0.0,
                per10k_b: 2.0,
                g2: 11.0904,
                log_ratio: 4.5,
            }],
            new_in_b: vec![PhraseCount {
                text: "“中国梦”".to_owned(),
                count: 3,
            }],
            dropped_in_b: vec![PhraseCount {
                text: "十二五, 开局".to_owned(),
                count: 2,
            }],
            sections: vec![SectionPair {
                a: Some(0),
                b: None,
                heading_a: Some("一、回顾".to_owned()),
                heading_b: None,
                similarity: 0.0,
                share_a: Some(0.25),
                share_b: None,
            }],
            indicators: vec![IndicatorPair {
                subject: "国内生产总值".to_owned(),
                unit: "%".to_owned(),
                a: figure("7.5%", 7.5, MetricKind::Target, 3),
                b: figure("7.8%", 7.8, MetricKind::Result, 5),
                change: 0.5,
            }],
            targets: vec![TargetCheck {
                subject: "国内生产总值".to_owned(),
                unit: "%".to_owned(),
                year: Some(2012),
                target: Target {
                    text: "7.5%左右".to_owned(),
                    value: 7.5,
                    upper: None,
                    qualifier: Some("左右".to_owned()),
                    bound: Bound::AboutAtLeast,
                    metric: 3,
                },
                result: Some(TargetResult {
                    year: Some(2012),
                    text: "7.8%".to_owned(),
                    value: 7.8,
                    metric: 5,
                }),
                status: TargetStatus::Met,
            }],
            no_target_in_b: vec![Indicator {
                subject: "城镇新增就业".to_owned(),
                unit: "人".to_owned(),
            }],
        }
    }

    #[test]
    fn a_comparison_as_six_tidy_tables() {
        let tables = comparison_tables(&small_comparison());
        let expected = [
            (
                "keyness.csv",
                "word,count_a,count_b,per10k_a,per10k_b,g2,log_ratio",
                "美丽中国,0,4,0.000,2.000,11.090,4.500",
            ),
            ("phrases.csv", "text,side,count", "“中国梦”,new_in_b,3"),
            (
                "sections.csv",
                "a,b,heading_a,heading_b,similarity,share_a,share_b",
                "0,,一、回顾,,0.000,0.2500,",
            ),
            (
                "indicators.csv",
                "subject,unit,a_text,a_value,a_kind,b_text,b_value,b_kind,change",
                "国内生产总值,%,7.5%,7.5,target,7.8%,7.8,result,0.5",
            ),
            (
                "targets.csv",
                "subject,unit,year,target_text,target_value,upper,qualifier,result_year,result_text,result_value,status",
                "国内生产总值,%,2012,7.5%左右,7.5,,左右,2012,7.8%,7.8,met",
            ),
            ("no_target.csv", "subject,unit", "城镇新增就业,人"),
        ];
        assert_eq!(tables.len(), expected.len());
        for ((name, table), (expected_name, header, row)) in tables.iter().zip(expected) {
            assert_eq!(*name, expected_name);
            let lines: Vec<&str> = table.lines().collect();
            assert_eq!(lines[0], header, "{name}");
            assert_eq!(lines[1], row, "{name}");
        }
        let phrases = &tables[1].1;
        assert!(
            phrases.ends_with("\"十二五, 开局\",dropped_in_b,2\n"),
            "{phrases}"
        );
    }

    /// A unit variant as JSON names it.
    fn json(value: &impl serde::Serialize) -> String {
        let value = serde_json::to_value(value).unwrap();
        value.as_str().unwrap().to_owned()
    }

    #[test]
    fn enum_names_are_their_json_names() {
        for kind in MetricKind::ALL {
            assert_eq!(json(&kind), kind.name());
        }
        for status in [
            TargetStatus::Met,
            TargetStatus::Missed,
            TargetStatus::NoResult,
        ] {
            assert_eq!(json(&status), status.name());
        }
        for trend in [Trend::Rising, Trend::Stable, Trend::Fading] {
            assert_eq!(json(&trend), trend.name());
        }
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("-3.2"), "-3.2");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("“两个确保”"), "“两个确保”");
        assert_eq!(field("say \"x\""), "\"say \"\"x\"\"\"");
    }
}
