//! What money is spent on, where the sentence says it apart from the words
//! before the figure: the purpose the sentence opens with (为支持农村税费
//! 改革，今年中央财政拿出396亿元用于转移支付 → 中央财政农村税费改革转移支付),
//! what 用于 names after the figure, and the act the next clause names
//! (中央财政安排423亿元资金，支持十大重点节能工程… → 中央财政支持…资金).

use super::super::reader::Figure;
use super::super::sentence::{is_clause_break, sentence_bounds};
use crate::report::Metric;
use crate::text::numerals::is_digit;

/// What money is spent as: a subject ending with one of these names the
/// spender before it (中央财政支出: 中央财政).
pub(super) const SPENT: &[&str] = &[
    "转移支付", "支出", "资金", "投入", "补助", "补贴", "经费", "基金", "投资",
];

/// Acts that open a clause saying what the money before it is for.
const PURPOSE_ACTS: &[&str] = &[
    "专项用于", "用于", "直接补贴", "支持", "补贴", "补助", "扶持", "资助", "奖励",
];

/// Verbs of a purpose clause (为支持…, 为继续落实…), and adverbs before them.
const PURPOSE_VERBS: &[&str] = &[
    "支持", "落实", "推进", "加强", "促进", "保障", "解决", "实现", "推动", "应对", "加快", "做好",
    "确保", "完善", "稳定", "扩大",
];
const PURPOSE_ADVERBS: &[&str] = &["继续", "进一步", "全面", "更好地", "切实"];

/// Longest purpose or act added to a subject.
const MAX_PURPOSE_CHARS: usize = 24;

/// Gives the money figures of a paragraph (`text`, its `figures` as
/// `metrics`) what they are spent on, where the sentence says so.
pub(in crate::figures) fn add_purposes(text: &str, figures: &[Figure], metrics: &mut [Metric]) {
    for (figure, metric) in figures.iter().zip(metrics.iter_mut()) {
        if !metric.unit.ends_with('元') {
            continue;
        }
        let Some(subject) = metric.subject.as_deref() else {
            continue;
        };
        let (spender, spent) = split_spender(subject);
        let clause_end = text[figure.end..]
            .find(is_clause_break)
            .map_or(text.len(), |i| figure.end + i);
        let after = &text[figure.end..clause_end];
        let (sentence_start, sentence_end) = sentence_bounds(text, figure.start);
        let next_clause = text[clause_end..sentence_end]
            .strip_prefix('，')
            .map(|rest| &rest[..rest.find(is_clause_break).unwrap_or(rest.len())]);
        let mut subject = subject.to_owned();
        if let Some(used) = after.strip_prefix("用于").filter(|u| fits(u)) {
            // 中央财政拿出396亿元用于转移支付; 统筹…政府债券超400亿元用于工业发展.
            if spent.is_none() {
                let joiner = if is_body(&spender) { "" } else { "用于" };
                subject = format!("{spender}{joiner}{used}");
            }
        } else if matches!(after, "" | "资金") && spent.is_none_or(|s| s == "资金") {
            // 安排423亿元资金，支持…项目建设; 拿出100亿元，直接补贴种粮农民.
            if let Some(act) = next_clause.filter(|c| fits(c) && opens_with_purpose(c)) {
                let act = act.strip_prefix("专项").unwrap_or(act);
                let act = act.strip_prefix("用于").unwrap_or(act);
                let money = if after == "资金" || spent.is_some() {
                    "资金"
                } else {
                    ""
                };
                subject = format!("{spender}{act}{money}");
            }
        }
        // 为继续落实“两个确保”…，中央财政支出700亿元 (not in a part after
        // a ；, which says what part of it went where).
        let before_figure = &text[sentence_start..figure.start];
        let purpose = opening_purpose(before_figure).filter(|_| !before_figure.contains('；'));
        if let Some(purpose) = purpose {
            let (spender, spent) = split_spender(&subject);
            if let Some(spent) = spent.filter(|_| !subject.contains(purpose)) {
                subject = format!("{spender}{purpose}{spent}");
            }
        }
        metric.subject = Some(subject);
    }
}

/// The spender and what is spent: 中央财政支出 → (中央财政, 支出); a
/// source named with 从…中 is left out (国家从粮食风险基金中 → 国家).
fn split_spender(subject: &str) -> (String, Option<&'static str>) {
    let spent = SPENT.iter().copied().find(|s| subject.ends_with(s));
    let spender = &subject[..subject.len() - spent.map_or(0, str::len)];
    // 中央财政安排(51亿元): the act of allotting is not the spender's.
    let spender = spender.strip_suffix("安排").unwrap_or(spender);
    let spender = match (spender.find('从'), spender.ends_with('中')) {
        (Some(at), true) => spender[..at].to_owned(),
        _ => spender.to_owned(),
    };
    (spender, spent)
}

/// Whether a spender is a body that pays (中央财政, 省政府, 国家), not a
/// fund or a bond that is spent.
fn is_body(spender: &str) -> bool {
    spender.ends_with("财政") || spender.ends_with("政府") || spender == "国家"
}

fn fits(words: &str) -> bool {
    let n = words.chars().count();
    (2..=MAX_PURPOSE_CHARS).contains(&n) && !words.chars().any(is_digit)
}

fn opens_with_purpose(clause: &str) -> bool {
    let clause = clause.strip_prefix("直接").map_or(clause, |rest| {
        if rest.starts_with("补贴") {
            clause
        } else {
            rest
        }
    });
    PURPOSE_ACTS.iter().any(|act| clause.starts_with(act))
}

/// What the purpose clause opening a sentence aims at: 为支持农村税费改革，
/// → 农村税费改革; 为继续落实“两个确保”和“三条保障线”， → “两个确保”和“三条保障线”.
fn opening_purpose(before_figure: &str) -> Option<&str> {
    let rest = before_figure
        .strip_prefix("为了")
        .or_else(|| before_figure.strip_prefix('为'))?;
    let clause_end = rest.find('，')?;
    let mut clause = &rest[..clause_end];
    for adverb in PURPOSE_ADVERBS {
        clause = clause.strip_prefix(adverb).unwrap_or(clause);
    }
    let verb = PURPOSE_VERBS.iter().find(|v| clause.starts_with(*v))?;
    let purpose = &clause[verb.len()..];
    fits(purpose).then_some(purpose)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_purpose_clause_names_what_money_is_for() {
        assert_eq!(
            opening_purpose("为支持农村税费改革，今年中央财政拿出"),
            Some("农村税费改革")
        );
        assert_eq!(
            opening_purpose("为继续落实“两个确保”和“三条保障线”，２００３年中央财政支出"),
            Some("“两个确保”和“三条保障线”")
        );
        assert_eq!(opening_purpose("为此，中央财政安排"), None);
        assert_eq!(
            split_spender("国家从粮食风险基金中"),
            ("国家".to_owned(), None)
        );
        assert_eq!(
            split_spender("中央财政支出"),
            ("中央财政".to_owned(), Some("支出"))
        );
    }
}
