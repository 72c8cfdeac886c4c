//! Keywords: the report's terms — segmented with our lexicon (`lexicon`,
//! `terms`), new words merged (`new_words`) — weighted by TF-IDF (`tfidf`)
//! or TextRank (`textrank`), filtered to real terms (`stopwords`), each with
//! its count, positions and sections; and each section's own keywords.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

pub(crate) mod lexicon;
mod new_words;
mod stopwords;
pub(crate) mod terms;
mod textrank;
mod tfidf;

use jieba_rs::Jieba;
use lexicon::Idf;
use stopwords::{is_boilerplate, is_term};
use terms::Terms;
use textrank::textrank;
use tfidf::tfidf;

use crate::report::{innermost_section, Keyword, Section};
use crate::text::document::Document;

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

/// The terms of a document: jieba's segmentation with quoted and named
/// terms kept whole, and the new words it holds merged.
pub(crate) fn find_terms<'d>(doc: &'d Document, jieba: &Jieba, user_words: &[String]) -> Terms<'d> {
    let mut terms = terms::segment(doc, jieba, user_words);
    terms.new_words = new_words::discover(doc, &mut terms.sequence, jieba);
    terms
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
    let weights: HashMap<&str, f64> = match options.method {
        KeywordMethod::TfIdf => tfidf(terms, &occurrences, candidates.len(), idf),
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
