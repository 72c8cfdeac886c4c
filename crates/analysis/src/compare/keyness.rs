//! Keyness: which words one report uses significantly more than the other.
//! The signed log-likelihood G² of Rayson & Garside (2000, "Comparing
//! corpora using frequency profiling", the two-cell form AntConc and
//! quanteda's `textstat_keyness` use) with Hardie's Log Ratio effect size
//! (2014, "Log Ratio — an informal introduction", CASS).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::KeyWord;
use crate::report::TermCounts;

/// Cut-offs for a word to be key.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct KeynessOptions {
    /// Least |G²|: 6.63 is p < 0.01 for one degree of freedom.
    pub min_g2: f64,
    /// Least |log ratio| (binary log of the ratio of relative frequencies):
    /// 1 is twice as frequent.
    pub min_log_ratio: f64,
}

impl Default for KeynessOptions {
    fn default() -> Self {
        KeynessOptions {
            min_g2: 6.63,
            min_log_ratio: 1.0,
        }
    }
}

/// Log-likelihood of a word seen `a` times among `c` tokens of A and `b`
/// times among `d` of B: 2 Σ O ln(O / E), E₁ = c(a+b)/(c+d), E₂ = d(a+b)/(c+d),
/// a cell with no occurrence adding nothing. Signed: positive when the word
/// is relatively more frequent in B.
pub fn signed_g2(a: usize, b: usize, c: usize, d: usize) -> f64 {
    let (a, b, c, d) = (a as f64, b as f64, c as f64, d as f64);
    if c == 0.0 || d == 0.0 || a + b == 0.0 {
        return 0.0;
    }
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let cell = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    let g2 = 2.0 * (cell(a, e1) + cell(b, e2));
    if b / d >= a / c {
        g2
    } else {
        -g2
    }
}

/// Hardie's Log Ratio: log₂ of B's relative frequency over A's, a zero
/// count taken as 0.5 so a word absent from one side has a finite ratio.
pub fn log_ratio(a: usize, b: usize, c: usize, d: usize) -> f64 {
    let adjust = |n: usize| if n == 0 { 0.5 } else { n as f64 };
    ((adjust(b) / d.max(1) as f64) / (adjust(a) / c.max(1) as f64)).log2()
}

/// The key words of B against A (positive) and of A against B (negative),
/// by |G²|, largest first; per 10,000 characters of each report beside the
/// raw counts.
pub(super) fn keyness(
    a: &TermCounts,
    b: &TermCounts,
    (chars_a, chars_b): (usize, usize),
    options: &KeynessOptions,
) -> Vec<KeyWord> {
    let (c, d) = (a.tokens(), b.tokens());
    let counts_a: HashMap<&str, usize> =
        a.terms.iter().map(|t| (t.text.as_str(), t.count)).collect();
    let counts_b: HashMap<&str, usize> =
        b.terms.iter().map(|t| (t.text.as_str(), t.count)).collect();
    let mut words: Vec<&str> = counts_a.keys().chain(counts_b.keys()).copied().collect();
    words.sort_unstable();
    words.dedup();
    let per10k = |n: usize, chars: usize| n as f64 * 10_000.0 / chars.max(1) as f64;
    let mut found: Vec<KeyWord> = words
        .into_iter()
        .filter_map(|word| {
            let (count_a, count_b) = (
                counts_a.get(word).copied().unwrap_or(0),
                counts_b.get(word).copied().unwrap_or(0),
            );
            let g2 = signed_g2(count_a, count_b, c, d);
            let ratio = log_ratio(count_a, count_b, c, d);
            (g2.abs() >= options.min_g2 && ratio.abs() >= options.min_log_ratio).then(|| KeyWord {
                word: word.to_owned(),
                count_a,
                count_b,
                per10k_a: per10k(count_a, chars_a),
                per10k_b: per10k(count_b, chars_b),
                g2,
                log_ratio: ratio,
            })
        })
        .collect();
    found.sort_by(|x, y| {
        y.g2.abs()
            .total_cmp(&x.g2.abs())
            .then_with(|| x.word.cmp(&y.word))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 10 of 10,000 tokens in A, 30 of 10,000 in B, by hand from the
    /// formulas: E₁ = E₂ = 20, G² = 2(10 ln 0.5 + 30 ln 1.5)
    /// = 2(−6.931472 + 12.163953) = 10.464963; log ratio = log₂ 3 = 1.584963.
    #[test]
    fn g2_and_log_ratio_as_computed_by_hand() {
        assert!((signed_g2(10, 30, 10_000, 10_000) - 10.464_963).abs() < 1e-5);
        assert!((signed_g2(30, 10, 10_000, 10_000) + 10.464_963).abs() < 1e-5);
        assert!((log_ratio(10, 30, 10_000, 10_000) - 1.584_963).abs() < 1e-5);
    }

    /// Unequal sizes: 5 of 1,000 in A, 0 of 4,000 in B. E₁ = 1000·5/5000 = 1,
    /// G² = 2·5 ln 5 = 16.094379, more in A so negative; log ratio with 0.5
    /// for the zero: log₂((0.5/4000)/(5/1000)) = log₂(0.025) = −5.321928.
    #[test]
    fn a_word_missing_from_one_side() {
        assert!((signed_g2(5, 0, 1_000, 4_000) + 16.094_379).abs() < 1e-5);
        assert!((log_ratio(5, 0, 1_000, 4_000) + 5.321_928).abs() < 1e-5);
    }

    #[test]
    fn the_same_rate_is_not_key() {
        assert!(signed_g2(10, 20, 1_000, 2_000).abs() < 1e-9);
        assert_eq!(signed_g2(0, 0, 100, 100), 0.0);
    }
}
