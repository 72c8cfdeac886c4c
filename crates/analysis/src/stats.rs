//! Size figures of a report: characters, paragraphs, sentences, words, reading time.

use crate::keywords::terms::Terms;
use crate::report::Stats;
use crate::text::chars::{ends_sentence, is_han};
use crate::text::document::Document;

/// Reading speed of Chinese prose, Han characters a minute.
const HAN_PER_MINUTE: usize = 300;

#[inline(never)]
pub(crate) fn stats(doc: &Document, terms: &Terms, sections: usize, metrics: usize) -> Stats {
    let han_characters = doc.text.chars().filter(|&c| is_han(c)).count();
    let sentences = doc
        .paragraphs
        .iter()
        .map(|p| {
            let ends = p.text.matches(ends_sentence).count();
            let open_tail = !(p.text.ends_with(ends_sentence) || p.text.ends_with('”'));
            ends + usize::from(open_tail)
        })
        .sum();
    Stats {
        characters: doc.text.chars().count(),
        han_characters,
        paragraphs: doc.paragraphs.len(),
        sentences,
        words: terms.words,
        unique_words: terms.unique_words,
        sections,
        metrics,
        reading_minutes: han_characters.div_ceil(HAN_PER_MINUTE),
    }
}
