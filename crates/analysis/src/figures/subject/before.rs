//! The indicator named before a figure, in the words of its own clause:
//! those words without the verbs that introduce an amount (达到, 拟按),
//! without time, scope and who said it (今年, 全省, 中央提出), and for
//! things counted what the clause's act acts on (发布稿件 → 稿件).

use std::borrow::Cow;

use jieba_rs::Jieba;

use super::super::change::strip_change;
use super::super::sentence::clause_before;
use super::acts::{leading_acts, trailing_acts};
use super::{clean_subject, tag_words, BARE_MEASURES, BARE_RATES, NOUN_TAGS};
use crate::text::chars::is_han;
use crate::text::numerals::{is_digit, is_plan_name};

/// Verbs that introduce an amount, dropped from the end of the words
/// before a figure with the adverbs before them: 汽车产量继续保持40%,
/// 经济总量跨上5万亿元台阶, 收入分别完成37820元, 赤字率拟按3%安排,
/// 实际使用外资约合1243亿元, 补助资金由上年46亿元.
const INTRODUCING_VERBS: &[&str] = &[
    "去年底", "上年末", "年底", "年末", "继续保持", "保持在", "稳定在", "控制在", "提高到",
    "提升到", "增加到", "由上年", "从上年", "保持", "跨上", "达到", "拟按", "完成", "实现", "拿出",
    "超过", "突破", "约合", "折合", "合计", "总计", "共计", "不低于", "不少于", "不高于", "不超过",
    "不到", "不足", "设定为", "设定", "定为", "达", "为", "是", "按", "至", "到", "上", "在", "由",
    "从",
];

/// Words that open the words before a figure without being part of the
/// indicator: time and scope (今年, 全省, 其中), adverbs (共, 同时, 累计).
const LEADING_WORDS: &[&str] = &[
    "初步预计", "初步测算", "预计", "其中", "同时", "为此", "今年", "去年", "全年", "当年", "目前",
    "确保", "力争", "计划", "拟", "将", "要", "先后", "被", "共", "累计", "并", "还", "也", "又",
    "再", "全力", "努力", "着力", "持续", "继续", "切实", "大力", "积极", "进一步", "坚决", "不断",
    "全省", "全市", "全区", "全县", "全国", "我省", "我市", "我区",
];

/// Whether `words` are only time or scope (今年, 全国): no indicator.
pub(super) fn is_leading_word(words: &str) -> bool {
    LEADING_WORDS.contains(&words)
}

/// Verbs that take a clause as their object (中央提出…, 国务院同意…, 可使
/// 农民减轻负担): what is said, agreed or made to happen follows them, and
/// the indicator is in that.
const CLAUSE_TAKING_VERBS: &[&str] = &["提出", "同意", "决定", "批准", "可使", "将使"];

/// Bodies whose names open with a scope word (全国政协, 全省人大).
const BODIES: &[&str] = &["政协", "人大", "总工会", "妇联", "工商联"];

/// Longest indicator taken from the words before a figure; a longer run is
/// not one indicator, and its last noun phrase is taken instead.
const MAX_INDICATOR_CHARS: usize = 24;
/// Longest indicator whose examples before 等 stay (the examples of a bare
/// rate: 均衡性转移支付、县级基本财力保障机制奖补资金等增幅).
const MAX_LISTED_CHARS: usize = 32;

/// The indicator named in the words of the clause before a figure: those
/// words without the change and linking words and introducing verbs at
/// their end, nor time, scope and adverbs at their start. For things
/// counted, what an act in the clause acts on (在各新闻媒体发布稿件 → 稿件).
pub(super) fn indicator_before(
    jieba: &Jieba,
    sentence: &str,
    start: usize,
    things: bool,
) -> Option<String> {
    // Stray blanks inside a line (经 济增长) are not part of any word.
    let before: String = clause_before(sentence, start)
        .chars()
        .filter(|&c| c != '*' && !c.is_whitespace())
        .collect();
    let mut words = strip_change(before.trim_end_matches(['等', '、']));
    // 增幅均超过10%: an adverb of the whole list before the figure's own
    // bound (超过 is the figure's), not 人均.
    if let Some(last) = tag_words(jieba, words).last() {
        if matches!(last.word, "均" | "都") && last.tag == "d" {
            words = &words[..last.byte_start];
        }
    }
    loop {
        let stripped = without_closing_year(strip_introducing(strip_change(words)));
        if stripped.len() == words.len() {
            break;
        }
        words = stripped;
    }
    // 扩展至355项, 延长到30年: the verb a bare 至 or 到 completes goes with
    // it (提高到 and the like are introducing verbs of their own).
    let bare_complement = ["至", "到"]
        .iter()
        .any(|c| before.strip_suffix(c) == Some(words));
    if bare_complement {
        let tags = tag_words(jieba, words);
        if let [.., last] = tags.as_slice() {
            let rest = &words[..words.len() - last.word.len()];
            if last.tag == "v" && last.word.chars().count() == 2 && rest.chars().count() >= 2 {
                words = rest;
            }
        }
    }
    let words = strip_leading(words);
    // PM2.5平均浓度 keeps its letters; 2023年 and stray marks go.
    let words = if words.starts_with(|c: char| c.is_ascii_alphabetic()) {
        words
    } else {
        strip_leading(words.trim_start_matches(|c: char| !is_han(c) && !matches!(c, '“' | '《')))
    };
    if LEADING_WORDS.contains(&words) {
        return None;
    }
    let words = if things {
        let object = object_of_act(jieba, words);
        after_period_edge(object).unwrap_or(object)
    } else {
        words
    };
    let words = without_purpose(&without_examples(jieba, without_listed_examples(words)));
    // A list of examples kept before a bare rate (…等增幅) runs longer.
    let listed_rate = words
        .rsplit_once('等')
        .is_some_and(|(_, rate)| BARE_RATES.contains(&rate));
    let longest = if listed_rate {
        MAX_LISTED_CHARS
    } else {
        MAX_INDICATOR_CHARS
    };
    if words.chars().count() > longest {
        return last_noun_phrase(jieba, &words);
    }
    clean_subject(&words)
}

/// What the first act of the words acts on: 市县两级政协委员结对帮扶贫困户
/// 家庭 → 贫困户家庭, 发布稿件 → 稿件. An act of adding (新增, 新建,
/// 新认定) says which part is counted and stays, as does an act that
/// changes what it counts (改造危桥, `acts`).
fn object_of_act<'a>(jieba: &Jieba, words: &'a str) -> &'a str {
    let tags = tag_words(jieba, words);
    let mut at = 0;
    for (i, tag) in tags.iter().enumerate() {
        at += tag.word.len();
        let adding = tag.word.starts_with('新') || (i > 0 && tags[i - 1].word == "新");
        // An act opening the words may act on an act (开展学习活动).
        // 概念验证中心, 提交帮扶记录: a verb after a word, before one noun
        // closing the words, names the kind of that noun.
        // (Not after a place a preposition names: 在各新闻媒体、“政协云”发布稿件.)
        let names_a_kind = i > 0
            && tags[0].tag != "p"
            && (NOUN_TAGS
                .iter()
                .chain(&["v"])
                .any(|t| *t == tags[i - 1].tag)
                || matches!(tags[i - 1].word, "”" | "》"))
            && i + 2 == tags.len()
            && matches!(tags[i + 1].tag, "n" | "nz" | "nt")
            && (2..=3).contains(&tags[i + 1].word.chars().count());
        let acts_on_a_noun = tag.tag == "v"
            && !adding
            && !names_a_kind
            && tags.get(i + 1).is_some_and(|next| {
                (NOUN_TAGS.contains(&next.tag) && (next.tag != "vn" || i == 0))
                    || matches!(next.word, "“" | "《")
            });
        if acts_on_a_noun && words[at..].chars().count() >= 2 {
            // 改造危桥, 新建改扩建及维修改造公办幼儿园: acts that change
            // what they count stay with it.
            return match trailing_acts(jieba, &words[..at]) {
                Some(acts) => &words[at - acts.len()..],
                None => &words[at..],
            };
        }
    }
    words
}

/// `“政协讲堂”“委员读书”、委员培训等学习活动` → 学习活动: the examples
/// listed before 等 are not what is counted.
/// Acts that change what is counted, opening the examples, stay: 更新改造
/// 燃气、供排水等老化管道 → 更新改造老化管道.
fn without_examples<'w>(jieba: &Jieba, words: &'w str) -> Cow<'w, str> {
    match words.rsplit_once('等') {
        // 均衡性转移支付、…奖补资金等增幅: a bare rate or measure is of the
        // things listed, which stay.
        Some((_, what)) if BARE_RATES.contains(&what) || BARE_MEASURES.contains(&what) => {
            Cow::Borrowed(words)
        }
        Some((examples, what))
            if examples.contains(['、', '”', '》'])
                && what.chars().count() >= 2
                && !words.contains("用于") =>
        {
            // 民间资本参与海上风电、核电等重大项目: who does what to the
            // things listed stays.
            let first = &examples[..examples.find(['、', '“', '《']).unwrap_or(examples.len())];
            let tags = tag_words(jieba, first);
            let doer = tags
                .iter()
                .rposition(|t| t.tag == "v" || t.tag == "p")
                .map(|k| &first[..tags[k].byte_end]);
            match leading_acts(examples).or(doer) {
                Some(kept) => Cow::Owned(format!("{kept}{what}")),
                None => Cow::Borrowed(what),
            }
        }
        _ => Cow::Borrowed(words),
    }
}

/// `集成电路、生物医药、人工智能三大先导产业规模` → 三大先导产业规模: a
/// list of examples before the count of them names nothing more.
fn without_listed_examples(words: &str) -> &str {
    let Some(list_end) = words.rfind('、') else {
        return words;
    };
    let tail = &words[list_end..];
    let counted = tail.char_indices().find(|&(i, c)| {
        matches!(
            c,
            '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        ) && tail[i + c.len_utf8()..].starts_with(['大', '个', '项', '类'])
    });
    match counted {
        Some((i, _)) => &words[list_end + i..],
        None => words,
    }
}

/// `中央财政用于洪涝、干旱、地震等救灾救济支出` → 中央财政救灾救济支出,
/// `用于城市居民最低生活保障的补助资金` → 城市居民最低生活保障补助资金:
/// the spender and what is spent, without the list of purposes.
fn without_purpose(words: &str) -> String {
    let Some((spender, purpose)) = words.split_once("用于") else {
        return words.to_owned();
    };
    let spent = match purpose.rsplit_once('等') {
        Some((_, spent)) if spent.chars().count() >= 2 => spent.to_owned(),
        _ => purpose.replacen('的', "", 1),
    };
    format!("{spender}{spent}")
}

/// Drops a year closing the words (完成2019年度7.89亿元…): the figure's
/// period, no part of what it measures.
fn without_closing_year(text: &str) -> &str {
    let rest = text
        .strip_suffix("年度")
        .or_else(|| text.strip_suffix('年'));
    match rest {
        Some(rest) => {
            let digits = rest.chars().rev().take_while(|&c| is_digit(c)).count();
            if digits == 4 {
                let cut = rest.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
                &text[..cut]
            } else {
                text
            }
        }
        None => text,
    }
}

/// Drops an introducing verb, and the adverbs before it, from the end.
fn strip_introducing(text: &str) -> &str {
    for verb in INTRODUCING_VERBS {
        if let Some(rest) = text.strip_suffix(verb) {
            // 拟按, 继续保持: adverbs and auxiliaries before the verb go too.
            return rest.trim_end_matches(['拟', '将', '要', '均', '已', '仍', '还', '再']);
        }
    }
    text
}

/// Drops time, scope and adverbs from the start (今年, 全省, 共, 2003年),
/// and who said or agreed what follows (中央提出).
pub(super) fn strip_leading(mut text: &str) -> &str {
    loop {
        let before = text.len();
        for verb in CLAUSE_TAKING_VERBS {
            if let Some(at) = text.rfind(verb) {
                let rest = &text[at + verb.len()..];
                let rest = rest.strip_prefix('了').unwrap_or(rest);
                if rest.chars().count() >= 2 {
                    text = rest;
                }
            }
        }
        for word in LEADING_WORDS {
            if let Some(rest) = text.strip_prefix(word) {
                // 全国政协, 全省人大: the scope is part of a body's name.
                let names_a_body = BODIES.iter().any(|b| rest.starts_with(b));
                if rest.chars().count() >= 2 && !names_a_body {
                    text = rest;
                }
            }
        }
        // “十四五”末总量, 2025年末国家外汇储备, 年底总量: the end or start of
        // a period, no part of what is measured (before the year alone goes).
        if let Some(rest) = after_period_edge(text) {
            text = rest;
        }
        // 2003年中央财政支出, 2019年度: a year before the indicator is its period.
        let digits = text.chars().take_while(|&c| is_digit(c)).count();
        if digits == 4 && text.chars().nth(4) == Some('年') {
            let year_end = if text.chars().nth(5) == Some('度') {
                6
            } else {
                5
            };
            let cut = text
                .char_indices()
                .nth(year_end)
                .map_or(text.len(), |(i, _)| i);
            if text[cut..].chars().count() >= 2 {
                text = &text[cut..];
            }
        }
        if text.len() == before {
            return text;
        }
    }
}

/// The words after a period's edge opening them: a five-year plan's name
/// (quoted or not) or a year, then 末, 底 or 初.
fn after_period_edge(text: &str) -> Option<&str> {
    let unquoted = text.trim_start_matches('“');
    let plan_end = unquoted
        .char_indices()
        .nth(3)
        .map_or(unquoted.len(), |(at, _)| at);
    let year_end = unquoted.find('年').map(|at| at + '年'.len_utf8());
    let period_end = if is_plan_name(&unquoted[..plan_end]) {
        plan_end
    } else {
        year_end.filter(|&end| unquoted[..end - '年'.len_utf8()].chars().all(is_digit))?
    };
    let rest = unquoted[period_end..].trim_start_matches('”');
    let rest = rest.strip_prefix(['末', '底', '初'])?;
    (rest.chars().count() >= 2).then_some(rest)
}

/// The last noun phrase of words too long to be one indicator.
fn last_noun_phrase(jieba: &Jieba, words: &str) -> Option<String> {
    let tags = tag_words(jieba, words);
    let mut phrase: Vec<&str> = Vec::new();
    for (i, tag) in tags.iter().enumerate().rev() {
        let joiner = matches!(tag.word, "、" | "“" | "”" | "《" | "》");
        // A verb closing a listed item after a noun names a thing: 提案、
        // 大会发言、调研报告.
        let item_verb = tag.tag == "v"
            && tags.get(i + 1).is_none_or(|next| next.word == "、")
            && i > 0
            && NOUN_TAGS.contains(&tags[i - 1].tag);
        if NOUN_TAGS.contains(&tag.tag) || joiner || item_verb {
            phrase.push(tag.word);
        } else {
            break;
        }
    }
    let phrase: String = phrase.iter().rev().copied().collect();
    clean_subject(phrase.trim_start_matches(['、', '”', '》']))
}
