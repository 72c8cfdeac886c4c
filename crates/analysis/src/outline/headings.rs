//! Which paragraphs are headings, and the heading's text: markdown and
//! heading styles, numbering (一、 （一） 一是 1. …), bold lead phrases,
//! appendices (附注, 名词解释, 附件1), and short standalone lines. Plain lead
//! sentences are decided in `leads`.

use super::style::Style;
use super::{numbering, Heading};
use crate::text::chars::{ends_sentence, ends_statement, is_blank, is_han};
use crate::text::marks::markdown_level;
use crate::text::numerals::is_digit;
use crate::text::paragraph::ParagraphHint;
use crate::text::{is_address, looks_like_speaker};

/// Longest heading kept whole; a longer lead sentence is cut at its first clause.
const MAX_HEADING_CHARS: usize = 60;
/// Longest standalone line taken as a heading.
const MAX_STANDALONE_CHARS: usize = 50;
/// Headings of a trailing glossary, whose numbered entries are not sections.
const GLOSSARY_HEADINGS: &[&str] = &[
    "附注", "注释", "名词解释", "附：名词解释", "附录", "名词注释",
];

/// A heading marked by markdown, numbering or bold, or a standalone line.
/// Plain lead sentences are only candidates here (`Lead` with no number),
/// kept when a neighbouring paragraph opens the same way.
pub(super) fn explicit_heading(
    text: &str,
    hint: Option<ParagraphHint>,
    paragraph: usize,
) -> Option<Heading> {
    // 各位代表： styled as a heading opens the speech, no section.
    if is_address(strip_bold(
        markdown_level(text).map_or(text, |(_, rest)| rest),
    )) {
        return None;
    }
    let hinted = match hint {
        Some(ParagraphHint::Heading(depth)) => Some((depth, text)),
        _ => None,
    };
    if let Some((depth, rest)) = markdown_level(text).or(hinted) {
        let rest = strip_bold(rest);
        let (style, number) =
            numbering(rest).map_or((Style::Markdown(depth), None), |n| (n.0, Some(n.1)));
        // A styled paragraph may run on after its heading sentence.
        let text = if hinted.is_some() {
            lead_sentence(rest)
        } else {
            clean(rest)
        };
        return Some(Heading {
            style,
            number,
            paragraph,
            at: 0,
            text,
        });
    }
    if let Some((style, number)) = numbering(strip_bold(text)) {
        let text = strip_bold(text);
        return Some(Heading {
            style,
            number: Some(number),
            paragraph,
            at: 0,
            text: lead_sentence(text),
        });
    }
    if let Some(style) = appendix_style(text) {
        return Some(Heading {
            style,
            number: None,
            paragraph,
            at: 0,
            text: clean(text),
        });
    }
    let hinted_bold = match hint {
        Some(ParagraphHint::BoldLead(len)) => Some(&text[..len]),
        _ => None,
    };
    let bold = bold_lead(text).or(hinted_bold.filter(|b| is_bold_heading(b)));
    if let Some(inner) = bold {
        return Some(Heading::lead(paragraph, 0, clean(inner)));
    }
    // 国务院总理 温家宝: a speaker line repeated in the body is no section.
    if is_standalone(text) && !(text.contains(is_blank) && looks_like_speaker(text)) {
        return Some(Heading {
            style: Style::Standalone,
            number: None,
            paragraph,
            at: 0,
            text: clean(text),
        });
    }
    None
}

/// 附注 / 名词解释 / 附件2 名词解释: a glossary; 附件1 / 附件：…: an annex.
fn appendix_style(text: &str) -> Option<Style> {
    let text = text.trim_end_matches(['：', ':']);
    if GLOSSARY_HEADINGS.contains(&text) {
        return Some(Style::Appendix);
    }
    // 附件：重点项目表.xlsx is a line of the body, not an annex.
    if text.chars().count() > 30 || text.contains(".xls") || text.contains(".doc") {
        return None;
    }
    let rest = text.strip_prefix("附件")?;
    let title = rest
        .trim_start_matches(|c: char| is_digit(c) || is_chinese_digit(c))
        .trim_start_matches(['：', ':', '.', '、'])
        .trim_matches(is_blank);
    if GLOSSARY_HEADINGS.iter().any(|g| title.ends_with(g)) {
        Some(Style::Appendix)
    } else if title.chars().count() <= MAX_STANDALONE_CHARS && !title.ends_with(['。', '；', '，'])
    {
        Some(Style::Annex)
    } else {
        None
    }
}

fn is_chinese_digit(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// `附件1` alone on its line takes the title on the next: `附件1 2025年省十件民生实事`.
pub(super) fn title_annexes(found: &mut [Option<Heading>]) {
    for i in 1..found.len() {
        let (before, after) = found.split_at_mut(i);
        let (Some(annex), Some(next)) = (&mut before[i - 1], &after[0]) else {
            continue;
        };
        let bare = annex.style == Style::Annex
            && appendix_style(&annex.text) == Some(Style::Annex)
            && annex
                .text
                .trim_start_matches("附件")
                .chars()
                .all(|c| is_digit(c) || is_chinese_digit(c) || is_blank(c));
        if bare && next.style == Style::Standalone {
            annex.text = format!("{} {}", annex.text, next.text);
            after[0] = None;
        }
    }
}

/// A bold run opening a paragraph reads as a heading: short, some Han,
/// not an address (各位代表：) or exclamation.
fn is_bold_heading(bold: &str) -> bool {
    let bold = bold.trim_matches(is_blank);
    let n = bold.chars().count();
    (2..=MAX_HEADING_CHARS).contains(&n)
        && bold.chars().any(is_han)
        && !bold.ends_with(['：', ':', '！', '!', '，', ','])
}

/// `**强化制度建设。**…` → `强化制度建设。`
fn bold_lead(text: &str) -> Option<&str> {
    let inner = text.strip_prefix("**")?;
    let close = inner.find("**")?;
    let lead = &inner[..close];
    (lead.chars().count() <= MAX_HEADING_CHARS && !lead.trim().is_empty()).then_some(lead)
}

fn is_standalone(text: &str) -> bool {
    let n = text.chars().count();
    let han = text.chars().filter(|&c| is_han(c)).count();
    // 2024年工作回顾: a year's digits read as its word; a date line is no heading.
    let year_digits = text.split('年').count().saturating_sub(1) * 4;
    let year_digits = if text.ends_with(['日', '月']) {
        0
    } else {
        year_digits
    };
    (2..=MAX_STANDALONE_CHARS).contains(&n)
        && han >= 2
        && (han + year_digits) * 3 >= n * 2
        && !text.ends_with(ends_statement)
        && !text.starts_with(['—', '-', '─', '―', '（', '(', '“', '《', '【', '[', '<'])
}

/// The heading part of a numbered paragraph: the whole line, or its lead
/// sentence when the body runs on after it.
fn lead_sentence(text: &str) -> String {
    let sentence_end = text.find(ends_sentence).unwrap_or(text.len());
    let sentence = &text[..sentence_end];
    if sentence.chars().count() <= MAX_HEADING_CHARS {
        return clean(sentence);
    }
    let clause_end = text
        .find(['；', '：'])
        .unwrap_or(sentence_end)
        .min(sentence_end);
    let clause: String = text[..clause_end].chars().take(MAX_HEADING_CHARS).collect();
    clean(&clause)
}

fn strip_bold(text: &str) -> &str {
    text.strip_prefix("**").unwrap_or(text)
}

/// Heading text as shown: markup and trailing 。 dropped.
fn clean(text: &str) -> String {
    let text = text.replace("**", "");
    text.trim_matches(is_blank)
        .trim_end_matches(['。', '：', ':'])
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::super::outline_of;

    #[test]
    fn dash_bullets_interjections_and_lone_short_sentences_are_not_headings() {
        let text =
            "各位代表！\n——经济运行总体平稳。\n主要预期目标是：\n今年工作很重要。我们要努力。\n";
        assert_eq!(outline_of(text), vec![]);
    }

    #[test]
    fn a_standalone_line_may_end_with_a_title_mark_a_lead_stops_at_any_sentence_end() {
        let text = "正文。\n学习贯彻《民法典》\n（一）稳增长?要扩大内需，稳定就业。\n";
        assert_eq!(
            outline_of(text),
            vec![
                (1, "学习贯彻《民法典》".to_owned()),
                (2, "（一）稳增长".to_owned())
            ]
        );
    }

    #[test]
    fn a_trailing_glossary_is_one_top_section() {
        let text = "一、回顾\n（一）宏观调控。正文。\n附注：\n1、“三网”融合：是指电信网、广电网和互联网融合。\n2、云计算：是一种服务模式。\n";
        assert_eq!(
            outline_of(text),
            vec![
                (1, "一、回顾".to_owned()),
                (2, "（一）宏观调控".to_owned()),
                (1, "附注".to_owned())
            ]
        );
    }
}
