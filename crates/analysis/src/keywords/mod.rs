//! Keywords: the report's terms — segmented with our lexicon (`lexicon`,
//! `terms`), new words merged (`new_words`) — weighted by TF-IDF (`tfidf`)
//! or TextRank (`textrank`), filtered to real terms (`stopwords`), each with
//! its count, positions and sections; and each section's own keywords.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

mod collocations;
pub(crate) mod corpus_mining;
pub(crate) mod corpus_table;
pub(crate) mod lexicon;
mod new_words;
mod stopwords;
pub(crate) mod terms;
mod textrank;
mod tfidf;

use collocations::entropy;
use corpus_table::CorpusTable;
use jieba_rs::Jieba;
use lexicon::Idf;
use stopwords::{is_boilerplate, is_scope_or_time, is_term};
use terms::Terms;
use textrank::textrank;
use tfidf::tfidf;

use crate::report::{innermost_section, Keyword, Section, TermCount, TermCounts};
use crate::text::chars::{closes_phrase, is_han};
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
/// terms and the corpus's phrases kept whole, and the new words it holds
/// merged.
pub(crate) fn find_terms<'d>(
    doc: &'d Document,
    jieba: &Jieba,
    user_words: &[String],
    table: &CorpusTable,
) -> Terms<'d> {
    let mut terms = terms::segment(doc, jieba, user_words, table);
    terms.new_words = new_words::discover(doc, &mut terms.sequence, jieba);
    terms
}

/// How often the document uses each term TF-IDF would rank (boilerplate,
/// scope and time words left out), most frequent first: what a comparison
/// of two reports counts.
pub(crate) fn term_counts(terms: &Terms) -> TermCounts {
    let mut counts: HashMap<&str, (usize, bool)> = HashMap::default();
    for t in &terms.sequence {
        if is_term(t.text) && !is_boilerplate(t.text) && !is_scope_or_time(t.text) {
            let entry = counts.entry(t.text).or_default();
            entry.0 += 1;
            entry.1 |= t.whole || t.phrase;
        }
    }
    let mut terms: Vec<TermCount> = counts
        .into_iter()
        .map(|(text, (count, phrase))| TermCount {
            text: text.to_owned(),
            count,
            phrase,
        })
        .collect();
    terms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    TermCounts { terms }
}

#[inline(never)]
pub(crate) fn keywords(
    doc: &Document,
    terms: &Terms,
    (idf, table): (&Idf, &CorpusTable),
    options: &AnalyzeOptions,
    sections: &[Section],
    limit: usize,
) -> Vec<Keyword> {
    let labels = field_labels(doc);
    let allowed = |t: &str| {
        is_term(t)
            && !(options.filter_boilerplate
                && (is_boilerplate(t) || is_scope_or_time(t) || labels.contains(t)))
            && !options.removed_words.iter().any(|r| r == t)
    };
    // Candidate occurrences, in order (each word judged once).
    let mut judged: HashMap<&str, bool> = HashMap::default();
    let mut candidates: Vec<usize> = (0..terms.sequence.len())
        .filter(|&i| {
            let word = terms.sequence[i].text;
            *judged.entry(word).or_insert_with(|| allowed(word))
        })
        .collect();
    let mut occurrences: HashMap<&str, Vec<usize>> = HashMap::default();
    for &i in &candidates {
        occurrences
            .entry(terms.sequence[i].text)
            .or_default()
            .push(i);
    }
    // 过滤套话: a word every report uses as much says nothing of this one,
    // nor does a verb or qualifier that waits for what it acts on.
    if options.filter_boilerplate {
        occurrences.retain(|word, at| {
            let generic = table.is_generic(word, at.len(), terms.words);
            let waits = governs(idf, word) && rarely_stands_alone(doc, terms, at);
            !generic && !waits
        });
        candidates.retain(|&i| occurrences.contains_key(terms.sequence[i].text));
    }
    let weights: HashMap<&str, f64> = match options.method {
        KeywordMethod::TfIdf => tfidf(
            terms,
            &occurrences,
            candidates.len(),
            (idf, table),
            options.filter_boilerplate,
        ),
        KeywordMethod::TextRank => textrank(terms, &candidates),
    };
    // Rank first; positions only for the keywords kept.
    let mut ranked: Vec<(&str, f64)> = weights.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    // Fragments never become keywords: judged for the ranked words only,
    // best first, until the limit is filled.
    let mut kept = 0;
    ranked.retain(|(word, _)| {
        let keep = kept < limit && !is_fragment(doc, terms, &occurrences[word]);
        kept += usize::from(keep);
        keep
    });
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

/// Paragraphs a label must open for it to be a form's field, and its
/// longest.
const FIELD_LABEL_PARAGRAPHS: usize = 3;
const MAX_FIELD_LABEL_CHARS: usize = 6;

/// The fields of a form the report repeats (主办单位：…, 责任单位：…): a
/// short word before a colon opening three or more paragraphs labels what
/// follows and says nothing itself.
fn field_labels<'d>(doc: &'d Document) -> rustc_hash::FxHashSet<&'d str> {
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for paragraph in &doc.paragraphs {
        let text = paragraph.text.trim_start();
        // Only a paragraph's first few characters can hold a label.
        let colon = text
            .char_indices()
            .take(MAX_FIELD_LABEL_CHARS + 1)
            .find(|&(_, c)| matches!(c, '：' | ':'));
        if let Some((at, _)) = colon {
            let label = &text[..at];
            if label.chars().count() >= 2 && label.chars().all(is_han) {
                *counts.entry(label).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= FIELD_LABEL_PARAGRAPHS)
        .map(|(label, _)| label)
        .collect()
}

/// Share of its occurrences a word must stand alone in (before a clause's
/// or a list item's end) not to be a verb or qualifier waiting for its
/// object: 就业 and 开放 stand alone in 15–30% of report prose, 实行,
/// 认真 and 力争 in under 2%.
const ALONE_SHARE: f64 = 0.08;
/// The prior share, as this many occurrences, that keeps a word seen a
/// few times from being judged on them alone.
const ALONE_PRIOR: (f64, f64) = (0.15, 5.0);

/// Whether `word` may govern what follows it: the dictionary tags it so,
/// or — a word it does not know, found in the report — it ends with a
/// word tagged so (数据来自).
fn governs(idf: &Idf, word: &str) -> bool {
    idf.governs(word)
        || (idf.get(word).is_none()
            && word
                .char_indices()
                .rev()
                .nth(1)
                .is_some_and(|(at, _)| idf.governs(&word[at..])))
}

/// Whether a word's occurrences (`at`, into `terms.sequence`) almost never
/// close a phrase: the word governs or qualifies what follows it.
fn rarely_stands_alone(doc: &Document, terms: &Terms, at: &[usize]) -> bool {
    let alone = at
        .iter()
        .filter(|&&i| {
            let t = &terms.sequence[i];
            doc.paragraphs[t.paragraph].text[t.at + t.text.len()..]
                .chars()
                .next()
                .is_none_or(closes_phrase)
        })
        .count();
    let (prior, weight) = ALONE_PRIOR;
    (alone as f64 + prior * weight) / (at.len() as f64 + weight) < ALONE_SHARE
}

/// Fewest occurrences that tell a fragment by its neighbours.
const FRAGMENT_EVIDENCE: usize = 4;
/// Least branching entropy (nats) of the characters on either side of a
/// word's occurrences for it to stand free: below it one character nearly
/// always sits beside it (复兴 of 伟大复兴, 首位 of 全国首位, 核心 of
/// 为核心的) and the word is a piece of a longer unit. (One neighbour in
/// nine of ten occurrences, the rest alike, is 0.33 nats.)
const FRAGMENT_ENTROPY: f64 = 0.5;

/// Whether a word's occurrences (`at`, into `terms.sequence`) have one
/// side whose neighbouring characters barely vary.
fn is_fragment(doc: &Document, terms: &Terms, at: &[usize]) -> bool {
    if at.len() < FRAGMENT_EVIDENCE {
        return false;
    }
    // Anything but a Han character (a mark, a line's edge) bounds the word,
    // each such edge a neighbour of its own.
    let han = |c: Option<char>| c.filter(|&c| is_han(c));
    let (left, right): (Vec<Option<char>>, Vec<Option<char>>) = at
        .iter()
        .map(|&i| {
            let t = &terms.sequence[i];
            let text = doc.paragraphs[t.paragraph].text.as_str();
            (
                han(text[..t.at].chars().next_back()),
                han(text[t.at + t.text.len()..].chars().next()),
            )
        })
        .unzip();
    entropy(&left).min(entropy(&right)) < FRAGMENT_ENTROPY
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
    fn a_word_always_beside_one_character_is_a_fragment() {
        let (jieba, _) = lexicon::load();
        let text = "正文。\n产量居全国首位，增速居全国首位，规模居全国首位，效益居全国首位。\n\
                    发展旅游，旅游兴市，做强旅游，乡村旅游，旅游消费。\n";
        let doc = Document::parse(text, &|w| jieba.has_word(w));
        let table = CorpusTable::empty();
        let terms = find_terms(&doc, &jieba, &[], &table);
        let at = |word: &str| -> Vec<usize> {
            (0..terms.sequence.len())
                .filter(|&i| terms.sequence[i].text == word)
                .collect()
        };
        assert_eq!(at("首位").len(), 4);
        assert!(is_fragment(&doc, &terms, &at("首位")));
        assert!(!is_fragment(&doc, &terms, &at("旅游")));
    }
}
