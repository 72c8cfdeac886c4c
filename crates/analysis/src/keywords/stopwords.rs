//! Which words may be keywords: no function words, numerals with measure
//! words or markup ([`is_term`]), and — with 过滤套话 — none of the
//! boilerplate every 政府工作报告 repeats.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use crate::figures::{is_change_verb, is_unit_word};
use crate::text::chars::is_han;
use crate::text::numerals::{is_chinese_numeral, is_plan_name};

/// Function words, pronouns and connectives.
const FUNCTION_WORDS: &[&str] = &[
    "我们", "他们", "你们", "大家", "自己", "这个", "那个", "这些", "那些", "这样", "那样", "这种",
    "一些", "一个", "一批", "一大批", "一系列", "以及", "并且", "而且", "或者", "还是", "如果",
    "因为", "所以", "但是", "虽然", "不断", "通过", "对于", "关于", "进行", "其中", "之一", "同时",
    "以来", "方面", "已经", "正在", "继续", "更加", "更好", "不是", "没有", "可以", "能够", "需要",
    "应当", "必须", "有关", "相关", "各项", "各类", "各种", "各级", "有效", "积极", "重要", "主要",
    "一定", "一步", "为了", "按照", "根据", "围绕", "作为", "成为", "实现", "取得", "得到", "提出",
    "形成", "做好", "做到", "今年", "明年", "去年", "五年", "今后", "目前", "当前", "过去", "一年",
    "多年", "年来", "全年", "以上", "左右", "以下", "之间", "之后", "之前", "以后", "的话", "等等",
    "一起", "共同",
];

/// Report boilerplate: verbs and modifiers that open every other clause.
const BOILERPLATE: &[&str] = &[
    "工作", "坚持", "推进", "加强", "开展", "建设", "进一步", "全面", "深入", "提升", "推动",
    "落实", "加快", "强化", "完善", "发展", "提高", "促进", "健全", "实施", "深化", "扎实", "切实",
    "大力", "着力", "持续", "努力", "全力", "充分", "发挥", "作用", "水平", "能力", "体系", "机制",
    "情况", "问题", "任务", "方式", "领域", "重点", "重大", "组织", "支持", "保障", "服务", "管理",
    "创新", "增强", "优化", "主动", "有力", "有序", "稳定", "加大", "力度", "举措", "措施", "政策",
    "制度", "成效", "成果", "工作者", "同志", "各位", "代表", "委员会", "报告", "审议", "意见",
    "全市", "全省", "全国", "我国", "国家", "社会", "经济", "人民", "群众", "保持", "扩大", "增长",
    "坚决", "构建", "统筹", "贯彻", "基本", "搭建", "确保", "聚焦", "抓好", "打造", "引导", "鼓励",
    "活动", "专题", "平台", "有关部门", "各地", "积极推进", "持续推进", "增加", "下降", "年均",
    "压减", "巩固", "解决", "改善", "关系", "大力发展", "新增", "增速", "事业", "转变", "功能",
    "结构",
];

/// Times that open or close a run without being part of a term: 年末, 上年.
/// (今年, 去年, 明年 are function words already.)
const TIMES: &[&str] = &[
    "年末", "年初", "年底", "上年", "当年", "同期", "本年", "上半年", "下半年",
];

/// Whether `word` only places a statement in space or time: a time (年末),
/// or all of, or our own, one level of government (全国, 全区, 我省, 本市).
pub(crate) fn is_scope_or_time(word: &str) -> bool {
    // Two or three Han characters (this runs once per distinct word).
    if word.len() != 6 && word.len() != 9 {
        return false;
    }
    let mut chars = word.chars();
    let scope = matches!(
        (chars.next(), chars.next(), chars.next()),
        (
            Some('全' | '我' | '本'),
            Some('国' | '省' | '市' | '区' | '县' | '州' | '盟' | '旗' | '乡' | '镇' | '村'),
            None
        )
    );
    scope || TIMES.contains(&word)
}

static FUNCTION_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
static BOILERPLATE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BOILERPLATE.iter().copied().collect());

/// Whether `word` is a function word (a hash lookup: this runs per token).
pub(crate) fn is_function_word(word: &str) -> bool {
    FUNCTION_SET.contains(word)
}

/// Whether `word` is report boilerplate, or names a rise or fall (增长,
/// 减少: what figures do, never what a report is about).
pub(crate) fn is_boilerplate(word: &str) -> bool {
    BOILERPLATE_SET.contains(word) || is_change_verb(word)
}

/// Whether a word may be shown as a keyword at all: two or more characters,
/// letters or Han only, not a function word, not a numeral with a measure word.
pub(crate) fn is_term(word: &str) -> bool {
    // No allocation, the cheap tests first (this runs once per distinct word).
    let mut chars = word.chars();
    let (Some(first), Some(_)) = (chars.next(), chars.next()) else {
        return false; // one character
    };
    if !word.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) {
        return false; // punctuation, markup, symbols
    }
    if word.bytes().all(|b| b.is_ascii_digit()) || is_function_word(word) {
        return false; // bare numbers, function words
    }
    let last = word.chars().next_back().unwrap_or(first);
    // 三年, 两个, 余篇 (of 280余篇), 万亿元, 百分点: a numeral or 余/多 with a
    // measure word or unit is no term.
    let numeral_led = is_chinese_numeral(first) || matches!(first, '余' | '多');
    let unit_tail = matches!(
        last,
        '元' | '人' | '个' | '点' | '次' | '件' | '项' | '亩' | '吨' | '户'
    );
    let two_chars = word.chars().nth(2).is_none();
    is_plan_name(word)
        || !((numeral_led && (two_chars || unit_tail))
            || word.chars().all(is_chinese_numeral)
            || is_unit_word(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_exclude_noise() {
        for word in [
            "##", "**", "2021", "五年", "我们", "，", "是", "三个", "余篇", "多次", "万亿元",
            "百分点", "万公顷", "个百分点", "公里",
        ] {
            assert!(!is_term(word), "{word}");
        }
        for word in ["民主监督", "政协委员", "5G", "委员工作室", "工作", "十四五"]
        {
            assert!(is_term(word), "{word}");
        }
    }

    #[test]
    fn no_word_is_in_both_lists() {
        let both: Vec<&&str> = BOILERPLATE
            .iter()
            .filter(|w| FUNCTION_WORDS.contains(w))
            .collect();
        assert!(both.is_empty(), "{both:?}");
    }

    #[test]
    fn each_list_names_a_word_once() {
        for list in [FUNCTION_WORDS, BOILERPLATE, TIMES] {
            let mut words = list.to_vec();
            words.sort_unstable();
            let repeated: Vec<_> = words.windows(2).filter(|w| w[0] == w[1]).collect();
            assert!(repeated.is_empty(), "{repeated:?}");
        }
    }
}
