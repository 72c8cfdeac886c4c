//! Whether a figure is a rise or a fall (增长8.1%, 下降0.6个百分点) and
//! against what (比上年, 同比, 年均); the words between a figure and what it
//! counts that belong to neither (分别, 实际, 达).

use crate::report::{Change, Direction};

/// Verbs of a rise and of a fall, longest first.
const RISES: &[&str] = &[
    "增长", "增加", "提高", "上升", "上涨", "扩大", "提升", "增至", "提高到", "翻番",
];

const FALLS: &[&str] = &[
    "下降", "减少", "降低", "下跌", "回落", "缩小", "压减", "降至", "降到",
];

/// What a change is measured against.
const BASES: &[&str] = &[
    "比上年末", "比上年", "比去年", "较上年", "同比", "环比", "年均", "年平均",
];

/// Whether `word` names a rise or a fall (增长, 下降0.6个百分点's 下降).
pub(crate) fn is_change_verb(word: &str) -> bool {
    RISES.contains(&word) || FALLS.contains(&word)
}

/// Words between a figure and what it counts that are not part of the subject.
const LINKING_WORDS: &[&str] = &[
    "分别", "实际", "累计", "共计", "合计", "总计", "共", "各", "达", "为", "约", "超过", "达到",
    "突破", "了", "近", "超", "再", "控制在", "保持在", "稳定在", "全年", "今年", "去年",
];

/// A rise or fall named just before the figure (增长8.1%, 比上年下降0.6个百分点).
pub(super) fn change(before: &str) -> Option<Change> {
    let mut head = strip_linking(before);
    // 增长到 / 降至: the verb may take a preposition.
    head = head.trim_end_matches(['到', '至']);
    let direction = if RISES.iter().any(|v| head.ends_with(v)) {
        Direction::Up
    } else if FALLS.iter().any(|v| head.ends_with(v)) {
        Direction::Down
    } else {
        return None;
    };
    let basis = BASES
        .iter()
        .find(|b| before.contains(**b))
        .map(|b| (*b).to_owned())
        .or_else(|| {
            // 比2012年增长…
            let at = before.find('比')?;
            let rest = &before[at..];
            let end = rest.find('年')? + '年'.len_utf8();
            (rest[..end].chars().count() <= 7).then(|| rest[..end].to_owned())
        });
    Some(Change { direction, basis })
}

/// Drops linking words and qualifiers from the end of the text before a figure.
pub(super) fn strip_linking(mut text: &str) -> &str {
    loop {
        let before = text.len();
        for word in LINKING_WORDS {
            text = text.strip_suffix(word).unwrap_or(text);
        }
        if text.len() == before {
            return text;
        }
    }
}

/// Drops a change verb, its basis and adverbs from the end: `收入实际增长` → `收入`.
pub(super) fn strip_change(text: &str) -> &str {
    let mut text = strip_linking(text);
    for verb in RISES.iter().chain(FALLS) {
        if let Some(rest) = text.strip_suffix(verb) {
            text = strip_linking(rest);
            for basis in BASES {
                text = text.strip_suffix(basis).unwrap_or(text);
            }
            return strip_linking(text);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_and_their_basis() {
        let up = change("国内生产总值比上年增长").unwrap();
        assert_eq!(
            (up.direction, up.basis.as_deref()),
            (Direction::Up, Some("比上年"))
        );
        let down = change("单位国内生产总值能耗降低").unwrap();
        assert_eq!((down.direction, down.basis), (Direction::Down, None));
        assert_eq!(
            change("比2012年增长").unwrap().basis.as_deref(),
            Some("比2012年")
        );
        assert_eq!(change("年均增长").unwrap().basis.as_deref(), Some("年均"));
        assert!(change("共收到委员提案").is_none());
    }
}
