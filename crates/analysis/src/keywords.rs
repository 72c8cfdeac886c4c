//! Keywords: TF-IDF over jieba's segmentation (HMM off), filtered to the
//! report's own terms, plus short quoted terms (“三高四新”) kept whole.

use std::collections::HashMap;

use jieba_rs::{Jieba, KeywordExtract, TfIdf};

use crate::document::{is_han, CharIndex};
use crate::numerals::is_chinese_numeral;
use crate::report::{Keyword, Section};
use crate::stopwords::is_stop_word;

/// IDF given to a quoted term, which the IDF table does not know: about
/// the largest in jieba's table, as a word no general corpus holds.
const QUOTED_TERM_IDF: f64 = 14.0;
/// Characters a quoted term may have.
const QUOTED_TERM_CHARS: std::ops::RangeInclusive<usize> = 2..=8;

/// Counts of every segmented word of a text.
pub(crate) struct WordCounts<'t> {
    pub counts: HashMap<&'t str, usize>,
    pub total: usize,
}

impl<'t> WordCounts<'t> {
    /// Segments `text` (HMM off) and counts words that hold a letter or digit.
    pub fn new(jieba: &Jieba, text: &'t str) -> Self {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let mut total = 0;
        for token in jieba.cut(text, false) {
            if token.word.chars().any(char::is_alphanumeric) {
                *counts.entry(token.word).or_default() += 1;
                total += 1;
            }
        }
        WordCounts { counts, total }
    }
}

/// Whether a word may be shown as a keyword.
pub(crate) fn is_term(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 || is_stop_word(word) {
        return false;
    }
    if !chars
        .iter()
        .all(|&c| is_han(c) || c.is_ascii_alphanumeric())
    {
        return false; // punctuation, markup, symbols
    }
    if chars.iter().all(|c| c.is_ascii_digit())
        || !chars.iter().any(|&c| is_han(c) || c.is_ascii_alphabetic())
    {
        return false;
    }
    // 三年, 两个, 余篇 (of 280余篇): a numeral or 余/多 with a measure word is no term.
    let numeral_led =
        (is_chinese_numeral(chars[0]) || matches!(chars[0], '余' | '多')) && chars.len() == 2;
    !(numeral_led || chars.iter().all(|&c| is_chinese_numeral(c)))
}

pub(crate) fn keywords(
    jieba: &Jieba,
    tfidf: &TfIdf,
    body: &str,
    counts: &WordCounts,
    limit: usize,
) -> Vec<Keyword> {
    let mut found: Vec<Keyword> = tfidf
        .extract_keywords(jieba, body, limit * 3, Vec::new())
        .into_iter()
        .filter(|k| is_term(&k.keyword))
        .map(|k| Keyword {
            count: counts.counts.get(k.keyword.as_str()).copied().unwrap_or(0),
            word: k.keyword,
            weight: k.weight,
        })
        .collect();
    // TF-IDF divides by the number of candidate words; quoted terms use the same.
    let stop_words = tfidf.config().stop_words();
    let candidates: usize = counts
        .counts
        .iter()
        .filter(|(w, _)| w.chars().count() >= 2 && !stop_words.contains(**w))
        .map(|(_, n)| n)
        .sum();
    for (term, count) in quoted_terms(body) {
        if found.iter().any(|k| k.word == term) {
            continue;
        }
        found.push(Keyword {
            weight: count as f64 * QUOTED_TERM_IDF / candidates.max(1) as f64,
            word: term,
            count,
        });
    }
    found.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.word.cmp(&b.word))
    });
    found.truncate(limit);
    found
}

/// How many keywords each section lists.
const SECTION_KEYWORDS: usize = 3;

/// Fills each section's `keywords`: the report keywords that characterise it,
/// scored by weight × occurrences inside × the share of all occurrences that
/// fall inside (so 政协, everywhere in a 政协 report, does not top every section).
pub(crate) fn section_keywords(
    text: &str,
    index: &CharIndex,
    keywords: &[Keyword],
    sections: &mut [Section],
) {
    let positions: Vec<Vec<usize>> = keywords
        .iter()
        .map(|k| {
            text.match_indices(k.word.as_str())
                .map(|(b, _)| index.char_offset(text, b))
                .collect()
        })
        .collect();
    for section in sections.iter_mut() {
        let mut scored: Vec<(usize, f64)> = positions
            .iter()
            .enumerate()
            .filter_map(|(k, at)| {
                let inside = at.partition_point(|&p| p < section.end)
                    - at.partition_point(|&p| p < section.start);
                let share = inside as f64 / at.len().max(1) as f64;
                (inside > 0).then(|| (k, keywords[k].weight * inside as f64 * share))
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        section.keywords = scored
            .iter()
            .take(SECTION_KEYWORDS)
            .map(|&(k, _)| keywords[k].word.clone())
            .collect();
    }
}

/// Terms in “…” quotes that recur: “三高四新”, “政协云”.
fn quoted_terms(text: &str) -> Vec<(String, usize)> {
    let mut terms: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('“') {
        let after = &rest[open + '“'.len_utf8()..];
        let Some(close) = after.find('”') else {
            break;
        };
        let inner = &after[..close];
        let n = inner.chars().count();
        if QUOTED_TERM_CHARS.contains(&n)
            && inner.chars().all(is_han)
            && !terms.iter().any(|t| t == inner)
        {
            terms.push(inner.to_owned());
        }
        rest = &after[close..];
    }
    terms
        .into_iter()
        .filter(|t| is_term(t))
        .map(|t| {
            let count = text.matches(t.as_str()).count();
            (t, count)
        })
        .filter(|&(_, count)| count >= 2)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_exclude_noise() {
        for word in [
            "##", "**", "2021", "五年", "工作", "我们", "，", "是", "三个",
        ] {
            assert!(!is_term(word), "{word}");
        }
        for word in ["民主监督", "政协委员", "5G", "委员工作室"] {
            assert!(is_term(word), "{word}");
        }
    }

    #[test]
    fn recurring_quoted_terms() {
        let text = "落实“三高四新”战略。围绕“三高四新”战略。做到“两个维护”。";
        assert_eq!(quoted_terms(text), vec![("三高四新".to_owned(), 2)]);
    }
}
