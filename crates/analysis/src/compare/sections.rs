//! The top sections of two reports aligned in order by the similarity of
//! their headings (character bigrams, numbering left out), each with its
//! share of its report's text.

use super::SectionPair;
use crate::report::{Report, Section};
use crate::text::numerals::{is_chinese_numeral, is_digit};

/// Least similarity for two headings to be paired.
const MIN_SIMILARITY: f64 = 0.2;

/// A heading without its numbering (一、 （二） 第三部分 1.).
fn without_numbering(heading: &str) -> &str {
    heading.trim_start_matches(|c: char| {
        is_chinese_numeral(c)
            || is_digit(c)
            || matches!(
                c,
                '、' | '．' | '.' | '（' | '）' | '(' | ')' | '第' | ' ' | '　'
            )
    })
}

/// Dice's coefficient of two headings' character bigrams.
fn similarity(a: &str, b: &str) -> f64 {
    let bigrams = |s: &str| -> Vec<(char, char)> {
        let chars: Vec<char> = without_numbering(s).chars().collect();
        let mut pairs: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
        pairs.sort_unstable();
        pairs
    };
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (x.len() + y.len()) as f64
}

/// Indices of a report's top sections (its shallowest level).
fn top_sections(outline: &[Section]) -> Vec<usize> {
    let top = outline.iter().map(|s| s.level).min().unwrap_or(1);
    (0..outline.len())
        .filter(|&i| outline[i].level == top)
        .collect()
}

/// The alignment that pairs the most similar headings in order
/// (Needleman–Wunsch with no gap penalty); unpaired sections stand alone.
pub(super) fn align(a: &Report, b: &Report) -> Vec<SectionPair> {
    let (ta, tb) = (top_sections(&a.outline), top_sections(&b.outline));
    let sim: Vec<Vec<f64>> = ta
        .iter()
        .map(|&i| {
            tb.iter()
                .map(|&j| similarity(&a.outline[i].heading, &b.outline[j].heading))
                .collect()
        })
        .collect();
    let (n, m) = (ta.len(), tb.len());
    // best[i][j]: the best total over the first i of A and j of B.
    let mut best = vec![vec![0.0f64; m + 1]; n + 1];
    for i in 1..=n {
        for j in 1..=m {
            let pair = sim[i - 1][j - 1];
            let paired = if pair >= MIN_SIMILARITY {
                best[i - 1][j - 1] + pair
            } else {
                f64::MIN
            };
            best[i][j] = paired.max(best[i - 1][j]).max(best[i][j - 1]);
        }
    }
    let share = |report: &Report, i: usize| {
        let s = &report.outline[i];
        (s.end - s.start) as f64 / report.stats.characters.max(1) as f64
    };
    let mut pairs = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let pair = if i > 0 && j > 0 {
            sim[i - 1][j - 1]
        } else {
            0.0
        };
        if i > 0 && j > 0 && pair >= MIN_SIMILARITY && best[i][j] == best[i - 1][j - 1] + pair {
            let (x, y) = (ta[i - 1], tb[j - 1]);
            pairs.push(SectionPair {
                a: Some(x),
                b: Some(y),
                heading_a: Some(a.outline[x].heading.clone()),
                heading_b: Some(b.outline[y].heading.clone()),
                similarity: pair,
                share_a: Some(share(a, x)),
                share_b: Some(share(b, y)),
            });
            i -= 1;
            j -= 1;
        } else if i > 0 && (j == 0 || best[i][j] == best[i - 1][j]) {
            let x = ta[i - 1];
            pairs.push(SectionPair {
                a: Some(x),
                b: None,
                heading_a: Some(a.outline[x].heading.clone()),
                heading_b: None,
                similarity: 0.0,
                share_a: Some(share(a, x)),
                share_b: None,
            });
            i -= 1;
        } else {
            let y = tb[j - 1];
            pairs.push(SectionPair {
                a: None,
                b: Some(y),
                heading_a: None,
                heading_b: Some(b.outline[y].heading.clone()),
                similarity: 0.0,
                share_a: None,
                share_b: Some(share(b, y)),
            });
            j -= 1;
        }
    }
    pairs.reverse();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_compare_without_their_numbering() {
        assert!((similarity("一、2012年工作回顾", "一、2012年工作回顾") - 1.0).abs() < 1e-9);
        assert!(similarity("一、过去五年工作回顾", "二、2013年工作回顾") > 0.4);
        assert!(similarity("三、2013年主要任务", "一、过去一年工作回顾") < MIN_SIMILARITY);
        assert_eq!(without_numbering("（三）深化改革"), "深化改革");
    }
}
