//! Quoted spans: the text between “ and ” (or 《 and 》). Names in quotes
//! are formulations (“四个意识”), terms kept whole (“三高四新”, 《智库信息》),
//! and numbers inside short ones are no figures.

use std::ops::Range;

/// The text inside each pair of `open` … `close` marks, in order, as byte
/// ranges of `text`. A pair is a closing mark and the last opening mark
/// before it, so an opening mark left unclosed (“打造…，实施“3个100”工程)
/// does not swallow the quotation after it; a closing mark with no opening
/// one is passed over. Figures use this pairing.
pub(crate) fn quoted(
    text: &str,
    open: char,
    close: char,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let end = from + text[from..].find(close)?;
        let opened = text[from..end].rfind(open).map(|at| from + at);
        from = end + close.len_utf8();
        if let Some(at) = opened {
            return Some(at + open.len_utf8()..end);
        }
    })
}

/// The text inside each pair of `open` … `close` marks as [`quoted`], but a
/// pair is an opening mark and the first closing mark after it, so an
/// opening mark left unclosed takes in what follows up to the next closing
/// mark. Terms and formulations have always paired marks so; [`quoted`] is
/// the better rule (a report with an unclosed “ keeps the quoted term after
/// it whole), left for the accuracy work because it changes a corpus
/// report's keywords (gov_henan_2025: “小巨人企业… “单项冠军”).
pub(crate) fn quoted_from_first(
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

    fn inner(text: &str, open: char, close: char) -> Vec<&str> {
        quoted(text, open, close).map(|r| &text[r]).collect()
    }

    #[test]
    fn a_closing_mark_pairs_with_the_last_opening_mark_before_it() {
        let text = "增强“四个意识”，编印《智库信息》，“未闭合";
        assert_eq!(inner(text, '“', '”'), ["四个意识"]);
        assert_eq!(inner(text, '《', '》'), ["智库信息"]);
        // An opening mark left unclosed does not swallow the next quotation.
        let unclosed = "提出“打造全省一流的营商环境，实施“3个100”工程";
        assert_eq!(inner(unclosed, '“', '”'), ["3个100"]);
        // A closing mark alone is passed over; nested quotes give the innermost.
        assert_eq!(inner("甲”乙“丙”", '“', '”'), ["丙"]);
        assert_eq!(inner("“甲“乙”丙”", '“', '”'), ["乙"]);
    }

    #[test]
    fn from_the_first_an_unclosed_mark_takes_in_the_next_quotation() {
        let unclosed = "提出“打造全省一流的营商环境，实施“3个100”工程";
        let spans: Vec<&str> = quoted_from_first(unclosed, '“', '”')
            .map(|r| &unclosed[r])
            .collect();
        assert_eq!(spans, ["打造全省一流的营商环境，实施“3个100"]);
    }
}
