//! When a figure's subject matches its label: the same words, or one the
//! other's words inside it.

/// A subject is right when it names the labelled indicator: the same
/// words, or words that share all but a third of the longer one, in order
/// (国内生产总值 / 全省国内生产总值, 发行建设国债 / 建设国债发行 is not:
/// 4 of 6; numbers named agree). Quotes, title marks, blanks and a bracketed note in the label
/// (实际使用外资（折合人民币）) are left out of both.
pub(super) fn same_subject(found: Option<&str>, labelled: Option<&str>) -> bool {
    let clean = |s: &str| -> Vec<char> {
        let mut depth = 0;
        s.chars()
            .filter(|&c| {
                match c {
                    '（' | '(' => depth += 1,
                    '）' | ')' => depth -= 1,
                    _ => {
                        return depth == 0
                            && !matches!(c, '“' | '”' | '《' | '》' | '、')
                            && !c.is_whitespace()
                    }
                }
                false
            })
            .collect()
    };
    match (found.map(clean), labelled.map(clean)) {
        (None, None) => true,
        (Some(f), Some(l)) => {
            // 第一产业 is not 第二产业: the numbers named must agree.
            let numerals = |s: &[char]| -> String {
                s.iter()
                    .filter(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(**c))
                    .collect()
            };
            numerals(&f) == numerals(&l)
                && common_subsequence(&f, &l) * 3 >= f.len().max(l.len()) * 2
        }
        _ => false,
    }
}

/// The length of the longest sequence of characters both hold in order.
fn common_subsequence(a: &[char], b: &[char]) -> usize {
    let mut row = vec![0; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[test]
fn subjects_match_when_they_share_the_words() {
    assert!(same_subject(Some("国内生产总值"), Some("全省国内生产总值")));
    assert!(same_subject(
        Some("实际使用外资"),
        Some("实际使用外资（折合人民币）")
    ));
    assert!(same_subject(
        Some("中央财政三农投入"),
        Some("中央财政用于“三农”的投入")
    ));
    assert!(!same_subject(Some("危桥"), Some("改造危桥")));
    assert!(!same_subject(Some("二产业增加值"), Some("第一产业增加值")));
    assert!(!same_subject(None, Some("粮食产量")));
}
