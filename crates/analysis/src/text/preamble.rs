//! The preamble: the title (one line, two lines, letter-spaced, or fused
//! with its subtitle and speaker), the subtitle, the speaker and the date
//! that stand before a report's body.

use super::byline::{
    is_issuing_body, is_meeting_line, looks_like_speaker, speaker_in_meeting_line, with_lost_blanks,
};
use super::chars::{ends_line, is_blank, is_han};
use super::marks::markdown_level;
use super::numerals::is_digit;
use super::residue::is_caption;
use super::source::{Line, Notes};
use crate::report::{Meta, WarningKind};

/// What stands before the body.
#[derive(Debug, Default)]
pub(super) struct Preamble {
    pub title: Option<String>,
    pub meta: Meta,
    /// Index of the first body line.
    pub body: usize,
}

/// Reads the title and meta lines at the start of `lines`; captions among
/// them are noted.
pub(super) fn read(lines: &[Line], notes: &mut Notes) -> Preamble {
    let mut preamble = Preamble::default();
    preamble.body = preamble.read_lines(lines, notes);
    preamble
}

impl Preamble {
    /// Takes the title and meta lines from the start of `lines`; returns
    /// how many lines they are (the index of the first body line).
    fn read_lines(&mut self, lines: &[Line], notes: &mut Notes) -> usize {
        let mut i = 0;
        while i < lines.len() && is_caption(lines[i].text) {
            i += 1;
        }
        let Some(first) = lines.get(i) else {
            return i;
        };
        let title = if let Some(rest) = markdown_level(first.text).filter(|(l, _)| *l == 1) {
            Some(rest.1)
        } else if could_be_title(first.text) && lines.len() > i + 1 {
            Some(first.text)
        } else {
            None
        };
        if let Some(title) = title {
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
        }
        while let Some(line) = lines.get(i) {
            if !self.take_line(line, lines.get(i + 1), notes) {
                break;
            }
            i += 1;
        }
        i
    }

    /// Takes one more line of the preamble, if `line` is one: a caption, the
    /// title again or its second line, the meeting line, the speaker, the
    /// date, the source. False at the first line of the body.
    fn take_line(&mut self, line: &Line, next: Option<&Line>, notes: &mut Notes) -> bool {
        let text = line.text;
        let title = self.title.as_deref().unwrap_or_default();
        if is_caption(text) {
            let end = line.start + text.len();
            let message = format!("图片说明不是正文：{text}");
            notes.note(WarningKind::Caption, message, line.start, end);
        } else if repeats_title(title, &unspace(text)) {
            // 政府工作报告 again under 2013年国务院政府工作报告
        } else if self.title.is_some() && self.meta.speaker.is_none() && is_issuing_body(text) {
            // 国家统计局 under its 统计公报: the author.
            self.meta.speaker = Some(text.to_owned());
        } else if self.title.is_some()
            && self.meta == Meta::default()
            && could_be_title(text)
            && next.is_some_and(|next| is_meta_line(next.text))
        {
            // A title on two lines: 决胜全面建成小康社会 / 夺取新时代中国特色社会主义伟大胜利
            self.title = Some(format!("{title} {}", unspace(text)));
        } else if self.meta.subtitle.is_none()
            && (text.starts_with(['—', '―', '─', '-']) || is_meeting_line(text))
        {
            self.take_subtitle(text);
        } else if looks_like_date(text) && self.meta.date.is_none() {
            self.meta.date = Some(text.trim_matches(['(', ')', '（', '）']).to_owned());
        } else if looks_like_speaker(text) && self.meta.speaker.is_none() {
            self.meta.speaker = Some(single_spaced(&with_lost_blanks(text)));
        } else if !is_source_line(text) {
            return false;
        }
        true
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
        if self.meta.speaker.is_none() {
            // …会议上安徽省人民政府省长 王清宪作政府工作报告
            self.meta.speaker = speaker_in_meeting_line(subtitle).map(|s| single_spaced(&s));
        }
        if self.meta.date.is_none() {
            self.meta.date = find_date(subtitle);
        }
        self.meta.subtitle = Some(subtitle.to_owned());
    }
}

/// A line that may be a title: short, mostly Han, no sentence or list
/// punctuation (a bracketed note may end it: 政府工作报告（文字实录）).
fn could_be_title(line: &str) -> bool {
    let n = line.chars().count();
    let unnoted = without_bracketed_note(line);
    (4..=60).contains(&n)
        && !unnoted.ends_with(ends_line)
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

/// `line` without a short note in brackets at its end (（文字实录）, （全文）).
fn without_bracketed_note(line: &str) -> &str {
    let Some(open) = line
        .strip_suffix(['）', ')'])
        .and_then(|l| l.rfind(['（', '(']))
    else {
        return line;
    };
    let note = &line[open..];
    if open > 0 && (3..=12).contains(&note.chars().count()) {
        &line[..open]
    } else {
        line
    }
}

/// A subtitle or date line of the preamble.
fn is_meta_line(line: &str) -> bool {
    line.starts_with(['—', '―', '─']) || looks_like_date(line) || is_meeting_line(line)
}

/// `text` with each run of blanks one space (省长\u{a0}王清宪 → 省长 王清宪).
fn single_spaced(text: &str) -> String {
    text.split(is_blank)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// 来源：北京日报: where the text was taken from.
fn is_source_line(line: &str) -> bool {
    let unspaced: String = line.chars().filter(|&c| !is_blank(c)).collect();
    (unspaced.starts_with("来源：") || unspaced.starts_with("来源:"))
        && unspaced.chars().count() <= 40
}

/// The title written again (政府工作报告 under 2013年国务院政府工作报告, a
/// page pasted twice): a line of four or more characters the title holds.
pub(crate) fn repeats_title(title: &str, line: &str) -> bool {
    line.chars().count() >= 4 && title.contains(line)
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
        .take_while(|&c| is_digit(c))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::document::{test_dictionary as words, Document};

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
}
