//! Keywords: the report's terms weighted by TF-IDF (jieba's IDF table) or
//! TextRank (co-occurrence within a window), filtered to real terms, each
//! with its count, positions and sections.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

pub(crate) mod lexicon;
mod stopwords;
pub(crate) mod terms;

use lexicon::Idf;
use stopwords::{is_boilerplate, is_function_word};
use terms::Terms;

use crate::report::{innermost_section, Keyword, Section};
use crate::text::chars::is_han;
use crate::text::document::Document;
use crate::text::numerals::is_chinese_numeral;

/// IDF of a term jieba's table does not know (quoted, 《》, discovered or the
/// user's): about the table's largest, as a word no general corpus holds.
const COINED_TERM_IDF: f64 = 13.9;
/// How much an occurrence in quotes or 《》 counts.
const QUOTE_EMPHASIS: f64 = 1.5;
/// Words on each side that TextRank links.
const TEXTRANK_WINDOW: usize = 5;
const TEXTRANK_DAMPING: f64 = 0.85;
const TEXTRANK_ROUNDS: usize = 30;

/// How keywords are weighted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeywordMethod {
    /// Term frequency × inverse document frequency (jieba's IDF table).
    #[default]
    TfIdf,
    /// PageRank over a co-occurrence graph of the report's own terms.
    TextRank,
}

/// What the reader chose for keywords.
///
/// ```
/// use report_lens_analysis::{Analyzer, AnalyzeOptions, KeywordMethod};
/// let options = AnalyzeOptions { method: KeywordMethod::TextRank, filter_boilerplate: false, ..Default::default() };
/// let report = Analyzer::new().analyze_with("推进工作。推进工作。加强建设。", &options).unwrap();
/// assert!(report.keywords.iter().any(|k| k.word == "工作"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeOptions {
    pub method: KeywordMethod,
    /// Leave out report boilerplate (工作 坚持 推进 加强…): 过滤套话.
    pub filter_boilerplate: bool,
    /// Words to keep whole and count as terms.
    pub user_words: Vec<String>,
    /// Words never to show as keywords.
    pub removed_words: Vec<String>,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            method: KeywordMethod::TfIdf,
            filter_boilerplate: true,
            user_words: Vec::new(),
            removed_words: Vec::new(),
        }
    }
}

/// Whether a word may be shown as a keyword at all: two or more characters,
/// letters or Han only, not a function word, not a numeral with a measure word.
pub(crate) fn is_term(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 || is_function_word(word) {
        return false;
    }
    if !chars
        .iter()
        .all(|&c| is_han(c) || c.is_ascii_alphanumeric())
    {
        return false; // punctuation, markup, symbols
    }
    if !chars.iter().any(|&c| is_han(c) || c.is_ascii_alphabetic()) {
        return false; // bare numbers
    }
    // 三年, 两个, 余篇 (of 280余篇), 万亿元, 百分点: a numeral or 余/多 with a
    // measure word or unit is no term.
    let numeral_led = is_chinese_numeral(chars[0]) || matches!(chars[0], '余' | '多');
    let unit_tail = matches!(
        chars[chars.len() - 1],
        '元' | '人' | '个' | '点' | '次' | '件' | '项' | '亩' | '吨' | '户'
    );
    !((numeral_led && (chars.len() == 2 || unit_tail))
        || chars.iter().all(|&c| is_chinese_numeral(c)))
}

/// The median IDF of the body's dictionary words: the weight of a word the
/// dictionary does not know, unless it was written as a coined term.
fn median_idf(idf: &Idf, token_counts: &HashMap<&str, usize>) -> f64 {
    let mut values: Vec<f64> = token_counts
        .keys()
        .filter(|w| w.chars().count() >= 2 && !is_function_word(w))
        .filter_map(|w| idf.get(w))
        .collect();
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(10.0)
}

#[inline(never)]
pub(crate) fn keywords(
    doc: &Document,
    terms: &Terms,
    idf: &Idf,
    options: &AnalyzeOptions,
    sections: &[Section],
    limit: usize,
) -> Vec<Keyword> {
    let allowed = |t: &str| {
        is_term(t)
            && !(options.filter_boilerplate && is_boilerplate(t))
            && !options.removed_words.iter().any(|r| r == t)
    };
    // Candidate occurrences, in order.
    let candidates: Vec<usize> = (0..terms.sequence.len())
        .filter(|&i| allowed(terms.sequence[i].text))
        .collect();
    let mut occurrences: HashMap<&str, Vec<usize>> = HashMap::default();
    for &i in &candidates {
        occurrences
            .entry(terms.sequence[i].text)
            .or_default()
            .push(i);
    }
    let total = candidates.len().max(1) as f64;
    let weights: HashMap<&str, f64> = match options.method {
        KeywordMethod::TfIdf => {
            let median = median_idf(idf, &terms.token_counts);
            occurrences
                .iter()
                .map(|(&word, at)| {
                    let whole = at.iter().any(|&i| terms.sequence[i].whole);
                    let idf = idf
                        .get(word)
                        .unwrap_or(if whole { COINED_TERM_IDF } else { median });
                    // The author's emphasis: an occurrence in quotes or 《》 counts more.
                    let emphasised = at.iter().filter(|&&i| terms.sequence[i].quoted).count();
                    let tf = at.len() as f64 + (QUOTE_EMPHASIS - 1.0) * emphasised as f64;
                    (word, tf * idf / total)
                })
                .collect()
        }
        KeywordMethod::TextRank => textrank(terms, &candidates),
    };
    // Rank first; positions only for the keywords kept.
    let mut ranked: Vec<(&str, f64)> = weights.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    ranked.truncate(limit);
    let mut found: Vec<Keyword> = ranked
        .into_iter()
        .map(|(word, weight)| {
            let at = &occurrences[word];
            let positions: Vec<usize> = at
                .iter()
                .map(|&i| {
                    let t = &terms.sequence[i];
                    doc.char_offset(doc.paragraphs[t.paragraph].original_byte(t.at))
                })
                .collect();
            Keyword {
                word: word.to_owned(),
                weight,
                count: at.len(),
                positions,
                sections: Vec::new(),
            }
        })
        .collect();
    for keyword in &mut found {
        keyword.sections = keyword
            .positions
            .iter()
            .filter_map(|&p| innermost_section(sections, p))
            .collect();
        keyword.sections.dedup();
    }
    found
}

/// TextRank: PageRank over the graph linking candidate terms that occur
/// within a window of each other in the same paragraph.
fn textrank<'t>(terms: &Terms<'t>, candidates: &[usize]) -> HashMap<&'t str, f64> {
    let mut ids: HashMap<&str, usize> = HashMap::default();
    let words: Vec<usize> = candidates
        .iter()
        .map(|&i| {
            let next = ids.len();
            *ids.entry(terms.sequence[i].text).or_insert(next)
        })
        .collect();
    let n = ids.len();
    let mut edges: Vec<HashMap<usize, f64>> = vec![HashMap::default(); n];
    for (k, &a) in words.iter().enumerate() {
        let paragraph = terms.sequence[candidates[k]].paragraph;
        for (j, &b) in words
            .iter()
            .enumerate()
            .skip(k + 1)
            .take(TEXTRANK_WINDOW - 1)
        {
            if terms.sequence[candidates[j]].paragraph != paragraph || a == b {
                continue;
            }
            *edges[a].entry(b).or_default() += 1.0;
            *edges[b].entry(a).or_default() += 1.0;
        }
    }
    let out: Vec<f64> = edges.iter().map(|e| e.values().sum()).collect();
    let mut score = vec![1.0; n];
    for _ in 0..TEXTRANK_ROUNDS {
        let mut next = vec![1.0 - TEXTRANK_DAMPING; n];
        for (a, links) in edges.iter().enumerate() {
            for (&b, &w) in links {
                if out[b] > 0.0 {
                    next[a] += TEXTRANK_DAMPING * w / out[b] * score[b];
                }
            }
        }
        score = next;
    }
    let max = score
        .iter()
        .copied()
        .fold(f64::MIN, f64::max)
        .max(f64::MIN_POSITIVE);
    ids.into_iter()
        .map(|(word, id)| (word, score[id] / max))
        .collect()
}

/// How many keywords each section lists.
const SECTION_KEYWORDS: usize = 3;

/// Fills each section's `keywords`: the report keywords that characterise it,
/// scored by weight × occurrences inside × the share of all occurrences that
/// fall inside (so 政协, everywhere in a 政协 report, does not top every section).
pub(crate) fn section_keywords(keywords: &[Keyword], sections: &mut [Section]) {
    for section in sections.iter_mut() {
        let mut scored: Vec<(usize, f64)> = keywords
            .iter()
            .enumerate()
            .filter_map(|(k, keyword)| {
                let at = &keyword.positions;
                let inside = at.iter().filter(|&&p| section.contains(p)).count();
                let share = inside as f64 / at.len().max(1) as f64;
                (inside > 0).then_some((k, keyword.weight * inside as f64 * share))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_exclude_noise() {
        for word in [
            "##", "**", "2021", "五年", "我们", "，", "是", "三个", "余篇", "多次", "万亿元",
            "百分点",
        ] {
            assert!(!is_term(word), "{word}");
        }
        for word in ["民主监督", "政协委员", "5G", "委员工作室", "工作"] {
            assert!(is_term(word), "{word}");
        }
    }
}
