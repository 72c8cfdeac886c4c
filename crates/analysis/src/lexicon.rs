//! The dictionary the analysis segments and weighs words with: jieba's
//! words, frequencies, part-of-speech tags and IDF, in one table built at
//! development time by `scripts/lexicon.mjs` (`data/lexicon.txt`, one
//! `word freq tag idf` line per word; jieba's rarest words left out).
//!
//! One table for both jobs: the segmenter reads the first three columns,
//! the IDF table the fourth. Stored as plain text in the wasm, it
//! compresses on the wire (1.6 MB gzip for 225,127 words); sorted by word,
//! the IDF table is a vector searched by halves, not a hash map to build.

use jieba_rs::Jieba;

/// `word freq tag idf` lines; idf `-` where jieba has none.
const LEXICON: &str = include_str!("../data/lexicon.txt");

/// IDF of the dictionary's words, in the lexicon's (byte) order.
pub(crate) struct Idf {
    by_word: Vec<(&'static str, f32)>,
}

impl Idf {
    pub fn get(&self, word: &str) -> Option<f64> {
        let i = self
            .by_word
            .binary_search_by(|(w, _)| (*w).cmp(word))
            .ok()?;
        Some(f64::from(self.by_word[i].1))
    }
}

/// The segmenter and the IDF table, from the one embedded lexicon.
pub(crate) fn load() -> (Jieba, Idf) {
    let jieba = Jieba::with_dict(&mut LEXICON.as_bytes()).expect("the embedded lexicon parses");
    let mut by_word = Vec::with_capacity(240_000);
    for line in LEXICON.lines() {
        let mut fields = line.split(' ');
        if let (Some(word), Some(idf)) = (fields.next(), fields.nth(2)) {
            if let Ok(value) = idf.parse::<f32>() {
                by_word.push((word, value));
            }
        }
    }
    (jieba, Idf { by_word })
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
        assert!(
            idf.by_word.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted by word"
        );
    }
}
