//! The text model: a report's lines, the preamble (title, subtitle,
//! speaker, date) split from the body, lines that are not body text set
//! aside (captions, scraping residue), the body's paragraphs, and the
//! mapping from any paragraph position back to a character offset.
//!
//! The preamble is read in `preamble`, lines broken by page layout are
//! joined in `repair`.

use super::chars::{ends_line, is_blank};
use super::hints::{Hint, HintKind};
use super::residue;
use crate::report::{Meta, Warning, WarningKind};

/// More blocks of residue than this are reported as one warning.
const MAX_LISTED_RESIDUE: usize = 6;

/// A run of the original text that a paragraph is made of.
#[derive(Debug, Clone, Copy)]
pub(super) struct Piece {
    /// Byte offset within the paragraph's text.
    pub local: usize,
    /// Byte offset in the original text.
    pub original: usize,
    pub len: usize,
}

/// What the file's format marked at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParagraphHint {
    /// A heading style or `<hN>`: 1 is the top.
    Heading(usize),
    /// The paragraph opens with this many bytes of bold text.
    BoldLead(usize),
}

/// One paragraph of body text, possibly joined from several lines.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    /// Trimmed, joined text, page markers cut out.
    pub text: String,
    pub(super) pieces: Vec<Piece>,
    /// Structure a Word file or web page gave the paragraph's start.
    pub hint: Option<ParagraphHint>,
}

impl Paragraph {
    /// The original byte offset of a byte offset in `self.text`.
    pub fn original_byte(&self, local: usize) -> usize {
        let piece = match self.pieces.iter().rposition(|p| p.local <= local) {
            Some(i) => self.pieces[i],
            None => return self.pieces.first().map_or(0, |p| p.original),
        };
        piece.original + (local - piece.local).min(piece.len)
    }

    /// The original byte offset where a span of `self.text` ends.
    pub fn original_end_byte(&self, local_end: usize) -> usize {
        if local_end == 0 {
            return self.original_byte(0);
        }
        // Map the last byte's piece so an end on a piece boundary stays in it.
        let piece = self
            .pieces
            .iter()
            .rev()
            .find(|p| p.local < local_end)
            .copied()
            .unwrap_or(self.pieces[0]);
        piece.original + (local_end - piece.local).min(piece.len)
    }
}

/// Byte → character offset conversion for the original text.
#[derive(Debug)]
pub(crate) struct CharIndex {
    /// (byte offset, char offset) at the start of every line.
    line_starts: Vec<(usize, usize)>,
}

impl CharIndex {
    fn new(text: &str) -> Self {
        let mut line_starts = vec![(0, 0)];
        let mut chars = 0;
        for (byte, c) in text.char_indices() {
            chars += 1;
            if c == '\n' {
                line_starts.push((byte + 1, chars));
            }
        }
        CharIndex { line_starts }
    }

    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let i = self.line_starts.partition_point(|&(b, _)| b <= byte) - 1;
        let (line_byte, line_char) = self.line_starts[i];
        line_char + text[line_byte..byte].chars().count()
    }
}

/// A report's text split into preamble and body paragraphs.
#[derive(Debug)]
pub(crate) struct Document<'t> {
    pub text: &'t str,
    pub index: CharIndex,
    pub title: Option<String>,
    pub meta: Meta,
    /// Body paragraphs in order; the preamble and non-body lines are not here.
    pub paragraphs: Vec<Paragraph>,
    /// Captions, page markers and repaired line breaks.
    pub notes: Vec<Warning>,
}

/// A trimmed, non-empty line of the original text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'t> {
    pub text: &'t str,
    pub start: usize,
}

impl<'t> Document<'t> {
    /// Splits `text` into paragraphs. `is_word` says whether a string is a
    /// dictionary word; it decides whether a line ending mid-word was broken.
    #[cfg(any(test, feature = "bench"))]
    pub fn parse(text: &'t str, is_word: &dyn Fn(&str) -> bool) -> Self {
        Self::parse_with_hints(text, &[], false, is_word)
    }

    /// [`Document::parse`] with the headings and bold runs a format marked
    /// (byte offsets into `text`). `lines_are_paragraphs` for Word files and
    /// web pages, whose lines are real paragraphs: none is joined to the next.
    pub fn parse_with_hints(
        text: &'t str,
        hints: &[Hint],
        lines_are_paragraphs: bool,
        is_word: &dyn Fn(&str) -> bool,
    ) -> Self {
        let mut doc = Document {
            text,
            index: CharIndex::new(text),
            title: None,
            meta: Meta::default(),
            paragraphs: Vec::new(),
            notes: Vec::new(),
        };
        let (lines, residue) = doc.lines();
        doc.note_residue(&residue, &lines);
        let body = doc.take_preamble(&lines);
        doc.build_paragraphs(&lines[body..], !lines_are_paragraphs, is_word);
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
            let Some(first) = paragraph.pieces.first().copied() else {
                continue;
            };
            let start = first.original;
            // The last hint starting at or before the paragraph's start.
            let i = hints.partition_point(|h| h.start <= start);
            let Some(hint) = i.checked_sub(1).map(|i| hints[i]).filter(|h| h.end > start) else {
                continue;
            };
            paragraph.hint = match hint.kind {
                HintKind::Heading(level) => Some(ParagraphHint::Heading(level.clamp(1, 6))),
                HintKind::Bold => {
                    let len = (hint.end - start).min(first.len);
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

    /// Trimmed non-empty lines of body and preamble, and the residue lines
    /// set aside (HTML comments, breadcrumbs, button rows, trailing links).
    fn lines(&self) -> (Vec<Line<'t>>, Vec<Line<'t>>) {
        let mut lines = Vec::new();
        let mut residue = Vec::new();
        let mut start = 0;
        let mut in_comment = false;
        let mut in_trailer = false;
        for raw in self.text.split_inclusive('\n') {
            let content = raw.trim_end_matches(['\n', '\r']);
            let (offset, trimmed) = residue::trim(content, is_blank);
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
                || (in_trailer && trimmed.chars().count() <= 40 && !trimmed.ends_with(ends_line));
            if comment || in_trailer || trimmed == "-->" || residue::is_residue_line(trimmed) {
                residue.push(line);
            } else {
                lines.push(line);
            }
        }
        (lines, residue)
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
        self.note(WarningKind::Truncated, message, start, end);
    }

    /// One warning per block of residue lines not separated by report text;
    /// one in all when there are many blocks.
    fn note_residue(&mut self, residue: &[Line<'t>], lines: &[Line<'t>]) {
        let before = self.notes.len();
        self.note_residue_blocks(residue, lines);
        let blocks = self.notes.len() - before;
        if blocks > MAX_LISTED_RESIDUE {
            let (start, end) = (
                self.notes[before].start,
                self.notes[self.notes.len() - 1].end,
            );
            self.notes.truncate(before);
            self.notes.push(Warning {
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

    fn note_residue_blocks(&mut self, residue: &[Line<'t>], lines: &[Line<'t>]) {
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
            self.note(WarningKind::Residue, message, residue[i].start, end);
            i = j + 1;
        }
    }

    pub(super) fn note(
        &mut self,
        kind: WarningKind,
        message: String,
        start_byte: usize,
        end_byte: usize,
    ) {
        let (start, end) = (self.char_offset(start_byte), self.char_offset(end_byte));
        self.notes.push(Warning {
            kind,
            message,
            start: Some(start),
            end: Some(end),
        });
    }
}

/// A photo caption: `■全媒体记者 罗盟 摄` and the like.
pub(super) fn is_caption(line: &str) -> bool {
    let n = line.chars().count();
    line.starts_with(['■', '▲', '△', '□'])
        || (line.ends_with('摄') && (n <= 30 || line.contains("记者")) && n <= 120)
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
