//! Metrics: each figure `figures` finds, with what it counts (subject), its
//! change (rise or fall, and basis), whether it is a result, target or plan,
//! the period it refers to, and its section and sentence.

use jieba_rs::Jieba;

pub(crate) mod formulations;
mod reader;

use reader::{figures, Figure};

use crate::report::{
    innermost_section, top_section, Change, Direction, Metric, MetricKind, Normalized, Section,
};
use crate::text::chars::{ends_clause, ends_sentence, is_han};
use crate::text::document::{Document, Paragraph};

/// Units that count things (what follows them is what is counted).
const COUNTING_UNITS: &[&str] = &[
    "件", "篇", "份", "项", "条", "个", "名", "家", "期", "部", "批",
];
/// Part-of-speech tags (jieba's) that can be part of a subject noun phrase.
const NOUN_TAGS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "ng", "vn", "an", "j", "l", "b", "nrt", "eng", "s",
];
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
/// Words between a figure and what it counts that are not part of the subject.
const LINKING_WORDS: &[&str] = &[
    "分别", "实际", "累计", "共", "各", "计", "达", "为", "约", "超过", "达到", "突破", "了", "近",
    "超", "再", "控制在", "保持在", "稳定在", "全年", "今年", "去年",
];
/// Periods a sentence may name besides a year; the first one named wins.
const PERIODS: &[&str] = &[
    "十四五", "十五五", "十三五", "十二五", "过去五年", "今后五年", "五年来", "一年来", "今年",
    "去年", "明年",
];
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

/// Where the words about a figure stop: a clause's end, or a bracket.
fn is_clause_break(c: char) -> bool {
    ends_clause(c) || matches!(c, '（' | '(' | '）' | ')')
}

#[inline(never)]
pub(crate) fn metrics(doc: &Document, sections: &[Section], jieba: &Jieba) -> Vec<Metric> {
    let mut found = Vec::new();
    for paragraph in &doc.paragraphs {
        let figures = figures(&paragraph.text);
        let first = found.len();
        let mut previous_end = 0;
        for figure in &figures {
            found.push(to_metric(
                doc, paragraph, figure, previous_end, sections, jieba,
            ));
            previous_end = figure.end;
        }
        assign_series_subjects(&paragraph.text, &figures, &mut found[first..]);
        inherit_subjects(&mut found[first..]);
    }
    found
}

/// `previous_end`: where the paragraph's previous figure ends; no subject
/// reaches back across it (采用24期、省政协采用135期).
#[inline(never)]
fn to_metric(
    doc: &Document,
    paragraph: &Paragraph,
    figure: &Figure,
    previous_end: usize,
    sections: &[Section],
    jieba: &Jieba,
) -> Metric {
    let text = &paragraph.text;
    let start = doc.char_offset(paragraph.original_byte(figure.start));
    let end = doc.char_offset(paragraph.original_end_byte(figure.end));
    let (sentence_start, sentence_end) = sentence_bounds(text, figure.start);
    let sentence = &text[sentence_start..sentence_end];
    let subject_from = previous_end.clamp(sentence_start, figure.start);
    let subject_text = &text[subject_from..sentence_end];
    let (local_start, local_end) = (figure.start - subject_from, figure.end - subject_from);
    let (magnitude, factor) = figure.magnitude;
    Metric {
        text: text[figure.start..figure.end].to_owned(),
        value: figure.value,
        unit: format!("{magnitude}{}", figure.unit),
        qualifier: figure.qualifier.map(str::to_owned),
        subject: subject(
            jieba,
            subject_text,
            local_start,
            local_end,
            COUNTING_UNITS.contains(&figure.unit),
        ),
        section: innermost_section(sections, start),
        sentence: sentence.replace("**", ""),
        sentence_start: doc.char_offset(paragraph.original_byte(sentence_start)),
        sentence_end: doc.char_offset(paragraph.original_end_byte(sentence_end)),
        start,
        end,
        normalized: Normalized {
            value: figure.value * factor,
            unit: figure.unit.replace('％', "%"),
        },
        upper: figure.upper,
        change: change(clause_before(sentence, figure.start - sentence_start)),
        kind: kind(sentence, figure.qualifier, outlook(sections, start)),
        period: period(sentence),
    }
}

/// The sentence around byte `at`: from after the previous 。！？ (and any
/// `**` that closes it) to the next one, inclusive.
pub(crate) fn sentence_bounds(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind(ends_sentence).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..].find(ends_sentence).map_or(text.len(), |i| {
        at + i + text[at + i..].chars().next().map_or(1, char::len_utf8)
    });
    // A bold lead's closing ** belongs to the sentence before.
    let start =
        (start + text[start..at].len() - text[start..at].trim_start_matches('*').len()).min(at);
    (start, end)
}

/// The text of the clause before byte `at` of `sentence`.
fn clause_before(sentence: &str, at: usize) -> &str {
    let start = sentence[..at].rfind(is_clause_break).map_or(0, |i| {
        i + sentence[i..].chars().next().map_or(1, char::len_utf8)
    });
    &sentence[start..at]
}

/// A rise or fall named just before the figure (增长8.1%, 比上年下降0.6个百分点).
fn change(before: &str) -> Option<Change> {
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
fn strip_linking(mut text: &str) -> &str {
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

/// Whether the part of the report a figure stands in looks back (工作回顾)
/// or ahead (重点工作, 工作任务, 今后五年工作建议), by its top heading.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Outlook {
    Back,
    Ahead,
    Unknown,
}

fn outlook(sections: &[Section], at: usize) -> Outlook {
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
fn kind(sentence: &str, qualifier: Option<&str>, outlook: Outlook) -> MetricKind {
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

/// The period a sentence names: the first year (2023年), five-year plan
/// (十四五) or relative period (今年, 过去五年).
fn period(sentence: &str) -> Option<String> {
    let year = sentence.char_indices().find_map(|(i, _)| {
        let rest = &sentence[i..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let preceded_by_digit = sentence[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        (digits == 4 && !preceded_by_digit && rest[4..].starts_with('年'))
            .then(|| (i, rest[..4 + '年'.len_utf8()].to_owned()))
    });
    let named = PERIODS
        .iter()
        .filter_map(|p| sentence.find(p).map(|i| (i, (*p).to_owned())));
    year.into_iter()
        .chain(named)
        .min_by_key(|(i, _)| *i)
        .map(|(_, p)| p)
}

/// Most headline figures a report lists.
const HEADLINES: usize = 8;

/// The figures a 数说 piece would lead with: results with a subject, those
/// with a large magnitude or a change first, then the larger quantities; one
/// per subject, listed in document order.
pub(crate) fn headlines(metrics: &[Metric]) -> Vec<usize> {
    let score = |m: &Metric| {
        let big = m.normalized.value >= 1e8 || m.unit.contains('亿');
        usize::from(m.change.is_some()) * 2
            + usize::from(big) * 2
            + usize::from(m.unit.contains('万'))
    };
    let mut candidates: Vec<usize> = (0..metrics.len())
        .filter(|&i| metrics[i].kind == MetricKind::Result && metrics[i].subject.is_some())
        .collect();
    // Ties go to the larger quantity (2796件 before 3次).
    candidates.sort_by(|&a, &b| {
        let (x, y) = (&metrics[a], &metrics[b]);
        score(y)
            .cmp(&score(x))
            .then(y.normalized.value.total_cmp(&x.normalized.value))
            .then(a.cmp(&b))
    });
    let mut chosen: Vec<usize> = Vec::new();
    for i in candidates {
        if chosen.len() == HEADLINES {
            break;
        }
        if !chosen
            .iter()
            .any(|&c| metrics[c].subject == metrics[i].subject)
        {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen
}

/// `国内生产总值达到114万亿元，增长8.1%`: a change with no subject of its own
/// is about the figure before it in the same sentence.
fn inherit_subjects(metrics: &mut [Metric]) {
    for i in 1..metrics.len() {
        let (before, rest) = metrics.split_at_mut(i);
        let (previous, metric) = (&before[i - 1], &mut rest[0]);
        if metric.subject.is_none()
            && metric.change.is_some()
            && metric.sentence == previous.sentence
        {
            metric.subject = previous.subject.clone();
        }
    }
}

/// `A和B分别增长8.4%和11.4%`: figures listed together take the listed
/// subjects in order, and share the change stated before the first.
fn assign_series_subjects(text: &str, figures: &[Figure], metrics: &mut [Metric]) {
    let mut i = 0;
    while i < figures.len() {
        let mut j = i;
        while j + 1 < figures.len()
            && matches!(
                &text[figures[j].end..figures[j + 1].start],
                "和" | "、" | "及" | "，" | "与"
            )
        {
            j += 1;
        }
        let n = j - i + 1;
        if n >= 2 {
            // …增长8.4%和11.4%: the change stated once holds for the whole list.
            let change = metrics[i].change.clone();
            for metric in &mut metrics[i + 1..=j] {
                metric.change = metric.change.take().or_else(|| change.clone());
            }
            let before = clause_before(text, figures[i].start);
            let head = strip_change(strip_linking(before));
            let parts: Vec<&str> = head
                .split(['和', '、', '及', '与'])
                .map(|p| p.trim_start_matches(|c: char| !is_han(c)))
                .collect();
            if parts.len() == n && parts.iter().all(|p| p.chars().count() >= 2) {
                for (metric, part) in metrics[i..=j].iter_mut().zip(parts) {
                    metric.subject = Some(part.to_owned());
                }
            }
        }
        i = j + 1;
    }
}

/// Drops a change verb, its basis and adverbs from the end: `收入实际增长` → `收入`.
fn strip_change(text: &str) -> &str {
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

/// Tags that end a noun phrase: conjunctions, particles, prepositions, punctuation.
fn ends_phrase(tag: &str) -> bool {
    matches!(tag, "c" | "uj" | "ul" | "p" | "x" | "d" | "f")
}

/// Quotes and title marks dropped; 《A》《B》 read as A、B.
fn clean_subject(phrase: &str) -> Option<String> {
    let phrase = phrase.replace("》《", "、").replace("”“", "、");
    let phrase: String = phrase
        .chars()
        .filter(|c| !matches!(c, '《' | '》' | '“' | '”'))
        .collect();
    let phrase = phrase.trim_matches('、');
    (phrase.chars().filter(|&c| is_han(c)).count() >= 2).then(|| phrase.to_owned())
}

/// What a figure counts: the noun phrase right after it (3000余名**政协委员**),
/// else the one right before it (收到**委员提案**2796件, **国内生产总值**增长8.1%).
/// `start`..`end` is the figure within `sentence`; `counted` says its unit
/// counts things (件, 篇…).
fn subject(
    jieba: &Jieba,
    sentence: &str,
    start: usize,
    end: usize,
    counted: bool,
) -> Option<String> {
    let after_end = sentence[end..]
        .find(|c: char| is_clause_break(c) || c == '、')
        .map_or(sentence.len(), |i| end + i);
    let tags = jieba.tag(&sentence[end..after_end], false);
    let mut phrase = String::new();
    for (i, tag) in tags.iter().enumerate() {
        let quote = matches!(tag.word, "“" | "”" | "《" | "》");
        // A verb closing the phrase is a noun here: 215件重点提案、90篇委员大会发言的;
        // after a counting unit even alone: 8件提案，
        let closing_verb =
            tag.tag.starts_with('v') && tags.get(i + 1).is_none_or(|next| ends_phrase(next.tag));
        if quote || NOUN_TAGS.contains(&tag.tag) {
            phrase.push_str(tag.word);
        } else if closing_verb && (!phrase.is_empty() || (counted && i + 1 == tags.len())) {
            phrase.push_str(tag.word);
            break;
        } else {
            break;
        }
    }
    if let Some(found) = clean_subject(&phrase) {
        return Some(found);
    }

    let before = clause_before(sentence, start).replace("**", "");
    let before = strip_change(before.trim_end_matches('等'));
    let tags = jieba.tag(before, false);
    let mut words: Vec<&str> = Vec::new();
    for tag in tags.iter().rev() {
        let joiner = matches!(tag.word, "、" | "“" | "”" | "《" | "》");
        let verb_noun = tag.word.chars().count() >= 2
            && tag.word.chars().all(is_han)
            && tag.tag.starts_with('v');
        if NOUN_TAGS.contains(&tag.tag) || joiner {
            words.push(tag.word);
        } else if words.iter().all(|w| matches!(*w, "》" | "”")) && verb_noun {
            // 立案2345件, 委员提案2796件: the act itself is what is counted.
            words.push(tag.word);
        } else {
            break;
        }
    }
    let phrase: String = words.iter().rev().copied().collect();
    clean_subject(phrase.trim_start_matches(['、', '”', '》']))
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

    #[test]
    fn periods() {
        assert_eq!(
            period("2021年国内生产总值增长8.1%。").as_deref(),
            Some("2021年")
        );
        assert_eq!(period("编制“十四五”规划。").as_deref(), Some("十四五"));
        assert_eq!(
            period("五年来，共收到委员提案2796件。").as_deref(),
            Some("五年来")
        );
    }

    #[test]
    fn listed_figures_take_listed_subjects() {
        let (jieba, _) = crate::keywords::lexicon::load();
        let text = "城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%。";
        let full = format!("正文。\n{text}\n");
        let doc = Document::parse(&full, &|w| jieba.has_word(w));
        let found = metrics(&doc, &[], &jieba);
        let subjects: Vec<_> = found.iter().map(|m| m.subject.as_deref()).collect();
        assert_eq!(
            subjects,
            [Some("城镇居民人均可支配收入"), Some("农村居民人均纯收入")]
        );
        assert_eq!(
            found[1].change.as_ref().map(|c| c.direction),
            Some(Direction::Up)
        );
    }
}
