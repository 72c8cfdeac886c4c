//! Whether a figure is a result reached, a target set or a plan: from the
//! sentence's own words (预期目标, 力争, 拟, 了) and whether its part of the
//! report looks back (工作回顾) or ahead (重点工作, 今后五年).

use crate::report::{top_section, MetricKind, Section};

/// Top headings of parts that look back, and of parts that look ahead.
const LOOKING_BACK: &[&str] = &["回顾", "过去", "成就", "体会"];

const LOOKING_AHEAD: &[&str] = &[
    "任务", "重点工作", "工作安排", "建议", "总体要求", "今后", "部署", "目标任务",
];

/// Sentence markers of a target and of a plan.
const TARGET_MARKERS: &[&str] = &["预期目标", "主要目标", "目标是", "目标为", "力争", "确保"];
/// Sentence markers of a target outside a part looking back, where they
/// report a level held (居民消费价格涨幅控制在3.3%).
const BOUND_MARKERS: &[&str] = &["控制在"];

const PLAN_MARKERS: &[&str] = &["拟", "计划", "将", "今年", "明年"];

/// Words of a sentence that say its figures are reached, where nothing
/// says which part of the report it is in.
const RESULT_MARKERS: &[&str] = &[
    "了", "已", "累计", "去年", "过去", "五年来", "一年来", "完成", "实现",
];

/// Words of a figure's own clause that say it is reached even in a part
/// looking ahead (去年 not after 比/较: 比去年增加 is a plan's comparison).
const PAST_MARKERS: &[&str] = &["了", "已", "过去", "五年来", "一年来", "去年", "上年"];

/// Qualifiers that make a figure ahead a target (a bound to reach).
const TARGET_QUALIFIERS: &[&str] = &["左右", "以上", "以内", "以下", "突破", "超过"];

/// Verbs of a figure's clause that make a figure ahead a level to reach.
const TARGET_VERBS: &[&str] = &[
    "达到", "提高到", "提升到", "降到", "降至", "稳定在", "保持在", "保持", "守住", "达",
];

/// Words of allocating money: a rate in such a sentence is the plan's
/// (今年安排中央本级支出增长3.9%).
const ALLOCATING: &[&str] = &["安排", "下达", "拨付"];

/// Whether the part of the report a figure stands in looks back (工作回顾)
/// or ahead (重点工作, 工作任务, 今后五年工作建议), by its top heading.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Outlook {
    Back,
    Ahead,
    Unknown,
}

pub(super) fn outlook(sections: &[Section], at: usize) -> Outlook {
    let top = top_section(sections, at);
    let Some(heading) = top.map(|i| sections[i].heading.as_str()) else {
        return Outlook::Unknown;
    };
    if LOOKING_BACK.iter().any(|w| heading.contains(w)) {
        Outlook::Back
    } else if LOOKING_AHEAD.iter().any(|w| heading.contains(w)) {
        Outlook::Ahead
    } else {
        Outlook::Unknown
    }
}

/// What a figure's words say about its kind: its sentence, its own clause
/// (the words before it from the last clause mark, and it), its
/// qualifier, and whether it is a rate (%, 个百分点).
pub(super) struct KindClues<'a> {
    pub sentence: &'a str,
    /// The sentence up to the figure.
    pub before: &'a str,
    pub clause: &'a str,
    pub qualifier: Option<&'a str>,
    pub rate: bool,
    /// A bare magnitude (2.9亿在校学生): a count of people or things there
    /// are, not one to reach.
    pub bare: bool,
    /// The paragraph's sentences before this one turned to the past (过去一
    /// 年，我们的各项工作取得了很大成绩。) and nothing after that to the year ahead.
    pub after_look_back: bool,
}

/// Words that turn a paragraph to the past, and those that turn it ahead.
const LOOK_BACK_LEADS: &[&str] = &["过去一年", "一年来", "过去五年", "五年来", "去年，"];
const LOOK_AHEAD_LEADS: &[&str] = &["今年", "明年", "预期目标", "主要目标", "今后"];

/// Whether the sentences before a figure's, in its paragraph, last turned
/// to the past.
pub(super) fn looks_back(before: &str) -> bool {
    let last = |leads: &[&str]| leads.iter().filter_map(|w| before.rfind(w)).max();
    match (last(LOOK_BACK_LEADS), last(LOOK_AHEAD_LEADS)) {
        (Some(back), Some(ahead)) => back > ahead,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Result, target or plan, from the figure's own words and the outlook of
/// its part of the report. Ahead, a figure is a result when its clause
/// says so (已, 了, 去年), a target when it is a bound or a level to reach
/// (左右, 以上, 达到, 提高到, a rate), else a plan (新建, 安排…).
pub(super) fn kind(clues: &KindClues, outlook: Outlook) -> MetricKind {
    let in_sentence = |markers: &[&str]| markers.iter().any(|m| clues.sentence.contains(m));
    // 主要预期目标是：…, 力争…: a target marker governs the figures after
    // it (城镇新增就业1312万人，超过全年预期目标 reports a result).
    // (A name in quotes says nothing: “两个确保”.)
    let before = unquoted(clues.before);
    let governed = |markers: &[&str]| markers.iter().any(|m| before.contains(m));
    if governed(TARGET_MARKERS) {
        return MetricKind::Target;
    }
    if clues.after_look_back {
        return MetricKind::Result;
    }
    if outlook != Outlook::Back && in_sentence(BOUND_MARKERS) {
        return MetricKind::Target;
    }
    let looks_ahead =
        outlook == Outlook::Ahead || (outlook != Outlook::Back && in_sentence(PLAN_MARKERS));
    if !looks_ahead || has_past_marker(clues.clause) {
        return MetricKind::Result;
    }
    if outlook == Outlook::Unknown && in_sentence(RESULT_MARKERS) {
        return MetricKind::Result;
    }
    let bound = clues
        .qualifier
        .is_some_and(|q| TARGET_QUALIFIERS.contains(&q));
    if bound {
        return MetricKind::Target;
    }
    // 将研发费用加计扣除比例提高到100%: a measure taken, not a level reached.
    let measure_taken = clues.clause.contains(['将', '把']);
    let allocated = in_sentence(ALLOCATING);
    let level = TARGET_VERBS.iter().any(|v| clues.clause.contains(v));
    if !measure_taken && ((clues.rate && !allocated) || level) {
        MetricKind::Target
    } else if clues.bare {
        MetricKind::Result
    } else {
        MetricKind::Plan
    }
}

/// Text with what stands in quotes (“两个确保”) left out.
fn unquoted(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '“' => depth += 1,
                '”' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// Words comparing with a year: 明显高于去年, 大于去年.
const COMPARING: &[&str] = &[
    "高于", "低于", "大于", "小于", "多于", "少于", "快于", "慢于",
];

/// A past marker in a clause, 去年/上年 only when not compared with (比去年,
/// 高于去年).
fn has_past_marker(clause: &str) -> bool {
    PAST_MARKERS.iter().any(|marker| {
        clause.match_indices(marker).any(|(at, _)| {
            let compared = clause[..at].ends_with(['比', '较'])
                || COMPARING.iter().any(|c| clause[..at].ends_with(c));
            let year = matches!(*marker, "去年" | "上年");
            !(year && compared)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_turned_to_the_past_reports_results() {
        assert!(looks_back(
            "2011年，是开局之年。过去一年，我们的各项工作取得了很大成绩。"
        ));
        assert!(!looks_back(
            "过去一年成绩很大。今年经济社会发展的主要预期目标是："
        ));
        assert!(!looks_back("要比去年增加投入。"));
    }

    #[test]
    fn results_targets_and_plans() {
        use Outlook::*;
        let cases = [
            (
                "今年发展主要预期目标是：国内生产总值增长5.5%左右；",
                Some("左右"),
                Unknown,
                MetricKind::Target,
            ),
            (
                "今年拟安排地方政府专项债券3.65万亿元。",
                None,
                Unknown,
                MetricKind::Plan,
            ),
            (
                "全年国内生产总值达到114万亿元，增长8.1%。",
                None,
                Unknown,
                MetricKind::Result,
            ),
            (
                "五年来，共收到委员提案2796件。",
                None,
                Unknown,
                MetricKind::Result,
            ),
            ("新建改建乡村公路3万公里。", None, Ahead, MetricKind::Plan),
            (
                "新增城镇就业1100万人以上。",
                Some("以上"),
                Ahead,
                MetricKind::Target,
            ),
            ("今年新增城镇就业1269万人。", None, Back, MetricKind::Result),
            (
                "农村生活垃圾无害化处理率提高到85%。",
                None,
                Ahead,
                MetricKind::Target,
            ),
            (
                "水产品总产量突破90万吨。",
                Some("突破"),
                Ahead,
                MetricKind::Target,
            ),
            (
                "完成既有多层住宅加装电梯3000台。",
                None,
                Ahead,
                MetricKind::Plan,
            ),
            ("比去年增加36亿元。", None, Ahead, MetricKind::Plan),
            ("去年完成投资5000亿元。", None, Ahead, MetricKind::Result),
            (
                "将研发费用加计扣除比例提高到100%。",
                None,
                Ahead,
                MetricKind::Plan,
            ),
            (
                "今年安排中央本级支出增长3.9%。",
                None,
                Ahead,
                MetricKind::Plan,
            ),
        ];
        for (sentence, qualifier, outlook, expected) in cases {
            let clues = KindClues {
                sentence,
                before: sentence,
                clause: sentence,
                qualifier,
                rate: sentence.contains('%'),
                bare: false,
                after_look_back: false,
            };
            assert_eq!(kind(&clues, outlook), expected, "{sentence}");
        }
    }
}
