//! 新提法 and dropped ones: the formulations (“四个意识”, 八项规定) and the
//! policy phrases kept whole (新质生产力, 全国统一大市场) that one report uses
//! and the other never does.

use std::collections::HashMap;

use super::{PhraseCount, Profile};

/// Fewest characters a phrase kept whole must have to count as a
/// formulation here (two-character words are words, not 提法).
const MIN_PHRASE_CHARS: usize = 3;

/// A report's formulations and phrases with how often it uses each.
pub(super) fn phrases(profile: &Profile) -> HashMap<&str, usize> {
    let mut found: HashMap<&str, usize> = profile
        .terms
        .terms
        .iter()
        .filter(|t| t.phrase && t.text.chars().count() >= MIN_PHRASE_CHARS)
        .map(|t| (t.text.as_str(), t.count))
        .collect();
    for f in &profile.report.formulations {
        let count = found.entry(f.text.as_str()).or_default();
        *count = (*count).max(f.count);
    }
    found
}

/// Every term and formulation of a report, one a line: a phrase absent
/// from the other report's phrases may still be written there inside a
/// longer one, and one search of this finds it.
fn written(profile: &Profile) -> String {
    let terms = profile.terms.terms.iter().map(|t| t.text.as_str());
    let formulations = profile.report.formulations.iter().map(|f| f.text.as_str());
    terms.chain(formulations).collect::<Vec<_>>().join("\n")
}

/// The phrases B uses and A never writes, and those A uses and B never
/// writes; most used first.
pub(super) fn new_and_dropped(a: &Profile, b: &Profile) -> (Vec<PhraseCount>, Vec<PhraseCount>) {
    let (in_a, in_b) = (phrases(a), phrases(b));
    let only = |this: &HashMap<&str, usize>, other: &Profile| {
        let other = written(other);
        let mut found: Vec<PhraseCount> = this
            .iter()
            .filter(|(text, _)| !other.contains(*text))
            .map(|(text, &count)| PhraseCount {
                text: (*text).to_owned(),
                count,
            })
            .collect();
        found.sort_by(|x, y| y.count.cmp(&x.count).then_with(|| x.text.cmp(&y.text)));
        found
    };
    (only(&in_b, a), only(&in_a, b))
}

/// Up to `limit` sentences of `text` that hold `phrase`, in order, each
/// trimmed: what the page shows for a phrase or key word clicked.
///
/// ```
/// use report_lens_analysis::sentences_holding;
/// let text = "一、回顾\n新质生产力加快发展。就业稳定。\n培育新质生产力！";
/// assert_eq!(sentences_holding(text, "新质生产力", 5), ["新质生产力加快发展。", "培育新质生产力！"]);
/// ```
pub fn sentences_holding(text: &str, phrase: &str, limit: usize) -> Vec<String> {
    if phrase.is_empty() {
        return Vec::new();
    }
    text.split_inclusive(|c: char| crate::text::chars::ends_sentence(c) || c == '\n')
        .map(str::trim)
        .filter(|s| s.contains(phrase))
        .take(limit)
        .map(str::to_owned)
        .collect()
}
