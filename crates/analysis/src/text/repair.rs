//! Lines into paragraphs: a line broken mid-sentence by page layout is
//! joined to the next (a comma at its end, or a dictionary word across the
//! break: 大|局); page-continuation markers, footnote markers (国内生产总值
//! [2]1349084亿元) and blanks left inside words by layout (经 济) are cut
//! out; photo captions and a trailing 注释 list ([1]本公报中数据…) are set
//! aside. Each repair is noted as a warning.

use super::byline::looks_like_speaker;
use super::chars::{ends_line, is_blank, is_han, is_word_char};
use super::marks::heading_mark;
use super::paragraph::Paragraph;
use super::residue::is_caption;
use super::source::{Line, Notes};
use crate::report::WarningKind;

/// Page-continuation markers cut out of the text they interrupt.
const PAGE_MARKERS: &[(&str, &str)] = &[("（下转第", "版）"), ("（上接第", "版）")];

/// Longest line read as a fragment of a sentence broken around it.
const MAX_FRAGMENT_CHARS: usize = 4;

/// Lines that open a list of notes: `注释：` then `[1]…`, `[2]…`.
const NOTES_HEADINGS: &[&str] = &["注释", "注释：", "注：", "注释:"];

/// Shortest line whose blanks between two Han characters are layout
/// leftovers: a shorter one may be letter-spaced on purpose (龚 正).
const MIN_LINE_FOR_BLANKS: usize = 40;

/// What was cut out of lines, or set aside, counted to be noted once:
/// (count, first byte, last byte) of each.
#[derive(Default)]
struct Cuts {
    footnotes: (usize, usize, usize),
    blanks: (usize, usize, usize),
    notes: (usize, usize, usize),
}

impl Cuts {
    fn count(tally: &mut (usize, usize, usize), start: usize, end: usize) {
        if tally.0 == 0 {
            tally.1 = start;
        }
        tally.0 += 1;
        tally.2 = end;
    }

    fn note(&self, notes: &mut Notes) {
        let (n, start, end) = self.footnotes;
        if n > 0 {
            let message = format!("注释标记已从正文中去掉（{n} 处，如 [1]）");
            notes.note(WarningKind::Footnote, message, start, end);
        }
        let (n, start, end) = self.notes;
        if n > 0 {
            let message = format!("注释列表不作正文分析（{n} 条）");
            notes.note(WarningKind::Footnote, message, start, end);
        }
        let (n, start, end) = self.blanks;
        if n > 0 {
            let message = format!("已去掉字间多余空格（{n} 处）");
            notes.note(WarningKind::Residue, message, start, end);
        }
    }
}

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
    let mut cuts = Cuts::default();
    let mut in_notes = false;
    for (n, line) in lines.iter().enumerate() {
        if is_caption(line.text) {
            let end = line.start + line.text.len();
            let message = format!("图片说明不是正文：{}", line.text);
            notes.note(WarningKind::Caption, message, line.start, end);
            continue;
        }
        let is_note = |l: &Line| footnote_len(l.text.trim_start_matches(is_blank)).is_some();
        let opens_notes = NOTES_HEADINGS.contains(&line.text.trim_matches(is_blank))
            && lines.get(n + 1).is_some_and(is_note);
        in_notes = opens_notes || (in_notes && is_note(line));
        if in_notes {
            Cuts::count(&mut cuts.notes, line.start, line.start + line.text.len());
            continue;
        }
        let paragraph = current.get_or_insert_with(Paragraph::new);
        push_line(paragraph, *line, notes, &mut cuts);
        let next = lines[n + 1..].iter().find(|l| !is_caption(l.text));
        let broken = next.filter(|next| repair && is_broken(&paragraph.text, next.text, is_word));
        if let Some(next) = broken {
            // The tail of this line as written (the paragraph's own text may
            // have had blanks and markers cut out).
            let tail: String = line
                .text
                .trim_end_matches(is_blank)
                .chars()
                .rev()
                .take(6)
                .collect();
            let tail: String = tail.chars().rev().collect();
            let head: String = next.text.chars().take(6).collect();
            let message = format!("断行已接上：“{tail}” + “{head}”");
            let end = next.start + head.len();
            let start = line.start + line.text.trim_end_matches(is_blank).len() - tail.len();
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
    // The heading line of the notes counted with them is not a note.
    cuts.notes.0 = cuts.notes.0.saturating_sub(1);
    cuts.note(notes);
    paragraphs
}

/// Appends a line to a paragraph, cutting out page-continuation markers,
/// footnote markers and blanks left inside words.
fn push_line(paragraph: &mut Paragraph, line: Line, notes: &mut Notes, cuts: &mut Cuts) {
    let mut rest = line.text;
    let mut at = line.start;
    let long = line.text.chars().count() >= MIN_LINE_FOR_BLANKS;
    while let Some((before, len, cut)) = next_cut(rest, long) {
        let (start, end) = (at + before, at + before + len);
        match cut {
            Cut::PageMarker => {
                let message = format!("分版标记已从正文中去掉：{}", &rest[before..before + len]);
                notes.note(WarningKind::PageMarker, message, start, end);
            }
            Cut::Footnote => Cuts::count(&mut cuts.footnotes, start, end),
            Cut::Blank => Cuts::count(&mut cuts.blanks, start, end),
        }
        paragraph.push(&rest[..before], at);
        at += before + len;
        rest = &rest[before + len..];
    }
    paragraph.push(rest, at);
}

/// What is cut out of a line.
enum Cut {
    PageMarker,
    Footnote,
    Blank,
}

/// (offset, length, what) of the first thing to cut out of `text`; blanks
/// only where `long` says the line is body text.
fn next_cut(text: &str, long: bool) -> Option<(usize, usize, Cut)> {
    let page = find_page_marker(text).map(|(at, len)| (at, len, Cut::PageMarker));
    let footnote = text
        .match_indices(['[', '［'])
        .filter(|&(i, _)| i > 0)
        .find_map(|(i, _)| {
            let glued = text[..i].chars().next_back().is_some_and(is_word_char);
            let len = footnote_len(&text[i..])?;
            glued.then_some((i, len, Cut::Footnote))
        });
    let blank = long
        .then(|| {
            text.match_indices(' ').find_map(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + 1..].chars().next();
                let between = before.is_some_and(is_han_or_wide_digit)
                    && after.is_some_and(is_han_or_wide_digit);
                // 迎老乡 回故乡 in quotes: a slogan's own spacing.
                let quoted = || text[..i].matches('“').count() > text[..i].matches('”').count();
                (between && !quoted()).then_some((i, 1, Cut::Blank))
            })
        })
        .flatten();
    [page, footnote, blank]
        .into_iter()
        .flatten()
        .min_by_key(|(at, _, _)| *at)
}

/// Han, or a full-width digit (１２), which a layout blank may split too.
fn is_han_or_wide_digit(c: char) -> bool {
    is_han(c) || ('０'..='９').contains(&c)
}

/// The length of a footnote marker opening `text`: one to three digits in
/// square brackets.
fn footnote_len(text: &str) -> Option<usize> {
    let (open, close) = if text.starts_with('[') {
        ('[', ']')
    } else if text.starts_with('［') {
        ('［', '］')
    } else {
        return None;
    };
    let inner = &text[open.len_utf8()..];
    let digits = inner.chars().take_while(char::is_ascii_digit).count();
    ((1..=3).contains(&digits) && inner[digits..].starts_with(close))
        .then(|| open.len_utf8() + digits + close.len_utf8())
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
    // A line never opens with a clause mark: the line before goes on (…揭榜 / ；“成果…).
    if next.starts_with(['，', '；', '、', '：', '）', '”', '。']) && !line.ends_with(ends_line)
    {
        return true;
    }
    // An open quote goes on (…成果找市场“双向 / 揭榜); so does a sentence
    // broken before a fragment of a few characters (…“卡脖子” / 揭榜).
    let open_quote = line.matches('“').count() > line.matches('”').count();
    let fragment = next.chars().count() <= MAX_FRAGMENT_CHARS && next.chars().all(is_han);
    let goes_on = open_quote || (fragment && line.chars().count() >= 8);
    if goes_on && (is_han(last) || last == '”') && next.starts_with(is_han) {
        return true;
    }
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
