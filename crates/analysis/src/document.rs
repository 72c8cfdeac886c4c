//! The text model: raw lines repaired into paragraphs, the preamble (title,
//! subtitle, speaker, date) split from the body, non-body lines set aside, and
//! the mapping from any paragraph position back to a character offset.

use crate::numbering::numbering;
use crate::open::{Hint, HintKind};
use crate::report::{Meta, Warning, WarningKind};
use crate::residue;

/// Terminal punctuation: a line ending in one of these is not broken.
const SENTENCE_END: &[char] = &[
    '。', '！', '？', '；', '：', '!', '?', ';', ':', '…', '”', '’', '」', '』', '）', ')', '》',
    '】', '.', '．',
];

/// More blocks of residue than this are reported as one warning.
const MAX_LISTED_RESIDUE: usize = 6;

/// Page-continuation markers cut out of the text they interrupt.
const PAGE_MARKERS: &[(&str, &str)] = &[("（下转第", "版）"), ("（上接第", "版）")];

/// A run of the original text that a paragraph is made of.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Byte offset within the paragraph's text.
    local: usize,
    /// Byte offset in the original text.
    original: usize,
    len: usize,
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
    pieces: Vec<Piece>,
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
struct Line<'t> {
    text: &'t str,
    start: usize,
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
                || (in_trailer
                    && trimmed.chars().count() <= 40
                    && !trimmed.ends_with(SENTENCE_END));
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
        let ends_sentence = text.ends_with(SENTENCE_END) || text.ends_with(['—', '！', '!']);
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

    fn note(&mut self, kind: WarningKind, message: String, start_byte: usize, end_byte: usize) {
        let (start, end) = (self.char_offset(start_byte), self.char_offset(end_byte));
        self.notes.push(Warning {
            kind,
            message,
            start: Some(start),
            end: Some(end),
        });
    }

    /// Reads title and meta lines; returns the index of the first body line.
    fn take_preamble(&mut self, lines: &[Line<'t>]) -> usize {
        let mut i = 0;
        while i < lines.len() && is_caption(lines[i].text) {
            i += 1;
        }
        let Some(first) = lines.get(i) else {
            return i;
        };
        let title = if let Some(rest) = markdown_level(first.text).filter(|(l, _)| *l == 1) {
            rest.1
        } else if could_be_title(first.text) && lines.len() > i + 1 {
            first.text
        } else {
            return i;
        };
        // 政府工作报告——2024年3月5日在…会议上 国务院总理 李强: title, subtitle and speaker fused.
        let (title, fused) = match title.find('—').filter(|&at| at > 0) {
            Some(at) => (&title[..at], Some(&title[at..])),
            None => (title, None),
        };
        self.title = Some(unspace(title.trim_end_matches(is_blank)));
        if let Some(rest) = fused {
            self.take_subtitle(rest);
        }
        i += 1;
        while let Some(line) = lines.get(i) {
            let text = line.text;
            let title = self.title.as_deref().unwrap_or_default();
            if is_caption(text) {
                let end = line.start + text.len();
                self.note(
                    WarningKind::Caption,
                    format!("图片说明不是正文：{text}"),
                    line.start,
                    end,
                );
            } else if title.contains(unspace(text).as_str()) && text.chars().count() >= 4 {
                // 政府工作报告 again under 2013年国务院政府工作报告
            } else if self.meta == Meta::default()
                && could_be_title(text)
                && lines.get(i + 1).is_some_and(|next| is_meta_line(next.text))
            {
                // A title on two lines: 决胜全面建成小康社会 / 夺取新时代中国特色社会主义伟大胜利
                let joined = format!("{title} {}", unspace(text));
                self.title = Some(joined);
            } else if text.starts_with(['—', '―', '─', '-']) && self.meta.subtitle.is_none() {
                self.take_subtitle(text);
            } else if looks_like_date(text) && self.meta.date.is_none() {
                self.meta.date = Some(text.trim_matches(['(', ')', '（', '）']).to_owned());
            } else if looks_like_speaker(text) && self.meta.speaker.is_none() {
                self.meta.speaker = Some(text.to_owned());
            } else {
                break;
            }
            i += 1;
        }
        i
    }

    /// A subtitle line, possibly with the speaker fused on after a space.
    fn take_subtitle(&mut self, text: &str) {
        let mut subtitle = text;
        if let Some((head, tail)) = text
            .rsplit_once(is_blank)
            .filter(|(_, tail)| !tail.is_empty())
        {
            let two = head
                .rsplit_once(is_blank)
                .map(|(h, role)| (h, format!("{role} {tail}")));
            if let Some((h, speaker)) = two.filter(|(_, s)| looks_like_speaker(s)) {
                subtitle = h;
                self.meta.speaker = Some(speaker);
            } else if looks_like_speaker(tail) {
                subtitle = head;
                self.meta.speaker = Some(tail.to_owned());
            }
        }
        let subtitle = subtitle.trim_end_matches(is_blank);
        if self.meta.date.is_none() {
            self.meta.date = find_date(subtitle);
        }
        self.meta.subtitle = Some(subtitle.to_owned());
    }

    /// Joins lines into paragraphs where `repair` allows and a line was broken.
    fn build_paragraphs(
        &mut self,
        lines: &[Line<'t>],
        repair: bool,
        is_word: &dyn Fn(&str) -> bool,
    ) {
        let mut current: Option<Paragraph> = None;
        for (n, line) in lines.iter().enumerate() {
            if is_caption(line.text) {
                let end = line.start + line.text.len();
                let message = format!("图片说明不是正文：{}", line.text);
                self.note(WarningKind::Caption, message, line.start, end);
                continue;
            }
            let paragraph = current.get_or_insert_with(|| Paragraph {
                text: String::new(),
                pieces: Vec::new(),
                hint: None,
            });
            self.push_line(paragraph, *line);
            let next = lines[n + 1..].iter().find(|l| !is_caption(l.text));
            let broken =
                next.filter(|next| repair && is_broken(&paragraph.text, next.text, is_word));
            if let Some(next) = broken {
                let tail: String = paragraph.text.chars().rev().take(6).collect();
                let tail: String = tail.chars().rev().collect();
                let head: String = next.text.chars().take(6).collect();
                let message = format!("断行已接上：“{tail}” + “{head}”");
                let end = next.start + head.len();
                let start = line.start + line.text.len() - tail.len();
                self.note(WarningKind::LineBreak, message, start, end);
            } else if let Some(done) = current.take() {
                if !done.text.is_empty() {
                    self.paragraphs.push(done);
                }
            }
        }
        if let Some(done) = current.filter(|p| !p.text.is_empty()) {
            self.paragraphs.push(done);
        }
    }

    /// Appends a line to a paragraph, cutting out page-continuation markers.
    fn push_line(&mut self, paragraph: &mut Paragraph, line: Line<'t>) {
        let mut rest = line.text;
        let mut at = line.start;
        while let Some((before, marker_len)) = find_page_marker(rest) {
            let marker = &rest[before..before + marker_len];
            let message = format!("分版标记已从正文中去掉：{marker}");
            self.note(
                WarningKind::PageMarker,
                message,
                at + before,
                at + before + marker_len,
            );
            push_piece(paragraph, &rest[..before], at);
            at += before + marker_len;
            rest = &rest[before + marker_len..];
        }
        push_piece(paragraph, rest, at);
    }
}

fn push_piece(paragraph: &mut Paragraph, text: &str, original: usize) {
    let trimmed = text.trim_end_matches(is_blank);
    if trimmed.is_empty() {
        return;
    }
    paragraph.pieces.push(Piece {
        local: paragraph.text.len(),
        original,
        len: trimmed.len(),
    });
    paragraph.text.push_str(trimmed);
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

pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}' || c == '\u{feff}'
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
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

/// A photo caption: `■全媒体记者 罗盟 摄` and the like.
fn is_caption(line: &str) -> bool {
    let n = line.chars().count();
    line.starts_with(['■', '▲', '△', '□'])
        || (line.ends_with('摄') && (n <= 30 || line.contains("记者")) && n <= 120)
}

fn could_be_title(line: &str) -> bool {
    let n = line.chars().count();
    (4..=60).contains(&n)
        && !line.ends_with(SENTENCE_END)
        && line.chars().filter(|&c| is_han(c)).count() * 2 >= n
        && !line.contains(['，', '、'])
        && !line.starts_with(['一', '（', '(', '第', '—', '#'])
}

fn looks_like_date(line: &str) -> bool {
    line.chars().count() <= 24
        && line.contains('年')
        && line.contains('月')
        && line.contains(|c: char| c.is_ascii_digit() || c == '日')
}

/// A subtitle or date line of the preamble.
fn is_meta_line(line: &str) -> bool {
    line.starts_with(['—', '―', '─']) || looks_like_date(line)
}

/// 肖吉顺, 国务院总理 温家宝, 北京市市长 殷勇.
pub(crate) fn looks_like_speaker(line: &str) -> bool {
    let words: Vec<&str> = line.split(is_blank).filter(|w| !w.is_empty()).collect();
    let Some(name) = words.last() else {
        return false;
    };
    let han: usize = words.iter().map(|w| w.chars().count()).sum();
    (1..=3).contains(&words.len())
        && (2..=4).contains(&name.chars().count())
        && han <= 16
        && words.iter().all(|w| w.chars().all(is_han))
        && (words.len() > 1 || han <= 4)
}

/// 政 府 工 作 报 告 → 政府工作报告; other text unchanged.
fn unspace(text: &str) -> String {
    let words: Vec<&str> = text.split(is_blank).filter(|w| !w.is_empty()).collect();
    if words.len() > 2 && words.iter().all(|w| w.chars().count() == 1) {
        words.concat()
    } else {
        text.to_owned()
    }
}

/// The first `2012年3月5日` in a line.
fn find_date(text: &str) -> Option<String> {
    let year = text.find('年')?;
    let digits_before = text[..year]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .count();
    let day = text[year..].find('日')? + year;
    (digits_before == 4 && text[year..day].contains('月') && text[year..day].chars().count() <= 6)
        .then(|| {
            let start = text[..year]
                .char_indices()
                .rev()
                .nth(digits_before - 1)
                .map_or(0, |(i, _)| i);
            text[start..day + '日'.len_utf8()].to_owned()
        })
}

/// Whether `line` was broken mid-sentence and continues at `next`.
fn is_broken(line: &str, next: &str, is_word: &dyn Fn(&str) -> bool) -> bool {
    let Some(last) = line.chars().last() else {
        return false;
    };
    let numbered = |l: &str| numbering(l.trim_start_matches('*')).is_some();
    if line.ends_with(SENTENCE_END)
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

    fn words(w: &str) -> bool {
        matches!(w, "大局" | "提案" | "政协")
    }

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
    fn preamble_goes_to_title_and_meta() {
        let text =
            "# 工作报告\n\n—在大会上\n\n张三\n\n(2021年12月29日)\n\n■记者 李四 摄\n\n各位委员：\n";
        let doc = Document::parse(text, &words);
        assert_eq!(doc.title.as_deref(), Some("工作报告"));
        assert_eq!(doc.meta.subtitle.as_deref(), Some("—在大会上"));
        assert_eq!(doc.meta.speaker.as_deref(), Some("张三"));
        assert_eq!(doc.meta.date.as_deref(), Some("2021年12月29日"));
        assert_eq!(doc.paragraphs.len(), 1);
        assert_eq!(doc.notes[0].kind, WarningKind::Caption);
    }

    #[test]
    fn fused_and_letter_spaced_titles() {
        let doc = Document::parse("政 府 工 作 报 告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上 国务院总理 李强\n各位代表：\n", &words);
        assert_eq!(doc.title.as_deref(), Some("政府工作报告"));
        assert_eq!(doc.meta.speaker.as_deref(), Some("国务院总理 李强"));
        assert_eq!(doc.meta.date.as_deref(), Some("2024年3月5日"));
        assert_eq!(
            doc.meta.subtitle.as_deref(),
            Some("——2024年3月5日在第十四届全国人民代表大会第二次会议上")
        );
        let doc = Document::parse(
            "政府工作报告——2024年3月5日在大会上 国务院总理 李强\n各位代表：\n",
            &words,
        );
        assert_eq!(doc.title.as_deref(), Some("政府工作报告"));
        assert_eq!(doc.meta.speaker.as_deref(), Some("国务院总理 李强"));
    }

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

    #[test]
    fn page_markers_are_cut_out() {
        let text = "保证履职成效。（下转第五版）\n";
        let doc = Document::parse(text, &words);
        assert_eq!(doc.paragraphs[0].text, "保证履职成效。");
        assert_eq!(doc.notes[0].kind, WarningKind::PageMarker);
        assert_eq!(doc.notes[0].start, Some(7));
    }
}
