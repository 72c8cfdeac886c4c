//! New words: runs of two or three tokens that recur together, are no
//! dictionary word and are no fragment of a longer unit (委员工作室,
//! 新质生产力); found, then merged into one term wherever they occur.

use rustc_hash::FxHashMap as HashMap;

use jieba_rs::Jieba;

use super::stopwords::{is_boilerplate, is_function_word};
use super::terms::Term;
use crate::text::chars::is_han;
use crate::text::document::Document;
use crate::text::phrases::Phrases;

/// A new word must recur this often…
const NEW_WORD_MIN_COUNT: usize = 3;
/// …and make up this share of the rarer part's occurrences.
const NEW_WORD_COHESION: f64 = 0.6;
/// A candidate with the same neighbour this often is a fragment.
const NEW_WORD_NEIGHBOUR_SHARE: f64 = 0.75;
/// Characters a new word may have.
const NEW_WORD_CHARS: std::ops::RangeInclusive<usize> = 3..=8;
/// Single characters that never join a new word.
const GLUE_CHARS: &[char] = &[
    '的', '了', '和', '与', '及', '等', '在', '对', '为', '是', '有', '把', '将', '被', '从', '向',
    '以', '并', '中', '上', '下', '到', '地', '得', '着', '好', '用', '很', '又', '也', '就', '都',
    '还', '再', '各', '其',
];

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

/// Finds the new words of `sequence` and merges each into one term there;
/// returns them, most frequent first.
#[inline(never)]
pub(super) fn discover<'d>(
    doc: &'d Document,
    sequence: &mut Vec<Term<'d>>,
    jieba: &Jieba,
) -> Vec<String> {
    let found = find(doc, sequence, jieba);
    if !found.is_empty() {
        merge(doc, sequence, &found);
    }
    found
}

/// Token runs that recur often and together enough, and are no fragment:
/// most frequent first, then longest.
fn find<'d>(doc: &'d Document, sequence: &[Term<'d>], jieba: &Jieba) -> Vec<String> {
    let mut singles: HashMap<&str, usize> = HashMap::default();
    for t in sequence {
        *singles.entry(t.text).or_default() += 1;
    }
    let mut found: Vec<(String, usize)> = candidates(doc, sequence, jieba)
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
    found.into_iter().map(|(w, _)| w).collect()
}

/// Every run of three and of two joinable tokens, touching, in one
/// paragraph: how often it occurs and its neighbours. None: no possible
/// new word (too short or long, or a dictionary word), decided once per run.
fn candidates<'d>(
    doc: &'d Document,
    sequence: &[Term<'d>],
    jieba: &Jieba,
) -> HashMap<&'d str, Option<Candidate<'d>>> {
    let mut candidates: HashMap<&'d str, Option<Candidate<'d>>> = HashMap::default();
    for n in [3, 2] {
        for i in 0..sequence.len().saturating_sub(n - 1) {
            let run = &sequence[i..i + n];
            if run.iter().any(|t| t.whole || !joinable(t.text))
                || !run.windows(2).all(|w| w[0].touches(&w[1]))
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
                .filter(|t| t.touches(&run[0]))
                .map(|t| t.text);
            let right = sequence
                .get(i + n)
                .filter(|t| last.touches(t))
                .map(|t| t.text);
            candidate.count += 1;
            candidate.sides.push((left, right));
        }
    }
    candidates
}

/// Replaces each run of tokens spelling one of `words` by one whole term:
/// longest words first, left to right.
fn merge<'d>(doc: &'d Document, sequence: &mut Vec<Term<'d>>, words: &[String]) {
    let mut by_length: Vec<&str> = words.iter().map(String::as_str).collect();
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
                    || (n > 0 && !sequence[i + n - 1].touches(t))
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
}

#[cfg(test)]
mod tests {
    use crate::keywords::find_terms as terms;
    use crate::text::document::Document;

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
