//! Quoted spans: the text between “ and ” (or 《 and 》). Names in quotes
//! are formulations (“四个意识”), terms kept whole (“三高四新”, 《智库信息》),
//! and numbers inside short ones are no figures.

use std::ops::Range;

/// The text inside each pair of `open` … `close` marks, in order, as byte
/// ranges of `text`: from an opening mark to the first closing mark after
/// it; the search goes on from that closing mark. An opening mark that is
/// never closed ends the search.
pub(crate) fn quoted(
    text: &str,
    open: char,
    close: char,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let inner = from + text[from..].find(open)? + open.len_utf8();
        let end = inner + text[inner..].find(close)?;
        from = end;
        Some(inner..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_run_from_an_opening_mark_to_the_next_closing_one() {
        let text = "增强“四个意识”，编印《智库信息》，“未闭合";
        let inner: Vec<&str> = quoted(text, '“', '”').map(|r| &text[r]).collect();
        assert_eq!(inner, ["四个意识"]);
        let inner: Vec<&str> = quoted(text, '《', '》').map(|r| &text[r]).collect();
        assert_eq!(inner, ["智库信息"]);
        let nested = "“甲“乙”丙”";
        let inner: Vec<&str> = quoted(nested, '“', '”').map(|r| &nested[r]).collect();
        assert_eq!(inner, ["甲“乙"]);
    }
}
