//! Lines into paragraphs: a line broken mid-sentence by page layout is
//! joined to the next (a comma at its end, or a dictionary word across the
//! break: 大|局), page-continuation markers are cut out, photo captions set
//! aside; each repair is noted as a warning.

use super::chars::{ends_line, is_han};
use super::marks::heading_mark;
use super::paragraph::Paragraph;
use super::preamble::looks_like_speaker;
use super::residue::is_caption;
use super::source::{Line, Notes};
use crate::report::WarningKind;

/// Page-continuation markers cut out of the text they interrupt.
const PAGE_MARKERS: &[(&str, &str)] = &[("（下转第", "版）"), ("（上接第", "版）")];

/// The paragraphs of `lines`: a line is joined to the next where `repair`
/// allows and it was broken; captions are left out and noted, as are the
/// repairs.
pub(super) fn paragraphs(
    lines: &[Line],
    repair: bool,
    is_word: &dyn Fn(&str) -> bool,
    notes: &mut Notes,
) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut current: Option<Paragraph> = None;
    for (n, line) in lines.iter().enumerate() {
        if is_caption(line.text) {
            let end = line.start + line.text.len();
            let message = format!("图片说明不是正文：{}", line.text);
            notes.note(WarningKind::Caption, message, line.start, end);
            continue;
        }
        let paragraph = current.get_or_insert_with(Paragraph::new);
        push_line(paragraph, *line, notes);
        let next = lines[n + 1..].iter().find(|l| !is_caption(l.text));
        let broken = next.filter(|next| repair && is_broken(&paragraph.text, next.text, is_word));
        if let Some(next) = broken {
            let tail: String = paragraph.text.chars().rev().take(6).collect();
            let tail: String = tail.chars().rev().collect();
            let head: String = next.text.chars().take(6).collect();
            let message = format!("断行已接上：“{tail}” + “{head}”");
            let end = next.start + head.len();
            let start = line.start + line.text.len() - tail.len();
            notes.note(WarningKind::LineBreak, message, start, end);
        } else if let Some(done) = current.take() {
            if !done.text.is_empty() {
                paragraphs.push(done);
            }
        }
    }
    if let Some(done) = current.filter(|p| !p.text.is_empty()) {
        paragraphs.push(done);
    }
    paragraphs
}

/// Appends a line to a paragraph, cutting out page-continuation markers.
fn push_line(paragraph: &mut Paragraph, line: Line, notes: &mut Notes) {
    let mut rest = line.text;
    let mut at = line.start;
    while let Some((before, marker_len)) = find_page_marker(rest) {
        let marker = &rest[before..before + marker_len];
        let message = format!("分版标记已从正文中去掉：{marker}");
        notes.note(
            WarningKind::PageMarker,
            message,
            at + before,
            at + before + marker_len,
        );
        paragraph.push(&rest[..before], at);
        at += before + marker_len;
        rest = &rest[before + marker_len..];
    }
    paragraph.push(rest, at);
}

/// (offset, length) of the first page-continuation marker in `text`.
fn find_page_marker(text: &str) -> Option<(usize, usize)> {
    PAGE_MARKERS.iter().find_map(|(open, close)| {
        let start = text.find(open)?;
        let after = &text[start + open.len()..];
        let inner = after.find(close)?;
        (after[..inner].chars().count() <= 3).then_some((start, open.len() + inner + close.len()))
    })
}

/// Whether `line` was broken mid-sentence and continues at `next`.
fn is_broken(line: &str, next: &str, is_word: &dyn Fn(&str) -> bool) -> bool {
    let Some(last) = line.chars().last() else {
        return false;
    };
    let numbered = |l: &str| heading_mark(l.trim_start_matches('*')).is_some();
    if line.ends_with(ends_line)
        || line.starts_with(['#', '—', '―'])
        || next.starts_with('#')
        || looks_like_speaker(next)
        || numbered(line)
        || numbered(next)
    {
        return false;
    }
    if !next.starts_with(is_han) {
        return false;
    }
    if matches!(last, '，' | '、' | ',') {
        return true;
    }
    if !is_han(last) || line.chars().count() < 8 {
        return false;
    }
    // A dictionary word across the break: 大|局, 提|案, 政|协.
    let tail: Vec<char> = line.chars().rev().take(2).collect();
    let head: Vec<char> = next.chars().take(2).collect();
    let spans = |t: usize, h: usize| {
        let word: String = tail[..t].iter().rev().chain(head[..h].iter()).collect();
        is_word(&word)
    };
    spans(1, 1) || (tail.len() > 1 && spans(2, 1)) || (head.len() > 1 && spans(1, 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::document::{test_dictionary as words, Document};

    #[test]
    fn joins_a_line_broken_inside_a_word() {
        let text = "正文。\n\n始终把政协工作放到全市改革发展稳定大\n\n局中去谋划部署。\n";
        let doc = Document::parse(text, &words);
        assert_eq!(doc.paragraphs.len(), 2);
        let p = &doc.paragraphs[1];
        assert_eq!(
            p.text,
            "始终把政协工作放到全市改革发展稳定大局中去谋划部署。"
        );
        let local = p.text.find("局中").unwrap();
        assert_eq!(&text[p.original_byte(local)..][..3], "局");
        assert_eq!(doc.notes[0].kind, WarningKind::LineBreak);
    }

    #[test]
    fn numbered_headings_are_never_joined() {
        let doc = Document::parse(
            "正文。\n一、过去一年工作回顾\n全年新增城镇就业。",
            &|w| w == "顾全",
        );
        assert_eq!(doc.paragraphs.len(), 3);
    }

    #[test]
    fn keeps_lines_that_end_a_sentence() {
        let doc = Document::parse("第一句话说完了。\n第二句话也说完了。", &words);
        assert_eq!(doc.paragraphs.len(), 2);
    }

    #[test]
    fn page_markers_are_cut_out() {
        let text = "保证履职成效。（下转第五版）\n";
        let doc = Document::parse(text, &words);
        assert_eq!(doc.paragraphs[0].text, "保证履职成效。");
        assert_eq!(doc.notes[0].kind, WarningKind::PageMarker);
        assert_eq!(doc.notes[0].start, Some(7));
    }
}
