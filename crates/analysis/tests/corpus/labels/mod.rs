//! Accuracy against labels made independently of the analyzer's output:
//! the reference report's (`../shared/labels/hengyang_cppcc_2021.json`) and
//! ours (`tests/fixtures/*.json`). Each test holds a floor an issue set.
//!
//! - [`reference`]: the reference report's outline, metrics, warnings,
//!   keywords and subjects against the shared labels.
//! - [`independent`]: outlines and figures of corpus files against the
//!   labels helpers made from the text alone (`tests/fixtures`).
//! - [`subjects`]: when a figure's subject matches its label.
//! - [`phrases`]: fixed policy phrases kept whole among the keywords.

mod independent;
mod phrases;
mod reference;
mod subjects;

use serde_json::Value;

use crate::files::shared;

pub(super) fn labels() -> Value {
    let raw = std::fs::read_to_string(shared("labels/hengyang_cppcc_2021.json")).unwrap();
    serde_json::from_str(&raw).unwrap()
}

pub(super) fn normal(heading: &str) -> String {
    heading
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '。'))
        .collect()
}

/// Greedy in-order matching of expected items to found ones by key.
pub(super) fn matches<T: PartialEq>(expected: &[T], found: &[T]) -> Vec<(usize, usize)> {
    let mut used = vec![false; found.len()];
    let mut pairs = Vec::new();
    for (i, e) in expected.iter().enumerate() {
        if let Some(j) = (0..found.len()).find(|&j| !used[j] && found[j] == *e) {
            used[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// The items no pair takes: `side` picks the pair's index into `items`.
pub(super) fn unmatched<'a, T>(
    items: &'a [T],
    pairs: &[(usize, usize)],
    side: fn(&(usize, usize)) -> usize,
) -> Vec<&'a T> {
    items
        .iter()
        .enumerate()
        .filter(|(i, _)| !pairs.iter().any(|p| side(p) == *i))
        .map(|(_, item)| item)
        .collect()
}

pub(super) fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// Heading recall, precision and level accuracy of `found` against `expected`.
pub(super) fn outline_scores(
    expected: &[(String, u64)],
    found: &[(String, u64)],
) -> (f64, f64, f64, Vec<String>) {
    let texts = |v: &[(String, u64)]| v.iter().map(|(h, _)| h.clone()).collect::<Vec<_>>();
    let pairs = matches(&texts(expected), &texts(found));
    let levels_right = pairs
        .iter()
        .filter(|&&(i, j)| expected[i].1 == found[j].1)
        .count();
    let mut misses: Vec<String> = expected
        .iter()
        .enumerate()
        .filter(|(i, _)| !pairs.iter().any(|p| p.0 == *i))
        .map(|(_, e)| format!("missing {}", e.0))
        .collect();
    misses.extend(
        found
            .iter()
            .enumerate()
            .filter(|(j, _)| !pairs.iter().any(|p| p.1 == *j))
            .map(|(_, f)| format!("extra {}", f.0)),
    );
    misses.extend(
        pairs
            .iter()
            .filter(|&&(i, j)| expected[i].1 != found[j].1)
            .map(|&(i, j)| {
                format!(
                    "level {} for {} (expected {})",
                    found[j].1, found[j].0, expected[i].1
                )
            }),
    );
    (
        ratio(pairs.len(), expected.len()),
        ratio(pairs.len(), found.len()),
        ratio(levels_right, pairs.len()),
        misses,
    )
}

pub(super) fn labelled_outline(labels: &Value) -> Vec<(String, u64)> {
    labels["outline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                normal(h["heading"].as_str().unwrap()),
                h["level"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// What identifies a figure when comparing with labels.
pub(super) fn metric_key(text: &str, value: f64, unit: &str) -> String {
    format!("{text}|{value}|{unit}")
}

pub(super) fn labelled_metric_keys(labels: &Value) -> Vec<String> {
    let metrics = labels["metrics"].as_array().unwrap();
    metrics
        .iter()
        .map(|m| {
            metric_key(
                m["text"].as_str().unwrap(),
                m["value"].as_f64().unwrap(),
                m["unit"].as_str().unwrap(),
            )
        })
        .collect()
}
