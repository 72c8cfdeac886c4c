//! The dictionary the analysis segments and weighs words with: jieba's
//! words, frequencies, part-of-speech tags and IDF, in one table built at
//! development time by `scripts/lexicon.mjs` (`data/lexicon.txt`, one
//! `word freq tag idf` line per word; jieba's rarest words left out).
//!
//! One table for both jobs: the segmenter reads the first three columns,
//! the IDF map the fourth. Stored as plain text in the wasm, it compresses
//! on the wire (1.1 MB gzip for 136,547 words) and loads in one pass.

use std::collections::HashMap;

use jieba_rs::Jieba;

/// `word freq tag idf` lines; idf `-` where jieba has none.
const LEXICON: &str = include_str!("../data/lexicon.txt");

/// IDF of the dictionary's words.
pub(crate) struct Idf {
    by_word: HashMap<&'static str, f32>,
}

impl Idf {
    pub fn get(&self, word: &str) -> Option<f64> {
        self.by_word.get(word).map(|&v| f64::from(v))
    }
}

/// The segmenter and the IDF table, from the one embedded lexicon.
pub(crate) fn load() -> (Jieba, Idf) {
    let jieba = Jieba::with_dict(&mut LEXICON.as_bytes()).expect("the embedded lexicon parses");
    let mut by_word = HashMap::with_capacity(140_000);
    for line in LEXICON.lines() {
        let mut fields = line.split(' ');
        if let (Some(word), Some(idf)) = (fields.next(), fields.nth(2)) {
            if let Ok(value) = idf.parse::<f32>() {
                by_word.insert(word, value);
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
    }
}
