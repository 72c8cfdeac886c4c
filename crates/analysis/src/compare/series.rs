//! A series of reports ordered by year (历年): each term's use per 10,000
//! characters, the first and last year of each formulation and policy
//! phrase with its trend, each indicator year by year, the chain of targets
//! and results, and how alike each two reports are.

use std::borrow::Borrow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::indicators::{first_figures, targets, value, Key};
use super::phrases::phrases;
use super::{FigureValue, Profile, Side, TargetCheck};

/// How many of the series' most used terms get a trend.
const TREND_TERMS: usize = 300;
/// Fewest occurrences over the series for a phrase to be followed.
const MIN_PHRASE_USES: usize = 3;
/// A phrase whose fitted use per 10,000 characters changes over the
/// series by at least this share of its mean use is rising or fading.
const TREND_SHARE: f64 = 0.5;

/// Reports compared year by year: the JSON `report-lens corpus --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// In year order (reports with no year last, in the order given).
    pub reports: Vec<Side>,
    /// The series' most used terms, most used first.
    pub terms: Vec<TermTrend>,
    /// Formulations and phrases used at least 3 times over the series.
    pub phrases: Vec<PhraseSpan>,
    /// Indicators given by two reports or more.
    pub indicators: Vec<IndicatorSeries>,
    /// Each report's targets against the next report's results.
    pub targets: Vec<TargetCheck>,
    /// Cosine similarity of each two reports' term counts.
    pub similarity: Vec<Vec<f64>>,
    /// Where each report of `reports` was in the input.
    pub order: Vec<usize>,
}

impl Series {
    /// Report `report`'s column or row label: its year; its region when
    /// another report has that year too (30 provinces' reports of one
    /// year); else `#3` for the third report.
    pub fn report_label(&self, report: usize) -> String {
        let side = &self.reports[report];
        let shared = self
            .reports
            .iter()
            .filter(|other| other.year == side.year)
            .count()
            > 1;
        match (side.year, &side.region) {
            (Some(year), None) => year.to_string(),
            (Some(year), Some(_)) if !shared => year.to_string(),
            (_, Some(region)) => region.clone(),
            (None, None) => format!("#{}", report + 1),
        }
    }
}

/// One term's use in each report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermTrend {
    pub term: String,
    pub counts: Vec<usize>,
    pub per10k: Vec<f64>,
}

/// A formulation or phrase over the series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhraseSpan {
    pub text: String,
    /// Indices into `reports` of the first and last report using it.
    pub first: usize,
    pub last: usize,
    /// The earliest and latest year of the reports using it that have one.
    pub first_year: Option<i32>,
    pub last_year: Option<i32>,
    /// How many reports use it.
    pub reports: usize,
    pub counts: Vec<usize>,
    pub trend: Trend,
}

/// Whether a phrase is used more, as much or less over the series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Rising,
    Stable,
    Fading,
}

impl Trend {
    /// The name shown to the user: 上升, 平稳, 淡出.
    pub fn label(self) -> &'static str {
        match self {
            Trend::Rising => "上升",
            Trend::Stable => "平稳",
            Trend::Fading => "淡出",
        }
    }

    /// The name in JSON and in the tidy CSV tables: rising, stable, fading.
    pub fn name(self) -> &'static str {
        match self {
            Trend::Rising => "rising",
            Trend::Stable => "stable",
            Trend::Fading => "fading",
        }
    }
}

/// One indicator's figure in each report (null where a report gives none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorSeries {
    pub subject: String,
    pub unit: String,
    pub values: Vec<Option<FigureValue>>,
}

/// The trend of uses per 10,000 characters over reports in order: the
/// least-squares slope over the series' length, against the mean use.
fn trend(per10k: &[f64]) -> Trend {
    let n = per10k.len() as f64;
    if per10k.len() < 2 {
        return Trend::Stable;
    }
    let mean_x = (n - 1.0) / 2.0;
    let mean_y = per10k.iter().sum::<f64>() / n;
    let (mut cov, mut var) = (0.0, 0.0);
    for (i, &y) in per10k.iter().enumerate() {
        let dx = i as f64 - mean_x;
        cov += dx * (y - mean_y);
        var += dx * dx;
    }
    let change = cov / var * (n - 1.0);
    if mean_y == 0.0 || change.abs() < TREND_SHARE * mean_y {
        Trend::Stable
    } else if change > 0.0 {
        Trend::Rising
    } else {
        Trend::Fading
    }
}

/// The cosine similarity of each two reports' term counts, from each
/// term's postings (the reports using it): a product per pair of reports
/// sharing a term, no look-up per pair.
fn similarity(counts: &[HashMap<&str, usize>]) -> Vec<Vec<f64>> {
    let n = counts.len();
    let mut postings: HashMap<&str, Vec<(usize, f64)>> = HashMap::new();
    for (r, c) in counts.iter().enumerate() {
        for (&term, &count) in c {
            postings.entry(term).or_default().push((r, count as f64));
        }
    }
    let mut dot = vec![vec![0.0f64; n]; n];
    for list in postings.values() {
        for (k, &(i, x)) in list.iter().enumerate() {
            for &(j, y) in &list[k..] {
                dot[i][j] += x * y;
            }
        }
    }
    let norms: Vec<f64> = (0..n).map(|i| dot[i][i].sqrt()).collect();
    (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    let (lo, hi) = (i.min(j), i.max(j));
                    let denominator = norms[i] * norms[j];
                    if denominator == 0.0 {
                        0.0
                    } else {
                        dot[lo][hi] / denominator
                    }
                })
                .collect()
        })
        .collect()
}

/// The series of `profiles` (owned or borrowed), put in year order.
pub fn series<P: Borrow<Profile>>(profiles: &[P]) -> Series {
    let year = |i: usize| profiles[i].borrow().year;
    let mut order: Vec<usize> = (0..profiles.len()).collect();
    order.sort_by_key(|&i| (year(i).is_none(), year(i)));
    let ordered: Vec<&Profile> = order.iter().map(|&i| profiles[i].borrow()).collect();
    let chars: Vec<usize> = ordered
        .iter()
        .map(|p| p.report.stats.han_characters)
        .collect();
    let per10k = |n: usize, r: usize| n as f64 * 10_000.0 / chars[r].max(1) as f64;
    let per10k: &dyn Fn(usize, usize) -> f64 = &per10k;
    let counts: Vec<HashMap<&str, usize>> = ordered
        .iter()
        .map(|p| {
            p.terms
                .terms
                .iter()
                .map(|t| (t.text.as_str(), t.count))
                .collect()
        })
        .collect();

    let terms = term_trends(&counts, per10k);
    let phrases = phrase_spans(&ordered, per10k);
    let indicators = indicator_series(&ordered);
    let targets = ordered
        .windows(2)
        .flat_map(|pair| targets(pair[0], pair[1]).0)
        .collect();
    let similarity = similarity(&counts);
    Series {
        reports: ordered.iter().map(|p| super::side(p)).collect(),
        terms,
        phrases,
        indicators,
        targets,
        similarity,
        order,
    }
}

/// The series' most used terms, each with its count and use per 10,000
/// characters in each report.
fn term_trends(
    counts: &[HashMap<&str, usize>],
    per10k: &dyn Fn(usize, usize) -> f64,
) -> Vec<TermTrend> {
    let mut totals: HashMap<&str, usize> = HashMap::new();
    for c in counts {
        for (t, n) in c {
            *totals.entry(t).or_default() += n;
        }
    }
    let mut top: Vec<(&str, usize)> = totals.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    top.iter()
        .take(TREND_TERMS)
        .map(|&(term, _)| {
            let counts: Vec<usize> = counts
                .iter()
                .map(|c| c.get(term).copied().unwrap_or(0))
                .collect();
            TermTrend {
                term: term.to_owned(),
                per10k: counts
                    .iter()
                    .enumerate()
                    .map(|(r, &n)| per10k(n, r))
                    .collect(),
                counts,
            }
        })
        .collect()
}

/// The formulations and phrases used at least [`MIN_PHRASE_USES`] times,
/// most used first, with where they first and last occur.
fn phrase_spans(ordered: &[&Profile], per10k: &dyn Fn(usize, usize) -> f64) -> Vec<PhraseSpan> {
    let phrase_counts: Vec<HashMap<&str, usize>> = ordered.iter().map(|p| phrases(p)).collect();
    let mut texts: Vec<&str> = phrase_counts
        .iter()
        .flat_map(|c| c.keys().copied())
        .collect();
    texts.sort_unstable();
    texts.dedup();
    let mut phrases: Vec<PhraseSpan> = texts
        .into_iter()
        .filter_map(|text| {
            let counts: Vec<usize> = phrase_counts
                .iter()
                .map(|c| c.get(text).copied().unwrap_or(0))
                .collect();
            if counts.iter().sum::<usize>() < MIN_PHRASE_USES {
                return None;
            }
            let first = counts.iter().position(|&n| n > 0)?;
            let last = counts.iter().rposition(|&n| n > 0)?;
            let rates: Vec<f64> = counts
                .iter()
                .enumerate()
                .map(|(r, &n)| per10k(n, r))
                .collect();
            let years = || {
                (0..counts.len())
                    .filter(|&r| counts[r] > 0)
                    .filter_map(|r| ordered[r].year)
            };
            Some(PhraseSpan {
                text: text.to_owned(),
                first,
                last,
                first_year: years().min(),
                last_year: years().max(),
                reports: counts.iter().filter(|&&n| n > 0).count(),
                trend: trend(&rates),
                counts,
            })
        })
        .collect();
    phrases.sort_by(|a, b| {
        let total = |p: &PhraseSpan| p.counts.iter().sum::<usize>();
        total(b).cmp(&total(a)).then_with(|| a.text.cmp(&b.text))
    });
    phrases
}

/// Each indicator two reports or more give, with its figure in each.
fn indicator_series(ordered: &[&Profile]) -> Vec<IndicatorSeries> {
    let figures: Vec<HashMap<Key, usize>> = ordered
        .iter()
        .map(|p| first_figures(&p.report).into_iter().collect())
        .collect();
    let mut reports_giving: HashMap<&Key, usize> = HashMap::new();
    for f in &figures {
        for k in f.keys() {
            *reports_giving.entry(k).or_default() += 1;
        }
    }
    let mut keys: Vec<&Key> = reports_giving
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable();
    keys.into_iter()
        .map(|k| IndicatorSeries {
            subject: k.0.clone(),
            unit: k.1.clone(),
            values: figures
                .iter()
                .zip(ordered)
                .map(|(f, p)| f.get(k).map(|&i| value(&p.report, i)))
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trends_by_the_fitted_change_against_the_mean() {
        assert_eq!(trend(&[0.0, 1.0, 2.0, 3.0]), Trend::Rising);
        assert_eq!(trend(&[3.0, 2.0, 1.0, 0.0]), Trend::Fading);
        assert_eq!(trend(&[2.0, 2.1, 1.9, 2.0]), Trend::Stable);
        assert_eq!(trend(&[1.0]), Trend::Stable);
    }

    #[test]
    fn cosine_of_counts() {
        let a: HashMap<&str, usize> = [("改革", 2), ("开放", 1)].into();
        let b: HashMap<&str, usize> = [("改革", 4), ("开放", 2)].into();
        let c: HashMap<&str, usize> = [("扶贫", 3)].into();
        let d: HashMap<&str, usize> = [("改革", 1), ("扶贫", 1)].into();
        let s = similarity(&[a, b, c, d]);
        assert!((s[0][1] - 1.0).abs() < 1e-12 && (s[1][0] - 1.0).abs() < 1e-12);
        assert_eq!(s[0][2], 0.0);
        // (2·1) / (√5 · √2) = 0.632456
        assert!((s[0][3] - 0.632_456).abs() < 1e-6);
        assert!((s[3][0] - s[0][3]).abs() < 1e-12);
    }
}
