//! What a figure counts or measures (its subject): the noun phrase right
//! after it (3000余名政协委员) or right before it (收到委员提案2796件), the
//! subjects listed before figures listed together (A和B分别增长8.4%和11.4%),
//! and a change's subject taken from the figure before it.

use jieba_rs::Jieba;

use super::change::{strip_change, strip_linking};
use super::reader::Figure;
use super::sentence::{clause_before, is_clause_break};
use crate::report::Metric;
use crate::text::chars::is_han;

/// Part-of-speech tags (jieba's) that can be part of a subject noun phrase.
const NOUN_TAGS: &[&str] = &[
    "n", "nr", "ns", "nt", "nz", "ng", "vn", "an", "j", "l", "b", "nrt", "eng", "s",
];

/// `国内生产总值达到114万亿元，增长8.1%`: a change with no subject of its own
/// is about the figure before it in the same sentence.
pub(super) fn inherit_subjects(metrics: &mut [Metric]) {
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
pub(super) fn assign_series_subjects(text: &str, figures: &[Figure], metrics: &mut [Metric]) {
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
pub(super) fn subject(
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
