//! Character classes every stage reads text by: Han characters, blanks,
//! and the punctuation that ends a sentence, a clause or a complete line.
//! One place for each set, so the stages agree on where a sentence ends.

/// A Han character (CJK unified ideographs and their extensions, the
/// compatibility block).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// A character of a word: Han, or any letter or digit. (Han first: this
/// runs per token, and the general Unicode test is slow for Han.)
pub(crate) fn is_word_char(c: char) -> bool {
    is_han(c) || c.is_alphanumeric()
}

/// Whitespace (the ideographic and the no-break space are whitespace too)
/// and a stray BOM.
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Ends a sentence: 。！？ and the ASCII ! ?.
pub(crate) fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Ends a clause: a sentence end, or ， ； ： (full-width or ASCII).
pub(crate) fn ends_clause(c: char) -> bool {
    ends_sentence(c) || matches!(c, '，' | '；' | '：' | ',' | ';' | ':')
}

/// Ends a clause in Chinese prose: the full-width marks of [`ends_clause`]
/// (an ASCII comma is as often a thousands separator: 1,206万人).
pub(crate) fn ends_prose_clause(c: char) -> bool {
    ends_clause(c) && !c.is_ascii()
}

/// Ends a statement: a sentence, a clause that introduces what follows
/// (；：), a closing quote or bracket, an ellipsis. A line ending so is a
/// sentence, not a standalone heading (a heading may end with 》:
/// 学习贯彻《民法典》).
pub(crate) fn ends_statement(c: char) -> bool {
    (ends_clause(c) && !matches!(c, '，' | ',')) || matches!(c, '…' | '”' | '）' | ')')
}

/// Ends a line that is complete as it stands: a statement, or a closing
/// quote, book-title mark or corner bracket, or a full stop of Latin text.
/// Such a line was not broken by page layout, and is no title.
pub(crate) fn ends_line(c: char) -> bool {
    ends_statement(c) || matches!(c, '’' | '」' | '』' | '》' | '】' | '.' | '．')
}

/// Closes a phrase: a clause, a line, or an item of a list (、). A word
/// seen before one stands on its own there (扩大就业。 促进就业、创业).
pub(crate) fn closes_phrase(c: char) -> bool {
    ends_clause(c) || ends_line(c) || c == '、'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_set_holds_the_one_before() {
        let all: Vec<char> = "。！？!?，；：,;:…”’」』）)》】.．、—".chars().collect();
        for &c in &all {
            assert!(!ends_sentence(c) || ends_clause(c), "{c}");
            assert!(!ends_prose_clause(c) || ends_clause(c), "{c}");
            assert!(!ends_statement(c) || ends_line(c), "{c}");
            assert!(!ends_clause(c) || closes_phrase(c), "{c}");
            assert!(!ends_line(c) || closes_phrase(c), "{c}");
        }
        assert!(ends_clause(',') && !ends_prose_clause(','));
        assert!(ends_line('》') && !ends_statement('》'));
        assert!(!ends_line('，') && !ends_line('、') && !ends_line('—'));
        assert!(closes_phrase('、') && !closes_phrase('—'));
    }
}
