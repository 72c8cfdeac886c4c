//! What the corpus as a whole knows about words, shipped as data: the
//! phrases reports repeat as units (`data/phrases.txt`: 高质量发展,
//! 供给侧结构性改革, 粤港澳大湾区 — kept whole wherever they occur, each
//! with its IDF), and the words every report uses at much the same rate
//! (`data/generic.txt`: 政府, 培育, 完成 — no keyword of any one report
//! unless it uses them far more). `corpus_mining` makes both.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::text::phrases::Phrases;

const PHRASES: &str = include_str!("../../data/phrases.txt");
const GENERIC: &str = include_str!("../../data/generic.txt");

/// A generic word is generic in a report that uses it at most this many
/// times its median rate over the corpus: a thing (目标, 政府) at most three times, an act
/// (完成, 制定) at most five times; a manner (认真, 切实: jieba's adverbs)
/// at any rate, for it never names what a report is about.
const GENERIC_RATE_RATIO: f64 = 3.0;
const GENERIC_ACT_RATE_RATIO: f64 = 5.0;

/// The share of a generic word's allowed rate (`generic_ratio` times its
/// median) whose uses say nothing of a report even when it uses the word
/// more: only the uses beyond it weigh (a word used at 4 times its median,
/// allowed 3, weighs for its uses beyond 1.5 times). Keyness against the
/// genre: what every report writes is not this report's topic.
const GENERIC_ALLOWANCE: f64 = 0.5;

/// How many times its median rate a generic word of this part of speech
/// (jieba's tag) may be used and still be generic.
fn generic_ratio(tag: &str) -> f64 {
    match tag {
        "ad" | "d" => f64::INFINITY,
        "v" => GENERIC_ACT_RATE_RATIO,
        _ => GENERIC_RATE_RATIO,
    }
}

/// Occurrences per this many tokens: the rate of a word.
pub(super) const RATE_TOKENS: f64 = 10_000.0;

/// The phrases kept whole with their IDF, and the generic words with their
/// median rate.
pub(crate) struct CorpusTable<'t> {
    pub phrases: Phrases<'t>,
    idf: HashMap<&'t str, f64>,
    generic: HashMap<&'t str, (f64, f64)>,
}

static SHIPPED: LazyLock<CorpusTable<'static>> = LazyLock::new(|| {
    let rows = |data: &'static str| {
        data.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    let phrases = rows(PHRASES);
    CorpusTable {
        phrases: Phrases::new(phrases.iter().map(|r| r[0])),
        idf: phrases
            .iter()
            .filter_map(|r| Some((r[0], r.get(3)?.parse().ok()?)))
            .collect(),
        generic: rows(GENERIC)
            .into_iter()
            .filter_map(|r| {
                let median = r.get(2)?.parse().ok()?;
                Some((r[0], (median, generic_ratio(r.get(3)?))))
            })
            .collect(),
    }
});

impl CorpusTable<'static> {
    /// The tables shipped with the analyzer.
    pub fn shipped() -> &'static CorpusTable<'static> {
        &SHIPPED
    }
}

impl<'t> CorpusTable<'t> {
    /// No phrases, no generic words: what mining starts from.
    pub fn empty() -> CorpusTable<'static> {
        CorpusTable::with_phrases(Phrases::new([]))
    }

    /// These phrases, with no IDF and no generic words: what mining
    /// segments with to find the generic words.
    pub fn with_phrases(phrases: Phrases<'t>) -> CorpusTable<'t> {
        CorpusTable {
            phrases,
            idf: HashMap::default(),
            generic: HashMap::default(),
        }
    }

    /// The IDF of one of the phrases, on the scale of jieba's table.
    pub fn idf(&self, phrase: &str) -> Option<f64> {
        self.idf.get(phrase).copied()
    }

    /// How many of `count` occurrences among `tokens` weigh: those beyond
    /// what any report of the corpus uses without the word saying anything
    /// of it ([`GENERIC_ALLOWANCE`]); all of them for a word not generic.
    pub fn excess(&self, word: &str, count: usize, tokens: usize) -> f64 {
        match self.generic.get(word) {
            Some(&(median, ratio)) if ratio.is_finite() => {
                let allowed =
                    GENERIC_ALLOWANCE * ratio * median * tokens.max(1) as f64 / RATE_TOKENS;
                (count as f64 - allowed).max(0.0)
            }
            _ => count as f64,
        }
    }

    /// Whether `word`, seen `count` times among `tokens`, is one every
    /// report uses as much.
    pub fn is_generic(&self, word: &str, count: usize, tokens: usize) -> bool {
        self.generic.get(word).is_some_and(|&(median, ratio)| {
            let rate = count as f64 * RATE_TOKENS / tokens.max(1) as f64;
            rate <= ratio * median
        })
    }
}
