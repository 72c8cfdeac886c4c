//! The look shared by the page and every export: the cloud's colours, on a
//! light background and on a dark one, and the font stack. The page takes
//! them from here, so an exported SVG or report looks like the page it
//! came from.

use crate::cloud::PALETTE_SIZE;

/// Colours of the cloud on a light background, one per `PlacedWord::color`.
pub const CLOUD_PALETTE: [&str; PALETTE_SIZE] = [
    "#b3261e", "#1f5fa8", "#2e7d32", "#8e3fa0", "#c0650f", "#00796b", "#5d4037", "#455a64",
];

/// The same colours on a dark background, for the page's dark scheme (the
/// exports have a white background and use [`CLOUD_PALETTE`]).
pub const CLOUD_PALETTE_DARK: [&str; PALETTE_SIZE] = [
    "#ef6b5f", "#7fb0ef", "#7fcf83", "#d19ae0", "#f2a55a", "#5fd0c0", "#c9a89c", "#a9bcc6",
];

/// CJK fonts first, so rendered boxes match the cloud layout's estimate of
/// a full-width character.
pub const FONT_STACK: &str = "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
