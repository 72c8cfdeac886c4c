//! Mining the corpus tables (`corpus_table`) from a corpus of reports:
//! the phrases are the collocations many reports share (`collocations`,
//! with the corpus's thresholds), the generic words those most reports
//! use, with their median rate. `examples/mine_phrases.rs` writes the
//! files, and a corpus test checks that the shipped files are what the
//! corpus gives.

use std::fmt::Write as _;

use jieba_rs::Jieba;
use rustc_hash::FxHashMap as HashMap;

use super::collocations::{collocations, Run, Thresholds};
use super::corpus_table::{CorpusTable, RATE_TOKENS};
use super::lexicon::Idf;
use super::new_words::{has_term_shape, may_close, may_open, only_boilerplate, runs};
use super::stopwords::is_term;
use super::terms::segment;
use crate::text::document::Document;
use crate::text::phrases::Phrases;

/// What a run must show across the corpus to be a phrase of reports.
const CORPUS_THRESHOLDS: Thresholds = Thresholds {
    min_count: 8,
    min_documents: 5,
    min_pmi: 2.5,
    min_entropy: 2.0,
    entropy_share: 0.6,
    nested_share: 0.5,
    // Fixed formulas run long: 坚持稳中求进工作总基调.
    max_tokens: 6,
};

/// Characters a phrase of the table may have.
const PHRASE_CHARS: std::ops::RangeInclusive<usize> = 3..=16;

/// Longest generic word: a longer one (乡村振兴, 中国特色社会主义) names a
/// thing, however often reports name it.
const GENERIC_MAX_CHARS: usize = 3;
/// A word in this share of the corpus's reports or more may be generic…
const GENERIC_DOCUMENT_SHARE: f64 = 0.6;
/// The two tables of a corpus, as the files ship them.
pub(crate) struct MinedTables {
    pub phrases: String,
    pub generic: String,
}

/// A phrase's IDF on the scale of jieba's table: at least that of its
/// rarest word (a phrase is no commoner than any part of it), more by how
/// few of the corpus's reports use it — 中国特色社会主义, in nearly every
/// report, weighs as 社会主义; 粤港澳大湾区, in a few, more than 粤港澳.
fn phrase_idf(jieba: &Jieba, idf: &Idf, phrase: &str, documents: usize, reports: usize) -> f64 {
    let rarest = jieba
        .cut(phrase, false)
        .iter()
        .filter_map(|t| idf.get(t.word))
        .fold(0.0, f64::max);
    rarest + (reports.max(1) as f64 / documents.max(1) as f64).ln()
}

/// Mines the tables from every document of a corpus.
pub(crate) fn mine(docs: &[Document], jieba: &Jieba, idf: &Idf) -> MinedTables {
    let empty = CorpusTable::empty();
    let sequences: Vec<_> = docs
        .iter()
        .map(|doc| segment(doc, jieba, &[], &empty).sequence)
        .collect();
    let mut all_runs: Vec<Run> = Vec::new();
    for (i, (doc, sequence)) in docs.iter().zip(&sequences).enumerate() {
        all_runs.extend(runs(doc, sequence).into_iter().map(|mut run| {
            run.document = i;
            run
        }));
    }
    let found: Vec<_> = collocations(
        &all_runs, &CORPUS_THRESHOLDS, &may_open, &may_close, PHRASE_CHARS,
    )
    .into_iter()
    .filter(|c| !only_boilerplate(jieba, c.text) && has_term_shape(jieba, c.text))
    .collect();
    let mut phrases = String::from(
        "# Phrases reports repeat as units, mined from the corpus by\n\
         # examples/mine_phrases.rs: phrase, occurrences, reports, IDF.\n",
    );
    for c in &found {
        let weight = phrase_idf(jieba, idf, c.text, c.documents, docs.len());
        let _ = writeln!(
            phrases,
            "{}\t{}\t{}\t{weight:.2}",
            c.text, c.count, c.documents
        );
    }
    let table = CorpusTable::with_phrases(Phrases::new(found.iter().map(|c| c.text)));
    // Rates of every term in every report, the phrases kept whole.
    let mut rates: HashMap<String, Vec<f64>> = HashMap::default();
    for doc in docs {
        let terms = super::find_terms(doc, jieba, &[], &table);
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for t in terms.sequence.iter().filter(|t| is_term(t.text)) {
            *counts.entry(t.text).or_default() += 1;
        }
        for (word, count) in counts {
            let rate = count as f64 * RATE_TOKENS / terms.words.max(1) as f64;
            rates.entry(word.to_owned()).or_default().push(rate);
        }
    }
    let mut generic: Vec<(String, f64, f64)> = rates
        .into_iter()
        .filter_map(|(word, mut found)| {
            let share = found.len() as f64 / docs.len().max(1) as f64;
            let short = word.chars().count() <= GENERIC_MAX_CHARS;
            (short && share >= GENERIC_DOCUMENT_SHARE).then(|| {
                found.resize(docs.len(), 0.0);
                found.sort_by(f64::total_cmp);
                (word, share, found[found.len() / 2])
            })
        })
        .collect();
    generic.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    let mut generic_text = String::from(
        "# Words most reports of the corpus use, mined by examples/mine_phrases.rs:\n\
         # word, share of reports using it, median occurrences per 10,000 words,\n\
         # part of speech (jieba's tag).\n",
    );
    for (word, share, median) in generic {
        let tags = jieba.tag(&word, false);
        let tag = if tags.len() == 1 { tags[0].tag } else { "x" };
        let _ = writeln!(generic_text, "{word}\t{share:.2}\t{median:.2}\t{tag}");
    }
    MinedTables {
        phrases,
        generic: generic_text,
    }
}
