//! The look shared by the page and every export: the cloud's colours and
//! the font stack. The page takes them from here (its stylesheet adds only
//! the dark scheme's colours), so an exported SVG or report looks like the
//! page it came from.

use crate::cloud::PALETTE_SIZE;

/// Colours of the cloud on a light background, one per `PlacedWord::color`.
pub const CLOUD_PALETTE: [&str; PALETTE_SIZE] = [
    "#b3261e", "#1f5fa8", "#2e7d32", "#8e3fa0", "#c0650f", "#00796b", "#5d4037", "#455a64",
];

/// CJK fonts first, so rendered boxes match the cloud layout's estimate of
/// a full-width character.
pub const FONT_STACK: &str = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
