//! Two reports side by side: the words one uses significantly more than the
//! other (`keyness`), the formulations and policy phrases new in the later
//! one or dropped from it (`phrases`), the top sections aligned by heading
//! (`sections`), the same indicator in both, and the earlier report's
//! targets against the later one's results (`indicators`); and a series
//! of reports year by year (`series`).
//!
//! A comparison reads two [`Profile`]s: a report's analysis and the counts
//! of its terms, which [`crate::Analyzer::profile`] gives. A is the earlier
//! report, B the later one.

mod indicators;
mod keyness;
mod phrases;
mod region;
mod sections;
mod series;

use serde::{Deserialize, Serialize};

use crate::report::{Report, TermCounts};

pub use keyness::KeynessOptions;
pub use phrases::sentences_holding;
pub use region::{report_region, Level, Region};
pub use series::{series, IndicatorSeries, Series, TermTrend, Trend};

/// What a comparison needs of one report: its analysis, the year and the
/// region it was given in, and how often it uses each term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub report: Report,
    /// The year of the meeting (from the date, the meeting line or the title).
    pub year: Option<i32>,
    /// The region ([`report_region`]); none in a profile stored before it was kept.
    #[serde(default)]
    pub region: Option<Region>,
    pub terms: TermCounts,
}

/// Two reports compared: the JSON `report-lens compare A B --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub a: Side,
    pub b: Side,
    /// By |g2|, largest first; g2 > 0: more in B.
    pub keyness: Vec<KeyWord>,
    /// Formulations and policy phrases B uses and A does not.
    pub new_in_b: Vec<PhraseCount>,
    /// Those A uses and B does not.
    pub dropped_in_b: Vec<PhraseCount>,
    /// The top sections of both, aligned in order.
    pub sections: Vec<SectionPair>,
    /// Figures of the same indicator in both.
    pub indicators: Vec<IndicatorPair>,
    /// A's targets for its year against B's results for that year.
    pub targets: Vec<TargetCheck>,
    /// Indicators A set a target for that B sets none for (未提目标).
    pub no_target_in_b: Vec<Indicator>,
}

/// One report of a comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    pub title: Option<String>,
    pub year: Option<i32>,
    /// The region its meeting line, speaker line or title names, short
    /// (安徽, 广西, 全国): what tells apart reports of one year.
    #[serde(default)]
    pub region: Option<String>,
    /// Han characters, what per-10,000 frequencies count.
    pub characters: usize,
    /// Term occurrences counted for keyness.
    pub tokens: usize,
}

/// A word's keyness.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyWord {
    pub word: String,
    pub count_a: usize,
    pub count_b: usize,
    pub per10k_a: f64,
    pub per10k_b: f64,
    pub g2: f64,
    pub log_ratio: f64,
}

/// A formulation or phrase and how often the report holding it uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhraseCount {
    pub text: String,
    pub count: usize,
}

/// Top sections paired: indices into each report's outline, or null.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionPair {
    pub a: Option<usize>,
    pub b: Option<usize>,
    /// The two headings, as each outline writes them.
    pub heading_a: Option<String>,
    pub heading_b: Option<String>,
    /// Of the two headings, 0 to 1 (0 when one side is missing).
    pub similarity: f64,
    /// Each section's share of its report's text, 0 to 1.
    pub share_a: Option<f64>,
    pub share_b: Option<f64>,
}

/// An indicator: its subject as both reports name it, and its unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    pub subject: String,
    /// The base unit (%, 元, 人…).
    pub unit: String,
}

/// One figure of an indicator in one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureValue {
    pub text: String,
    /// In the base unit.
    pub value: f64,
    pub kind: crate::report::MetricKind,
    /// Index into the report's `metrics`.
    pub metric: usize,
}

/// The same indicator in both reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorPair {
    pub subject: String,
    pub unit: String,
    pub a: FigureValue,
    pub b: FigureValue,
    /// B's value less A's.
    pub change: f64,
}

/// A target of A checked against B's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetCheck {
    pub subject: String,
    pub unit: String,
    /// The year the target is for.
    pub year: Option<i32>,
    pub target: Target,
    pub result: Option<TargetResult>,
    pub status: TargetStatus,
}

/// A target as A sets it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub text: String,
    pub value: f64,
    /// A range's upper end.
    pub upper: Option<f64>,
    pub qualifier: Option<String>,
    /// How the result is read against it.
    pub bound: Bound,
    pub metric: usize,
}

/// How a target bounds its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// 以上, 不低于, 超过, or a plain growth target: the result at least this.
    AtLeast,
    /// 以内, 以下, 控制在, 不超过: at most this.
    AtMost,
    /// 3%—5%: inside the range.
    Range,
    /// 左右 as a floor: at least the target less the tolerance.
    AboutAtLeast,
    /// 左右 as a ceiling (控制在3%左右): at most the target plus the tolerance.
    AboutAtMost,
}

/// The share of a 左右 target's value a result may fall short of it (or,
/// for a ceiling, exceed it) and still meet it: 7.5%左右 is met by 7.2%.
pub const ABOUT_TOLERANCE: f64 = 0.05;

/// B's result for the target's year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetResult {
    pub year: Option<i32>,
    pub text: String,
    pub value: f64,
    pub metric: usize,
}

/// Whether a target was met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetStatus {
    Met,
    Missed,
    /// B reports no result for it.
    NoResult,
}

impl TargetStatus {
    /// The name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            TargetStatus::Met => "完成",
            TargetStatus::Missed => "未完成",
            TargetStatus::NoResult => "未报告结果",
        }
    }

    /// The name in JSON and in the tidy CSV tables: met, missed, no_result.
    pub fn name(self) -> &'static str {
        match self {
            TargetStatus::Met => "met",
            TargetStatus::Missed => "missed",
            TargetStatus::NoResult => "no_result",
        }
    }
}

/// Compares A (the earlier report) with B (the later).
pub fn compare(a: &Profile, b: &Profile, options: &KeynessOptions) -> Comparison {
    let chars = (a.report.stats.han_characters, b.report.stats.han_characters);
    let (new_in_b, dropped_in_b) = phrases::new_and_dropped(a, b);
    let (targets, no_target_in_b) = indicators::targets(a, b);
    Comparison {
        a: side(a),
        b: side(b),
        keyness: keyness::keyness(&a.terms, &b.terms, chars, options),
        new_in_b,
        dropped_in_b,
        sections: sections::align(&a.report, &b.report),
        indicators: indicators::pairs(&a.report, &b.report),
        targets,
        no_target_in_b,
    }
}

/// One report as a comparison names it.
fn side(p: &Profile) -> Side {
    Side {
        title: p.report.title.clone(),
        year: p.year,
        region: p.region.as_ref().map(|r| r.short_name().to_owned()),
        characters: p.report.stats.han_characters,
        tokens: p.terms.tokens(),
    }
}

/// The year a report was given in: the first year written in its date,
/// its meeting line, then its title (2013年3月5日, ——２００９年…).
pub fn report_year(report: &Report) -> Option<i32> {
    [
        report.meta.date.as_deref(),
        report.meta.subtitle.as_deref(),
        report.title.as_deref(),
    ]
    .into_iter()
    .flatten()
    .find_map(first_year)
}

/// The first four digits followed by 年 (ASCII or full-width) in `text`.
fn first_year(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(5).find_map(|w| {
        let digits: Option<String> = w[..4]
            .iter()
            .map(|&c| crate::text::numerals::ascii_digit(c))
            .collect();
        (w[4] == '年').then_some(digits).flatten()?.parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_from_the_date_the_meeting_line_or_the_title() {
        assert_eq!(first_year("２００９年３月５日"), Some(2009));
        assert_eq!(first_year("——2013年3月5日在第十二届"), Some(2013));
        assert_eq!(first_year("第十二届全国人民代表大会"), None);
        assert_eq!(first_year("12345年"), Some(2345));
    }
}
