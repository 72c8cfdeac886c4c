//! What a markdown file states about itself rather than says: front matter
//! (`---` / `title: …` / `---` at the top), read as metadata, and note
//! callouts (`> [!info] 说明` and the `>` lines under it), set aside.

use super::source::{Line, Notes};
use crate::report::WarningKind;

/// Furthest line a front matter's closing `---` may stand on.
const MAX_FRONT_MATTER_LINES: usize = 40;

/// The fields of a front matter the report uses.
#[derive(Debug, Default, PartialEq)]
pub(super) struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
}

/// The front matter opening `lines`, and how many lines it takes (none: 0).
pub(super) fn front_matter(lines: &[Line]) -> (FrontMatter, usize) {
    let mut fields = FrontMatter::default();
    if lines.first().is_none_or(|l| l.text != "---") {
        return (fields, 0);
    }
    let Some(close) = lines
        .iter()
        .take(MAX_FRONT_MATTER_LINES)
        .skip(1)
        .position(|l| l.text == "---")
    else {
        return (fields, 0);
    };
    for line in &lines[1..=close] {
        let Some((key, value)) = line.text.split_once([':', '：']) else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']);
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" | "标题" => &mut fields.title,
            "date" | "日期" => &mut fields.date,
            "author" | "作者" => &mut fields.author,
            _ => continue,
        };
        *slot = Some(value.to_owned());
    }
    (fields, close + 2)
}

/// `> [!info] 说明`: the first line of a note callout.
fn opens_callout(text: &str) -> bool {
    text.strip_prefix('>')
        .is_some_and(|rest| rest.trim_start().starts_with("[!"))
}

/// `lines` without their note callouts, each noted.
pub(super) fn without_callouts<'t>(lines: Vec<Line<'t>>, notes: &mut Notes) -> Vec<Line<'t>> {
    let mut kept = Vec::with_capacity(lines.len());
    let mut callout: Option<(usize, usize, usize)> = None;
    for line in lines {
        let continues = callout.is_some() && line.text.starts_with('>');
        if opens_callout(line.text) || continues {
            let end = line.start + line.text.len();
            let (start, _, count) = callout.unwrap_or((line.start, end, 0));
            callout = Some((start, end, count + 1));
            continue;
        }
        if let Some((start, end, count)) = callout.take() {
            note_callout(notes, start, end, count);
        }
        kept.push(line);
    }
    if let Some((start, end, count)) = callout {
        note_callout(notes, start, end, count);
    }
    kept
}

fn note_callout(notes: &mut Notes, start: usize, end: usize, count: usize) {
    let message = format!("说明框（> [!…]）不作正文分析（{count} 行）");
    notes.note(WarningKind::Residue, message, start, end);
}

#[cfg(test)]
mod tests {
    use crate::text::document::{test_dictionary, Document};

    #[test]
    fn front_matter_is_metadata_and_callouts_are_set_aside() {
        let text = "---\ntitle: 2024年统计公报\ndate: 2025-02-28\nauthor: 国家统计局\n---\n\n> [!info] 说明\n> 本文为节选。\n\n# 中华人民共和国2024年统计公报\n\n## 一、综合\n\n全年国内生产总值增长5.0%。\n";
        let doc = Document::parse(text, &test_dictionary);
        assert_eq!(doc.title.as_deref(), Some("中华人民共和国2024年统计公报"));
        assert_eq!(doc.meta.date.as_deref(), Some("2025-02-28"));
        assert_eq!(doc.meta.speaker.as_deref(), Some("国家统计局"));
        let body: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(body, ["## 一、综合", "全年国内生产总值增长5.0%。"]);
        assert!(doc.notes.iter().any(|n| n.message.contains("说明框")));
        let bare = Document::parse(
            "---\ntitle: 只有元数据的报告\n---\n各位代表：\n正文。\n",
            &test_dictionary,
        );
        assert_eq!(bare.title.as_deref(), Some("只有元数据的报告"));
    }
}
