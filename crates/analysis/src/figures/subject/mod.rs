//! What a figure counts or measures (its subject): the indicator named
//! right before it (收到委员提案2796件, 国内生产总值增长5.2%) or the noun
//! phrase right after it (3000余名政协委员); for figures listed together
//! the listed subjects (`series`), and for a figure whose own words name
//! no indicator the one its neighbour names (`context`). This module
//! chooses between the words before the figure (`before`) and the noun
//! phrase after it (`after`).

use jieba_rs::{Jieba, Tag};

mod acts;
mod after;
mod before;
mod context;
mod purpose;
mod series;

pub(super) use context::fill_from_context;
pub(super) use purpose::add_purposes;
pub(super) use series::assign_series_subjects;

use acts::{act_with_object, trailing_acts};
use after::noun_phrase_after;
use before::indicator_before;
use before::strip_leading;

use super::sentence::{clause_before, is_clause_break};
use super::units::{Unit, PREFIX_QUALIFIERS};
use crate::text::chars::is_han;
use crate::text::numerals::is_digit;

/// Part-of-speech tags (jieba's) that can be part of a subject noun phrase.
const NOUN_TAGS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "ng", "vn", "an", "j", "l", "b", "nrt", "eng", "s",
];

/// Tags of single characters that never join their neighbours into a
/// word jieba does not know: conjunctions, prepositions, pronouns,
/// numerals, adverbs, particles, interjections and marks.
fn stands_alone(tag: &str) -> bool {
    matches!(tag, "c" | "p" | "r" | "m" | "x" | "d" | "y" | "e" | "o")
        || (tag.starts_with('u') && tag != "uv")
}

/// The words of `text`, tagged, as jieba cuts them, with a run of two or
/// more single characters jieba found no word for joined into one noun
/// (one act, when all are acts): the word it does not know (危|桥,
/// 托|班|托|额, 川|渝|通|办; 办|结).
pub(super) fn tag_words<'a>(jieba: &'a Jieba, text: &'a str) -> Vec<Tag<'a>> {
    let tags = jieba.tag(text, false);
    let single =
        |t: &Tag| t.end - t.start == 1 && t.word.chars().all(is_han) && !stands_alone(t.tag);
    let mut words: Vec<Tag<'a>> = Vec::with_capacity(tags.len());
    let mut i = 0;
    while i < tags.len() {
        let run = tags[i..].iter().take_while(|t| single(t)).count();
        if run >= 2 {
            let (first, last) = (&tags[i], &tags[i + run - 1]);
            // 办|结, (累计)|办|结|微: acts run together are one act, as is a
            // run that opens with an act where an act may start: the words'
            // start, or right after an act or an adverb.
            let acts = tags[i..i + run].iter().all(|t| t.tag.starts_with('v'))
                || (first.tag == "v" && (i == 0 || matches!(tags[i - 1].tag, "v" | "d" | "ad")));
            words.push(Tag {
                word: &text[first.byte_start..last.byte_end],
                tag: if acts { "v" } else { "n" },
                start: first.start,
                end: last.end,
                byte_start: first.byte_start,
                byte_end: last.byte_end,
            });
            i += run;
        } else {
            words.push(tags[i].clone());
            i += 1;
        }
    }
    words
}

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
    let phrase = without_levels(phrase.trim_matches('、'));
    (phrase.chars().filter(|&c| is_han(c)).count() >= 2).then(|| phrase.to_owned())
}

/// Administrative levels, the characters a list of them is written in.
const LEVELS: &[char] = &['国', '省', '市', '县', '区', '乡', '镇', '村'];

/// Words without the levels opening them, a scope like 全省: 市县两级政协委员
/// → 政协委员, 国省市三级 → (a rank that names one level, 省级, stays).
fn without_levels(phrase: &str) -> &str {
    let levels = phrase.chars().take_while(|c| LEVELS.contains(c)).count();
    let mut rest = phrase.chars().skip(levels);
    let counted =
        matches!(rest.next(), Some('两' | '三' | '四' | '五')) && rest.next() == Some('级');
    if levels < 2 || !counted {
        return phrase;
    }
    let at = phrase
        .char_indices()
        .nth(levels + 2)
        .map_or(phrase.len(), |(at, _)| at);
    if phrase[at..].chars().count() >= 2 {
        &phrase[at..]
    } else {
        phrase
    }
}

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
    let found = subject_in_clause(jieba, sentence, start, end, unit).or_else(|| {
        (!unit.counts())
            .then(|| object_of_echoed_act(jieba, sentence, start))
            .flatten()
    })?;
    Some(match cause(sentence, start) {
        Some(cause) if !found.contains(cause) => format!("{cause}{found}"),
        _ => found,
    })
}

/// Verbs that make what follows them happen: the clause's words before
/// them, or the clause before, are the cause.
const CAUSATIVES: &[&str] = &["可使", "将使", "能使"];

/// Longest cause put before what it makes happen.
const MAX_CAUSE_CHARS: usize = 16;

/// What makes the effect a figure measures happen, where the clause says
/// so with 可使: 今年农业税率降低可使农民减轻负担70亿元 → 农业税率降低; 取消
/// 农业特产税，每年可使农民减轻负担48亿元 → the clause before.
fn cause(sentence: &str, start: usize) -> Option<&str> {
    let own = clause_before(sentence, start);
    let at = CAUSATIVES.iter().find_map(|c| own.find(c))?;
    let in_clause = strip_leading(own[..at].trim_start_matches("每年"));
    let cause = if in_clause.chars().any(is_han) {
        in_clause
    } else {
        let earlier = sentence[..start - own.len()].trim_end_matches(|c: char| !is_han(c));
        clause_before(earlier, earlier.len())
    };
    let n = cause.chars().count();
    ((2..=MAX_CAUSE_CHARS).contains(&n) && !cause.chars().any(is_digit)).then_some(cause)
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
        // 建设筹措7万套保障性租赁住房: the act that changes the things
        // counted stays with them.
        let own = clause_before(sentence, start);
        // 剩余9项问题: which of the things are counted.
        let acts = trailing_acts(jieba, own)
            .or_else(|| REMAINING.iter().find(|r| own.ends_with(**r)).copied());
        let after = after().map(|after| match acts {
            Some(acts) if !after.starts_with(acts) => format!("{acts}{after}"),
            _ => after,
        });
        // 新纳入低保、特困供养近600万人: those an act admitted, named by it.
        return after
            .or_else(|| before.filter(|b| names_a_thing(jieba, b) || act_with_object(jieba, b)));
    }
    let Some(before) = before else {
        // 三次较大幅度提高粮食最低收购价: occasions opening their clause count
        // the act that follows.
        if unit.counts_occasions() && !clause_before(sentence, start).chars().any(is_han) {
            let clause_end = sentence[end..]
                .find(is_clause_break)
                .map_or(sentence.len(), |i| end + i);
            let act = &sentence[end..clause_end];
            if act.chars().count() <= MAX_OCCASION_ACT_CHARS && !act.chars().any(is_digit) {
                return clean_subject(act);
            }
        }
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
    let tags = tag_words(jieba, &before);
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
        // 新纳入低保、特困供养近600万人: those an act admitted, named by it.
        return after().or_else(|| act_with_object(jieba, &before).then_some(before));
    }
    // 首期规模500亿元的浙江社保科创基金: the measure of the thing after it.
    let measured = before.ends_with("规模") || BARE_MEASURES.contains(&before.as_str());
    if measured && sentence[end..].starts_with('的') {
        if let Some(thing) = after() {
            // The thing, not what is done with it (签约落地).
            let tags = tag_words(jieba, &thing);
            let named = tags
                .iter()
                .position(|t| t.tag == "v")
                .map_or(thing.len(), |k| tags[k].byte_start);
            if named > 0 {
                return Some(format!("{}{before}", &thing[..named]));
            }
        }
    }
    // 粮食连续五年增产，总产量52850万吨: the measure of the thing named
    // before; 经济增速是综合性指标，今年预期目标设定为6%以上: its target.
    if BARE_MEASURES.contains(&before.as_str()) || BARE_TARGETS.contains(&before.as_str()) {
        if let Some(topic) = topic_of_clause_before(jieba, sentence, start) {
            return Some(format!("{topic}{before}"));
        }
    }
    Some(before)
}

/// Words before a count that say which of the things are counted.
const REMAINING: &[&str] = &["剩余", "其余", "其他"];

/// Longest act taken as what occasions opening a clause count.
const MAX_OCCASION_ACT_CHARS: usize = 16;

/// Measures that need the thing they measure: 总产量, 规模.
pub(super) const BARE_MEASURES: &[&str] = &[
    "总量", "总数", "总额", "总规模", "规模", "产量", "总产量", "总投资", "年度投资",
];

/// Words that say a figure is a target without naming what of.
const BARE_TARGETS: &[&str] = &["预期目标", "目标", "预期"];

/// Measures of a rate or share of the thing before: 增速, 比重.
pub(super) const BARE_RATES: &[&str] = &["增速", "增幅", "比重", "占比"];

/// The thing the clause before the figure's clause opens with: 粮食 of
/// 粮食连续五年增产.
fn topic_of_clause_before(jieba: &Jieba, sentence: &str, start: usize) -> Option<String> {
    let own = clause_before(sentence, start);
    let own_start = start - own.len();
    let earlier = sentence[..own_start].trim_end_matches(|c: char| !is_han(c));
    let clause = clause_before(earlier, earlier.len());
    let topic: String = tag_words(jieba, clause)
        .iter()
        .take_while(|t| {
            (NOUN_TAGS.contains(&t.tag) && t.tag != "vn") || BARE_RATES.contains(&t.word)
        })
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
    let act = tag_words(jieba, own)
        .into_iter()
        .rev()
        .find(|t| t.tag == "v" && t.word.chars().count() >= 2)?
        .word;
    let earlier = &sentence[..start - own.len()];
    let at = earlier.rfind(act)? + act.len();
    let object_end = earlier[at..]
        .find(is_clause_break)
        .map_or(earlier.len(), |i| at + i);
    let tags = tag_words(jieba, &earlier[at..object_end]);
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

/// Whether words name a thing (a noun among them), not only an act or a
/// modifier (建成, 创建了, 首批, 完成投资); an act with what it acts on is a
/// thing done (开展学习活动).
fn names_a_thing(jieba: &Jieba, words: &str) -> bool {
    let tags = tag_words(jieba, words);
    let noun = tags
        .iter()
        .any(|t| NOUN_TAGS.contains(&t.tag) && t.tag != "vn");
    let thing_done = tags.len() >= 2
        && tags
            .last()
            .is_some_and(|t| t.tag == "vn" && t.word.chars().count() >= 2);
    noun || thing_done
}

#[cfg(test)]
mod tests;
