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

/// Whether `text` occurs anywhere in the report: a phrase absent from the
/// other report's phrases may still be written there inside a longer one.
fn written_in(profile: &Profile, text: &str) -> bool {
    profile.terms.terms.iter().any(|t| t.text.contains(text))
        || profile
            .report
            .formulations
            .iter()
            .any(|f| f.text.contains(text))
}

/// The phrases B uses and A never writes, and those A uses and B never
/// writes; most used first.
pub(super) fn new_and_dropped(a: &Profile, b: &Profile) -> (Vec<PhraseCount>, Vec<PhraseCount>) {
    let (in_a, in_b) = (phrases(a), phrases(b));
    let only = |this: &HashMap<&str, usize>, other: &Profile| {
        let mut found: Vec<PhraseCount> = this
            .iter()
            .filter(|(text, _)| !written_in(other, text))
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
