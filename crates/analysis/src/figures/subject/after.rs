//! The noun phrase right after a figure, up to its clause's end: what a
//! count counts (3000余名政协委员, 10个零碳产业园区) and, after a measure,
//! the indicator a target names (8%左右的国内生产总值增长目标).

use jieba_rs::{Jieba, Tag};

use super::super::change::strip_change;
use super::super::sentence::{clause_before, is_clause_break};
use super::before::{is_leading_word, strip_leading};
use super::purpose::SPENT;
use super::{clean_subject, ends_phrase, tag_words, BARE_RATES, NOUN_TAGS};
use crate::text::chars::is_han;
use crate::text::numerals::{is_digit, is_multiplier};

/// Words after a figure that name a level reached or a currency, not what
/// is counted: 突破1600亿斤大关, 跨上5万亿元台阶, 约合1243亿元人民币.
const NOT_COUNTED: &[&str] = &["大关", "台阶", "关口", "水平", "人民币"];

/// Acts of receiving: what people counted got (得到最低生活保障, 喝上引调水).
const RECEIVING: &[&str] = &[
    "得到", "获得", "享受", "受益", "喝上", "用上", "住上", "纳入",
];

/// Words of how work goes, not what is done: 加快建设, 有序推进.
const PROGRESS: &[&str] = &[
    "加快", "加速", "推进", "有序", "稳步", "顺利", "持续", "全面", "加力",
];

/// The rank a name may hold inside it: 自治区级, 千亿级.
const RANK: &str = "级";

/// Longest act after a count that says which things are counted.
const MAX_ACT_CHARS: usize = 20;

/// The noun phrase right after a figure, up to the clause's end:
/// 3000余名**政协委员**, 215件**重点提案**、90篇委员大会**发言**的,
/// 8%左右的**国内生产总值**增长目标.
pub(super) fn noun_phrase_after(
    jieba: &Jieba,
    sentence: &str,
    (start, end): (usize, usize),
    counted: bool,
) -> Option<String> {
    // 12人入选…, 五星抽水蓄能电站等518个项目开工建设: the figure opens its
    // clause, after examples (…等), time or scope at most.
    let before = clause_before(sentence, start);
    let examples_only = match before.rsplit_once('等') {
        // The examples name things, not what is done to them (围绕…等).
        Some((examples, rest)) => {
            tag_words(jieba, examples.trim_start_matches(|c: char| !is_han(c)))
                .first()
                .is_some_and(|t| NOUN_TAGS.contains(&t.tag))
                .then_some(rest)
        }
        None => Some(before),
    };
    let opens_clause = examples_only.is_some_and(|rest| {
        let rest = strip_leading(rest);
        is_leading_word(rest) || !rest.chars().any(is_han)
    });
    // 向市水务局等29家单位委派民主监督小组: a preposition opening the
    // clause governs what is counted, and the verb after it is the clause's.
    let verbs_inside = !governed_by_preposition(jieba, before);
    let opens_clause = opens_clause && verbs_inside;
    // The clause's end, or the next item of a list that has a figure of
    // its own (40个机关、企事业单位附属空间 is one thing counted).
    let clause_end = sentence[end..]
        .find(is_clause_break)
        .map_or(sentence.len(), |i| end + i);
    let after_end = match sentence[end..clause_end].find('、') {
        Some(i) if sentence[end + i..clause_end].chars().any(is_digit) => end + i,
        _ => clause_end,
    };
    let words = &sentence[end..after_end];
    let words = words.strip_prefix('的').unwrap_or(words);
    let tags = tag_words(jieba, words);
    let mut taken = phrase_words(&tags, counted, verbs_inside);
    // 用好1800亿元引导基金: money named by what it does (引导, a verb).
    if let [act, money, rest @ ..] = tags.as_slice() {
        if taken.is_empty()
            && act.tag == "v"
            && act.word.chars().count() == 2
            && SPENT.contains(&money.word)
            && rest.first().is_none_or(|next| ends_phrase(next.tag))
        {
            taken = vec![(act.word, act.tag), (money.word, money.tag)];
        }
    }
    let noun_chars: usize = taken.iter().map(|(word, _)| word.chars().count()).sum();
    let rest = &words[taken.iter().map(|(word, _)| word.len()).sum::<usize>()..];
    // 2235万城市居民得到最低生活保障: what people received says which
    // they are, however long their name.
    let received = RECEIVING.iter().any(|r| rest.starts_with(r));
    if opens_clause
        && (noun_chars <= 2 || received)
        && rest.chars().filter(|&c| is_han(c)).count() <= MAX_ACT_CHARS
        && !rest.chars().any(is_digit)
    {
        // 9项成果获国家科学技术奖, 12人入选国家高层次人才: what they did says
        // which they are (not how fast it goes: 4个项目加快建设).
        if tag_words(jieba, rest).first().is_some_and(|t| {
            t.tag.starts_with('v') && !PROGRESS.iter().any(|p| t.word.starts_with(p))
        }) {
            let head: String = taken.iter().map(|(word, _)| *word).collect();
            return clean_subject(&format!("{head}{}", without_progress(jieba, rest)));
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
    // (One act of how work goes is dropped too: 4个在建铁路项目加快建设.)
    let progress = taken.last().is_some_and(|(word, tag)| {
        tag.starts_with('v') && PROGRESS.iter().any(|p| word.starts_with(p))
    });
    if (acts >= 2 || progress) && acts < taken.len() {
        taken.truncate(taken.len() - acts);
        // …and the manner it goes in (有序推进, 全面推进).
        if progress {
            while taken.len() > 1
                && taken.last().is_some_and(|(word, tag)| {
                    matches!(*tag, "d" | "ad") || PROGRESS.contains(word)
                })
            {
                taken.pop();
            }
        }
    }
    let phrase: String = taken.iter().map(|(word, _)| *word).collect();
    if NOT_COUNTED.contains(&phrase.as_str()) {
        return None;
    }
    // 8%左右的国内生产总值增长目标: the indicator, not the target.
    let phrase = phrase.strip_suffix("目标").unwrap_or(&phrase);
    clean_subject(strip_change(phrase))
}

/// The words, tagged, that make the noun phrase after a figure: nouns, a
/// quoted name whole, and the verbs, adjectives, ranks and numerals a name
/// holds inside it; `counted` says the figure counts things.
fn phrase_words<'a>(
    tags: &[Tag<'a>],
    counted: bool,
    verbs_inside: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut taken: Vec<(&str, &str)> = Vec::new();
    let mut quoted = false;
    let mut joined_after_act = None;
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
        if !taken.is_empty() && joins_more(tags, i) {
            taken.push((tag.word, tag.tag));
            continue;
        }
        // A verb closing the phrase is a noun here: 215件重点提案、90篇委员大会发言的;
        // after a counting unit even alone: 8件提案， A verb of one character
        // does so only at the clause's end (境外展，), never before more of
        // a word (群众喝上, 农户延包).
        let closing_verb = verbs_inside
            && tag.tag.starts_with('v')
            && (tag.word.chars().count() > 1 || i + 1 == tags.len())
            && tags.get(i + 1).is_none_or(|next| ends_phrase(next.tag));
        // An adjective inside or opening the phrase: 16个国家重大科技专项,
        // 20项重大水利工程.
        let inner_adjective = tag.tag == "a"
            && tags
                .get(i + 1)
                .is_some_and(|next| NOUN_TAGS.contains(&next.tag));
        // A verb between nouns, with the noun closing the phrase: 专项补助资金,
        // 认知障碍照护床位; or two acts and a noun: the service and where it is
        // given (社区就业服务站点), what was found and given back (中央环保
        // 督察反馈问题).
        let noun_closes = |k: usize| {
            tags.get(k)
                .is_some_and(|next| matches!(next.tag, "n" | "nz"))
                && tags.get(k + 1).is_none_or(|after| ends_phrase(after.tag))
        };
        let inner_verb = verbs_inside
            && tag.tag == "v"
            && tag.word.chars().count() == 2
            && !taken.is_empty()
            && (noun_closes(i + 1)
                || (tags
                    .get(i + 1)
                    .is_some_and(|next| matches!(next.tag, "vn" | "v"))
                    && noun_closes(i + 2)));
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
        // 增速, 增幅: the dictionary's verbs that name a measure here.
        let measure = BARE_RATES.contains(&tag.word);
        // 环保式, 压缩式: a word and the suffix that makes it a modifier, before a noun.
        let suffixed = tags.get(i + 1).is_some_and(|next| next.tag == "k")
            && tags
                .get(i + 2)
                .is_some_and(|after| NOUN_TAGS.contains(&after.tag));
        let suffix = tag.tag == "k"
            && !taken.is_empty()
            && tags
                .get(i + 1)
                .is_some_and(|next| NOUN_TAGS.contains(&next.tag));
        if inner_adjective
            || inner_verb
            || ranked
            || measure
            || suffixed
            || suffix
            || NOUN_TAGS.contains(&tag.tag)
        {
            taken.push((tag.word, tag.tag));
        } else if closing_verb && (!taken.is_empty() || (counted && i + 1 == tags.len())) {
            taken.push((tag.word, tag.tag));
            // 架空线入地和杆箱整治: more things the same figure counts.
            if !joins_more(tags, i + 1) {
                break;
            }
            joined_after_act = Some(taken.len());
        } else {
            break;
        }
    }
    // What is joined after an act, cut short by an act of its own that the
    // phrase could not take, is not what the figure counts (企业拆迁及厂区
    // 植被恢复工作; but 过境免签、单方面免签政策 is whole).
    if let Some(k) = joined_after_act {
        if tags
            .get(taken.len())
            .is_some_and(|stop| stop.tag.starts_with('v'))
        {
            taken.truncate(k);
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
    taken
}

/// What joins two things one figure counts: 架空线入地和杆箱整治, 小区、
/// 道路积水点改造.
const THING_JOINERS: &[&str] = &["和", "及", "与", "、"];

/// `words` without the acts of how work goes closing them, and their
/// manner (在建铁路项目加快建设 → 在建铁路项目).
fn without_progress<'w>(jieba: &Jieba, words: &'w str) -> &'w str {
    let tags = tag_words(jieba, words);
    let of_progress = |t: &Tag| PROGRESS.iter().any(|p| t.word.starts_with(p));
    let cut = tags.iter().position(of_progress).filter(|&k| {
        k > 0
            && tags[k..]
                .iter()
                .all(|t| t.tag.starts_with('v') || matches!(t.tag, "d" | "ad") || of_progress(t))
    });
    match cut {
        Some(k) => &words[..tags[k].byte_start],
        None => words,
    }
}

/// Whether the word at `i` joins the phrase to more things the same
/// figure counts: a joiner before a noun, with no other figure after it
/// (215件重点提案和90篇委员大会发言 lists two).
fn joins_more(tags: &[Tag], i: usize) -> bool {
    tags.get(i).is_some_and(|t| THING_JOINERS.contains(&t.word))
        && tags.get(i + 1).is_some_and(|next| {
            next.tag.starts_with('n')
                || matches!(next.tag, "vn" | "j" | "b" | "s")
                || matches!(next.word, "“" | "《")
        })
        && !tags[i + 1..].iter().any(|t| t.word.chars().any(is_digit))
}

/// Whether a word's last two characters are a noun of the dictionary.
fn ends_with_noun(jieba: &Jieba, word: &str) -> bool {
    let Some((at, _)) = word.char_indices().rev().nth(1) else {
        return false;
    };
    let tail = &word[at..];
    tag_words(jieba, tail)
        .as_slice()
        .first()
        .is_some_and(|t| t.word == tail && t.tag == "n")
}

/// Whether the words of a clause before its figure open with a preposition
/// and hold no verb, adjective or adverb: 向…等, 为, 在 — the figure's noun
/// is its object (用好 is a verb and its complement).
fn governed_by_preposition(jieba: &Jieba, words: &str) -> bool {
    let words = words.trim_matches(|c: char| !is_han(c));
    let tags = tag_words(jieba, words);
    tags.first().is_some_and(|t| t.tag == "p")
        && tags
            .iter()
            .skip(1)
            .all(|t| !t.tag.starts_with(['v', 'a', 'd']))
}
