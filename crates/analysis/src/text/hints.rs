//! Hints: spans of a text that its file's format marked — a heading style
//! or `<h2>`, a bold run. The readers in `open` make them; the document
//! gives each paragraph the one covering its start.

use serde::{Deserialize, Serialize};

/// What a format says about a span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum HintKind {
    /// A heading style or `<h1>`…`<h6>`: 1 is the top.
    Heading(usize),
    /// Bold characters.
    Bold,
}

/// A span of [`Opened::text`](crate::Opened::text) that the file marked; byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hint {
    pub start: usize,
    pub end: usize,
    pub kind: HintKind,
}
