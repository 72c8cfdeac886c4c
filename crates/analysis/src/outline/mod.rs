//! The section outline: which paragraphs open a section, how deep each sits,
//! and warnings about the numbering of sibling headings.
//!
//! Levels are not fixed per style: a stack of the styles currently open
//! decides, so a `一、` under an unnumbered `##` heading becomes its child,
//! and a style seen again closes everything opened below it.

use rustc_hash::FxHashMap as HashMap;

mod duplicates;
mod style;

pub(crate) use duplicates::duplicate_passages;

use style::Style;

use crate::report::{Section, Warning, WarningKind};
use crate::text::chars::{is_blank, is_han};
use crate::text::document::{Document, ParagraphHint};
use crate::text::marks::{heading_mark, markdown_level, Mark};
use crate::text::{looks_like_speaker, repeats_title};

/// The numbering at the start of `text` as a heading style, and its number.
fn numbering(text: &str) -> Option<(Style, u32)> {
    heading_mark(text).map(|(mark, n)| (Style::Numbered(mark), n))
}

/// A heading found in a paragraph.
#[derive(Debug, Clone)]
struct Heading {
    style: Style,
    /// Position among siblings as written (五 → 5), for numbered styles.
    number: Option<u32>,
    paragraph: usize,
    /// Byte offset of the heading in its paragraph (0 but for a lead merged
    /// into the paragraph before it).
    at: usize,
    text: String,
}

/// The outline of a document and the warnings about its numbering.
pub(crate) struct Outline {
    pub sections: Vec<Section>,
    pub warnings: Vec<Warning>,
}

/// Longest heading kept whole; a longer lead sentence is cut at its first clause.
const MAX_HEADING_CHARS: usize = 60;
/// Longest standalone line taken as a heading.
const MAX_STANDALONE_CHARS: usize = 50;
/// Characters a merged lead must share with the end of two leads of its
/// block: 凝聚共识 yes; 改革, which ends half the leads of a 改革 section, no.
const RHYME_CHARS: usize = 3;
/// Headings of a trailing glossary, whose numbered entries are not sections.
const GLOSSARY_HEADINGS: &[&str] = &[
    "附注", "注释", "名词解释", "附：名词解释", "附录", "名词注释",
];
/// More repeated headings than this are reported as one warning.
const MAX_LISTED_REPEATS: usize = 5;
/// Longest plain lead sentence (`理论武装更加自觉。`).
const MAX_LEAD_CHARS: usize = 16;

pub(crate) fn outline(doc: &Document) -> Outline {
    let title = doc.title.as_deref().unwrap_or_default();
    let mut in_glossary = false;
    let mut found: Vec<Option<Heading>> = Vec::with_capacity(doc.paragraphs.len());
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let mut heading = explicit_heading(&p.text, p.hint, i);
        if let Some(h) = &heading {
            let glossary_item = matches!(
                h.style,
                Style::Numbered(Mark::ArabicDot | Mark::ArabicParen | Mark::Circled)
            );
            // The title again (a page pasted twice) opens no section; nor does a glossary entry.
            if repeats_title(title, &h.text) || (in_glossary && glossary_item) {
                heading = None;
            } else {
                in_glossary = h.style == Style::Appendix;
            }
        }
        found.push(heading);
    }
    title_annexes(&mut found);
    let merged = confirm_parallel_leads(doc, &mut found);
    let mut headings: Vec<Heading> = found.into_iter().flatten().chain(merged).collect();
    headings.sort_by_key(|h| (h.paragraph, h.at));

    let levels = nest(&headings);
    let starts: Vec<usize> = headings
        .iter()
        .map(|h| doc.char_offset(doc.paragraphs[h.paragraph].original_byte(h.at)))
        .collect();
    let text_end = doc.text.chars().count();
    let sections: Vec<Section> = headings
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let end = (i + 1..headings.len())
                .find(|&j| levels[j] <= levels[i])
                .map_or(text_end, |j| starts[j]);
            Section {
                level: levels[i],
                heading: h.text.clone(),
                start: starts[i],
                end,
                keywords: Vec::new(),
            }
        })
        .collect();
    let warnings = numbering_warnings(&headings, &levels, &sections);
    Outline { sections, warnings }
}

/// Level of each heading from the stack of open styles.
fn nest(headings: &[Heading]) -> Vec<usize> {
    let mut open: Vec<Style> = Vec::new();
    headings
        .iter()
        .map(|h| {
            // A glossary is a top section, and closes like one; an annex
            // is a top section that its own headings nest under.
            if matches!(h.style, Style::Appendix | Style::Annex)
                || open.last() == Some(&Style::Appendix)
            {
                open.clear();
            }
            if let Some(k) = open.iter().position(|&s| s == h.style) {
                open.truncate(k);
            } else if let Style::Markdown(depth) = h.style {
                // A shallower markdown heading closes deeper ones.
                if let Some(k) = open
                    .iter()
                    .position(|s| matches!(s, Style::Markdown(d) if *d > depth))
                {
                    open.truncate(k);
                }
            }
            open.push(h.style);
            open.len()
        })
        .collect()
}

/// A heading marked by markdown, numbering or bold, or a standalone line.
/// Plain lead sentences are only candidates here (`Lead` with no number),
/// kept when a neighbouring paragraph opens the same way.
fn explicit_heading(text: &str, hint: Option<ParagraphHint>, paragraph: usize) -> Option<Heading> {
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
        return Some(Heading {
            style: Style::Lead,
            number: None,
            paragraph,
            at: 0,
            text: clean(inner),
        });
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

/// Keeps plain lead sentences that stand in parallel: two or more leads
/// (plain or bold) among the paragraphs between two other headings. Returns
/// the leads found inside a paragraph, where a layout merge glued a lead to
/// the paragraph before (…稿件3800余篇。在联谊交往中凝聚共识。…): sentences that
/// end like two or more of their block's leads (凝聚共识).
fn confirm_parallel_leads(doc: &Document, found: &mut [Option<Heading>]) -> Vec<Heading> {
    let mut merged = Vec::new();
    let mut block: Vec<(usize, String)> = Vec::new();
    let mut block_start = 0;
    for i in 0..=found.len() {
        let closes_block =
            i == found.len() || matches!(&found[i], Some(h) if h.style != Style::Lead);
        if !closes_block {
            match &found[i] {
                Some(h) => block.push((i, h.text.clone())),
                None => block.extend(plain_lead(&doc.paragraphs[i].text).map(|lead| (i, lead))),
            }
            continue;
        }
        if block.len() >= 2 {
            let leads: Vec<String> = block.iter().map(|(_, t)| t.clone()).collect();
            for (j, text) in block.drain(..) {
                if found[j].is_none() {
                    found[j] = Some(Heading {
                        style: Style::Lead,
                        number: None,
                        paragraph: j,
                        at: 0,
                        text,
                    });
                }
            }
            for p in block_start..i {
                merged.extend(
                    merged_leads(&doc.paragraphs[p].text, &leads)
                        .into_iter()
                        .map(|(at, text)| Heading {
                            style: Style::Lead,
                            number: None,
                            paragraph: p,
                            at,
                            text,
                        }),
                );
            }
        }
        block.clear();
        block_start = i + 1;
    }
    merged
}

/// Sentences after the first of a paragraph that read as one more of `leads`:
/// a short plain sentence ending with the same [`RHYME_CHARS`] characters as
/// at least two of them. (byte offset, text) of each.
fn merged_leads(text: &str, leads: &[String]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut from = match text.find('。') {
        Some(end) => end + '。'.len_utf8(),
        None => return out,
    };
    while let Some(len) = text[from..].find('。') {
        let sentence = &text[from..from + len];
        let n = sentence.chars().count();
        let tail: String = sentence
            .chars()
            .rev()
            .take(RHYME_CHARS)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let rhymes = leads.iter().filter(|l| l.ends_with(&tail)).count();
        if (4..=MAX_LEAD_CHARS).contains(&n)
            && sentence.chars().all(is_han_or_quote)
            && tail.chars().count() == RHYME_CHARS
            && rhymes >= 2
            && !leads.iter().any(|l| l == sentence)
        {
            out.push((from, sentence.to_owned()));
        }
        from += len + '。'.len_utf8();
    }
    out
}

/// `理论武装更加自觉。深入学习…`: a short first sentence with no comma.
fn plain_lead(text: &str) -> Option<String> {
    let end = text.find('。')?;
    let lead = &text[..end];
    let n = lead.chars().count();
    let body = text[end + '。'.len_utf8()..].chars().count();
    ((4..=MAX_LEAD_CHARS).contains(&n)
        && body >= 8
        && lead.chars().all(is_han_or_quote)
        && !lead.starts_with(['各', '同']))
    .then(|| lead.to_owned())
}

fn is_han_or_quote(c: char) -> bool {
    is_han(c) || matches!(c, '“' | '”' | '《' | '》')
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
        .trim_start_matches(|c: char| c.is_ascii_digit() || is_chinese_digit(c))
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
fn title_annexes(found: &mut [Option<Heading>]) {
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
                .all(|c| c.is_ascii_digit() || is_chinese_digit(c) || is_blank(c));
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
    (2..=MAX_STANDALONE_CHARS).contains(&n)
        && han * 3 >= n * 2
        && !text.ends_with([
            '。', '！', '？', '；', '：', '!', '?', ';', ':', '…', '”', '）', ')',
        ])
        && !text.starts_with(['—', '-', '─', '―', '（', '(', '“', '《', '【', '[', '<'])
}

/// The heading part of a numbered paragraph: the whole line, or its lead
/// sentence when the body runs on after it.
fn lead_sentence(text: &str) -> String {
    let sentence_end = text.find(['。', '！', '？']).unwrap_or(text.len());
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

/// Out-of-order, missing or repeated numbers among siblings, and repeated headings.
fn numbering_warnings(
    headings: &[Heading],
    levels: &[usize],
    sections: &[Section],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    // Siblings: same style under the same parent heading.
    let mut groups: HashMap<(Option<usize>, Style), Vec<usize>> = HashMap::default();
    let mut order = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        if !h.style.is_numbered() {
            continue;
        }
        let parent = (0..i).rev().find(|&j| levels[j] < levels[i]);
        let key = (parent, h.style);
        if !groups.contains_key(&key) {
            order.push(key);
        }
        groups.entry(key).or_default().push(i);
    }
    for key in order {
        let members = &groups[&key];
        let numbers: Vec<u32> = members.iter().filter_map(|&i| headings[i].number).collect();
        let in_order = numbers.windows(2).all(|w| w[1] == w[0] + 1) && numbers.first() == Some(&1);
        if in_order {
            continue;
        }
        let written: Vec<String> = members.iter().map(|&i| marker(&headings[i].text)).collect();
        let under = key
            .0
            .map_or("全文".to_owned(), |p| format!("“{}”下", headings[p].text));
        let first = &sections[members[0]];
        let last = &sections[*members.last().unwrap_or(&members[0])];
        warnings.push(Warning {
            kind: WarningKind::Numbering,
            message: format!("{under}的编号顺序异常：{}", written.join(" ")),
            start: Some(first.start),
            end: Some(last.end),
        });
    }
    let mut seen: HashMap<&str, usize> = HashMap::default();
    let mut repeats = Vec::new();
    for (i, section) in sections.iter().enumerate() {
        match seen.get(section.heading.as_str()) {
            Some(&first) => repeats.push((i, first)),
            None => {
                seen.insert(&section.heading, i);
            }
        }
    }
    if repeats.len() > MAX_LISTED_REPEATS {
        // A document pasted several times: one warning, not hundreds.
        let (first, last) = (
            &sections[repeats[0].0],
            &sections[repeats[repeats.len() - 1].0],
        );
        warnings.push(Warning {
            kind: WarningKind::DuplicateHeading,
            message: format!(
                "{} 个标题重复出现，从“{}”起：全文可能被重复粘贴",
                repeats.len(),
                first.heading
            ),
            start: Some(first.start),
            end: Some(last.end),
        });
        return warnings;
    }
    for (i, first) in repeats {
        let section = &sections[i];
        warnings.push(Warning {
            kind: WarningKind::DuplicateHeading,
            message: format!(
                "标题重复出现：“{}”（第一次在第 {} 个标题）",
                section.heading,
                first + 1
            ),
            start: Some(section.start),
            end: Some(section.end),
        });
    }
    warnings
}

/// The numbering mark of a heading: `五、` of `五、固本强基…`.
fn marker(heading: &str) -> String {
    let end = heading
        .char_indices()
        .find(|&(_, c)| matches!(c, '、' | '）' | ')' | '是' | '.' | '．'))
        .map_or(heading.len().min(6), |(i, c)| i + c.len_utf8());
    heading[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline_of(text: &str) -> Vec<(usize, String)> {
        let doc = Document::parse(text, &|_| false);
        outline(&doc)
            .sections
            .into_iter()
            .map(|s| (s.level, s.heading))
            .collect()
    }

    #[test]
    fn numbered_headings_nest_under_markdown_parents() {
        let text = "## 工作体会\n\n引言。\n\n## 一、坚持党的领导\n\n正文。\n\n## 二、坚持人民至上\n\n正文。\n\n## 工作建议\n";
        assert_eq!(
            outline_of(text),
            vec![
                (1, "工作体会".to_owned()),
                (2, "一、坚持党的领导".to_owned()),
                (2, "二、坚持人民至上".to_owned()),
                (1, "工作建议".to_owned()),
            ]
        );
    }

    #[test]
    fn run_in_headings_and_parallel_leads() {
        let text = "一、总体要求\n（一）着力扩大国内需求。要把恢复和扩大消费摆在优先位置。\n理论武装更加自觉。深入学习贯彻思想。\n党建基础更加夯实。坚持以政治建设为统领。\n**强化制度建设。**修订完善出台制度。\n（二）加快建设现代化产业体系。正文。\n";
        assert_eq!(
            outline_of(text),
            vec![
                (1, "一、总体要求".to_owned()),
                (2, "（一）着力扩大国内需求".to_owned()),
                (3, "理论武装更加自觉".to_owned()),
                (3, "党建基础更加夯实".to_owned()),
                (3, "强化制度建设".to_owned()),
                (2, "（二）加快建设现代化产业体系".to_owned()),
            ]
        );
    }

    #[test]
    fn dash_bullets_interjections_and_lone_short_sentences_are_not_headings() {
        let text =
            "各位代表！\n——经济运行总体平稳。\n主要预期目标是：\n今年工作很重要。我们要努力。\n";
        assert_eq!(outline_of(text), vec![]);
    }

    #[test]
    fn a_lead_glued_to_the_paragraph_before_is_found() {
        let text = "## 凝聚共识\n\n在合作共事中凝聚共识。注重发挥各民主党派作用。\n\n在宣传引导中凝聚共识。发布稿件3800余篇。在联谊交往中凝聚共识。积极配合全国政协。深化价格改革。\n";
        let headings: Vec<String> = outline_of(text).into_iter().map(|(_, h)| h).collect();
        assert_eq!(
            headings,
            [
                "凝聚共识",
                "在合作共事中凝聚共识",
                "在宣传引导中凝聚共识",
                "在联谊交往中凝聚共识"
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

    #[test]
    fn out_of_order_numbering_is_reported() {
        let text = "一、甲\n\n五、戊\n\n二、乙\n";
        let doc = Document::parse(text, &|_| false);
        let warnings = outline(&doc).warnings;
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].kind, WarningKind::Numbering);
        assert!(
            warnings[0].message.contains("一、 五、 二、"),
            "{}",
            warnings[0].message
        );
    }
}
