//! The keyword cloud as SVG: a standalone file, or the element the
//! exported report page holds.

use super::escape_xml;
use super::theme::{CLOUD_PALETTE, FONT_STACK};
use crate::cloud::{CloudLayout, PALETTE_SIZE};

/// A standalone SVG of a laid-out cloud: text escaped, font stack with fallbacks.
///
/// ```
/// use report_lens_analysis::{cloud_svg, layout_cloud, CloudOptions, Keyword};
/// let words = vec![Keyword { word: "<委员&工作室>".into(), weight: 1.0, count: 1, ..Default::default() }];
/// let svg = cloud_svg(&layout_cloud(&words, &CloudOptions::default()));
/// assert!(svg.contains("&lt;委员&amp;工作室&gt;"));
/// ```
pub fn cloud_svg(cloud: &CloudLayout) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        cloud_svg_element(cloud)
    )
}

/// The cloud's `<svg>` element alone, to place inside an HTML page.
pub(super) fn cloud_svg_element(cloud: &CloudLayout) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" font-family=\"{font}\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        w = cloud.width,
        h = cloud.height,
        font = escape_xml(FONT_STACK),
    );
    for word in &cloud.words {
        let vertical = if word.vertical {
            " writing-mode=\"vertical-rl\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{:.1}\" fill=\"{}\" text-anchor=\"middle\" dominant-baseline=\"central\"{vertical}>{}</text>\n",
            word.x,
            word.y,
            word.font_size,
            CLOUD_PALETTE[word.color % PALETTE_SIZE],
            escape_xml(&word.word)
        ));
    }
    out.push_str("</svg>\n");
    out
}
