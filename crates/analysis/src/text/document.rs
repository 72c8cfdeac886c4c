//! The text model: a report's lines, the preamble (title, subtitle,
//! speaker, date) split from the body, lines that are not body text set
//! aside (captions, scraping residue), the body's paragraphs, and the
//! mapping from any paragraph position back to a character offset.
//!
//! Here the text is split into trimmed lines and the residue among them
//! set aside; `front_matter` reads a markdown front matter and sets note
//! callouts aside, `preamble` reads the lines before the body, `repair` makes
//! the body's paragraphs (lines broken by page layout joined); `source`
//! turns byte offsets into the character offsets a report gives.

use super::chars::ends_line;
use super::hints::{Hint, HintKind};
use super::paragraph::{Paragraph, ParagraphHint};
use super::source::{CharIndex, Line, Notes};
use super::{front_matter, preamble, repair, residue};
use crate::report::{Meta, Warning, WarningKind};

/// More blocks of residue than this are reported as one warning.
const MAX_LISTED_RESIDUE: usize = 6;

/// A report's text split into preamble and body paragraphs.
#[derive(Debug)]
pub(crate) struct Document<'t> {
    pub text: &'t str,
    index: CharIndex,
    pub title: Option<String>,
    pub meta: Meta,
    /// Body paragraphs in order; the preamble and non-body lines are not here.
    pub paragraphs: Vec<Paragraph>,
    /// Warnings about the text itself: residue set aside, captions, page
    /// markers, repaired line breaks, a cut-off end.
    pub notes: Vec<Warning>,
}

impl<'t> Document<'t> {
    /// [`Document::parse_with_hints`] for plain text, in tests.
    #[cfg(test)]
    pub fn parse(text: &'t str, is_word: &dyn Fn(&str) -> bool) -> Self {
        Self::parse_with_hints(text, &[], false, is_word)
    }

    /// Splits `text` into preamble and body paragraphs. `hints` are the
    /// headings and bold runs its format marked (byte offsets into `text`);
    /// `lines_are_paragraphs` for Word files and web pages, whose lines are
    /// real paragraphs: none is joined to the next. `is_word` says whether a
    /// string is a dictionary word; it decides whether a line ending
    /// mid-word was broken.
    pub fn parse_with_hints(
        text: &'t str,
        hints: &[Hint],
        lines_are_paragraphs: bool,
        is_word: &dyn Fn(&str) -> bool,
    ) -> Self {
        let index = CharIndex::new(text);
        let (mut lines, residue) = split_lines(text);
        let mut notes = Notes::new(text, &index);
        note_residue(&mut notes, &residue, &lines);
        let (front, front_lines) = front_matter::front_matter(&lines);
        lines.drain(..front_lines);
        let lines = front_matter::without_callouts(lines, &mut notes);
        let mut preamble = preamble::read(&lines, &mut notes);
        preamble.title = preamble.title.or(front.title);
        preamble.meta.date = preamble.meta.date.or(front.date);
        preamble.meta.speaker = preamble.meta.speaker.or(front.author);
        let repair = !lines_are_paragraphs;
        let paragraphs = repair::paragraphs(&lines[preamble.body..], repair, is_word, &mut notes);
        let notes = notes.warnings;
        let mut doc = Document {
            text,
            index,
            title: preamble.title,
            meta: preamble.meta,
            paragraphs,
            notes,
        };
        doc.apply_hints(hints);
        doc.note_truncation();
        doc
    }

    /// Gives each paragraph the hint that covers its first character.
    fn apply_hints(&mut self, hints: &[Hint]) {
        if hints.is_empty() {
            return;
        }
        let mut hints = hints.to_vec();
        hints.sort_by_key(|h| (h.start, h.end));
        for paragraph in &mut self.paragraphs {
            let Some((start, first_len)) = paragraph.first_piece() else {
                continue;
            };
            // The last hint starting at or before the paragraph's start.
            let i = hints.partition_point(|h| h.start <= start);
            let Some(hint) = i.checked_sub(1).map(|i| hints[i]).filter(|h| h.end > start) else {
                continue;
            };
            paragraph.hint = match hint.kind {
                HintKind::Heading(level) => Some(ParagraphHint::Heading(level.clamp(1, 6))),
                HintKind::Bold => {
                    let len = (hint.end - start).min(first_len);
                    paragraph
                        .text
                        .is_char_boundary(len)
                        .then_some(ParagraphHint::BoldLead(len))
                }
            };
        }
    }

    /// The character offset of a byte offset of the original text.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.index.char_offset(self.text, byte)
    }

    /// A body that stops mid-sentence looks cut off.
    fn note_truncation(&mut self) {
        let Some(last) = self.paragraphs.last() else {
            return;
        };
        let text = last.text.trim_end_matches(['*', ' ']);
        let ends_sentence = text.ends_with(ends_line) || text.ends_with('—');
        if ends_sentence || text.chars().count() < 20 {
            return;
        }
        let tail: String = text
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let end = last.original_end_byte(last.text.len());
        let start = end - tail.len().min(end);
        let message = format!("文本似乎在句子中间中断：“…{tail}”");
        let warning = self
            .index
            .warning(self.text, WarningKind::Truncated, message, start, end);
        self.notes.push(warning);
    }
}

/// Trimmed non-empty lines of body and preamble, and the residue lines
/// set aside (HTML comments, breadcrumbs, button rows, trailing links).
fn split_lines(text: &str) -> (Vec<Line<'_>>, Vec<Line<'_>>) {
    let mut lines = Vec::new();
    let mut residue = Vec::new();
    let mut start = 0;
    let mut in_comment = false;
    let mut in_trailer = false;
    // The line before was a bare `来源:`: a short line now names the source.
    let mut source_follows = false;
    // Inside a breadcrumb written a step a line (当前位置： / 首页 / > / 要闻),
    // and whether the line before was one of its separators.
    let (mut in_breadcrumb, mut after_separator) = (false, false);
    let mut last_residue: &str = "";
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let (offset, trimmed) = residue::trim(content);
        let line = Line {
            text: trimmed,
            start: start + offset,
        };
        start += raw.len();
        if trimmed.is_empty() {
            continue;
        }
        let comment = in_comment || trimmed.starts_with("<!--");
        if comment {
            in_comment = !trimmed.contains("-->");
        }
        in_trailer = residue::opens_trailer(trimmed)
            || (in_trailer
                && ((trimmed.chars().count() <= 40 && !trimmed.ends_with(ends_line))
                    || residue::is_link_id(trimmed)));
        let source_name = source_follows && trimmed.chars().count() <= residue::MAX_SOURCE_CHARS;
        source_follows = residue::is_bare_source_label(trimmed);
        let separator = residue::is_breadcrumb_separator(trimmed);
        let step = in_breadcrumb
            && (separator
                || ((after_separator || trimmed == "首页" || trimmed == last_residue)
                    && residue::may_be_breadcrumb_step(trimmed)));
        in_breadcrumb = step || residue::opens_breadcrumb(trimmed);
        after_separator = in_breadcrumb && separator;
        if comment
            || in_trailer
            || source_name
            || step
            || trimmed == "-->"
            || residue::is_residue_line(trimmed)
        {
            last_residue = trimmed;
            residue.push(line);
        } else {
            lines.push(line);
        }
    }
    (lines, residue)
}

/// One warning per block of residue lines not separated by report text;
/// one in all when there are many blocks.
fn note_residue(notes: &mut Notes, residue: &[Line], lines: &[Line]) {
    let before = notes.warnings.len();
    note_residue_blocks(notes, residue, lines);
    let blocks = notes.warnings.len() - before;
    if blocks > MAX_LISTED_RESIDUE {
        let (start, end) = (
            notes.warnings[before].start,
            notes.warnings[notes.warnings.len() - 1].end,
        );
        notes.warnings.truncate(before);
        notes.warnings.push(Warning {
            kind: WarningKind::Residue,
            message: format!(
                "已去掉网页残留：{blocks} 处，共 {} 行（导航、按钮、来源行、HTML 注释等）",
                residue.len()
            ),
            start,
            end,
        });
    }
}

fn note_residue_blocks(notes: &mut Notes, residue: &[Line], lines: &[Line]) {
    let mut i = 0;
    while i < residue.len() {
        let mut j = i;
        while j + 1 < residue.len()
            && !lines
                .iter()
                .any(|l| residue[j].start < l.start && l.start < residue[j + 1].start)
        {
            j += 1;
        }
        let first: String = residue[i].text.chars().take(16).collect();
        let count = j - i + 1;
        let message = format!("已去掉网页残留（{count} 行）：{first}…");
        let end = residue[j].start + residue[j].text.len();
        notes.note(WarningKind::Residue, message, residue[i].start, end);
        i = j + 1;
    }
}

/// The dictionary of the text layer's tests: words a line may be broken inside.
#[cfg(test)]
pub(super) fn test_dictionary(word: &str) -> bool {
    matches!(word, "大局" | "提案" | "政协")
}

#[cfg(test)]
mod tests {
    use super::*;
    use test_dictionary as words;

    #[test]
    fn scraping_residue_is_set_aside() {
        let text = "<!--\n  x\n-->\n<U+00A0>\n当前位置： 首页>> 中国概况\n2012年国务院政府工作报告\n【字体：大 中 小】\n<U+00A0><U+00A0>各位代表：\n<U+00A0><U+00A0>一、回顾\n相关报道：\n链接标题一\n";
        let doc = Document::parse(text, &words);
        assert_eq!(doc.title.as_deref(), Some("2012年国务院政府工作报告"));
        let body: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(body, ["各位代表：", "一、回顾"]);
        let residue: Vec<_> = doc
            .notes
            .iter()
            .filter(|n| n.kind == WarningKind::Residue)
            .collect();
        assert_eq!(residue.len(), 3, "{residue:?}");
    }

    #[test]
    fn a_body_that_stops_mid_sentence_is_reported() {
        let doc = Document::parse(
            "正文。\n指导各县市区政协通过有效工作，有效解决基层政协",
            &words,
        );
        let last = doc.notes.last().unwrap();
        assert_eq!(last.kind, WarningKind::Truncated);
        assert_eq!(last.end, Some(27));
        let doc = Document::parse(
            "正文。\n让我们更加紧密地团结在一起，为强国建设作出新的更大贡献！",
            &words,
        );
        assert!(doc.notes.is_empty());
    }
}
