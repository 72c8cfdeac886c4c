//! Every corpus file's analysis pinned in `snapshots/`: title, meta and
//! figures, outline, warnings, the top keywords and the headline figures in
//! `snapshots/NAME.txt`, one line a metric in `snapshots/metrics/NAME.txt`.
//! Any change to what a report gives shows up as a diff of these files;
//! `UPDATE_EXPECT=1 cargo test -p report-lens-analysis` accepts a deliberate
//! one. They pin behaviour; they are not labels (accuracy is in `labels`).

use std::fmt::Write as _;

use expect_test::expect_file;
use report_lens_analysis::{number, Metric, Report};

use crate::files::{analyze_file, every_file};

/// How many keywords a snapshot lists.
const KEYWORDS: usize = 30;

fn outline_snapshot(report: &Report) -> String {
    let mut out = format!(
        "title: {:?}\nmeta: {:?}\nstats: {:?}\n\noutline:\n",
        report.title, report.meta, report.stats
    );
    for s in &report.outline {
        let _ = writeln!(
            out,
            "{}{} [{}..{}]",
            "  ".repeat(s.level),
            s.heading,
            s.start,
            s.end
        );
    }
    out += "\nwarnings:\n";
    for w in &report.warnings {
        let _ = writeln!(
            out,
            "  {:?} @{}: {}",
            w.kind,
            w.start.unwrap_or(0),
            w.message
        );
    }
    let words: Vec<&str> = report
        .keywords
        .iter()
        .take(KEYWORDS)
        .map(|k| k.word.as_str())
        .collect();
    let _ = writeln!(out, "\nkeywords: {}", words.join(" "));
    let _ = writeln!(out, "new words: {}", report.new_words.join(" "));
    let headlines: Vec<String> = report
        .headlines
        .iter()
        .map(|&i| metric_summary(&report.metrics[i]))
        .collect();
    let _ = writeln!(out, "headlines: {}", headlines.join(" · "));
    out
}

fn metric_summary(m: &Metric) -> String {
    format!("{} {}", m.subject.as_deref().unwrap_or("?"), m.text)
}

/// One line a figure: where, as written, value and unit, qualifier,
/// subject, change, kind, period, section.
fn metrics_snapshot(report: &Report) -> String {
    let mut out = String::new();
    for m in &report.metrics {
        let value = match m.upper {
            Some(upper) => format!("{}-{}", number(m.value), number(upper)),
            None => number(m.value),
        };
        let change = m.change.as_ref().map(|c| {
            format!("{:?} {}", c.direction, c.basis.as_deref().unwrap_or(""))
                .trim_end()
                .to_owned()
        });
        let _ = writeln!(
            out,
            "@{} {} | {value} {} | {} | {} | {} | {:?} | {} | §{}",
            m.start,
            m.text,
            m.unit,
            m.qualifier.as_deref().unwrap_or("-"),
            m.subject.as_deref().unwrap_or("-"),
            change.as_deref().unwrap_or("-"),
            m.kind,
            m.period.as_deref().unwrap_or("-"),
            m.section.map_or("-".to_owned(), |s| s.to_string()),
        );
    }
    out
}

/// The snapshot's name: the file's, without its folder and extension.
fn stem(name: &str) -> &str {
    let file = name.rsplit('/').next().unwrap_or(name);
    file.rsplit_once('.').map_or(file, |(stem, _)| stem)
}

#[test]
fn every_corpus_file_matches_its_snapshots() {
    for name in every_file() {
        let (_, report) = analyze_file(&name);
        let stem = stem(&name);
        expect_file![format!("snapshots/{stem}.txt")].assert_eq(&outline_snapshot(&report));
        expect_file![format!("snapshots/metrics/{stem}.txt")].assert_eq(&metrics_snapshot(&report));
    }
}
