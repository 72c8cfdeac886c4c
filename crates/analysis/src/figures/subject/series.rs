//! Figures listed together take the subjects listed before them, in
//! order: `A和B分别增长8.4%和11.4%`, with a shared head (`城镇和农村居民
//! 人均可支配收入`, `一、二、三产业增加值`, `城乡居民…` for 城镇 and 农村)
//! and a list that repeats the one before it (`分别新认定60家和30家，累计
//! 分别达到1016家和591家`).

use super::super::change::{strip_change, strip_linking};
use super::super::reader::Figure;
use super::super::sentence::clause_before;
use super::strip_leading;
use crate::report::Metric;
use crate::text::chars::is_han;

/// What joins the figures of one list.
const FIGURE_JOINERS: &[&str] = &["和", "、", "及", "，", "与"];

/// What joins the subjects of one list.
const SUBJECT_JOINERS: [char; 4] = ['和', '、', '及', '与'];

/// Measures named once after a list of things: 粮食、棉花产量.
const SHARED_MEASURES: &[&str] = &["排放量", "产量", "播种面积", "销售额", "进出口额"];

/// Numerals that stand for an ordinal in a shared head (一、二、三产业).
const ORDINAL_NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九'];

pub(in crate::figures) fn assign_series_subjects(
    text: &str,
    figures: &[Figure],
    metrics: &mut [Metric],
) {
    let mut i = 0;
    while i < figures.len() {
        let mut j = i;
        while j + 1 < figures.len()
            && FIGURE_JOINERS.contains(&&text[figures[j].end..figures[j + 1].start])
        {
            j += 1;
        }
        let n = j - i + 1;
        if n >= 2 {
            // …增长8.4%和11.4%: the change stated once holds for the whole list.
            let change = metrics[i].change.clone();
            for metric in &mut metrics[i + 1..=j] {
                metric.change = metric.change.take().or_else(|| change.clone());
            }
            let before = clause_before(text, figures[i].start);
            let parts = listed_subjects(before, n);
            if let Some(parts) = parts {
                for (metric, part) in metrics[i..=j].iter_mut().zip(parts) {
                    metric.subject = Some(part);
                }
            } else if i >= n && metrics[i - n].sentence_start == metrics[i].sentence_start {
                // 累计分别达到1016家和591家, 收入15781元、纯收入4761元，实际增长
                // 8.4%和8%: the same things as the figures just before.
                let own_words = strip_change(strip_linking(before)).chars().any(is_han);
                let earlier: Vec<Option<String>> = metrics[i - n..i]
                    .iter()
                    .map(|m| m.subject.clone())
                    .collect();
                if !own_words && earlier.iter().all(Option::is_some) {
                    for (metric, subject) in metrics[i..=j].iter_mut().zip(earlier) {
                        metric.subject = subject;
                    }
                }
            }
        }
        i = j + 1;
    }
}

/// The `n` subjects listed in the words before a list of figures, or none
/// when they do not list `n` things.
fn listed_subjects(before: &str, n: usize) -> Option<Vec<String>> {
    // A和B分别新认定: the list is what comes before 分别.
    let head = match before.rfind("分别") {
        Some(at) => &before[..at],
        None => strip_change(strip_linking(before)),
    };
    let head = strip_leading(head.trim_start_matches(|c: char| !is_han(c)));
    // 城乡居民人均可支配收入分别增长4.7%、6.6%: 城镇 and 农村.
    if n == 2 {
        if let Some(rest) = head.strip_prefix("城乡") {
            if rest.chars().count() >= 2 && !rest.contains(SUBJECT_JOINERS) {
                return Some(vec![format!("城镇{rest}"), format!("农村{rest}")]);
            }
        }
    }
    // 一二三产增加值分别增长: ordinals run together before their shared head.
    let ordinals = head
        .chars()
        .take_while(|c| ORDINAL_NUMERALS.contains(c))
        .count();
    if ordinals == n && n >= 2 {
        let shared = &head[ordinals * '一'.len_utf8()..];
        let shared = shared
            .strip_prefix("产业")
            .or_else(|| shared.strip_prefix('产'))
            .filter(|rest| rest.chars().count() >= 2)?;
        return Some(
            head.chars()
                .take(n)
                .map(|ordinal| format!("第{ordinal}产业{shared}"))
                .collect(),
        );
    }
    let parts: Vec<&str> = head
        .split(SUBJECT_JOINERS)
        .map(|p| p.trim_start_matches(|c: char| !is_han(c)))
        .collect();
    if parts.len() != n {
        return None;
    }
    let last = parts[n - 1];
    let mut subjects = Vec::with_capacity(n);
    for part in &parts[..n - 1] {
        subjects.push(with_shared_head(part, last)?);
    }
    subjects.push(last.to_owned());
    for subject in &mut subjects {
        if let Some(ordinal) = ordinal_part(subject) {
            *subject = ordinal;
        }
    }
    subjects
        .iter()
        .all(|s| s.chars().count() >= 2)
        .then_some(subjects)
}

/// A part of a list that shares the last part's head: 城镇 (和农村居民人均
/// 可支配收入) → 城镇居民人均可支配收入; 一 (、二、三产业增加值) →
/// 一产业增加值. A part long enough to be a subject stays as it is.
fn with_shared_head(part: &str, last: &str) -> Option<String> {
    let (part_len, last_len) = (part.chars().count(), last.chars().count());
    let numeral = part_len == 1 && part.starts_with(ORDINAL_NUMERALS);
    if numeral && last.starts_with(ORDINAL_NUMERALS) {
        return Some(format!(
            "{part}{}",
            &last[last.chars().next()?.len_utf8()..]
        ));
    }
    if (2..=3).contains(&part_len) && last_len >= part_len + 4 {
        // The last part's own modifier is as long as this one.
        let cut = last.char_indices().nth(part_len)?.0;
        return Some(format!("{part}{}", &last[cut..]));
    }
    // 化学需氧量、二氧化硫排放量: the measure named once holds for both.
    if let Some(measure) = SHARED_MEASURES.iter().find(|m| last.ends_with(*m)) {
        if part_len >= 2 && !part.ends_with(measure) && last_len > measure.chars().count() + 1 {
            return Some(format!("{part}{measure}"));
        }
    }
    (part_len >= 2).then(|| part.to_owned())
}

/// 一产业增加值 → 第一产业增加值.
fn ordinal_part(subject: &str) -> Option<String> {
    let rest = subject.strip_prefix(ORDINAL_NUMERALS)?;
    rest.starts_with("产业").then(|| format!("第{subject}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_subjects_share_their_head() {
        for (before, n, expected) in [
            (
                "城镇和农村居民人均可支配收入分别增长",
                2,
                vec!["城镇居民人均可支配收入", "农村居民人均可支配收入"],
            ),
            (
                "城乡居民人均可支配收入分别增长",
                2,
                vec!["城镇居民人均可支配收入", "农村居民人均可支配收入"],
            ),
            (
                "一、二、三产业增加值分别增长",
                3,
                vec!["第一产业增加值", "第二产业增加值", "第三产业增加值"],
            ),
            (
                "其中一二三产增加值分别增长",
                3,
                vec!["第一产业增加值", "第二产业增加值", "第三产业增加值"],
            ),
            (
                "跨国公司地区总部、外资研发中心分别新认定",
                2,
                vec!["跨国公司地区总部", "外资研发中心"],
            ),
            (
                "城镇居民人均可支配收入和农村居民人均纯收入实际增长",
                2,
                vec!["城镇居民人均可支配收入", "农村居民人均纯收入"],
            ),
        ] {
            assert_eq!(
                listed_subjects(before, n),
                Some(expected.iter().map(|s| s.to_string()).collect()),
                "{before}"
            );
        }
        assert_eq!(listed_subjects("国内生产总值增长", 2), None);
    }
}
