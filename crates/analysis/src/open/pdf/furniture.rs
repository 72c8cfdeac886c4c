//! Page furniture: what a PDF prints on every page that is not the report —
//! page numbers (`— 3 —`, `-3-`, `第 3 页`, `3/20`) and running headers and
//! footers (a title or an issuer repeated at the same height). Only a
//! page's top and bottom lines are candidates.

use rustc_hash::FxHashMap as HashMap;

use super::lines::Line;

/// How many lines at a page's top and at its bottom may be furniture.
const EDGE_LINES: usize = 2;
/// Heights within this many points are the same place on two pages.
const SAME_HEIGHT: f32 = 3.0;
/// A line repeated at one height on at least this share of the pages (and
/// on at least [`MIN_REPEATS`] of them) is a running header or footer.
const REPEATED_SHARE: f64 = 0.5;
const MIN_REPEATS: usize = 3;

/// Whether a line's text is a page number and nothing else.
pub(super) fn is_page_number(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dashes: &[char] = &['-', '—', '–', '－', '−', '─', '·', '•'];
    let bare = t.trim_matches(dashes);
    if digits(bare) && bare.len() <= 4 {
        return true;
    }
    // 第3页, 第3页共20页, 第 3 页 / 共 20 页
    if let Some(rest) = t.strip_prefix('第') {
        if let Some((n, tail)) = rest.split_once('页') {
            let tail = tail.trim_start_matches(['/', '，', ',']);
            return digits(n)
                && (tail.is_empty()
                    || tail
                        .strip_prefix('共')
                        .and_then(|s| s.strip_suffix('页'))
                        .is_some_and(digits));
        }
    }
    // 3/20, 3 / 20
    if let Some((a, b)) = t.split_once('/') {
        return digits(a) && digits(b);
    }
    // Roman numerals of a front matter's pages.
    !t.is_empty() && t.len() <= 6 && t.chars().all(|c| "ivxlcIVXLC".contains(c))
}

/// A line's text with its digits taken out: a running footer with the page
/// number in it (`政府工作报告 3`) is the same on every page.
fn without_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .collect()
}

/// For each page, which of its lines are furniture.
pub(super) fn furniture(pages: &[Vec<Line>]) -> Vec<Vec<bool>> {
    // Each edge line's text without digits, page and height.
    let edges: Vec<(String, usize, f32)> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, lines)| {
            edge_lines(lines.len())
                .map(move |i| (without_digits(&lines[i].text()), p, lines[i].baseline))
        })
        .filter(|(key, ..)| !key.is_empty())
        .collect();
    // The same text → where it is.
    let mut places: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, (key, ..)) in edges.iter().enumerate() {
        places.entry(key.as_str()).or_default().push(i);
    }
    let with_text = pages.iter().filter(|l| !l.is_empty()).count();
    let repeated = |line: &Line| {
        let key = without_digits(&line.text());
        places.get(key.as_str()).is_some_and(|at| {
            let mut distinct: Vec<usize> = at
                .iter()
                .map(|&i| &edges[i])
                .filter(|(_, _, y)| (y - line.baseline).abs() <= SAME_HEIGHT)
                .map(|(_, p, _)| *p)
                .collect();
            distinct.dedup();
            distinct.len() >= MIN_REPEATS
                && distinct.len() as f64 >= REPEATED_SHARE * with_text as f64
        })
    };
    pages
        .iter()
        .map(|lines| {
            let mut out = vec![false; lines.len()];
            for i in edge_lines(lines.len()) {
                let text = lines[i].text();
                out[i] = is_page_number(&text) || repeated(&lines[i]);
            }
            out
        })
        .collect()
}

/// The indices of a page's top and bottom lines.
fn edge_lines(n: usize) -> impl Iterator<Item = usize> {
    let top = 0..EDGE_LINES.min(n);
    let bottom = n.saturating_sub(EDGE_LINES).max(EDGE_LINES.min(n))..n;
    top.chain(bottom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_the_forms_reports_print() {
        for number in [
            "— 3 —", "-3-", "- 12 -", "3", "第 3 页", "第3页共20页", "3/20", "—1—", "ii",
        ] {
            assert!(is_page_number(number), "{number}");
        }
        for text in [
            "2024年",
            "一、",
            "第三章",
            "3.5%",
            "12345",
            "第一页的内容很多",
        ] {
            assert!(!is_page_number(text), "{text}");
        }
    }

    fn line(text: &str, baseline: f32) -> Line {
        Line {
            pieces: vec![(text.to_owned(), false)],
            left: 90.0,
            right: 500.0,
            baseline,
            size: 16.0,
        }
    }

    #[test]
    fn a_header_on_every_page_is_furniture_and_the_body_is_not() {
        let pages: Vec<Vec<Line>> = (1..=4)
            .map(|n| {
                let own = ["甲", "乙", "丙", "丁"][n - 1];
                vec![
                    line("安徽省人民政府公报", 800.0),
                    line(&format!("正文{own}{own}"), 700.0),
                    line("同样的一句话", 690.0),
                    line("正文", 680.0),
                    line(&format!("正文{own}"), 670.0),
                    line(&format!("— {n} —"), 40.0),
                ]
            })
            .collect();
        let marks = furniture(&pages);
        for page in &marks {
            assert_eq!(page, &vec![true, false, false, false, false, true]);
        }
    }

    #[test]
    fn edges_of_short_pages_are_counted_once() {
        assert_eq!(edge_lines(1).collect::<Vec<_>>(), vec![0]);
        assert_eq!(edge_lines(3).collect::<Vec<_>>(), vec![0, 1, 2]);
        assert_eq!(edge_lines(6).collect::<Vec<_>>(), vec![0, 1, 4, 5]);
    }
}
