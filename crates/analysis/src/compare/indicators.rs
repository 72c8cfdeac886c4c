//! The same indicator in two reports, and the earlier report's targets
//! against the later one's results. An indicator is a figure's subject read
//! one way in both (scope words and 预期目标 left out, 经济增长 read as the
//! growth of 国内生产总值), its base unit, and whether it is a rise or fall.

use super::{
    Bound, FigureValue, Indicator, IndicatorPair, Profile, Target, TargetCheck, TargetResult,
    TargetStatus, ABOUT_TOLERANCE,
};
use crate::report::{top_section, Metric, MetricKind, Report};
use crate::text::numerals::{is_digit, is_plan_name};

/// Scope words opening a subject that name no part of the indicator.
const SCOPE_OPENINGS: &[&str] = &[
    "全国", "全省", "全市", "全区", "全县", "我国", "我省", "我市",
];

/// Words closing a subject that say it is a target or a rate of change.
const TARGET_CLOSINGS: &[&str] = &[
    "预期目标", "增长目标", "目标", "增速", "增长率", "增长", "涨幅", "增幅",
];

/// Indicator names written two ways in reports, each with the name it is
/// read as: 经济增长 is the growth of 国内生产总值, 居民消费价格总水平 is
/// 居民消费价格.
const SAME_INDICATOR: &[(&str, &str)] = &[
    ("经济增长", "国内生产总值"),
    ("经济", "国内生产总值"),
    ("居民消费价格总水平", "居民消费价格"),
];

/// A figure's indicator: (subject as compared, base unit, whether it is a
/// change — the figure's own 增长/下降, a subject that says so, or a
/// percentage — rather than a level: 财政收入增加5232亿元 is not 财政收入3万亿元).
fn key(m: &Metric) -> Option<Key> {
    let written = m.subject.as_deref()?;
    let mut subject = written;
    for scope in SCOPE_OPENINGS {
        subject = subject.strip_prefix(scope).unwrap_or(subject);
    }
    let mut rate = m.change.is_some();
    for closing in TARGET_CLOSINGS {
        if let Some(rest) = subject
            .strip_suffix(closing)
            .filter(|r| r.chars().count() >= 2)
        {
            subject = rest;
            rate |= closing.starts_with("增") || closing.ends_with("幅");
        }
    }
    if let Some((_, read)) = SAME_INDICATOR.iter().find(|(w, _)| *w == subject) {
        subject = read;
        rate = true;
    }
    // A percentage of one subject is one indicator, growth or not
    // (国内生产总值增长8%左右, 8%左右的国内生产总值增长目标).
    let unit = &m.normalized.unit;
    Some((subject.to_owned(), unit.clone(), rate || unit == "%"))
}

/// Whether a figure speaks of one year: not 年均, not a five-year total,
/// not a change since a year written out (比2002年增长65.5%).
fn yearly(m: &Metric) -> bool {
    let average = m
        .change
        .as_ref()
        .and_then(|c| c.basis.as_deref())
        .is_some_and(|b| b.contains("年均") || b.chars().any(is_digit));
    let span = m
        .period
        .as_deref()
        .is_some_and(|p| p.contains("五年") || p.contains("十") || p.contains("期间"));
    !average && !span
}

/// An indicator as compared: subject, base unit, rate of change or level.
pub(super) type Key = (String, String, bool);

/// The first one-year figure of each indicator a report gives, results
/// before targets and plans: (indicator, index into `metrics`).
pub(super) fn first_figures(report: &Report) -> Vec<(Key, usize)> {
    let mut seen: Vec<(Key, usize)> = Vec::new();
    for kind in MetricKind::ALL {
        for (i, m) in report.metrics.iter().enumerate() {
            if m.kind != kind || !yearly(m) {
                continue;
            }
            if let Some(k) = key(m) {
                if !seen.iter().any(|(s, _)| *s == k) {
                    seen.push((k, i));
                }
            }
        }
    }
    seen
}

/// A report's figure as a comparison shows it.
pub(super) fn value(report: &Report, i: usize) -> FigureValue {
    let m = &report.metrics[i];
    FigureValue {
        text: m.text.clone(),
        value: m.normalized.value,
        kind: m.kind,
        metric: i,
    }
}

/// Each indicator both reports give a figure of.
pub(super) fn pairs(a: &Report, b: &Report) -> Vec<IndicatorPair> {
    let in_b = first_figures(b);
    let mut found: Vec<IndicatorPair> = first_figures(a)
        .into_iter()
        .filter_map(|(k, i)| {
            let &(_, j) = in_b.iter().find(|(kb, _)| *kb == k)?;
            let (va, vb) = (value(a, i), value(b, j));
            Some(IndicatorPair {
                subject: k.0,
                unit: k.1,
                change: vb.value - va.value,
                a: va,
                b: vb,
            })
        })
        .collect();
    found.sort_by_key(|p| p.a.metric);
    found
}

/// The targets a report sets for its own year (预期目标 for 今年), one per
/// indicator: a target dated to the year (今年, 2012年) before an undated one.
fn targets_of(profile: &Profile) -> Vec<usize> {
    let own_year = profile.year.map(|y| format!("{y}年"));
    let dated = |m: &Metric| match m.period.as_deref() {
        Some("今年") => true,
        Some(p) => own_year.as_deref() == Some(p),
        None => false,
    };
    let mut seen: Vec<Key> = Vec::new();
    let mut found = Vec::new();
    for pass_dated in [true, false] {
        for (i, m) in profile.report.metrics.iter().enumerate() {
            let this_pass = if pass_dated {
                dated(m)
            } else {
                m.period.is_none()
            };
            if m.kind != MetricKind::Target || !this_pass || !yearly(m) {
                continue;
            }
            if let Some(k) = key(m) {
                if !seen.contains(&k) {
                    seen.push(k);
                    found.push(i);
                }
            }
        }
    }
    found.sort_unstable();
    found
}

/// Indicators whose targets are ceilings however they are written: a rise
/// in prices, unemployment, a deficit (居民消费价格涨幅3%左右).
const CEILING_INDICATORS: &[&str] = &["涨幅", "失业率", "赤字率"];

/// How a target bounds its result, from its qualifier, the words just
/// before it (控制在3%以内) and what it measures. A decrease to reach
/// (能耗降低4%左右) bounds the size of the decrease from below.
fn bound(m: &Metric) -> Bound {
    let before: String = {
        let chars: Vec<char> = m.sentence.chars().collect();
        let at = m.start.saturating_sub(m.sentence_start).min(chars.len());
        chars[at.saturating_sub(6)..at].iter().collect()
    };
    let ceiling = ["控制在", "不超过", "不高于", "以内"]
        .iter()
        .any(|w| before.contains(w))
        || m.subject
            .as_deref()
            .is_some_and(|s| CEILING_INDICATORS.iter().any(|c| s.contains(c)));
    match m.qualifier.as_deref() {
        _ if m.upper.is_some() => Bound::Range,
        Some("以内" | "以下" | "不超过") => Bound::AtMost,
        Some("左右") if ceiling => Bound::AboutAtMost,
        Some("左右") => Bound::AboutAtLeast,
        _ if ceiling => Bound::AtMost,
        _ => Bound::AtLeast,
    }
}

/// Whether `result` meets a target of `value` (and `upper`) bounded so.
fn meets(bound: Bound, value: f64, upper: Option<f64>, result: f64) -> bool {
    let tolerance = ABOUT_TOLERANCE * value.abs();
    match bound {
        Bound::AtLeast => result >= value,
        Bound::AtMost => result <= value,
        Bound::Range => value <= result && result <= upper.unwrap_or(value),
        Bound::AboutAtLeast => result >= value - tolerance,
        Bound::AboutAtMost => result <= value + tolerance,
    }
}

/// B's result for the year A's targets are for: a figure of the same
/// indicator for one year that is no target of B's own year, dated to that
/// year or undated.
fn result_in(b: &Profile, k: &Key, year: Option<i32>) -> Option<usize> {
    let dated = year.map(|y| format!("{y}年"));
    b.report.metrics.iter().position(|m| {
        let for_year = match m.period.as_deref() {
            None => m.kind == MetricKind::Result && !in_multi_year_part(&b.report, m),
            Some("去年" | "上年") => m.kind == MetricKind::Result,
            Some(p) => dated.as_deref() == Some(p),
        };
        for_year && yearly(m) && key(m).as_ref() == Some(k)
    })
}

/// Whether a figure stands in a part of the report about several years
/// (一、"十一五"时期经济社会发展回顾, 过去五年工作回顾): undated, it is that
/// period's, not one year's.
fn in_multi_year_part(report: &Report, m: &Metric) -> bool {
    let Some(top) = top_section(&report.outline, m.start) else {
        return false;
    };
    let heading = &report.outline[top].heading;
    heading.contains("五年")
        || heading
            .char_indices()
            .any(|(at, _)| is_plan_name(heading[at..].chars().take(3).collect::<String>().as_str()))
}

/// A's targets checked against B's results, and the indicators A set
/// targets for that B sets none for.
pub(super) fn targets(a: &Profile, b: &Profile) -> (Vec<TargetCheck>, Vec<Indicator>) {
    // B must report on A's year: the year after it, when both are known.
    let consecutive = match (a.year, b.year) {
        (Some(x), Some(y)) => y == x + 1,
        _ => true,
    };
    let b_targets: Vec<Key> = targets_of(b)
        .into_iter()
        .filter_map(|i| key(&b.report.metrics[i]))
        .collect();
    let mut checks = Vec::new();
    let mut unset = Vec::new();
    for i in targets_of(a) {
        let m = &a.report.metrics[i];
        let Some(k) = key(m) else { continue };
        let bound = bound(m);
        let result = consecutive
            .then(|| result_in(b, &k, a.year))
            .flatten()
            .map(|j| {
                let r = &b.report.metrics[j];
                TargetResult {
                    year: a.year,
                    text: r.text.clone(),
                    value: r.normalized.value,
                    metric: j,
                }
            });
        // A fall where a rise was set, or the reverse, misses it.
        let direction = |m: &Metric| m.change.as_ref().map(|c| c.direction);
        let opposite = |j: usize| {
            let r = &b.report.metrics[j];
            matches!((direction(m), direction(r)), (Some(x), Some(y)) if x != y)
        };
        let status = match &result {
            None => TargetStatus::NoResult,
            Some(r) if opposite(r.metric) => TargetStatus::Missed,
            Some(r) if meets(bound, m.normalized.value, normalized_upper(m), r.value) => {
                TargetStatus::Met
            }
            Some(_) => TargetStatus::Missed,
        };
        if !b_targets.contains(&k) {
            unset.push(Indicator {
                subject: k.0.clone(),
                unit: k.1.clone(),
            });
        }
        checks.push(TargetCheck {
            subject: k.0,
            unit: k.1,
            year: a.year,
            target: Target {
                text: m.text.clone(),
                value: m.normalized.value,
                upper: normalized_upper(m),
                qualifier: m.qualifier.clone(),
                bound,
                metric: i,
            },
            result,
            status,
        });
    }
    (checks, unset)
}

/// A range's upper end in the base unit.
fn normalized_upper(m: &Metric) -> Option<f64> {
    let scale = if m.value != 0.0 {
        m.normalized.value / m.value
    } else {
        1.0
    };
    m.upper.map(|u| u * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_meets_a_target_by_its_bound() {
        assert!(meets(Bound::AboutAtLeast, 7.5, None, 7.8));
        assert!(meets(Bound::AboutAtLeast, 7.5, None, 7.2));
        assert!(!meets(Bound::AboutAtLeast, 7.5, None, 7.0));
        assert!(meets(Bound::AboutAtMost, 3.0, None, 3.1));
        assert!(!meets(Bound::AtMost, 3.0, None, 3.1));
        assert!(meets(Bound::Range, 3.0, Some(5.0), 4.0));
        assert!(!meets(Bound::Range, 3.0, Some(5.0), 5.5));
        assert!(meets(Bound::AtLeast, 900.0, None, 1100.0));
    }
}
