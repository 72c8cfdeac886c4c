//! The preamble: the title (one line, two lines, letter-spaced, or fused
//! with its subtitle and speaker), the subtitle, the speaker and the date
//! that stand before a report's body.

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
                notes.note(
                    WarningKind::Caption,
                    format!("图片说明不是正文：{text}"),
                    line.start,
                    end,
                );
            } else if repeats_title(title, &unspace(text)) {
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
}

fn could_be_title(line: &str) -> bool {
    let n = line.chars().count();
    (4..=60).contains(&n)
        && !line.ends_with(ends_line)
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

/// The title written again (政府工作报告 under 2013年国务院政府工作报告, a
/// page pasted twice): a line of four or more characters the title holds.
pub(crate) fn repeats_title(title: &str, line: &str) -> bool {
    line.chars().count() >= 4 && title.contains(line)
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
