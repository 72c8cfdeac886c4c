//! The page's look from the analysis crate, which every export shares: the
//! font stack, set on the root element as the `--font` custom property
//! through CSSOM (the CSP allows that, not a `style` attribute), and the
//! cloud palette's colours, drawn as SVG `fill` attributes as the exported
//! SVG draws them. `www/style.css` adds only the dark scheme's colours.

use report_lens_analysis::{CLOUD_PALETTE, FONT_STACK};
use wasm_bindgen::JsCast;

/// The palette colour of the concordance's bars.
pub const BAR_COLOR: usize = 1;

/// The fill of palette colour `color` (a `PlacedWord::color`) on a light
/// background; the stylesheet's dark scheme overrides it by class (`c0`…).
pub fn cloud_fill(color: usize) -> &'static str {
    CLOUD_PALETTE[color % CLOUD_PALETTE.len()]
}

/// The class that names palette colour `color`, for the dark scheme.
pub fn cloud_class(color: usize) -> String {
    format!("c{}", color % CLOUD_PALETTE.len())
}

/// Sets `--font` on the root element, before the page is drawn.
pub fn set_font_stack() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property("--font", FONT_STACK);
    }
}
