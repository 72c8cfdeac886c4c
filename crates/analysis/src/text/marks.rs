//! Heading marks at the start of a line: markdown `#`s, and the numbering
//! of report headings — 一、 （一） 一是 1. （1） ① 第一部分 第一节 — with the
//! position among siblings each gives (五 → 5).

use super::chars::is_blank;
use super::numerals::{ascii_digit, circled, is_chinese_numeral, is_digit, ordinal};

/// How a heading is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Mark {
    /// 第一部分 / 第一章 / 第一篇.
    Part,
    /// 第一节.
    Section,
    /// 一、
    ChineseComma,
    /// （一）
    ChineseParen,
    /// 一是
    ChineseIs,
    /// 1. 1． 1、
    ArabicDot,
    /// （1）
    ArabicParen,
    /// ①
    Circled,
}

/// `#`-style heading: (level, text after the marks).
pub(crate) fn markdown_level(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = line[level..].trim_start_matches(is_blank);
    (!rest.is_empty()).then_some((level, rest))
}

/// The numbering mark at the start of `text` and the number it gives.
pub(crate) fn heading_mark(text: &str) -> Option<(Mark, u32)> {
    let chars: Vec<char> = text.chars().take(8).collect();
    let numeral_len = |from: usize, digits: bool| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|&&c| {
                if digits {
                    is_digit(c)
                } else {
                    is_chinese_numeral(c) && c != '万' && c != '亿'
                }
            })
            .count()
    };
    let number_at = |from: usize, len: usize| -> Option<u32> {
        let s: String = chars[from..from + len]
            .iter()
            .map(|&c| ascii_digit(c).unwrap_or(c))
            .collect();
        ordinal(&s)
    };
    let after = |i: usize| chars.get(i).copied();

    if let Some(n) = chars.first().and_then(|&c| circled(c)) {
        return Some((Mark::Circled, n));
    }
    if chars.first() == Some(&'第') {
        let len = numeral_len(1, false).max(numeral_len(1, true));
        let style = match (after(1 + len), after(2 + len)) {
            (Some('部'), Some('分')) | (Some('章'), _) | (Some('篇'), _) => Mark::Part,
            (Some('节'), _) => Mark::Section,
            _ => return None,
        };
        return (len > 0)
            .then(|| number_at(1, len))
            .flatten()
            .map(|n| (style, n));
    }
    if matches!(chars.first(), Some('（' | '(')) {
        for digits in [false, true] {
            let len = numeral_len(1, digits);
            if len > 0 && len <= 3 && matches!(after(1 + len), Some('）' | ')')) {
                let style = if digits {
                    Mark::ArabicParen
                } else {
                    Mark::ChineseParen
                };
                return number_at(1, len).map(|n| (style, n));
            }
        }
        return None;
    }
    let len = numeral_len(0, false);
    if len > 0 && len <= 3 {
        return match after(len) {
            Some('、') => number_at(0, len).map(|n| (Mark::ChineseComma, n)),
            Some('是') if after(len + 1) != Some('是') => {
                number_at(0, len).map(|n| (Mark::ChineseIs, n))
            }
            _ => None,
        };
    }
    let len = numeral_len(0, true);
    if len > 0 && len <= 2 && matches!(after(len), Some('.' | '．' | '、')) {
        let next = after(len + 1);
        if next.is_some_and(|c| !is_digit(c)) {
            return number_at(0, len).map(|n| (Mark::ArabicDot, n));
        }
    }
    None
}
