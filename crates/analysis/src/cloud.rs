//! The keyword cloud's layout: words placed along a spiral from the centre,
//! heaviest first, each box tested against a bit mask of the cells already
//! taken. Same keywords and options, same layout.

use serde::{Deserialize, Serialize};

use crate::report::Keyword;
use crate::text::chars::is_han;

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
pub(crate) const LINE_BOX_EM: f64 = 1.5;
/// Colours the palette has.
pub(crate) const PALETTE_SIZE: usize = 8;
/// Room left around each box, in user units.
const GAP: f64 = 2.0;
/// Side of a mask cell, in user units.
const CELL: f64 = 2.0;

/// Which cells of the canvas are taken, one bit a cell, rows of u64 words.
/// A word is centred on a cell corner and reserves whole cells around it,
/// so a search works in integers.
struct Mask {
    /// Whole cells across and down: a box within them is within the canvas.
    columns: usize,
    rows: usize,
    words_per_row: usize,
    bits: Vec<u64>,
}

/// A box's reach from its centre, in whole cells: it (with the gap around
/// it) covers columns `x - columns .. x + columns`, rows likewise.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reach {
    columns: usize,
    rows: usize,
}

impl Reach {
    fn of(w: f64, h: f64) -> Self {
        let cells = |side: f64| ((side / 2.0 + GAP / 2.0) / CELL).ceil() as usize;
        Reach {
            columns: cells(w),
            rows: cells(h),
        }
    }

    /// Reaches no further than `other` in either direction.
    fn within(self, other: Reach) -> bool {
        self.columns <= other.columns && self.rows <= other.rows
    }
}

/// A cell corner: (column, row).
type Corner = (usize, usize);

impl Mask {
    fn new(width: f64, height: f64) -> Self {
        let columns = (width / CELL).floor() as usize;
        let rows = (height / CELL).floor() as usize;
        let words_per_row = columns.div_ceil(64);
        Mask {
            columns,
            rows,
            words_per_row,
            bits: vec![0; words_per_row * rows],
        }
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

    /// Whether a box reaching `reach` around `(x, y)` is on the canvas and
    /// touches no taken cell.
    fn fits(&self, (x, y): Corner, reach: Reach) -> bool {
        if x < reach.columns
            || y < reach.rows
            || x + reach.columns > self.columns
            || y + reach.rows > self.rows
        {
            return false;
        }
        let (c0, c1) = (x - reach.columns, x + reach.columns);
        let row_is_free = |r: usize| {
            let row = &self.bits[r * self.words_per_row..(r + 1) * self.words_per_row];
            (c0 / 64..=(c1 - 1) / 64).all(|w| row[w] & Self::span(w, c0, c1) == 0)
        };
        // The middle row first: most taken spots show there at once.
        row_is_free(y) && (y - reach.rows..y + reach.rows).all(row_is_free)
    }

    fn take(&mut self, (x, y): Corner, reach: Reach) {
        let (c0, c1) = (x - reach.columns, x + reach.columns);
        for r in y - reach.rows..y + reach.rows {
            for w in c0 / 64..=(c1 - 1) / 64 {
                self.bits[r * self.words_per_row + w] |= Self::span(w, c0, c1);
            }
        }
    }
}

/// Advance width of a word in em: full width for CJK, about 0.6 for Latin.
pub(crate) fn text_width_em(word: &str) -> f64 {
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
    // Every search so far: a box's reach and the spiral index it stopped
    // at (where it fit, or the end). The mask only fills up, so a box that
    // reaches at least as far as an earlier one fits nowhere that one did
    // not: its search starts where that one stopped.
    let mut searches: Vec<(Reach, usize)> = Vec::new();
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
            let reach = Reach::of(w, h);
            let from = searches
                .iter()
                .filter(|&&(earlier, _)| earlier.within(reach))
                .map(|&(_, stop)| stop)
                .max()
                .unwrap_or(0);
            let found = spiral[from..]
                .iter()
                .position(|&corner| mask.fits(corner, reach))
                .map(|i| from + i);
            searches.push((reach, found.unwrap_or(spiral.len())));
            if let Some(i) = found {
                let (x, y) = spiral[i];
                mask.take((x, y), reach);
                placed.push(PlacedWord {
                    word: keyword.word.clone(),
                    weight: keyword.weight,
                    x: x as f64 * CELL,
                    y: y as f64 * CELL,
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

/// The cell corners along an Archimedean spiral from the centre, stretched
/// to the canvas's aspect ratio, out to the corners (a corner the previous
/// point fell on too is not repeated). Computed once per layout.
fn spiral(options: &CloudOptions) -> Vec<Corner> {
    let (cx, cy) = (options.width / 2.0, options.height / 2.0);
    let stretch = (options.width / options.height).sqrt();
    let max_radius = options.width.hypot(options.height) / 2.0;
    let mut corners: Vec<Corner> = Vec::new();
    let mut t = 0.0_f64;
    loop {
        let radius = 1.6 * t;
        if radius > max_radius {
            return corners;
        }
        let x = (cx + radius * t.cos() * stretch) / CELL;
        let y = (cy + radius * t.sin() / stretch) / CELL;
        if x >= 0.0 && y >= 0.0 {
            let corner = (x.round() as usize, y.round() as usize);
            if corners.last() != Some(&corner) {
                corners.push(corner);
            }
        }
        t += 0.12;
    }
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
    fn a_box_fits_inside_the_canvas_and_off_taken_cells_only() {
        let mut mask = Mask::new(100.0, 60.0);
        let reach = Reach::of(20.0, 10.0);
        assert_eq!(
            reach,
            Reach {
                columns: 6,
                rows: 3
            }
        );
        assert!(mask.fits((25, 15), reach));
        assert!(!mask.fits((5, 15), reach), "off the left edge");
        assert!(!mask.fits((25, 28), reach), "off the bottom");
        mask.take((25, 15), reach);
        assert!(!mask.fits((30, 15), reach));
        assert!(mask.fits((37, 15), reach), "touching, not overlapping");
        assert!(Reach::of(10.0, 10.0).within(reach));
    }

    #[test]
    fn mask_spans_cover_exactly_the_columns() {
        assert_eq!(Mask::span(0, 0, 3), 0b111);
        assert_eq!(Mask::span(1, 60, 70), 0b11_1111);
        assert_eq!(Mask::span(0, 62, 70), 0b11 << 62);
    }
}
