//! The keyword cloud's layout: words placed along a spiral from the centre,
//! heaviest first, each box tested against a bit mask of the cells already
//! taken. Same keywords and options, same layout.

use serde::{Deserialize, Serialize};

use crate::document::is_han;
use crate::report::Keyword;

/// Canvas and type sizes of a cloud.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CloudOptions {
    pub width: f64,
    pub height: f64,
    pub max_words: usize,
    pub min_font_size: f64,
    pub max_font_size: f64,
    /// Share of words (never the heaviest) set vertically, 0.0 to 1.0.
    pub vertical_share: f64,
}

impl Default for CloudOptions {
    fn default() -> Self {
        CloudOptions {
            width: 800.0,
            height: 480.0,
            max_words: 120,
            min_font_size: 13.0,
            max_font_size: 60.0,
            vertical_share: 0.0,
        }
    }
}

/// A laid-out cloud: where each word goes, in SVG user units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CloudLayout {
    pub width: f64,
    pub height: f64,
    pub words: Vec<PlacedWord>,
}

/// One word of the cloud. `x`, `y` are the centre of its box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlacedWord {
    pub word: String,
    pub weight: f64,
    pub x: f64,
    pub y: f64,
    pub font_size: f64,
    /// The box reserved for the word, glyph ascent and descent included.
    pub box_width: f64,
    pub box_height: f64,
    /// Set top to bottom.
    pub vertical: bool,
    /// Index into the palette.
    pub color: usize,
}

/// Height of a text box in em: CJK fonts' ascent plus descent (Noto Sans CJK: 1.448).
pub const LINE_BOX_EM: f64 = 1.5;
/// Colours the palette has.
pub const PALETTE_SIZE: usize = 8;
/// Room left around each box, in user units.
const GAP: f64 = 2.0;
/// Side of a mask cell, in user units.
const CELL: f64 = 2.0;

/// Which cells of the canvas are taken, one bit a cell, rows of u64 words.
struct Mask {
    columns: usize,
    rows: usize,
    words_per_row: usize,
    bits: Vec<u64>,
}

impl Mask {
    fn new(width: f64, height: f64) -> Self {
        let columns = (width / CELL).ceil() as usize;
        let rows = (height / CELL).ceil() as usize;
        let words_per_row = columns.div_ceil(64);
        Mask {
            columns,
            rows,
            words_per_row,
            bits: vec![0; words_per_row * rows],
        }
    }

    /// The cells a box (plus the gap) covers, clamped to the canvas.
    fn cells(&self, x: f64, y: f64, w: f64, h: f64) -> (usize, usize, usize, usize) {
        let to_cell = |v: f64, max: usize| ((v / CELL).max(0.0) as usize).min(max);
        let c0 = to_cell(x - w / 2.0 - GAP / 2.0, self.columns);
        let c1 = to_cell(
            (x + w / 2.0 + GAP / 2.0) + CELL - f64::EPSILON,
            self.columns,
        );
        let r0 = to_cell(y - h / 2.0 - GAP / 2.0, self.rows);
        let r1 = to_cell((y + h / 2.0 + GAP / 2.0) + CELL - f64::EPSILON, self.rows);
        (c0, c1, r0, r1)
    }

    /// Bits c0..c1 of one u64 word holding columns word*64..word*64+64.
    fn span(word: usize, c0: usize, c1: usize) -> u64 {
        let lo = c0.saturating_sub(word * 64).min(64);
        let hi = c1.saturating_sub(word * 64).min(64);
        if hi <= lo {
            0
        } else {
            (u64::MAX >> (64 - (hi - lo))) << lo
        }
    }

    fn is_free(&self, (c0, c1, r0, r1): (usize, usize, usize, usize)) -> bool {
        // The middle row first: most taken spots show there at once.
        let middle = (r0 + r1) / 2;
        std::iter::once(middle)
            .chain(r0..r1)
            .filter(|&r| r < self.rows)
            .all(|r| {
                let row = &self.bits[r * self.words_per_row..(r + 1) * self.words_per_row];
                (c0 / 64..=(c1.saturating_sub(1)) / 64)
                    .all(|w| w >= row.len() || row[w] & Self::span(w, c0, c1) == 0)
            })
    }

    fn take(&mut self, (c0, c1, r0, r1): (usize, usize, usize, usize)) {
        for r in r0..r1 {
            for w in c0 / 64..=(c1.saturating_sub(1)) / 64 {
                if w < self.words_per_row {
                    self.bits[r * self.words_per_row + w] |= Self::span(w, c0, c1);
                }
            }
        }
    }
}

/// Advance width of a word in em: full width for CJK, about 0.6 for Latin.
pub fn text_width_em(word: &str) -> f64 {
    word.chars()
        .map(|c| {
            if is_han(c) || !c.is_ascii() {
                1.0
            } else {
                0.62
            }
        })
        .sum()
}

/// Whether the word of this rank is set vertically: a fixed pseudo-random
/// pick, so the same options give the same cloud.
fn is_vertical(rank: usize, share: f64) -> bool {
    rank > 0 && ((rank as u64).wrapping_mul(2_654_435_761) % 1000) as f64 / 1000.0 < share
}

/// Lays out the heaviest `max_words` keywords. The heaviest word is always
/// placed: a word that finds no room shrinks before it is given up, and the
/// first word shrinks until it fits the canvas.
///
/// ```
/// use report_lens_analysis::{layout_cloud, CloudOptions, Keyword};
/// let words = vec![Keyword { word: "民主监督".into(), weight: 0.3, count: 12, ..Default::default() }];
/// let cloud = layout_cloud(&words, &CloudOptions::default());
/// assert_eq!(cloud.words[0].word, "民主监督");
/// assert_eq!((cloud.words[0].x, cloud.words[0].y), (400.0, 240.0));
/// ```
pub fn layout_cloud(keywords: &[Keyword], options: &CloudOptions) -> CloudLayout {
    let words = &keywords[..keywords.len().min(options.max_words)];
    let max = words.iter().map(|k| k.weight).fold(f64::MIN, f64::max);
    let min = words.iter().map(|k| k.weight).fold(f64::MAX, f64::min);
    let mut mask = Mask::new(options.width, options.height);
    let spiral = spiral(options);
    let mut placed: Vec<PlacedWord> = Vec::new();
    // Every search so far: a box's size and the spiral index it stopped
    // at (where it fit, or the end). The mask only fills up, so a box at
    // least as wide and as tall as an earlier one fits nowhere that one did
    // not: its search starts where that one stopped.
    let mut searches: Vec<(f64, f64, usize)> = Vec::new();
    for (rank, keyword) in words.iter().enumerate() {
        let share = if max > min {
            ((keyword.weight - min) / (max - min)).sqrt()
        } else {
            1.0
        };
        let mut size =
            options.min_font_size + share * (options.max_font_size - options.min_font_size);
        let em = text_width_em(&keyword.word);
        let vertical = is_vertical(rank, options.vertical_share);
        loop {
            let (w, h) = if vertical {
                (LINE_BOX_EM * size, em * size)
            } else {
                (em * size, LINE_BOX_EM * size)
            };
            let from = searches
                .iter()
                .filter(|&&(sw, sh, _)| w >= sw && h >= sh)
                .map(|&(_, _, stop)| stop)
                .max()
                .unwrap_or(0);
            let found = find_spot(w, h, options, &spiral[from..], &mask);
            let stop = found.map_or(spiral.len(), |(i, _)| from + i);
            searches.push((w, h, stop));
            if let Some((_, (x, y))) = found {
                mask.take(mask.cells(x, y, w, h));
                placed.push(PlacedWord {
                    word: keyword.word.clone(),
                    weight: keyword.weight,
                    x,
                    y,
                    font_size: size,
                    box_width: w,
                    box_height: h,
                    vertical,
                    color: rank % PALETTE_SIZE,
                });
                break;
            }
            if (size <= options.min_font_size && rank > 0) || size < 1.0 {
                break; // no room even at the smallest size
            }
            size *= 0.85;
        }
    }
    CloudLayout {
        width: options.width,
        height: options.height,
        words: placed,
    }
}

/// The points of an Archimedean spiral from the centre, stretched to the
/// canvas's aspect ratio, out to the corners. Computed once per layout.
fn spiral(options: &CloudOptions) -> Vec<(f64, f64)> {
    let (cx, cy) = (options.width / 2.0, options.height / 2.0);
    let stretch = (options.width / options.height).sqrt();
    let max_radius = options.width.hypot(options.height) / 2.0;
    let mut points = Vec::new();
    let mut t = 0.0_f64;
    loop {
        let radius = 1.6 * t;
        if radius > max_radius {
            return points;
        }
        points.push((
            cx + radius * t.cos() * stretch,
            cy + radius * t.sin() / stretch,
        ));
        t += 0.12;
    }
}

/// The first free spot along `spiral` for a box of `w` × `h`, and its index.
fn find_spot(
    w: f64,
    h: f64,
    options: &CloudOptions,
    spiral: &[(f64, f64)],
    mask: &Mask,
) -> Option<(usize, (f64, f64))> {
    spiral.iter().copied().enumerate().find(|&(_, (x, y))| {
        let inside = x - w / 2.0 >= 0.0
            && y - h / 2.0 >= 0.0
            && x + w / 2.0 <= options.width
            && y + h / 2.0 <= options.height;
        inside && mask.is_free(mask.cells(x, y, w, h))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keywords(n: usize) -> Vec<Keyword> {
        (0..n)
            .map(|i| Keyword {
                word: format!("关键词{i}"),
                weight: 1.0 / (i + 1) as f64,
                count: n - i,
                ..Default::default()
            })
            .collect()
    }

    fn overlap(a: &PlacedWord, b: &PlacedWord) -> bool {
        (a.x - b.x).abs() * 2.0 < a.box_width + b.box_width
            && (a.y - b.y).abs() * 2.0 < a.box_height + b.box_height
    }

    #[test]
    fn no_two_words_overlap_and_layout_is_deterministic() {
        for vertical_share in [0.0, 0.3] {
            let words = keywords(150);
            let options = CloudOptions {
                vertical_share,
                max_words: 150,
                ..CloudOptions::default()
            };
            let cloud = layout_cloud(&words, &options);
            assert!(cloud.words.len() >= 80, "placed {}", cloud.words.len());
            for (i, a) in cloud.words.iter().enumerate() {
                assert!(a.x - a.box_width / 2.0 >= 0.0 && a.x + a.box_width / 2.0 <= options.width);
                assert!(
                    a.y - a.box_height / 2.0 >= 0.0 && a.y + a.box_height / 2.0 <= options.height
                );
                for b in &cloud.words[i + 1..] {
                    assert!(!overlap(a, b), "{} overlaps {}", a.word, b.word);
                }
            }
            assert_eq!(cloud, layout_cloud(&words, &options));
            assert_eq!(cloud.words.iter().any(|w| w.vertical), vertical_share > 0.0);
        }
    }

    #[test]
    fn heaviest_word_is_placed_even_when_too_wide() {
        let words = vec![Keyword {
            word: "这是一个非常非常非常长的关键词组合短语".into(),
            weight: 1.0,
            count: 3,
            ..Default::default()
        }];
        let options = CloudOptions {
            width: 200.0,
            height: 100.0,
            ..CloudOptions::default()
        };
        let cloud = layout_cloud(&words, &options);
        assert_eq!(cloud.words.len(), 1);
        assert!(cloud.words[0].box_width <= 200.0);
    }

    #[test]
    fn mask_spans_cover_exactly_the_columns() {
        assert_eq!(Mask::span(0, 0, 3), 0b111);
        assert_eq!(Mask::span(1, 60, 70), 0b11_1111);
        assert_eq!(Mask::span(0, 62, 70), 0b11 << 62);
    }
}
