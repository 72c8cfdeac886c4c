//! A page's runs as lines: runs on one baseline, left to right, with the
//! line's edges, size and which of its pieces are bold.

use super::radicals::as_written;
use super::{PdfPage, TextRun};

/// Runs whose baselines differ by at most this share of their size are on
/// one line (a footnote mark raised a little stays on it).
const SAME_LINE: f32 = 0.4;
/// A gap wider than this share of the size between two runs of Latin
/// letters or digits is a space the PDF did not write.
const WORD_GAP: f32 = 0.25;

/// One line of a page.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    /// Its text in pieces, each bold or not.
    pub pieces: Vec<(String, bool)>,
    /// Left and right edge, baseline, in points from the page's bottom left.
    pub left: f32,
    pub right: f32,
    pub baseline: f32,
    /// The size most of its characters are set in.
    pub size: f32,
}

impl Line {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|(t, _)| t.as_str()).collect()
    }
}

/// Whether a font's PostScript name is a heavy face: bold, black or heavy,
/// or the faces 公文 set headings in (黑体, 小标宋).
pub(super) fn is_heavy_font(name: &str) -> bool {
    // `AAAAAA+NotoSerifCJKsc-Bold`: the subset tag says nothing.
    let name = name.split_once('+').map_or(name, |(_, n)| n);
    let lower = name.to_ascii_lowercase();
    [
        "bold", "black", "heavy", "semibold", "demi", "simhei", "heiti", "fzht", "fzhei", "xbs",
    ]
    .iter()
    .any(|m| lower.contains(m))
        || ["黑体", "小标宋"].iter().any(|m| name.contains(m))
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// The page's lines, top first.
pub(super) fn lines(page: &PdfPage) -> Vec<Line> {
    let mut runs: Vec<&TextRun> = page
        .runs
        .iter()
        .filter(|r| r.size.is_finite() && r.size > 0.0 && r.x.is_finite() && r.y.is_finite())
        .filter(|r| !r.text.trim().is_empty())
        .collect();
    // Top to bottom; a line's runs left to right.
    sort_runs(&mut runs, |a, b| a.y > b.y || (a.y == b.y && a.x < b.x));
    let mut groups: Vec<Vec<&TextRun>> = Vec::new();
    for run in runs {
        match groups.last_mut() {
            Some(group)
                if (group[0].y - run.y).abs() <= SAME_LINE * group[0].size.max(run.size) =>
            {
                group.push(run)
            }
            _ => groups.push(vec![run]),
        }
    }
    groups
        .into_iter()
        .map(|mut group| {
            sort_runs(&mut group, |a, b| a.x < b.x);
            line_of(&group)
        })
        .collect()
}

/// Sorts runs by `before`, stably. An engine gives a page's runs nearly in
/// reading order already, so insertion takes about one pass; and one plain
/// function, not a sort made anew for each comparison, keeps the page's
/// worker small.
fn sort_runs(runs: &mut [&TextRun], before: fn(&TextRun, &TextRun) -> bool) {
    for i in 1..runs.len() {
        let mut j = i;
        while j > 0 && before(runs[j], runs[j - 1]) {
            runs.swap(j, j - 1);
            j -= 1;
        }
    }
}

fn line_of(runs: &[&TextRun]) -> Line {
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut sizes: Vec<(f32, usize)> = Vec::new();
    let mut end: Option<f32> = None;
    for run in runs {
        let text = as_written(&run.text);
        let bold = is_heavy_font(&run.font);
        let gap = end.map_or(0.0, |e| run.x - e);
        let last = pieces.last().and_then(|(t, _)| t.chars().next_back());
        let first = text.chars().next();
        if gap > WORD_GAP * run.size
            && last.is_some_and(is_word_char)
            && first.is_some_and(is_word_char)
        {
            push(&mut pieces, " ", bold);
        }
        push(&mut pieces, &text, bold);
        end = Some(end.map_or(run.x + run.width, |e| e.max(run.x + run.width)));
        let n = text.chars().filter(|c| !c.is_whitespace()).count();
        match sizes.iter_mut().find(|(s, _)| (s - run.size).abs() < 0.5) {
            Some((_, count)) => *count += n,
            None => sizes.push((run.size, n)),
        }
    }
    let size = sizes
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(0.0, |(s, _)| *s);
    Line {
        pieces,
        left: runs[0].x,
        right: end.unwrap_or(runs[0].x),
        baseline: runs[0].y,
        size,
    }
}

/// The line's pieces without the blanks an engine puts where a justified
/// line spreads its characters (`推 出皖美 消 费`). In a `full` line (one
/// that reaches the right edge: justified) a blank stays only between two
/// Latin letters or digits (`PM 2.5`); in a short one (a heading, a
/// paragraph's last line) also beside one (`附件2 名词解释`).
pub(super) fn without_layout_blanks(pieces: &[(String, bool)], full: bool) -> Vec<(String, bool)> {
    let chars: Vec<(char, bool)> = pieces
        .iter()
        .flat_map(|(t, b)| t.chars().map(move |c| (c, *b)))
        .collect();
    let mut out: Vec<(String, bool)> = Vec::new();
    for (i, &(c, bold)) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = chars[..i].iter().rev().find(|(c, _)| !c.is_whitespace());
            let after = chars[i + 1..].iter().find(|(c, _)| !c.is_whitespace());
            let keep = match (before, after) {
                (Some(&(a, _)), Some(&(b, _))) if full => is_word_char(a) && is_word_char(b),
                (Some(&(a, _)), Some(&(b, _))) => is_word_char(a) || is_word_char(b),
                _ => false,
            };
            let first_of_run = i == 0 || !chars[i - 1].0.is_whitespace();
            if !(keep && first_of_run) {
                continue;
            }
        }
        let mut buf = [0; 4];
        push(&mut out, c.encode_utf8(&mut buf), bold);
    }
    out
}

/// Adds text to the line, to the last piece when it is as bold.
fn push(pieces: &mut Vec<(String, bool)>, text: &str, bold: bool) {
    // Blanks take the boldness around them.
    let blank = text.chars().all(char::is_whitespace);
    match pieces.last_mut() {
        Some((last, b)) if *b == bold || blank => last.push_str(text),
        _ => pieces.push((text.to_owned(), bold)),
    }
}

/// Whether two lines joined at these characters need a space between: a
/// Latin word or number broken at the line's end.
pub(super) fn needs_space_between(before: char, after: char) -> bool {
    is_word_char(before) && is_word_char(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, x: f32, y: f32, font: &str) -> TextRun {
        TextRun {
            text: text.to_owned(),
            x,
            y,
            width: 16.0 * text.chars().count() as f32,
            size: 16.0,
            font: font.to_owned(),
        }
    }

    #[test]
    fn runs_on_one_baseline_are_one_line_left_to_right() {
        let page = PdfPage {
            width: 595.0,
            height: 842.0,
            runs: vec![
                run("作报告", 132.0, 700.0, "B+Noto-Bold"),
                run("政府", 100.0, 700.5, "B+Noto-Bold"),
                run("⼯", 116.0, 700.0, "A+Noto-Regular"),
                run("第二行", 100.0, 675.0, "A+Noto-Regular"),
            ],
            failed: false,
        };
        let lines = lines(&page);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text(), "政府工作报告");
        assert_eq!(
            lines[0].pieces,
            vec![
                ("政府".to_owned(), true),
                ("工".to_owned(), false),
                ("作报告".to_owned(), true)
            ]
        );
        assert_eq!(lines[1].text(), "第二行");
    }

    #[test]
    fn a_gap_between_latin_words_is_a_space() {
        let page = PdfPage {
            width: 595.0,
            height: 842.0,
            runs: vec![
                TextRun {
                    width: 20.0,
                    ..run("PM", 100.0, 700.0, "")
                },
                run("2.5", 130.0, 700.0, ""),
                run("浓度", 180.0, 700.0, ""),
            ],
            failed: false,
        };
        let line = &lines(&page)[0];
        assert_eq!(line.text(), "PM 2.5浓度");
        assert_eq!(
            without_layout_blanks(&[("推 出皖美 消 费 2.5 %".to_owned(), false)], true),
            vec![("推出皖美消费2.5%".to_owned(), false)]
        );
        assert_eq!(
            without_layout_blanks(&[("附件2  名词 解释".to_owned(), false)], false),
            vec![("附件2 名词解释".to_owned(), false)]
        );
    }

    #[test]
    fn heavy_faces_are_bold() {
        assert!(is_heavy_font("AAAAAA+NotoSerifCJKsc-Bold"));
        assert!(is_heavy_font("SimHei"));
        assert!(is_heavy_font("FZXBSJW--GB1-0"));
        assert!(is_heavy_font("黑体"));
        assert!(!is_heavy_font("FangSong_GB2312"));
        assert!(!is_heavy_font("BAAAAA+NotoSerifCJKsc-Regular"));
        // The subset tag is no face.
        assert!(!is_heavy_font("BOLDAA+KaiTi"));
    }
}
