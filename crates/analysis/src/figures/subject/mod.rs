//! What a figure counts or measures (its subject): the indicator named
//! right before it (收到委员提案2796件, 国内生产总值增长5.2%) or the noun
//! phrase right after it (3000余名政协委员); for figures listed together
//! the listed subjects (`series`), and for a figure whose own words name
//! no indicator the one its neighbour names (`context`).

use jieba_rs::Jieba;

mod context;
mod series;

pub(super) use context::fill_from_context;
pub(super) use series::assign_series_subjects;

use super::change::strip_change;
use super::sentence::{clause_before, is_clause_break};
use super::units::{Unit, PREFIX_QUALIFIERS};
use crate::text::chars::is_han;
use crate::text::numerals::{is_digit, is_multiplier, is_plan_name};

/// Part-of-speech tags (jieba's) that can be part of a subject noun phrase.
const NOUN_TAGS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "ng", "vn", "an", "j", "l", "b", "nrt", "eng", "s",
];

/// Tags that end a noun phrase: conjunctions, particles, prepositions, punctuation.
fn ends_phrase(tag: &str) -> bool {
    matches!(tag, "c" | "uj" | "ul" | "p" | "x" | "d" | "f")
}

/// Quotes, title marks and blanks dropped; 《A》《B》 read as A、B.
fn clean_subject(phrase: &str) -> Option<String> {
    let phrase = phrase.replace("》《", "、").replace("”“", "、");
    let phrase: String = phrase
        .chars()
        .filter(|c| !matches!(c, '《' | '》' | '“' | '”') && !c.is_whitespace())
        .collect();
    let phrase = phrase.trim_matches('、');
    (phrase.chars().filter(|&c| is_han(c)).count() >= 2).then(|| phrase.to_owned())
}

/// Verbs that introduce an amount, dropped from the end of the words
/// before a figure with the adverbs before them: 汽车产量继续保持40%,
/// 经济总量跨上5万亿元台阶, 收入分别完成37820元, 赤字率拟按3%安排,
/// 实际使用外资约合1243亿元, 补助资金由上年46亿元.
const INTRODUCING_VERBS: &[&str] = &[
    "去年底", "上年末", "年底", "年末", "继续保持", "保持在", "稳定在", "控制在", "提高到",
    "提升到", "增加到", "由上年", "从上年", "保持", "跨上", "达到", "拟按", "完成", "实现", "拿出",
    "超过", "突破", "约合", "折合", "合计", "总计", "共计", "达", "为", "是", "按", "至", "到",
    "上", "在", "由", "从",
];

/// Words that open the words before a figure without being part of the
/// indicator: time and scope (今年, 全省, 其中), adverbs (共, 同时, 累计).
const LEADING_WORDS: &[&str] = &[
    "初步预计", "初步测算", "预计", "其中", "同时", "今年", "去年", "全年", "当年", "目前", "确保",
    "力争", "计划", "拟", "将", "要", "先后", "被", "共", "累计", "并", "还", "也", "又", "再",
    "全省", "全市", "全区", "全县", "全国", "我省", "我市", "我区",
];

/// Verbs that take a clause as their object (中央提出…, 国务院同意…, 可使
/// 农民减轻负担): what is said, agreed or made to happen follows them, and
/// the indicator is in that.
const CLAUSE_TAKING_VERBS: &[&str] = &["提出", "同意", "决定", "批准", "可使", "将使"];

/// Bodies whose names open with a scope word (全国政协, 全省人大).
const BODIES: &[&str] = &["政协", "人大", "总工会", "妇联", "工商联"];

/// Words after a figure that name a level reached or a currency, not what
/// is counted: 突破1600亿斤大关, 跨上5万亿元台阶, 约合1243亿元人民币.
const NOT_COUNTED: &[&str] = &["大关", "台阶", "关口", "水平", "人民币"];

/// The rank a name may hold inside it: 自治区级, 千亿级.
const RANK: &str = "级";

/// Longest act after a count that says which things are counted.
const MAX_ACT_CHARS: usize = 10;

/// Longest indicator taken from the words before a figure; a longer run is
/// not one indicator, and its last noun phrase is taken instead.
const MAX_INDICATOR_CHARS: usize = 24;

/// What a figure counts or measures. For a count (件, 个, a bare 万) the
/// noun phrase after it (建成20个无人化智慧农场, 3000余名政协委员), else
/// the indicator before it (收到委员提案2796件); for a measure the other
/// way round (城镇新增就业75.95万人, 国内生产总值增长5.2%, 提出8%左右的
/// 国内生产总值增长目标). Words naming no thing (增长, 完成, 首批) are no subject:
/// [`fill_from_context`] may give it one. `start`..`end` is the figure
/// within `sentence`; `counted` says its unit counts things.
pub(super) fn subject(
    jieba: &Jieba,
    sentence: &str,
    start: usize,
    end: usize,
    unit: Unit,
) -> Option<String> {
    subject_in_clause(jieba, sentence, start, end, unit).or_else(|| {
        (!unit.counts())
            .then(|| object_of_echoed_act(jieba, sentence, start))
            .flatten()
    })
}

/// [`subject`] from the figure's own clause and the words after it.
fn subject_in_clause(
    jieba: &Jieba,
    sentence: &str,
    start: usize,
    end: usize,
    unit: Unit,
) -> Option<String> {
    let counted = unit.counts();
    let things = counted || unit.counts_occasions();
    let before = indicator_before(jieba, sentence, start, things);
    let after = || noun_phrase_after(jieba, sentence, (start, end), counted);
    if counted {
        return after().or_else(|| before.filter(|b| names_a_thing(jieba, b)));
    }
    let Some(before) = before else {
        // 粮食总产量再上新台阶，突破1600亿斤大关: a clause that opens with a
        // bound (突破, 超过) and a measure speaks of the sentence's topic,
        // unless a figure before it does (the context fills that in).
        return after().or_else(|| {
            let own = clause_before(sentence, start);
            let earlier = &sentence[..start - own.len()];
            let figure_before = earlier.chars().any(is_digit);
            let bound = PREFIX_QUALIFIERS
                .iter()
                .any(|q| sentence[start..].starts_with(q));
            (bound && !things && !figure_before && !own.chars().any(is_han))
                .then(|| topic_of_clause_before(jieba, sentence, start))
                .flatten()
        });
    };
    // 中央财政新增47亿元专项补助资金: who spends, and on what.
    let tags = jieba.tag(&before, false);
    if let [spender @ .., last] = tags.as_slice() {
        if last.tag == "v" && !spender.is_empty() {
            if let Some(after) = after() {
                let spender = &before[..before.len() - last.word.len()];
                return Some(format!("{spender}{after}"));
            }
        }
    }
    // 举办…等活动20次: for occasions an act is what is counted.
    if !names_a_thing(jieba, &before) && !unit.counts_occasions() {
        return after();
    }
    // 粮食连续五年增产，总产量52850万吨: the measure of the thing named before.
    if BARE_MEASURES.contains(&before.as_str()) {
        if let Some(topic) = topic_of_clause_before(jieba, sentence, start) {
            return Some(format!("{topic}{before}"));
        }
    }
    Some(before)
}

/// Measures that need the thing they measure: 总产量, 规模.
pub(super) const BARE_MEASURES: &[&str] =
    &["总量", "总数", "总额", "总规模", "规模", "产量", "总产量"];

/// The thing the clause before the figure's clause opens with: 粮食 of
/// 粮食连续五年增产.
fn topic_of_clause_before(jieba: &Jieba, sentence: &str, start: usize) -> Option<String> {
    let own = clause_before(sentence, start);
    let own_start = start - own.len();
    let earlier = sentence[..own_start].trim_end_matches(|c: char| !is_han(c));
    let clause = clause_before(earlier, earlier.len());
    let topic: String = jieba
        .tag(clause, false)
        .iter()
        .take_while(|t| NOUN_TAGS.contains(&t.tag) && t.tag != "vn")
        .map(|t| t.word)
        .collect();
    clean_subject(&topic)
}

/// What the act of the figure's clause was done to where an earlier clause
/// of the sentence names the same act with its object: 逐步降低农业税税率，
/// 平均每年降低1个百分点 → 农业税税率; 增加中央预算内经常性建设投资，今年拟先
/// 增加50亿元 → 中央预算内经常性建设投资.
fn object_of_echoed_act(jieba: &Jieba, sentence: &str, start: usize) -> Option<String> {
    let own = clause_before(sentence, start);
    let act = jieba
        .tag(own, false)
        .into_iter()
        .rev()
        .find(|t| t.tag == "v" && t.word.chars().count() >= 2)?
        .word;
    let earlier = &sentence[..start - own.len()];
    let at = earlier.rfind(act)? + act.len();
    let object_end = earlier[at..]
        .find(is_clause_break)
        .map_or(earlier.len(), |i| at + i);
    let tags = jieba.tag(&earlier[at..object_end], false);
    let nouns = tags
        .iter()
        .take_while(|t| NOUN_TAGS.contains(&t.tag))
        .count();
    // The object ends with a noun, and the clause with it: no modifier
    // waiting for more (零星二级…).
    let whole = nouns == tags.len()
        && tags
            .last()
            .is_some_and(|t| t.tag.starts_with('n') || t.tag == "vn");
    let object: String = tags[..nouns].iter().map(|t| t.word).collect();
    whole.then(|| clean_subject(&object)).flatten()
}

/// The noun phrase right after a figure, up to the clause's end:
/// 3000余名**政协委员**, 215件**重点提案**、90篇委员大会**发言**的,
/// 8%左右的**国内生产总值**增长目标.
fn noun_phrase_after(
    jieba: &Jieba,
    sentence: &str,
    (start, end): (usize, usize),
    counted: bool,
) -> Option<String> {
    // 12人入选…: the figure opens its clause.
    let before = clause_before(sentence, start);
    let opens_clause = !before.chars().any(is_han);
    let after_end = sentence[end..]
        .find(|c: char| is_clause_break(c) || c == '、')
        .map_or(sentence.len(), |i| end + i);
    let words = &sentence[end..after_end];
    let words = words.strip_prefix('的').unwrap_or(words);
    let tags = jieba.tag(words, false);
    let mut taken: Vec<(&str, &str)> = Vec::new();
    let mut quoted = false;
    for (i, tag) in tags.iter().enumerate() {
        let quote = matches!(tag.word, "“" | "”" | "《" | "》");
        // A quoted name is one thing, whatever its words: “辽宁优品”.
        if quote {
            quoted = matches!(tag.word, "“" | "《");
        }
        if quote || quoted {
            taken.push((tag.word, tag.tag));
            continue;
        }
        // A verb closing the phrase is a noun here: 215件重点提案、90篇委员大会发言的;
        // after a counting unit even alone: 8件提案， A verb of one character
        // does so only at the clause's end (境外展，), never before more of
        // a word (群众喝上, 农户延包).
        let closing_verb = tag.tag.starts_with('v')
            && (tag.word.chars().count() > 1 || i + 1 == tags.len())
            && tags.get(i + 1).is_none_or(|next| ends_phrase(next.tag));
        // An adjective inside the phrase: 16个国家重大科技专项.
        let inner_adjective = tag.tag == "a"
            && !taken.is_empty()
            && tags
                .get(i + 1)
                .is_some_and(|next| NOUN_TAGS.contains(&next.tag));
        // A verb between nouns, with the noun closing the phrase: 专项补助资金,
        // 认知障碍照护床位; or a verb, a verbal noun and a noun: the service and where it is
        // given (社区就业服务站点).
        let noun_closes = |k: usize| {
            tags.get(k)
                .is_some_and(|next| matches!(next.tag, "n" | "nz"))
                && tags.get(k + 1).is_none_or(|after| ends_phrase(after.tag))
        };
        let inner_verb = tag.tag == "v"
            && tag.word.chars().count() == 2
            && !taken.is_empty()
            && (noun_closes(i + 1)
                || (tags.get(i + 1).is_some_and(|next| next.tag == "vn") && noun_closes(i + 2)));
        // A rank (级) inside a name, after a noun or the numeral opening
        // it: 自治区级集群, 千亿级产业链; a numeral opening a name before a
        // noun, if it is no magnitude (零碳产业园区, not 万卡).
        let noun_after = |k: usize| tags.get(k).is_some_and(|n| n.tag.starts_with('n'));
        let opening_numeral = tag.tag == "m" && taken.is_empty();
        let ranked = (tag.word == RANK && !taken.is_empty() && noun_after(i + 1))
            || (opening_numeral
                && tags.get(i + 1).is_some_and(|n| n.word == RANK)
                && noun_after(i + 2))
            || (opening_numeral
                && tag.word.chars().count() == 1
                && !tag.word.chars().all(is_multiplier)
                && noun_after(i + 1));
        if inner_adjective || inner_verb || ranked || NOUN_TAGS.contains(&tag.tag) {
            taken.push((tag.word, tag.tag));
        } else if closing_verb && (!taken.is_empty() || (counted && i + 1 == tags.len())) {
            taken.push((tag.word, tag.tag));
            break;
        } else {
            break;
        }
    }
    // 农户|延|包任务: a single character taken last, no noun of its own,
    // glued to the single character the phrase stopped at, is a piece of a
    // word jieba split (but 架空|线|入地: 线 is a noun).
    let stopped_at = tags.get(taken.len());
    if taken.len() > 1
        && taken
            .last()
            .is_some_and(|(word, tag)| word.chars().count() == 1 && !tag.starts_with('n'))
        && stopped_at.is_some_and(|t| t.word.chars().count() == 1 && t.word.chars().all(is_han))
    {
        taken.pop();
    }
    let noun_chars: usize = taken.iter().map(|(word, _)| word.chars().count()).sum();
    let rest = &words[taken.iter().map(|(word, _)| word.len()).sum::<usize>()..];
    if opens_clause && noun_chars <= 2 && rest.chars().count() <= MAX_ACT_CHARS {
        // 9项成果获国家科学技术奖, 12人入选国家高层次人才: what they did says
        // which they are.
        if jieba
            .tag(rest, false)
            .first()
            .is_some_and(|t| t.tag.starts_with('v'))
        {
            let head: String = taken.iter().map(|(word, _)| *word).collect();
            return clean_subject(&format!("{head}{rest}"));
        }
    }
    // 30件年度民生实事全面完成: an idiom closing the phrase says what was
    // done, unless it ends with a noun (关键技术攻关项目).
    if taken.len() > 1
        && taken
            .last()
            .is_some_and(|(word, tag)| *tag == "l" && !ends_with_noun(jieba, word))
    {
        taken.pop();
    }
    // 10个产业园区启动建设: two acts at the end are what is done with it.
    let acts = taken
        .iter()
        .rev()
        .take_while(|(_, tag)| tag.starts_with('v'))
        .count();
    if acts >= 2 && acts < taken.len() {
        taken.truncate(taken.len() - acts);
    }
    let phrase: String = taken.iter().map(|(word, _)| *word).collect();
    if NOT_COUNTED.contains(&phrase.as_str()) {
        return None;
    }
    // 8%左右的国内生产总值增长目标: the indicator, not the target.
    let phrase = phrase.strip_suffix("目标").unwrap_or(&phrase);
    clean_subject(strip_change(phrase))
}

/// Whether a word's last two characters are a noun of the dictionary.
fn ends_with_noun(jieba: &Jieba, word: &str) -> bool {
    let Some((at, _)) = word.char_indices().rev().nth(1) else {
        return false;
    };
    let tail = &word[at..];
    jieba
        .tag(tail, false)
        .as_slice()
        .first()
        .is_some_and(|t| t.word == tail && t.tag == "n")
}

/// Whether words name a thing (a noun among them), not only an act or a
/// modifier (建成, 创建了, 首批, 完成投资); an act with what it acts on is a
/// thing done (开展学习活动).
fn names_a_thing(jieba: &Jieba, words: &str) -> bool {
    let tags = jieba.tag(words, false);
    let noun = tags
        .iter()
        .any(|t| NOUN_TAGS.contains(&t.tag) && t.tag != "vn");
    let thing_done = tags.len() >= 2
        && tags
            .last()
            .is_some_and(|t| t.tag == "vn" && t.word.chars().count() >= 2);
    noun || thing_done
}

/// The indicator named in the words of the clause before a figure: those
/// words without the change and linking words and introducing verbs at
/// their end, nor time, scope and adverbs at their start. For things
/// counted, what an act in the clause acts on (在各新闻媒体发布稿件 → 稿件).
fn indicator_before(jieba: &Jieba, sentence: &str, start: usize, things: bool) -> Option<String> {
    // Stray blanks inside a line (经 济增长) are not part of any word.
    let before: String = clause_before(sentence, start)
        .chars()
        .filter(|&c| c != '*' && !c.is_whitespace())
        .collect();
    let mut words = strip_change(before.trim_end_matches(['等', '、']));
    loop {
        let stripped = strip_introducing(strip_change(words));
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
        let tags = jieba.tag(words, false);
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
    let words = without_purpose(without_examples(without_listed_examples(words)));
    if words.chars().count() > MAX_INDICATOR_CHARS {
        return last_noun_phrase(jieba, &words);
    }
    clean_subject(&words)
}

/// What the first act of the words acts on: 市县两级政协委员结对帮扶贫困户
/// 家庭 → 贫困户家庭, 打造现代农业科技示范展示基地 → 现代农业科技示范展示
/// 基地. An act of adding
/// (新增, 新建, 新认定) says which part is counted and stays.
fn object_of_act<'a>(jieba: &Jieba, words: &'a str) -> &'a str {
    let tags = jieba.tag(words, false);
    let mut at = 0;
    for (i, tag) in tags.iter().enumerate() {
        at += tag.word.len();
        let adding = tag.word.starts_with('新') || (i > 0 && tags[i - 1].word == "新");
        // An act opening the words may act on an act (开展学习活动).
        let acts_on_a_noun = tag.tag == "v"
            && !adding
            && tags.get(i + 1).is_some_and(|next| {
                (NOUN_TAGS.contains(&next.tag) && (next.tag != "vn" || i == 0))
                    || matches!(next.word, "“" | "《")
            });
        if acts_on_a_noun && words[at..].chars().count() >= 2 {
            return &words[at..];
        }
    }
    words
}

/// `“政协讲堂”“委员读书”、委员培训等学习活动` → 学习活动: the examples
/// listed before 等 are not what is counted.
fn without_examples(words: &str) -> &str {
    match words.rsplit_once('等') {
        Some((examples, what))
            if examples.contains(['、', '”', '》'])
                && what.chars().count() >= 2
                && !words.contains("用于") =>
        {
            what
        }
        _ => words,
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
        // 2003年中央财政支出: a year before the indicator is its period.
        let digits = text.chars().take_while(|&c| is_digit(c)).count();
        if digits == 4 && text.chars().nth(4) == Some('年') {
            let cut = text.char_indices().nth(5).map_or(text.len(), |(i, _)| i);
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
    let tags = jieba.tag(words, false);
    let mut phrase: Vec<&str> = Vec::new();
    for tag in tags.iter().rev() {
        let joiner = matches!(tag.word, "、" | "“" | "”" | "《" | "》");
        if NOUN_TAGS.contains(&tag.tag) || joiner {
            phrase.push(tag.word);
        } else {
            break;
        }
    }
    let phrase: String = phrase.iter().rev().copied().collect();
    clean_subject(phrase.trim_start_matches(['、', '”', '》']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject_of(sentence: &str, figure: &str, counted: bool) -> Option<String> {
        let (jieba, _) = crate::keywords::lexicon::load();
        let start = sentence.find(figure).unwrap();
        let unit = if counted {
            Unit::Word("个")
        } else {
            Unit::Word("%")
        };
        subject(&jieba, sentence, start, start + figure.len(), unit)
    }

    #[test]
    fn the_indicator_before_or_the_thing_counted_after() {
        for (sentence, figure, counted, expected) in [
            ("共收到委员提案2796件。", "2796件", true, Some("委员提案")),
            (
                "市县两级政协委员结对帮扶贫困户家庭1365户。",
                "1365户",
                true,
                Some("贫困户家庭"),
            ),
            (
                "9项成果获国家科学技术奖。",
                "9项",
                true,
                Some("成果获国家科学技术奖"),
            ),
            (
                "做精做优食用菌等7个优势特色产业。",
                "7个",
                true,
                Some("优势特色产业"),
            ),
            ("新建绿道130个。", "130个", true, Some("新建绿道")),
            (
                "全年国内生产总值增长5.2%。",
                "5.2%",
                false,
                Some("国内生产总值"),
            ),
            (
                "建成20个无人化智慧农场。",
                "20个",
                true,
                Some("无人化智慧农场"),
            ),
            ("首批10个产业园区启动建设。", "10个", true, Some("产业园区")),
            (
                "实施100个以上关键技术攻关项目。",
                "100个以上",
                true,
                Some("关键技术攻关项目"),
            ),
            (
                "提升发展12个自治区级集群，支持中小企业。",
                "12个",
                true,
                Some("自治区级集群"),
            ),
            ("培育8个千亿级产业链。", "8个", true, Some("千亿级产业链")),
            (
                "建成500个社区就业服务站点，城镇新增就业60万人。",
                "500个",
                true,
                Some("社区就业服务站点"),
            ),
            ("完成662万农户延包任务。", "662万", true, Some("农户")),
            (
                "2025年末国家外汇储备3.2万亿美元。",
                "3.2万亿美元",
                false,
                Some("国家外汇储备"),
            ),
            (
                "建设筹措7万套保障性租赁住房，实现“十四五”末总量达到60万套。",
                "60万套",
                true,
                Some("总量"),
            ),
            (
                "逐步降低农业税税率，平均每年降低1个百分点以上。",
                "1个百分点以上",
                false,
                Some("农业税税率"),
            ),
            (
                "实施16个国家重大科技专项。",
                "16个",
                true,
                Some("国家重大科技专项"),
            ),
            (
                "PM2.5平均浓度35.2微克/立方米。",
                "35.2微克/立方米",
                false,
                Some("PM2.5平均浓度"),
            ),
            ("赤字率拟按3%安排。", "3%", false, Some("赤字率")),
            (
                "全国财政赤字合计9500亿元。",
                "9500亿元",
                false,
                Some("财政赤字"),
            ),
            (
                "提出8%左右的国内生产总值增长目标。",
                "8%左右",
                false,
                Some("国内生产总值"),
            ),
            (
                "城镇新增就业 75.95万人。",
                "75.95万人",
                false,
                Some("城镇新增就业"),
            ),
            (
                "中央财政用于洪涝、干旱等救灾救济支出80亿元。",
                "80亿元",
                false,
                Some("中央财政救灾救济支出"),
            ),
            ("突破1600亿斤大关。", "1600亿斤", false, None),
            (
                "粮食连续五年增产，总产量52850万吨。",
                "52850万吨",
                false,
                Some("粮食总产量"),
            ),
            (
                "中央财政新增47亿元专项补助资金。",
                "47亿元",
                false,
                Some("中央财政专项补助资金"),
            ),
            (
                "确保全省生猪出栏稳定在6000万头以上。",
                "6000万头以上",
                false,
                Some("生猪出栏"),
            ),
            ("增长94.5%、达168.4万辆。", "168.4万辆", true, None),
        ] {
            assert_eq!(
                subject_of(sentence, figure, counted).as_deref(),
                expected,
                "{sentence}"
            );
        }
    }
}
