//! The sentence around a figure, the clause just before it, and the
//! period the sentence names (2023年, 十四五, 过去五年).

use crate::text::chars::{ends_clause, ends_sentence};

/// Periods a sentence may name besides a year; the first one named wins.
const PERIODS: &[&str] = &[
    "十四五", "十五五", "十三五", "十二五", "过去五年", "今后五年", "五年来", "一年来", "今年",
    "去年", "明年",
];

/// Where the words about a figure stop: a clause's end, or a bracket.
pub(super) fn is_clause_break(c: char) -> bool {
    ends_clause(c) || matches!(c, '（' | '(' | '）' | ')')
}

/// The sentence around byte `at`: from after the previous 。！？ (and any
/// `**` that closes it) to the next one, inclusive.
pub(super) fn sentence_bounds(text: &str, at: usize) -> (usize, usize) {
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

/// The text of the clause before byte `at` of `sentence`. A bracket that
/// glosses a word of the clause (蔬菜（食用菌）产量) belongs to it.
pub(super) fn clause_before(sentence: &str, at: usize) -> &str {
    let mut end = at;
    loop {
        let Some(i) = sentence[..end].rfind(is_clause_break) else {
            return &sentence[..at];
        };
        let c = sentence[i..].chars().next().unwrap_or(' ');
        let after = i + c.len_utf8();
        let gloss = matches!(c, '）' | ')')
            && sentence[after..at].starts_with(crate::text::chars::is_han)
            && sentence[..i].rfind(['（', '(']).is_some_and(|open| {
                !sentence[open..i].contains(ends_clause)
                    && sentence[..open].ends_with(crate::text::chars::is_han)
            });
        if gloss {
            // Past the opening bracket: the gloss and the word it glosses.
            end = sentence[..i].rfind(['（', '(']).unwrap_or(0);
            continue;
        }
        return &sentence[after..at];
    }
}

/// The period a sentence names: the first year (2023年), five-year plan
/// (十四五) or relative period (今年, 过去五年).
pub(super) fn period(sentence: &str) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clause_before_stops_at_any_clause_mark_or_bracket() {
        for (text, clause) in [
            ("国内生产总值比上年增长", "国内生产总值比上年增长"),
            ("经济平稳，国内生产总值增长", "国内生产总值增长"),
            ("全年目标:增长", "增长"),
            ("（预计）增长", "增长"),
        ] {
            assert_eq!(clause_before(text, text.len()), clause, "{text}");
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
}
