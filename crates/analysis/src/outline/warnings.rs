//! Warnings about the outline: sibling headings numbered out of order,
//! with gaps or repeats, and the same heading twice.

use rustc_hash::FxHashMap as HashMap;

use super::style::Style;
use super::Heading;
use crate::report::{Section, Warning, WarningKind};

/// More repeated headings than this are reported as one warning.
const MAX_LISTED_REPEATS: usize = 5;

/// Out-of-order, missing or repeated numbers among siblings, and repeated headings.
pub(super) fn numbering_warnings(
    headings: &[Heading],
    levels: &[usize],
    sections: &[Section],
) -> Vec<Warning> {
    let mut warnings = sibling_numbering(headings, levels, sections);
    warnings.extend(repeated_headings(sections));
    warnings
}

/// One warning per group of siblings (same style, same parent) whose
/// numbers do not run 1, 2, 3….
fn sibling_numbering(headings: &[Heading], levels: &[usize], sections: &[Section]) -> Vec<Warning> {
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
    warnings
}

/// A warning per heading that repeats an earlier one; one in all when
/// there are many (a document pasted several times).
fn repeated_headings(sections: &[Section]) -> Vec<Warning> {
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
        let (first, last) = (
            &sections[repeats[0].0],
            &sections[repeats[repeats.len() - 1].0],
        );
        return vec![Warning {
            kind: WarningKind::DuplicateHeading,
            message: format!(
                "{} 个标题重复出现，从“{}”起：全文可能被重复粘贴",
                repeats.len(),
                first.heading
            ),
            start: Some(first.start),
            end: Some(last.end),
        }];
    }
    repeats
        .into_iter()
        .map(|(i, first)| {
            let section = &sections[i];
            Warning {
                kind: WarningKind::DuplicateHeading,
                message: format!(
                    "标题重复出现：“{}”（第一次在第 {} 个标题）",
                    section.heading,
                    first + 1
                ),
                start: Some(section.start),
                end: Some(section.end),
            }
        })
        .collect()
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
    use super::super::outline;
    use crate::report::WarningKind;
    use crate::text::document::Document;

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
