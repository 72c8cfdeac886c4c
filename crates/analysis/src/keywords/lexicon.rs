//! The dictionary the analysis segments and weighs words with: jieba's
//! words, frequencies, part-of-speech tags and IDF, in one table built at
//! development time by `scripts/lexicon.mjs` (`data/lexicon.txt`, one
//! `word freq tag idf` line per word; jieba's rarest words left out).
//!
//! One table for both jobs: the segmenter reads the first three columns,
//! the IDF table the fourth. Stored as plain text in the wasm, sorted by
//! word and front-coded (each word as how many characters it shares with
//! the word before, then the rest), it compresses on the wire to 1.46 MB
//! gzip for 225,127 words (1.64 MB written out); it is expanded once. The
//! IDF table is a vector searched by halves, not a hash map to build (see
//! [`Idf`] for how a search stays within a few cache lines).

use std::sync::OnceLock;

use jieba_rs::Jieba;

/// `word freq tag idf` lines, idf `-` where jieba has none, each word
/// front-coded: one character, `'0'` + how many characters it shares with
/// the word before, then the rest of the word.
const FRONT_CODED: &str = include_str!("../../data/lexicon.txt");

/// The lexicon's lines with their words written out, expanded on first use
/// and kept: the IDF table borrows its words.
fn lexicon() -> &'static str {
    static EXPANDED: OnceLock<String> = OnceLock::new();
    EXPANDED.get_or_init(|| expand(FRONT_CODED))
}

/// Writes out the front-coded words of `coded`'s lines.
fn expand(coded: &str) -> String {
    let mut out = String::with_capacity(coded.len() + coded.len() / 4);
    // Where the word before starts and ends in `out`.
    let mut previous = (0, 0);
    for line in coded.lines() {
        let mut chars = line.chars();
        let shared = chars
            .next()
            .and_then(|c| (c as usize).checked_sub('0' as usize))
            .expect("a lexicon line opens with its shared length");
        let rest = chars.as_str();
        let (from, to) = previous;
        let prefix_end = out[from..to]
            .char_indices()
            .nth(shared)
            .map_or(to, |(i, _)| from + i);
        let start = out.len();
        out.extend_from_within(from..prefix_end);
        let word_end = out.len() + rest.find(' ').unwrap_or(rest.len());
        out.push_str(rest);
        out.push('\n');
        previous = (start, word_end);
    }
    out
}

/// IDF of the dictionary's words, grouped by first character.
pub(crate) struct Idf {
    /// The lexicon's words: grouped by first character in the lexicon's
    /// (code point) order, each group ordered by [`search_key`].
    entries: Vec<IdfEntry>,
    /// Each first character with the index of its first entry.
    first_chars: Vec<(char, u32)>,
}

struct IdfEntry {
    key: u64,
    word: &'static str,
    idf: f32,
    /// Tagged a verb, an adjective or an adverb (jieba's v, a, ad, d), or
    /// a name jieba could not place (nz: 力争, 中国式).
    governs: bool,
}

/// Whether jieba's tag says the word may act on, qualify or modify
/// another: a verb, an adjective, an adverb, or an unplaced name (nz, which
/// jieba gives 力争 and 中国式 as well as real names).
fn tag_governs(tag: &str) -> bool {
    matches!(tag, "v" | "a" | "ad" | "d" | "nz")
}

/// A word's length and second and third characters in one number, so
/// that a search within a first character's words compares numbers held
/// in the table instead of reading words from all over the lexicon; words
/// with the same key (rare) are then told apart by their text.
fn search_key(word: &str) -> u64 {
    let mut rest = word.chars().skip(1).map(u64::from);
    let (second, third) = (rest.next().unwrap_or(0), rest.next().unwrap_or(0));
    ((word.len().min(255) as u64) << 56) | (second << 21) | third
}

impl Idf {
    /// `by_word`: words, IDF and whether they govern another (see
    /// [`IdfEntry::governs`]), in the lexicon's order.
    fn new(by_word: Vec<(&'static str, f32, bool)>) -> Self {
        let mut entries: Vec<IdfEntry> = by_word
            .into_iter()
            .map(|(word, idf, governs)| IdfEntry {
                key: search_key(word),
                word,
                idf,
                governs,
            })
            .collect();
        let mut first_chars: Vec<(char, u32)> = Vec::with_capacity(8_000);
        for (i, entry) in entries.iter().enumerate() {
            let c = entry.word.chars().next().unwrap_or_default();
            if first_chars.last().is_none_or(|&(last, _)| last != c) {
                first_chars.push((c, i as u32));
            }
        }
        for k in 0..first_chars.len() {
            let group = Self::group(&first_chars, entries.len(), k);
            entries[group].sort_unstable_by_key(|e| e.key);
        }
        Idf {
            entries,
            first_chars,
        }
    }

    /// The entries of the `k`th first character.
    fn group(first_chars: &[(char, u32)], len: usize, k: usize) -> std::ops::Range<usize> {
        let start = first_chars[k].1 as usize;
        let end = first_chars.get(k + 1).map_or(len, |e| e.1 as usize);
        start..end
    }

    pub fn get(&self, word: &str) -> Option<f64> {
        self.entry(word).map(|e| f64::from(e.idf))
    }

    /// Whether the dictionary tags `word` a verb, an adjective or an
    /// adverb: a word that acts on or qualifies another (实行, 认真).
    pub fn governs(&self, word: &str) -> bool {
        self.entry(word).is_some_and(|e| e.governs)
    }

    fn entry(&self, word: &str) -> Option<&IdfEntry> {
        let c = word.chars().next()?;
        let k = self.first_chars.binary_search_by_key(&c, |e| e.0).ok()?;
        let group = &self.entries[Self::group(&self.first_chars, self.entries.len(), k)];
        let key = search_key(word);
        let from = group.partition_point(|e| e.key < key);
        group[from..]
            .iter()
            .take_while(|e| e.key == key)
            .find(|e| e.word == word)
    }
}

/// The segmenter and the IDF table, from the one embedded lexicon.
pub(crate) fn load() -> (Jieba, Idf) {
    // One pass over the lines for both tables. (`Jieba::with_dict` would
    // copy each line into a buffer first; the words go in one by one.)
    let mut jieba = Jieba::empty();
    let mut by_word = Vec::with_capacity(240_000);
    for line in lexicon().lines() {
        let mut fields = line.split(' ');
        let (Some(word), Some(freq), Some(tag), Some(idf)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            panic!("a lexicon line is `word freq tag idf`: {line:?}");
        };
        let freq = freq.parse().expect("a lexicon frequency is a whole number");
        jieba.add_word(word, Some(freq), Some(tag));
        if let Ok(value) = idf.parse::<f32>() {
            by_word.push((word, value, tag_governs(tag)));
        }
    }
    (jieba, Idf::new(by_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_segments_and_weighs() {
        let (jieba, idf) = load();
        let words: Vec<&str> = jieba
            .cut("中华人民共和国成立以来的工作", false)
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(words.concat(), "中华人民共和国成立以来的工作");
        assert!(words.contains(&"中华人民共和国"), "{words:?}");
        assert!(jieba.has_word("委员会"));
        // A common word weighs less than a rarer one.
        assert!(idf.get("工作").unwrap() < idf.get("中华人民共和国").unwrap());
        assert_eq!(idf.get("不是一个词吧"), None);
        assert_eq!(idf.get(""), None);
        assert!(idf.governs("实行") && idf.governs("认真") && !idf.governs("政协"));
        // Every word is found through its first character's range, the
        // first and last of the table too.
        for entry in [
            &idf.entries[0],
            &idf.entries[1],
            idf.entries.last().unwrap(),
        ]
        .into_iter()
        .chain(idf.entries.iter().step_by(997))
        {
            assert_eq!(
                idf.get(entry.word),
                Some(f64::from(entry.idf)),
                "{}",
                entry.word
            );
        }
        // Words sharing a key are told apart.
        let same_key = idf
            .entries
            .windows(2)
            .find(|w| w[0].key == w[1].key)
            .expect("some words share a key");
        for entry in same_key {
            assert_eq!(idf.get(entry.word), Some(f64::from(entry.idf)));
        }
        assert!(
            lexicon()
                .lines()
                .zip(lexicon().lines().skip(1))
                .all(|(a, b)| a < b),
            "the lexicon is sorted by word"
        );
        assert_eq!(lexicon().lines().count(), FRONT_CODED.lines().count());
    }

    #[test]
    fn front_coded_words_are_written_out() {
        // Shared lengths count characters, not bytes (人 and 从 share two
        // bytes of their UTF-8).
        let coded = "0一 9 m -\n1丁 3 n -\n0人 5 n 1.00\n1们 4 n -\n0从 3 p -\n";
        assert_eq!(
            expand(coded),
            "一 9 m -\n一丁 3 n -\n人 5 n 1.00\n人们 4 n -\n从 3 p -\n"
        );
    }
}
