//! A report's byline: the meeting it was given at (`——2025年1月20日在安徽省
//! 第十四届人民代表大会第三次会议上`) and who gave it (`国务院总理 李强`,
//! `自治区主席 艾尔肯·吐尼亚孜`, `上海市市长 龚 正`), as one line each or
//! fused (`…会议上安徽省人民政府省长 王清宪作政府工作报告`), or the body that
//! issues it (`国家统计局`), and the address that opens the speech (`各位
//! 代表：`). These lines stand between a title and the body and are never
//! headings.

use super::chars::{is_blank, is_han};

/// The titles of those who give reports, longest first where one ends
/// another (代省长 before 省长).
const OFFICES: &[&str] = &[
    "委员长", "副总理", "总理", "代省长", "省长", "代市长", "市长", "代理主席", "代主席", "主席",
    "代区长", "区长", "代县长", "县长", "州长", "盟长", "旗长", "书记", "主任",
];

/// Longest line taken as a meeting line.
const MAX_MEETING_CHARS: usize = 120;
/// Longest speaker line: a long office (宁夏回族自治区人民政府主席) and a name.
const MAX_SPEAKER_CHARS: usize = 40;

/// A person's name: two to four Han characters, letter-spaced or not
/// (李强, 龚 正), or a transliterated name joined by `·` (艾尔肯·吐尼亚孜).
pub(crate) fn is_person_name(text: &str) -> bool {
    let name: String = text.chars().filter(|&c| !is_blank(c)).collect();
    let han = name.chars().filter(|&c| is_han(c)).count();
    let dots = name.chars().filter(|&c| c == '·' || c == '•').count();
    let only_name_chars = name.chars().all(|c| is_han(c) || c == '·' || c == '•');
    only_name_chars
        && if dots > 0 {
            (3..=12).contains(&han) && !name.starts_with(['·', '•'])
        } else {
            (2..=4).contains(&han)
        }
}

/// `各位代表：`, `同志们！`: the address opening a speech.
pub(crate) fn is_address(line: &str) -> bool {
    let text = line
        .trim_matches(is_blank)
        .trim_end_matches(['：', ':', '！', '!', '，', ',']);
    (text.starts_with("各位") && text.chars().count() <= 8)
        || matches!(text, "同志们" | "代表们" | "委员们" | "朋友们")
}

/// Endings of the name of a body that issues a report in its own name
/// (国家统计局, 某某省人民政府办公厅).
const ISSUING_BODIES: &[&str] = &[
    "统计局", "局", "委员会", "办公厅", "办公室", "人民政府", "厅", "委", "署",
];

/// Longest name of an issuing body.
const MAX_BODY_CHARS: usize = 20;

/// `国家统计局`: a line naming the body that issues the report, its author.
pub(crate) fn is_issuing_body(line: &str) -> bool {
    let n = line.chars().count();
    (3..=MAX_BODY_CHARS).contains(&n)
        && line.chars().all(is_han)
        && ISSUING_BODIES.iter().any(|b| line.ends_with(b))
}

/// A speaker line: an office and a name (国务院总理 温家宝, 省长　胡玉亭,
/// 呼伦贝尔市海拉尔区人民政府代区长  萨国文, 龚正市长, 北京市市长 殷勇同志),
/// or a name alone (肖吉顺).
/// A `?` standing for a blank a conversion lost (国务院总理?李克强) is read
/// as one.
pub(crate) fn looks_like_speaker(line: &str) -> bool {
    let line = with_lost_blanks(line);
    let text = line.trim_matches(is_blank);
    let text = text.strip_suffix("同志").unwrap_or(text);
    let alone = is_person_name(text) && !OFFICES.iter().any(|o| text.ends_with(o));
    alone || is_office_holder(text)
}

/// `国务院总理?李克强` → `国务院总理 李克强`: a question mark between two
/// Han characters is a blank an encoding conversion could not keep.
pub(crate) fn with_lost_blanks(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between_han =
                i > 0 && chars.get(i + 1).is_some_and(|&n| is_han(n)) && is_han(chars[i - 1]);
            if matches!(c, '?' | '？') && between_han {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// An office and a name: the name after the office (…省长 王清宪) or before
/// it (龚正市长).
fn is_office_holder(text: &str) -> bool {
    let text = text.trim_matches(is_blank);
    let text = text.strip_suffix("同志").unwrap_or(text);
    if text.chars().count() > MAX_SPEAKER_CHARS
        || !text
            .chars()
            .all(|c| is_han(c) || is_blank(c) || matches!(c, '·' | '•'))
    {
        return false;
    }
    OFFICES.iter().any(|office| {
        text.rfind(office).is_some_and(|at| {
            let (before, after) = (&text[..at], &text[at + office.len()..]);
            (is_person_name(after) && !before.ends_with(['代', '副']))
                || (after.is_empty() && is_person_name(before))
        })
    })
}

/// Where a line names the meeting: `在…会议上`, `在…大会上`, or `…会议的讲话`
/// / `…的政府工作报告`: (byte offset of the meeting's end). None for a line
/// that is a sentence of the body (it has a comma or runs on).
fn meeting_end(text: &str) -> Option<usize> {
    let n = text.chars().count();
    let one_sentence =
        !text.contains(['，', '；', ',', ';']) && text.trim_end_matches('。').find('。').is_none();
    if n > MAX_MEETING_CHARS || !one_sentence || !text.contains('在') {
        return None;
    }
    ["会议上", "大会上", "会议的", "大会的", "会上"]
        .iter()
        .filter_map(|m| text.find(m).map(|at| at + m.len()))
        .min()
        .filter(|&end| text[..end].contains('在'))
}

/// A meeting line, dashes before it or not: `——2025年1月19日在重庆市第六届
/// 人民代表大会第三次会议上`, `2025年1月20日在安徽省…会议上安徽省人民政府
/// 省长 王清宪作政府工作报告`, `——在中国共产党第十九次全国代表大会上的报告`.
pub(crate) fn is_meeting_line(line: &str) -> bool {
    let text = line.trim_start_matches(['—', '―', '─', '-', '－', ' ', '\u{3000}']);
    !text.starts_with(['一', '（', '(', '第']) && meeting_end(text).is_some()
}

/// The speaker a meeting line names, if it does: after the meeting
/// (`…会议上安徽省人民政府省长 王清宪作政府工作报告` → 安徽省人民政府省长 王清宪)
/// or before it (`——2025年1月14日海南省省长 刘小明在…会议上的讲话`,
/// `2025年1月15日龚正市长在…`).
pub(crate) fn speaker_in_meeting_line(line: &str) -> Option<String> {
    let text = line.trim_start_matches(['—', '―', '─', '-', '－', ' ', '\u{3000}']);
    let end = meeting_end(text)?;
    // 安徽省人民政府省长 王清宪作政府工作报告 → 安徽省人民政府省长 王清宪
    let after = text[end..].trim_end_matches('。');
    let after = match after.find('作') {
        Some(at) => &after[..at],
        None => after,
    };
    let after = after.trim_matches(is_blank);
    if is_office_holder(after) {
        return Some(after.to_owned());
    }
    // Before 在: past a date (2025年1月14日) if there is one.
    let at = text[..end].find('在')?;
    let before = &text[..at];
    let before = match before.rfind('日') {
        Some(day) => &before[day + '日'.len_utf8()..],
        None => before,
    };
    let before = before.trim_matches(is_blank);
    is_office_holder(before).then(|| before.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_are_an_office_and_a_name() {
        for line in [
            "国务院总理 李克强",
            "上海市市长 龚 正",
            "呼伦贝尔市海拉尔区人民政府代区长  萨国文",
            "自治区主席 韦 韬",
            "自治区主席 艾尔肯·吐尼亚孜",
            "省长　胡玉亭",
            "宁夏回族自治区人民政府主席 张雨浦",
            "西藏自治区代理主席 嘎玛泽登",
            "北京市市长 殷勇同志",
            "龚正市长",
            "肖吉顺",
            "习近平",
        ] {
            assert!(looks_like_speaker(line), "{line}");
        }
        for line in [
            "深化改革 扩大开放",
            "一、过去一年工作回顾",
            "2024年工作回顾",
            "加快发展新质生产力",
            "各位代表：",
            "市长",
        ] {
            assert!(!looks_like_speaker(line), "{line}");
        }
    }

    #[test]
    fn meeting_lines_with_and_without_their_speaker() {
        for (line, speaker) in [
            ("——2025年1月19日在重庆市第六届人民代表大会第三次会议上", None),
            ("2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上", None),
            (
                "2025年1月20日在安徽省第十四届人民代表大会第三次会议上安徽省人民政府省长 王清宪作政府工作报告",
                Some("安徽省人民政府省长 王清宪"),
            ),
            (
                "2025年1月14日在湖南省第十四届人民代表大会第三次会议上省长毛伟明作政府工作报告。",
                Some("省长毛伟明"),
            ),
            (
                "——2025年1月14日海南省省长 刘小明在海南省第七届人民代表大会第四次会议上的讲话",
                Some("海南省省长 刘小明"),
            ),
            (
                "----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告",
                Some("龚正市长"),
            ),
            ("——在中国共产党第十九次全国代表大会上的报告", None),
            ("—在政协衡阳市第十三届委员会第一次会议上", None),
        ] {
            assert!(is_meeting_line(line), "{line}");
            assert_eq!(speaker_in_meeting_line(line).as_deref(), speaker, "{line}");
        }
        for line in [
            "在全国人民代表大会上，我们提出了目标。",
            "一、在党的领导下推进改革",
            "会议上通过了决定",
            "2024年工作回顾",
        ] {
            assert!(!is_meeting_line(line), "{line}");
        }
    }
}
