//! The keyword cloud's layout: words placed along a spiral from the centre,
//! heaviest first, each box checked against those already placed. Same
//! keywords and options, same layout.

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
}

impl Default for CloudOptions {
    fn default() -> Self {
        CloudOptions {
            width: 800.0,
            height: 480.0,
            max_words: 120,
            min_font_size: 13.0,
            max_font_size: 60.0,
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
    /// Index into the page's palette.
    pub color: usize,
}

/// Height of a text box in em: CJK fonts' ascent plus descent (Noto Sans CJK: 1.448).
pub const LINE_BOX_EM: f64 = 1.5;
/// Room left around each box, in user units.
const GAP: f64 = 2.0;
/// Colours the page's palette has.
const PALETTE_SIZE: usize = 8;

#[derive(Debug, Clone, Copy)]
struct Rect {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Rect {
    fn around(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect {
            left: x - w / 2.0,
            top: y - h / 2.0,
            right: x + w / 2.0,
            bottom: y + h / 2.0,
        }
    }
    fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right + GAP
            && other.left < self.right + GAP
            && self.top < other.bottom + GAP
            && other.top < self.bottom + GAP
    }
    fn inside(&self, width: f64, height: f64) -> bool {
        self.left >= 0.0 && self.top >= 0.0 && self.right <= width && self.bottom <= height
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

/// Lays out the heaviest `max_words` keywords. The heaviest word is always
/// placed: a word that finds no room shrinks before it is given up, and the
/// first word shrinks until it fits the canvas.
///
/// ```
/// use report_lens_analysis::{layout_cloud, CloudOptions, Keyword};
/// let words = vec![Keyword { word: "民主监督".into(), weight: 0.3, count: 12 }];
/// let cloud = layout_cloud(&words, &CloudOptions::default());
/// assert_eq!(cloud.words[0].word, "民主监督");
/// assert_eq!((cloud.words[0].x, cloud.words[0].y), (400.0, 240.0));
/// ```
pub fn layout_cloud(keywords: &[Keyword], options: &CloudOptions) -> CloudLayout {
    let words = &keywords[..keywords.len().min(options.max_words)];
    let max = words.iter().map(|k| k.weight).fold(f64::MIN, f64::max);
    let min = words.iter().map(|k| k.weight).fold(f64::MAX, f64::min);
    let mut placed: Vec<(Rect, PlacedWord)> = Vec::new();
    for (rank, keyword) in words.iter().enumerate() {
        let share = if max > min {
            ((keyword.weight - min) / (max - min)).sqrt()
        } else {
            1.0
        };
        let mut size =
            options.min_font_size + share * (options.max_font_size - options.min_font_size);
        let em = text_width_em(&keyword.word);
        loop {
            let (w, h) = (em * size, LINE_BOX_EM * size);
            let spot = find_spot(w, h, options, placed.iter().map(|(r, _)| r));
            if let Some((x, y)) = spot {
                let word = PlacedWord {
                    word: keyword.word.clone(),
                    weight: keyword.weight,
                    x,
                    y,
                    font_size: size,
                    box_width: w,
                    box_height: h,
                    color: rank % PALETTE_SIZE,
                };
                placed.push((Rect::around(x, y, w, h), word));
                break;
            }
            if size <= options.min_font_size && rank > 0 {
                break; // no room even at the smallest size
            }
            size *= 0.85;
            if size < 1.0 {
                break;
            }
        }
    }
    CloudLayout {
        width: options.width,
        height: options.height,
        words: placed.into_iter().map(|(_, w)| w).collect(),
    }
}

/// The first free spot along an Archimedean spiral from the centre; the
/// spiral is stretched to the canvas's aspect ratio.
fn find_spot<'a>(
    w: f64,
    h: f64,
    options: &CloudOptions,
    placed: impl Iterator<Item = &'a Rect> + Clone,
) -> Option<(f64, f64)> {
    let (cx, cy) = (options.width / 2.0, options.height / 2.0);
    let aspect = options.width / options.height;
    let max_radius = options.width.hypot(options.height) / 2.0;
    let step = 0.12_f64;
    let mut t = 0.0_f64;
    loop {
        let radius = 1.6 * t;
        if radius > max_radius {
            return None;
        }
        let x = cx + radius * t.cos() * aspect.sqrt();
        let y = cy + radius * t.sin() / aspect.sqrt();
        let rect = Rect::around(x, y, w, h);
        if rect.inside(options.width, options.height) && !placed.clone().any(|p| p.overlaps(&rect))
        {
            return Some((x, y));
        }
        t += step;
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
            })
            .collect()
    }

    #[test]
    fn no_two_words_overlap_and_layout_is_deterministic() {
        let words = keywords(100);
        let options = CloudOptions::default();
        let cloud = layout_cloud(&words, &options);
        assert!(cloud.words.len() >= 60, "placed {}", cloud.words.len());
        let rects: Vec<Rect> = cloud
            .words
            .iter()
            .map(|w| Rect::around(w.x, w.y, w.box_width, w.box_height))
            .collect();
        for (i, a) in rects.iter().enumerate() {
            assert!(a.inside(options.width, options.height));
            for b in &rects[i + 1..] {
                assert!(
                    !(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                );
            }
        }
        assert_eq!(cloud, layout_cloud(&words, &options));
    }

    #[test]
    fn heaviest_word_is_placed_even_when_too_wide() {
        let words = vec![Keyword {
            word: "这是一个非常非常非常长的关键词组合短语".into(),
            weight: 1.0,
            count: 3,
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
}
