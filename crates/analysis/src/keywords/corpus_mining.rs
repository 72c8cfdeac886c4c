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
use crate::text::chars::{closes_phrase, ends_clause, is_blank, is_han};
use crate::text::document::Document;
use crate::text::numerals::is_chinese_numeral;
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

/// Where a phrase's occurrences stand in the corpus's clauses.
#[derive(Default)]
struct Context {
    seen: usize,
    /// Opening a clause (after a clause mark or a line's start).
    opening: usize,
    /// Before a clause's, a line's or a list item's end.
    closing: usize,
    /// Before a number.
    before_figure: usize,
    /// How often each character follows or precedes it.
    neighbours: HashMap<(bool, char), usize>,
}

impl Context {
    fn share(&self, count: usize) -> f64 {
        count as f64 / self.seen.max(1) as f64
    }

    /// The share of the commonest neighbouring character, on either side.
    fn one_neighbour_share(&self) -> f64 {
        self.share(self.neighbours.values().copied().max().unwrap_or(0))
    }
}

/// The context of each of `phrases` over every paragraph of `docs`.
fn contexts<'p>(docs: &[Document], phrases: impl IntoIterator<Item = &'p str>) -> Vec<Context> {
    let phrases = Phrases::new(phrases);
    let mut contexts: Vec<Context> = Vec::new();
    contexts.resize_with(phrases.len(), Context::default);
    for doc in docs {
        for paragraph in &doc.paragraphs {
            let text = paragraph.text.as_str();
            for (at, id) in phrases.find_in(text) {
                let context = &mut contexts[id];
                let before = text[..at].chars().next_back();
                let after = text[at + phrases.get(id).len()..].chars().next();
                context.seen += 1;
                context.opening +=
                    usize::from(before.is_none_or(|c| ends_clause(c) || is_blank(c)));
                context.closing += usize::from(after.is_none_or(closes_phrase));
                context.before_figure +=
                    usize::from(after.is_some_and(|c| c.is_ascii_digit() || is_chinese_numeral(c)));
                for (side, c) in [(false, before), (true, after)] {
                    if let Some(c) = c.filter(|&c| is_han(c)) {
                        *context.neighbours.entry((side, c)).or_default() += 1;
                    }
                }
            }
        }
    }
    contexts
}

/// Most a phrase may open clauses (as a report's acts do: 稳步推进…,
/// 认真落实…) and still name a thing (the object of an act: 推进节能减排).
const MOST_OPENING: f64 = 0.3;
/// Most a phrase may close clauses and not be a statement (成效明显).
const MOST_CLOSING: f64 = 0.8;
/// Most a phrase may have one character beside it and not be a piece of a
/// longer word (先进制造 of 先进制造业).
const MOST_ONE_NEIGHBOUR: f64 = 0.5;
/// Most a phrase may stand before a number and not lead into a figure
/// (占比超过, 分别达到).
const MOST_BEFORE_FIGURE: f64 = 0.2;

/// Tags (jieba's) that open no name: adverbs, pronouns, conjunctions,
/// numerals, measure words, particles.
const NO_NAME_OPENS: &[&str] = &["d", "ad", "r", "c", "m", "q", "u", "uj", "ul", "uz", "ug"];
/// Tags that close no name: a modifier waiting for its noun (新型, 国家级),
/// a numeral, measure word, preposition, conjunction, particle, locality,
/// pronoun, adverb, time or place word.
const NO_NAME_CLOSES: &[&str] = &[
    "b", "m", "q", "p", "c", "u", "uj", "ul", "uz", "ug", "f", "r", "d", "t", "s", "zg",
];

/// Whether a phrase the tag shape rejects (节能减排: two acts; 专精特新:
/// qualities; 自贸试验区: an abbreviation jieba reads as a preposition)
/// names a thing by where the corpus uses it: rarely opening a clause or
/// closing one, rarely before a number, and no adverb or pronoun opening it, no
/// modifier or function word closing it, and no one character nearly
/// always beside it.
fn names_a_thing(jieba: &Jieba, text: &str, context: &Context) -> bool {
    let tags = jieba.tag(text, false);
    let (Some(first), Some(last)) = (tags.first(), tags.last()) else {
        return false;
    };
    !NO_NAME_OPENS.contains(&first.tag)
        && !NO_NAME_CLOSES.contains(&last.tag)
        && context.share(context.opening) <= MOST_OPENING
        && context.share(context.closing) <= MOST_CLOSING
        && context.share(context.before_figure) <= MOST_BEFORE_FIGURE
        && context.one_neighbour_share() <= MOST_ONE_NEIGHBOUR
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
    .filter(|c| !only_boilerplate(jieba, c.text))
    .collect();
    let contexts = contexts(docs, found.iter().map(|c| c.text));
    let found: Vec<_> = found
        .into_iter()
        .zip(contexts)
        .filter(|(c, context)| {
            has_term_shape(jieba, c.text) || names_a_thing(jieba, c.text, context)
        })
        .map(|(c, _)| c)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_names_a_thing_where_acts_take_it_not_where_it_opens_clauses() {
        let (jieba, _) = super::super::lexicon::load();
        let text = "正文。\n推进节能减排，加强节能减排，抓好节能减排工作，完成节能减排任务。\n\
                    稳步推进改革，稳步推进开放，稳步推进城镇化，稳步推进试点。\n";
        let doc = Document::parse(text, &|w| jieba.has_word(w));
        let docs = [doc];
        let found = contexts(&docs, ["节能减排", "稳步推进"]);
        assert_eq!((found[0].seen, found[0].opening), (4, 0));
        assert_eq!((found[1].seen, found[1].opening), (4, 4));
        // Two acts, or an adverb and its act: the tag shape rejects both.
        assert!(!has_term_shape(&jieba, "节能减排") && !has_term_shape(&jieba, "稳步推进"));
        assert!(names_a_thing(&jieba, "节能减排", &found[0]));
        assert!(!names_a_thing(&jieba, "稳步推进", &found[1]));
    }
}
