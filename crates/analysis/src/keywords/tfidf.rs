//! TF-IDF: how often the report uses a term, against how rare jieba's IDF
//! table says it is in general text (the corpus's phrases by their own
//! IDF, `corpus_table`); coined terms (quoted, 《》, discovered,
//! the user's) weigh as the rarest words, and the author's quotes add emphasis.

use rustc_hash::FxHashMap as HashMap;

use super::corpus_table::CorpusTable;
use super::lexicon::Idf;
use super::stopwords::is_function_word;
use super::terms::Terms;

/// IDF of a term jieba's table does not know (quoted, 《》, discovered or the
/// user's): about the table's largest, as a word no general corpus holds.
const COINED_TERM_IDF: f64 = 13.9;
/// How much an occurrence in quotes or 《》 counts.
const QUOTE_EMPHASIS: f64 = 1.5;

/// Each candidate term's weight: its count (quoted occurrences counting
/// more) times its IDF, over `candidates`, the number of candidate
/// occurrences. `occurrences`: each term's indices into `terms.sequence`.
pub(super) fn tfidf<'t>(
    terms: &Terms<'t>,
    occurrences: &HashMap<&'t str, Vec<usize>>,
    candidates: usize,
    (idf, table): (&Idf, &CorpusTable),
    filter_boilerplate: bool,
) -> HashMap<&'t str, f64> {
    let total = candidates.max(1) as f64;
    let median = median_idf(idf, &terms.token_counts);
    occurrences
        .iter()
        .map(|(&word, at)| {
            let whole = at.iter().any(|&i| terms.sequence[i].whole);
            let idf = idf
                .get(word)
                .or_else(|| table.idf(word))
                .unwrap_or(if whole { COINED_TERM_IDF } else { median });
            // The author's emphasis: an occurrence in quotes or 《》 counts more.
            let emphasised = at.iter().filter(|&&i| terms.sequence[i].quoted).count();
            let count = if filter_boilerplate {
                table.excess(word, at.len(), terms.words)
            } else {
                at.len() as f64
            };
            let tf = count + (QUOTE_EMPHASIS - 1.0) * emphasised as f64;
            (word, tf * idf / total)
        })
        .collect()
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
