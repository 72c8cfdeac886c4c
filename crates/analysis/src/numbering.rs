//! Heading numbering marks: 一、 （一） 一是 1. （1） ① 第一部分, and the
//! other heading styles they rank against.

use crate::numerals::{circled, is_chinese_numeral, ordinal};

/// How a heading is marked; each style is one rung of the nesting stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Style {
    /// `#`…`######` without numbering.
    Markdown(usize),
    /// 第一部分 / 第一章 / 第一篇.
    Part,
    /// 第一节.
    Chapter,
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
    /// A short line with no closing punctuation.
    Standalone,
    /// A bold or parallel lead sentence opening a paragraph.
    Lead,
    /// 附注 / 名词解释: a trailing glossary, always a top section.
    Appendix,
    /// 附件1: an attachment (十件民生实事), a top section whose headings nest under it.
    Annex,
}

impl Style {
    pub(crate) fn is_numbered(self) -> bool {
        !matches!(
            self,
            Style::Markdown(_) | Style::Standalone | Style::Lead | Style::Appendix | Style::Annex
        )
    }
}

/// The numbering style at the start of `text` and the number it gives.
pub(crate) fn numbering(text: &str) -> Option<(Style, u32)> {
    let chars: Vec<char> = text.chars().take(8).collect();
    let numeral_len = |from: usize, digits: bool| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|&&c| {
                if digits {
                    c.is_ascii_digit() || ('０'..='９').contains(&c)
                } else {
                    is_chinese_numeral(c) && c != '万' && c != '亿'
                }
            })
            .count()
    };
    let number_at = |from: usize, len: usize| -> Option<u32> {
        let s: String = chars[from..from + len]
            .iter()
            .map(|&c| crate::numerals::ascii_digit(c).unwrap_or(c))
            .collect();
        ordinal(&s)
    };
    let after = |i: usize| chars.get(i).copied();

    if let Some(n) = chars.first().and_then(|&c| circled(c)) {
        return Some((Style::Circled, n));
    }
    if chars.first() == Some(&'第') {
        let len = numeral_len(1, false).max(numeral_len(1, true));
        let style = match (after(1 + len), after(2 + len)) {
            (Some('部'), Some('分')) | (Some('章'), _) | (Some('篇'), _) => Style::Part,
            (Some('节'), _) => Style::Chapter,
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
                    Style::ArabicParen
                } else {
                    Style::ChineseParen
                };
                return number_at(1, len).map(|n| (style, n));
            }
        }
        return None;
    }
    let len = numeral_len(0, false);
    if len > 0 && len <= 3 {
        return match after(len) {
            Some('、') => number_at(0, len).map(|n| (Style::ChineseComma, n)),
            Some('是') if after(len + 1) != Some('是') => {
                number_at(0, len).map(|n| (Style::ChineseIs, n))
            }
            _ => None,
        };
    }
    let len = numeral_len(0, true);
    if len > 0 && len <= 2 && matches!(after(len), Some('.' | '．' | '、')) {
        let next = after(len + 1);
        if next.is_some_and(|c| !c.is_ascii_digit() && !('０'..='９').contains(&c)) {
            return number_at(0, len).map(|n| (Style::ArabicDot, n));
        }
    }
    None
}
