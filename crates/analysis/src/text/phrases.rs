//! Fixed phrases: the formulations every report may use (八项规定,
//! 四个意识), and a matcher that finds many phrases in a text at once —
//! formulations and the user's words (kept whole as terms), new words
//! (merged into one term).

use rustc_hash::FxHashMap;

/// Fixed formulations, recognised with or without quotes: their numbers
/// count nothing (no figures), and each is one term.
pub(crate) const FIXED_FORMULATIONS: &[&str] = &[
    "八项规定", "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "五位一体", "三个代表",
    "两个一百年", "三个务必", "两个结合", "四个全覆盖", "两个毫不动摇", "三个重要", "三严三实",
    "两学一做", "四风", "三去一降一补", "六稳", "六保", "两个市场", "两种资源", "两个积极性",
];

/// A set of phrases to find in paragraphs: one pass over a paragraph's
/// characters, trying only the phrases that start with each character and
/// the one after it, instead of one substring search per phrase per
/// paragraph.
pub(crate) struct Phrases<'p> {
    phrases: Vec<&'p str>,
    by_first_char: FxHashMap<char, Vec<usize>>,
    /// Phrases of two characters or more by their first two; phrases of
    /// one character by it and `None`.
    by_opening: FxHashMap<(char, Option<char>), Vec<usize>>,
    /// Whether any phrase is one character long.
    has_single: bool,
    /// A bit per first character (folded to 4,096 bits): most characters of
    /// a text open no phrase, and this tells so without a hash look-up.
    may_open: [u64; 64],
}

/// The bit of `c` in [`Phrases::may_open`].
fn open_bit(c: char) -> (usize, u64) {
    let folded = c as usize & 4095;
    (folded / 64, 1 << (folded % 64))
}

impl<'p> Phrases<'p> {
    pub fn new(phrases: impl IntoIterator<Item = &'p str>) -> Self {
        let phrases: Vec<&str> = phrases.into_iter().filter(|p| !p.is_empty()).collect();
        let mut by_first_char: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        let mut by_opening: FxHashMap<(char, Option<char>), Vec<usize>> = FxHashMap::default();
        for (id, phrase) in phrases.iter().enumerate() {
            let mut chars = phrase.chars();
            let first = chars.next().expect("not empty");
            by_first_char.entry(first).or_default().push(id);
            by_opening
                .entry((first, chars.next()))
                .or_default()
                .push(id);
        }
        let has_single = by_opening.keys().any(|&(_, second)| second.is_none());
        let mut may_open = [0u64; 64];
        for &first in by_first_char.keys() {
            let (word, bit) = open_bit(first);
            may_open[word] |= bit;
        }
        Phrases {
            phrases,
            by_first_char,
            by_opening,
            has_single,
            may_open,
        }
    }

    /// How many phrases there are (ids are `0..len`).
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn get(&self, id: usize) -> &'p str {
        self.phrases[id]
    }

    /// The phrases that start with `c`, in the order given.
    pub fn starting_with(&self, c: char) -> impl Iterator<Item = &'p str> + '_ {
        self.by_first_char
            .get(&c)
            .into_iter()
            .flatten()
            .map(|&id| self.phrases[id])
    }

    /// Every occurrence in `text` (overlapping ones too), as (byte offset,
    /// phrase id), by offset.
    pub fn find_in(&self, text: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let (word, bit) = open_bit(c);
            if self.may_open[word] & bit == 0 {
                continue;
            }
            // One look-up per character where no phrase is one character long.
            let one = self
                .has_single
                .then(|| self.by_opening.get(&(c, None)))
                .flatten();
            let longer = chars
                .peek()
                .and_then(|&(_, next)| self.by_opening.get(&(c, Some(next))));
            if one.is_none() && longer.is_none() {
                continue;
            }
            let rest = &text[at..];
            // In the order given, as the phrases starting with `c` are.
            let first = found.len();
            for &id in one.into_iter().chain(longer).flatten() {
                if rest.starts_with(self.phrases[id]) {
                    found.push((at, id));
                }
            }
            found[first..].sort_unstable();
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_found_where_they_start_overlapping_ones_too() {
        let phrases = Phrases::new(["两个维护", "两个", "个维", ""]);
        let found: Vec<(usize, &str)> = phrases
            .find_in("做到两个维护、两个")
            .into_iter()
            .map(|(at, id)| (at, phrases.get(id)))
            .collect();
        assert_eq!(
            found,
            [(6, "两个维护"), (6, "两个"), (9, "个维"), (21, "两个")]
        );
    }
}
