//! The report's terms: jieba's segmentation (HMM off) with the report's own
//! terms kept whole — quoted terms (“三高四新”), names in 《》, fixed
//! formulations, the user's words, and the corpus's phrases (高质量发展)
//! where they start and end on token boundaries. (New words are merged in
//! later, by `new_words`.)

use rustc_hash::FxHashMap as HashMap;

use jieba_rs::Jieba;

use super::corpus_table::CorpusTable;
use crate::text::chars::{is_han, is_word_char};
use crate::text::document::Document;
use crate::text::phrases::{Phrases, FIXED_FORMULATIONS};
use crate::text::quotes::quoted_from_first;

/// Characters a quoted or 《》 term may have.
const QUOTED_CHARS: std::ops::RangeInclusive<usize> = 2..=8;
/// One term of the text, in order.
#[derive(Debug, Clone)]
pub(crate) struct Term<'t> {
    pub text: &'t str,
    pub paragraph: usize,
    /// Byte offset in the paragraph's text.
    pub at: usize,
    /// Kept whole on purpose (quoted, 《》, formulation, user word, new word).
    pub whole: bool,
    /// Written in quotes or 《》 by the author.
    pub quoted: bool,
    /// One of the corpus's phrases: whole, yet a part a longer new word of
    /// the report may take (京津冀 + 协同发展).
    pub phrase: bool,
}

impl Term<'_> {
    /// Whether a new word may take this term as one of its parts.
    pub(super) fn may_join(&self) -> bool {
        !self.whole || self.phrase
    }
}

impl Term<'_> {
    /// Whether `next` follows this term with nothing between them, in the
    /// same paragraph.
    pub(super) fn touches(&self, next: &Term) -> bool {
        self.paragraph == next.paragraph && self.at + self.text.len() == next.at
    }
}

/// The terms of a document and what segmentation found.
pub(crate) struct Terms<'t> {
    pub sequence: Vec<Term<'t>>,
    /// Segmented words (punctuation and whitespace not counted).
    pub words: usize,
    pub unique_words: usize,
    /// How often jieba cut each token (before terms were kept whole): the
    /// term frequencies TF-IDF needs, so the text is segmented only once here.
    pub token_counts: HashMap<&'t str, usize>,
    /// New words discovered, most frequent first.
    pub new_words: Vec<String>,
}

/// Longest corpus phrase kept whole only on token boundaries.
const BOUNDED_PHRASE_CHARS: usize = 3;

/// Why a span is one term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Whole {
    Quoted,
    Named,
    Phrase,
}

/// Byte spans of a paragraph that are one term whatever jieba says, and
/// why. `phrases` (the corpus's) count only where they end at one of
/// `bounds`, the token boundaries: a word's head is its end, and a phrase
/// ending inside a token cuts it (先进制造 not in 先进|制造业). Those of
/// three characters must start at one too (新材料, not in 创新|材料);
/// longer ones may start inside a token (改革开放 in 深化改革|开放).
fn whole_spans(
    text: &str,
    named: &Phrases,
    phrases: &Phrases,
    bounds: &[usize],
) -> Vec<(usize, usize, Whole)> {
    let mut spans: Vec<(usize, usize, Whole)> = Vec::new();
    for (open, close) in [('“', '”'), ('《', '》')] {
        for inner in quoted_from_first(text, open, close) {
            let term = &text[inner.clone()];
            let n = term.chars().count();
            if QUOTED_CHARS.contains(&n)
                && term
                    .chars()
                    .all(|ch| is_han(ch) || ch.is_ascii_alphanumeric())
                && term.chars().any(is_han)
            {
                spans.push((inner.start, inner.end, Whole::Quoted));
            }
        }
    }
    spans.extend(
        named
            .find_in(text)
            .into_iter()
            .map(|(at, id)| (at, at + named.get(id).len(), Whole::Named)),
    );
    let on_bound = |at: usize| bounds.binary_search(&at).is_ok();
    spans.extend(
        phrases
            .find_in(text)
            .into_iter()
            .map(|(at, id)| (at, at + phrases.get(id).len(), Whole::Phrase))
            .filter(|&(start, end, _)| {
                on_bound(end)
                    && (on_bound(start) || text[start..end].chars().count() > BOUNDED_PHRASE_CHARS)
            }),
    );
    // Longest first, then drop overlaps.
    spans.sort_by_key(|&(s, e, _)| (std::cmp::Reverse(e - s), s));
    let mut kept: Vec<(usize, usize, Whole)> = Vec::new();
    for span in spans {
        if !kept.iter().any(|&(s, e, _)| span.0 < e && s < span.1) {
            kept.push(span);
        }
    }
    kept.sort_unstable();
    kept
}

/// Segments every body paragraph into terms, quoted and named ones kept
/// whole; new words are not looked for yet.
#[inline(never)]
pub(super) fn segment<'d>(
    doc: &'d Document,
    jieba: &Jieba,
    user_words: &[String],
    table: &CorpusTable,
) -> Terms<'d> {
    let mut sequence = Vec::new();
    let mut words = 0;
    let mut token_counts: HashMap<&str, usize> = HashMap::default();
    // Formulations and the user's words: kept whole wherever they occur.
    let named = Phrases::new(
        FIXED_FORMULATIONS
            .iter()
            .copied()
            .chain(user_words.iter().map(String::as_str)),
    );
    for (index, p) in doc.paragraphs.iter().enumerate() {
        let text = p.text.as_str();
        let tokens = jieba.cut(text, false);
        let bounds: Vec<usize> = tokens
            .iter()
            .map(|t| t.byte_start)
            .chain(std::iter::once(text.len()))
            .collect();
        let spans = whole_spans(text, &named, &table.phrases, &bounds);
        let mut next_span = 0;
        for token in tokens {
            *token_counts.entry(token.word).or_default() += 1;
            if token.word.chars().any(is_word_char) {
                words += 1;
            }
            while next_span < spans.len() && spans[next_span].1 <= token.byte_start {
                next_span += 1;
            }
            match spans.get(next_span) {
                Some(&(s, e, why)) if token.byte_start < e && s < token.byte_end => {
                    if sequence
                        .last()
                        .is_none_or(|t: &Term| !(t.paragraph == index && t.at == s))
                    {
                        sequence.push(Term {
                            text: &text[s..e],
                            paragraph: index,
                            at: s,
                            whole: true,
                            quoted: why == Whole::Quoted,
                            phrase: why == Whole::Phrase,
                        });
                    }
                }
                _ => sequence.push(Term {
                    text: token.word,
                    paragraph: index,
                    at: token.byte_start,
                    whole: false,
                    quoted: false,
                    phrase: false,
                }),
            }
        }
    }
    Terms {
        sequence,
        words,
        unique_words: token_counts
            .keys()
            .filter(|w| w.chars().any(is_word_char))
            .count(),
        token_counts,
        new_words: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_phrases_end_where_a_token_ends() {
        let phrases = Phrases::new(["先进制造", "改革开放"]);
        let none = Phrases::new([]);
        // 先进|制造业 and 深化改革|开放, as jieba cuts them.
        let text = "先进制造业深化改革开放";
        let bounds = [0, 6, 15, 27, 33];
        let spans: Vec<&str> = whole_spans(text, &none, &phrases, &bounds)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(spans, ["改革开放"]);
    }

    #[test]
    fn quoted_titled_and_user_terms_stay_whole() {
        let (jieba, _) = super::super::lexicon::load();
        let text = "正文。\n落实“三高四新”战略，编印《智库信息》，建设书香政协。\n";
        let doc = Document::parse(text, &|w| jieba.has_word(w));
        let user = vec!["书香政协".to_owned()];
        let terms = super::super::find_terms(
            &doc,
            &jieba,
            &user,
            super::super::corpus_table::CorpusTable::shipped(),
        );
        let whole: Vec<&str> = terms
            .sequence
            .iter()
            .filter(|t| t.whole)
            .map(|t| t.text)
            .collect();
        assert_eq!(whole, ["三高四新", "智库信息", "书香政协"]);
    }
}
