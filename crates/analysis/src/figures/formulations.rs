//! Formulations (提法): numbered or coined phrases such as “四个意识”,
//! 两个维护, 八项规定, “三高四新”. They contain numbers but count nothing, so
//! they are listed on their own rather than as metrics.

use std::collections::BTreeMap;

use crate::report::Formulation;
use crate::text::chars::is_han;
use crate::text::document::Document;
use crate::text::numerals::is_chinese_numeral;
use crate::text::phrases::{Phrases, FIXED_FORMULATIONS};
use crate::text::quotes::quoted_from_first;

/// Longest quoted phrase taken as a formulation.
const MAX_CHARS: usize = 10;

/// A quoted phrase that is a numbered formulation: Han only, with a Chinese
/// numeral (“三个一”, “五个新衡阳”, “三高四新”, “十四五”).
fn is_numbered_phrase(inner: &str) -> bool {
    let n = inner.chars().count();
    (2..=MAX_CHARS).contains(&n)
        && inner.chars().all(is_han)
        && inner
            .chars()
            .any(|c| is_chinese_numeral(c) && c != '万' && c != '亿')
}

/// Every formulation of the body, with its count and character positions.
#[inline(never)]
pub(crate) fn formulations(doc: &Document) -> Vec<Formulation> {
    let mut found: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut names: Vec<String> = FIXED_FORMULATIONS.iter().map(|s| (*s).to_owned()).collect();
    for p in &doc.paragraphs {
        for inner in quoted_from_first(&p.text, '“', '”').map(|r| &p.text[r]) {
            if is_numbered_phrase(inner) && !names.iter().any(|n| n == inner) {
                names.push(inner.to_owned());
            }
        }
    }
    // Longest first, so 四个全覆盖 is not also counted as 四个全面… prefixes.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let phrases = Phrases::new(names.iter().map(String::as_str));
    for p in &doc.paragraphs {
        let mut matches = phrases.find_in(&p.text);
        matches.sort_unstable_by_key(|&(at, id)| (id, at));
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for (at, id) in matches {
            let name = phrases.get(id);
            let end = at + name.len();
            if taken.iter().any(|&(s, e)| at < e && s < end) {
                continue;
            }
            taken.push((at, end));
            let position = doc.char_offset(p.original_byte(at));
            found.entry(name.to_owned()).or_default().push(position);
        }
    }
    let mut list: Vec<Formulation> = found
        .into_iter()
        .map(|(text, mut positions)| {
            positions.sort_unstable();
            Formulation {
                count: positions.len(),
                text,
                positions,
            }
        })
        .collect();
    list.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.positions[0].cmp(&b.positions[0]))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_and_fixed_formulations_with_positions() {
        let text = "正文。\n增强“四个意识”，坚定“四个自信”，做到“两个维护”，落实“三高四新”战略，落实中央八项规定精神。“三高四新”引领。“政协云”平台。\n";
        let doc = Document::parse(text, &|_| false);
        let list = formulations(&doc);
        let names: Vec<(&str, usize)> = list.iter().map(|f| (f.text.as_str(), f.count)).collect();
        assert_eq!(
            names,
            [
                ("三高四新", 2),
                ("四个意识", 1),
                ("四个自信", 1),
                ("两个维护", 1),
                ("八项规定", 1)
            ]
        );
        let first = list[0].positions[0];
        let at: String = text.chars().skip(first).take(4).collect();
        assert_eq!(at, "三高四新");
    }
}
