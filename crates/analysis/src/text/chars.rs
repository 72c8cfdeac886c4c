//! Character classes every stage reads text by: Han characters, blanks,
//! and the punctuation that ends a sentence, a clause or a complete line.
//! One place for each set, so the stages agree on where a sentence ends.

/// A Han character (CJK unified ideographs and their extensions, the
/// compatibility block).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Whitespace, the ideographic space, the no-break space and a stray BOM.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' || c == '\u{feff}'
}

/// Ends a sentence: 。！？ and the ASCII ! ?.
pub(crate) fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Ends a clause: a sentence end, or ， ； ： (full-width or ASCII).
pub(crate) fn ends_clause(c: char) -> bool {
    ends_sentence(c) || matches!(c, '，' | '；' | '：' | ',' | ';' | ':')
}

/// Ends a line that is complete as it stands (a sentence, a clause that
/// introduces what follows, a closing quote, bracket or ellipsis, a
/// full stop of Latin text): such a line was not broken by page layout,
/// and is no title or standalone heading.
pub(crate) fn ends_line(c: char) -> bool {
    (ends_clause(c) && !matches!(c, '，' | ','))
        || matches!(
            c,
            '…' | '”' | '’' | '」' | '』' | '）' | ')' | '》' | '】' | '.' | '．'
        )
}
