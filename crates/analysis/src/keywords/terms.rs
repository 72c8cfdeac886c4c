//! The report's terms: jieba's segmentation (HMM off) with the report's own
//! terms kept whole — quoted terms (“三高四新”), names in 《》, numbered
//! formulations, the user's words, and new words found as token sequences
//! that recur together (委员工作室, 新质生产力).

use rustc_hash::FxHashMap as HashMap;

use jieba_rs::Jieba;

use super::stopwords::{is_boilerplate, is_function_word};
use crate::figures::formulations::FIXED_FORMULATIONS;
use crate::text::chars::is_han;
use crate::text::document::Document;
use crate::text::phrases::Phrases;
use crate::text::quotes::quoted;

/// A new word must recur this often…
const NEW_WORD_MIN_COUNT: usize = 3;
/// …and make up this share of the rarer part's occurrences.
const NEW_WORD_COHESION: f64 = 0.6;
/// A candidate with the same neighbour this often is a fragment.
const NEW_WORD_NEIGHBOUR_SHARE: f64 = 0.75;
/// Characters a new word may have.
const NEW_WORD_CHARS: std::ops::RangeInclusive<usize> = 3..=8;
/// Characters a quoted or 《》 term may have.
const QUOTED_CHARS: std::ops::RangeInclusive<usize> = 2..=8;
/// Single characters that never join a new word.
const GLUE_CHARS: &[char] = &[
    '的', '了', '和', '与', '及', '等', '在', '对', '为', '是', '有', '把', '将', '被', '从', '向',
    '以', '并', '中', '上', '下', '到', '地', '得', '着', '好', '用', '很', '又', '也', '就', '都',
    '还', '再', '各', '其',
];

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

/// Byte spans of a paragraph that are one term whatever jieba says, and
/// whether each is quoted.
fn whole_spans(text: &str, named: &Phrases) -> Vec<(usize, usize, bool)> {
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    for (open, close) in [('“', '”'), ('《', '》')] {
        for inner in quoted(text, open, close) {
            let term = &text[inner.clone()];
            let n = term.chars().count();
            if QUOTED_CHARS.contains(&n)
                && term
                    .chars()
                    .all(|ch| is_han(ch) || ch.is_ascii_alphanumeric())
                && term.chars().any(is_han)
            {
                spans.push((inner.start, inner.end, true));
            }
        }
    }
    spans.extend(
        named
            .find_in(text)
            .into_iter()
            .map(|(at, id)| (at, at + named.get(id).len(), false)),
    );
    // Longest first, then drop overlaps.
    spans.sort_by_key(|&(s, e, _)| (std::cmp::Reverse(e - s), s));
    let mut kept: Vec<(usize, usize, bool)> = Vec::new();
    for span in spans {
        if !kept.iter().any(|&(s, e, _)| span.0 < e && s < span.1) {
            kept.push(span);
        }
    }
    kept.sort_unstable();
    kept
}

/// A run of tokens that may be a new word: how often it occurs, its parts,
/// and the tokens next to each occurrence.
struct Candidate<'t> {
    count: usize,
    parts: Vec<&'t str>,
    /// The token just left and just right of each occurrence.
    sides: Vec<(Option<&'t str>, Option<&'t str>)>,
}

impl Candidate<'_> {
    /// A fragment of a longer unit: almost always the same token next to it
    /// (习近平新|时代, 中华民族伟大|复兴).
    fn is_fragment(&self) -> bool {
        let threshold = NEW_WORD_NEIGHBOUR_SHARE * self.count as f64;
        let dominant = |side: &mut Vec<&str>| {
            side.sort_unstable();
            side.chunk_by(|a, b| a == b)
                .any(|same| same.len() as f64 >= threshold)
        };
        let mut left: Vec<&str> = self.sides.iter().filter_map(|s| s.0).collect();
        let mut right: Vec<&str> = self.sides.iter().filter_map(|s| s.1).collect();
        dominant(&mut left) || dominant(&mut right)
    }
}

/// Whether a token may be part of a new word.
fn joinable(token: &str) -> bool {
    token.chars().all(is_han)
        && !is_function_word(token)
        && !is_boilerplate(token)
        && (token.chars().count() != 1 || !token.starts_with(GLUE_CHARS))
}

/// Segments every body paragraph into terms.
#[inline(never)]
pub(crate) fn terms<'d>(doc: &'d Document, jieba: &Jieba, user_words: &[String]) -> Terms<'d> {
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
        let spans = whole_spans(text, &named);
        let mut next_span = 0;
        for token in jieba.cut(text, false) {
            *token_counts.entry(token.word).or_default() += 1;
            if token.word.chars().any(char::is_alphanumeric) {
                words += 1;
            }
            while next_span < spans.len() && spans[next_span].1 <= token.byte_start {
                next_span += 1;
            }
            match spans.get(next_span) {
                Some(&(s, e, quoted)) if token.byte_start < e && s < token.byte_end => {
                    if sequence
                        .last()
                        .is_none_or(|t: &Term| !(t.paragraph == index && t.at == s))
                    {
                        sequence.push(Term {
                            text: &text[s..e],
                            paragraph: index,
                            at: s,
                            whole: true,
                            quoted,
                        });
                    }
                }
                _ => sequence.push(Term {
                    text: token.word,
                    paragraph: index,
                    at: token.byte_start,
                    whole: false,
                    quoted: false,
                }),
            }
        }
    }
    let new_words = discover(doc, &mut sequence, jieba);
    Terms {
        sequence,
        words,
        unique_words: token_counts
            .keys()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count(),
        token_counts,
        new_words,
    }
}

/// Finds token runs of two or three that recur together and are no
/// dictionary word, and merges them in `sequence`; returns them.
#[inline(never)]
fn discover<'d>(doc: &'d Document, sequence: &mut Vec<Term<'d>>, jieba: &Jieba) -> Vec<String> {
    let mut singles: HashMap<&str, usize> = HashMap::default();
    for t in sequence.iter() {
        *singles.entry(t.text).or_default() += 1;
    }
    // Candidate runs: adjacent in the same paragraph with no gap between,
    // so a run is a slice of its paragraph. None: not a possible new word
    // (too short or long, or a dictionary word), decided once per run.
    let adjacent = |a: &Term, b: &Term| a.paragraph == b.paragraph && a.at + a.text.len() == b.at;
    let mut candidates: HashMap<&'d str, Option<Candidate<'d>>> = HashMap::default();
    for n in [3, 2] {
        for i in 0..sequence.len().saturating_sub(n - 1) {
            let run = &sequence[i..i + n];
            if run.iter().any(|t| t.whole || !joinable(t.text))
                || !run.windows(2).all(|w| adjacent(&w[0], &w[1]))
            {
                continue;
            }
            let last = &run[n - 1];
            let word = &doc.paragraphs[run[0].paragraph].text[run[0].at..last.at + last.text.len()];
            let Some(candidate) = candidates
                .entry(word)
                .or_insert_with(|| {
                    (NEW_WORD_CHARS.contains(&word.chars().count()) && !jieba.has_word(word)).then(
                        || Candidate {
                            count: 0,
                            parts: run.iter().map(|t| t.text).collect(),
                            sides: Vec::new(),
                        },
                    )
                })
                .as_mut()
            else {
                continue;
            };
            let left = i
                .checked_sub(1)
                .map(|k| &sequence[k])
                .filter(|t| adjacent(t, &run[0]))
                .map(|t| t.text);
            let right = sequence
                .get(i + n)
                .filter(|t| adjacent(last, t))
                .map(|t| t.text);
            candidate.count += 1;
            candidate.sides.push((left, right));
        }
    }
    let mut found: Vec<(String, usize)> = candidates
        .into_iter()
        .filter_map(|(word, candidate)| Some((word, candidate?)))
        .filter(|(_, candidate)| {
            let rarest = candidate
                .parts
                .iter()
                .map(|p| singles.get(p).copied().unwrap_or(0))
                .min()
                .unwrap_or(0);
            candidate.count >= NEW_WORD_MIN_COUNT
                && candidate.count as f64 >= NEW_WORD_COHESION * rarest as f64
                && !candidate.is_fragment()
        })
        .map(|(word, candidate)| (word.to_owned(), candidate.count))
        .collect();
    found.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| b.0.chars().count().cmp(&a.0.chars().count()))
            .then_with(|| a.0.cmp(&b.0))
    });
    if found.is_empty() {
        return Vec::new();
    }
    // Merge, longest words first, left to right.
    let mut by_length: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
    by_length.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let new_words = Phrases::new(by_length);
    let mut merged: Vec<Term<'d>> = Vec::with_capacity(sequence.len());
    let mut i = 0;
    while i < sequence.len() {
        let first = sequence[i].text.chars().next().unwrap_or_default();
        let hit = new_words.starting_with(first).find_map(|word| {
            let mut len = 0;
            let mut n = 0;
            while len < word.len() && i + n < sequence.len() {
                let t = &sequence[i + n];
                if t.whole
                    || !word[len..].starts_with(t.text)
                    || (n > 0 && !adjacent(&sequence[i + n - 1], t))
                {
                    return None;
                }
                len += t.text.len();
                n += 1;
            }
            (len == word.len() && n > 1).then_some((n, len))
        });
        match hit {
            Some((n, len)) => {
                let first = &sequence[i];
                let text = &doc.paragraphs[first.paragraph].text[first.at..first.at + len];
                merged.push(Term {
                    text,
                    paragraph: first.paragraph,
                    at: first.at,
                    whole: true,
                    quoted: false,
                });
                i += n;
            }
            None => {
                merged.push(sequence[i].clone());
                i += 1;
            }
        }
    }
    *sequence = merged;
    found.into_iter().map(|(w, _)| w).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_titled_and_user_terms_stay_whole() {
        let (jieba, _) = super::super::lexicon::load();
        let text = "正文。\n落实“三高四新”战略，编印《智库信息》，建设书香政协。\n";
        let doc = Document::parse(text, &|w| jieba.has_word(w));
        let user = vec!["书香政协".to_owned()];
        let terms = terms(&doc, &jieba, &user);
        let whole: Vec<&str> = terms
            .sequence
            .iter()
            .filter(|t| t.whole)
            .map(|t| t.text)
            .collect();
        assert_eq!(whole, ["三高四新", "智库信息", "书香政协"]);
    }

    #[test]
    fn recurring_runs_become_new_words() {
        let (jieba, _) = super::super::lexicon::load();
        let text = "正文。\n加快发展新质生产力，建设委员工作室。因地制宜发展新质生产力。\n\
                    用好委员工作室，培育新质生产力。委员工作室三百个，新质生产力提速。\n";
        let doc = Document::parse(text, &|w| jieba.has_word(w));
        let terms = terms(&doc, &jieba, &[]);
        assert!(
            terms.new_words.contains(&"新质生产力".to_owned()),
            "{:?}",
            terms.new_words
        );
        assert!(
            terms.new_words.contains(&"委员工作室".to_owned()),
            "{:?}",
            terms.new_words
        );
        let whole = terms
            .sequence
            .iter()
            .filter(|t| t.text == "委员工作室")
            .count();
        assert!(whole >= 3, "{whole}");
    }
}
