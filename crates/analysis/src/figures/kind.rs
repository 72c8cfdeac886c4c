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
const TARGET_MARKERS: &[&str] = &["预期目标", "主要目标", "目标是", "目标为", "力争", "控制在"];

const PLAN_MARKERS: &[&str] = &["拟", "计划", "将", "今年", "明年", "确保"];

const RESULT_MARKERS: &[&str] = &[
    "了", "已", "累计", "去年", "过去", "五年来", "一年来", "完成", "实现",
];

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

/// Result, target or plan, from the sentence's own words and the outlook of
/// its part of the report.
pub(super) fn kind(sentence: &str, qualifier: Option<&str>, outlook: Outlook) -> MetricKind {
    let has = |markers: &[&str]| markers.iter().any(|m| sentence.contains(m));
    if has(TARGET_MARKERS) {
        return MetricKind::Target;
    }
    let looks_ahead = outlook == Outlook::Ahead || (outlook != Outlook::Back && has(PLAN_MARKERS));
    if looks_ahead && matches!(qualifier, Some("左右" | "以上" | "以内")) {
        return MetricKind::Target;
    }
    if looks_ahead && !has(RESULT_MARKERS) {
        return MetricKind::Plan;
    }
    MetricKind::Result
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ];
        for (sentence, qualifier, outlook, expected) in cases {
            assert_eq!(kind(sentence, qualifier, outlook), expected, "{sentence}");
        }
    }
}
