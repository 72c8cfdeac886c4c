//! The section outline: which paragraphs open a section (`headings`,
//! `leads`), how deep each sits, and warnings about the numbering of
//! sibling headings (`warnings`). Repeated passages (`duplicates`) are
//! found here too: they are warnings about the text's structure.
//!
//! Levels are not fixed per style: a stack of the styles currently open
//! decides, so a `一、` under an unnumbered `##` heading becomes its child,
//! and a style seen again closes everything opened below it.

mod duplicates;
mod headings;
mod leads;
mod style;
mod warnings;

pub(crate) use duplicates::duplicate_passages;

use headings::{explicit_heading, title_annexes};
use leads::confirm_parallel_leads;
use style::Style;
use warnings::numbering_warnings;

use crate::report::{Section, Warning};
use crate::text::document::Document;
use crate::text::marks::{heading_mark, Mark};
use crate::text::repeats_title;

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

impl Heading {
    /// A lead sentence or bold lead phrase at byte `at` of `paragraph`.
    fn lead(paragraph: usize, at: usize, text: String) -> Heading {
        Heading {
            style: Style::Lead,
            number: None,
            paragraph,
            at,
            text,
        }
    }
}

/// The outline of a document and the warnings about its numbering.
pub(crate) struct Outline {
    pub sections: Vec<Section>,
    pub warnings: Vec<Warning>,
}

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
        .enumerate()
        .map(|(i, h)| {
            // A glossary is a top section, and closes like one; an annex
            // is a top section that its own headings nest under; so is a
            // part: a standalone line whose numbering starts anew after it
            // (2025年工作安排 before （一）…).
            if matches!(h.style, Style::Appendix | Style::Annex)
                || open.last() == Some(&Style::Appendix)
                || opens_part(headings, i)
            {
                open.clear();
            }
            if let Some(k) = open.iter().position(|&s| s == h.style) {
                open.truncate(k);
            } else if opens_numbering_after_leads(h, &open) {
                // 继续实施积极的财政政策。… then （一）保持物价总水平基本稳定: a
                // numbering does not nest under the run-in leads before it.
                let k = open
                    .iter()
                    .position(|&s| s == Style::Lead)
                    .unwrap_or(open.len());
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

/// Whether `h` starts a section numbering (（一）, 一、) while run-in leads
/// are open. Inline enumerations (一是, 1.) may stand under a lead.
fn opens_numbering_after_leads(h: &Heading, open: &[Style]) -> bool {
    let sectioning = matches!(
        h.style,
        Style::Numbered(Mark::Part | Mark::Section | Mark::ChineseComma | Mark::ChineseParen)
    );
    sectioning && open.last() == Some(&Style::Lead)
}

/// Whether heading `i` is a standalone line followed by a numbering that
/// starts at one: the title of a part of the report.
fn opens_part(headings: &[Heading], i: usize) -> bool {
    let next = headings.get(i + 1);
    headings[i].style == Style::Standalone
        && next.is_some_and(|n| n.style.is_numbered() && n.number == Some(1))
}

/// (level, heading) of each section of `text`'s outline, for tests.
#[cfg(test)]
fn outline_of(text: &str) -> Vec<(usize, String)> {
    let doc = Document::parse(text, &|_| false);
    outline(&doc)
        .sections
        .into_iter()
        .map(|s| (s.level, s.heading))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn standalone_lines_before_a_new_numbering_open_parts() {
        let text = "政府工作报告\n各位代表：\n2024年工作回顾\n过去一年，我们做了很多工作。\n（一）巩固经济回升向好态势。正文。\n（二）推动科技创新。正文。\n2025年工作安排\n今年要做好工作。\n（一）扩大内需。正文。\n加强政府自身建设\n（一）树牢正确政绩观。正文。\n";
        assert_eq!(
            outline_of(text),
            vec![
                (1, "2024年工作回顾".to_owned()),
                (2, "（一）巩固经济回升向好态势".to_owned()),
                (2, "（二）推动科技创新".to_owned()),
                (1, "2025年工作安排".to_owned()),
                (2, "（一）扩大内需".to_owned()),
                (1, "加强政府自身建设".to_owned()),
                (2, "（一）树牢正确政绩观".to_owned()),
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
}
