//! The page's look from the analysis crate, which every export shares: the
//! font stack and the cloud palette, light and dark. [`apply`] sets them on
//! the root element before the page is drawn, as custom properties through
//! CSSOM (the CSP allows that, not a `style` attribute): `--font`,
//! `--cloud-0`…`--cloud-7` and `--cloud-dark-0`…`--cloud-dark-7`. The
//! cloud's words and the concordance's bars carry the light colour as an
//! SVG `fill` attribute, as the exported SVG does, and a class (`c0`…) by
//! which `www/style.css`'s dark scheme fills them with the dark one.

use report_lens_analysis::{CLOUD_PALETTE, CLOUD_PALETTE_DARK, FONT_STACK};
use wasm_bindgen::JsCast;

/// The palette colour of the concordance's bars.
pub const BAR_COLOR: usize = 1;

/// The fill of palette colour `color` (a `PlacedWord::color`) on a light
/// background; the stylesheet's dark scheme overrides it by class.
pub fn cloud_fill(color: usize) -> &'static str {
    CLOUD_PALETTE[color % CLOUD_PALETTE.len()]
}

/// The class that names palette colour `color`, for the dark scheme.
pub fn cloud_class(color: usize) -> String {
    format!("c{}", color % CLOUD_PALETTE.len())
}

/// The custom properties the stylesheet takes from the crate.
fn custom_properties() -> Vec<(String, &'static str)> {
    let palette = |prefix: &str, colours: &[&'static str]| {
        let named = colours.iter().enumerate();
        named
            .map(|(i, colour)| (format!("--{prefix}-{i}"), *colour))
            .collect::<Vec<_>>()
    };
    let mut properties = vec![("--font".to_owned(), FONT_STACK)];
    properties.extend(palette("cloud", &CLOUD_PALETTE));
    properties.extend(palette("cloud-dark", &CLOUD_PALETTE_DARK));
    properties
}

/// Sets the font stack and the palettes on the root element.
pub fn apply() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        for (name, value) in custom_properties() {
            let _ = root.style().set_property(&name, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_gets_the_font_and_both_palettes() {
        let properties = custom_properties();
        assert_eq!(properties.len(), 1 + 2 * CLOUD_PALETTE.len());
        assert!(properties.contains(&("--cloud-1".to_owned(), CLOUD_PALETTE[1])));
        assert!(properties.contains(&("--cloud-dark-7".to_owned(), CLOUD_PALETTE_DARK[7])));
        assert_eq!(cloud_class(9), "c1");
    }
}
