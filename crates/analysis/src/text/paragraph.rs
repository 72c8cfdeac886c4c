//! A paragraph of body text, possibly joined from several lines, and the
//! map from a position in it back to a byte of the original text.

use super::chars::is_blank;

/// A run of the original text that a paragraph is made of.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Byte offset within the paragraph's text.
    local: usize,
    /// Byte offset in the original text.
    original: usize,
    len: usize,
}

/// What the file's format marked at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParagraphHint {
    /// A heading style or `<hN>`: 1 is the top.
    Heading(usize),
    /// The paragraph opens with this many bytes of bold text.
    BoldLead(usize),
}

/// One paragraph of body text, possibly joined from several lines.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    /// Trimmed, joined text, page markers cut out.
    pub text: String,
    pieces: Vec<Piece>,
    /// Structure a Word file or web page gave the paragraph's start.
    pub hint: Option<ParagraphHint>,
}

impl Paragraph {
    pub(super) fn new() -> Self {
        Paragraph {
            text: String::new(),
            pieces: Vec::new(),
            hint: None,
        }
    }

    /// Appends `text`, which stands at byte `original` of the original
    /// text, blanks at its end trimmed.
    pub(super) fn push(&mut self, text: &str, original: usize) {
        let trimmed = text.trim_end_matches(is_blank);
        if trimmed.is_empty() {
            return;
        }
        self.pieces.push(Piece {
            local: self.text.len(),
            original,
            len: trimmed.len(),
        });
        self.text.push_str(trimmed);
    }

    /// Where the paragraph starts in the original text, and how many of
    /// its bytes follow there unbroken (its first piece).
    pub(super) fn first_piece(&self) -> Option<(usize, usize)> {
        self.pieces.first().map(|p| (p.original, p.len))
    }

    /// The original byte offset of a byte offset in `self.text`.
    pub fn original_byte(&self, local: usize) -> usize {
        let piece = match self.pieces.iter().rposition(|p| p.local <= local) {
            Some(i) => self.pieces[i],
            None => return self.pieces.first().map_or(0, |p| p.original),
        };
        piece.original + (local - piece.local).min(piece.len)
    }

    /// The original byte offset where a span of `self.text` ends.
    pub fn original_end_byte(&self, local_end: usize) -> usize {
        if local_end == 0 {
            return self.original_byte(0);
        }
        // Map the last byte's piece so an end on a piece boundary stays in it.
        let piece = self
            .pieces
            .iter()
            .rev()
            .find(|p| p.local < local_end)
            .copied()
            .unwrap_or(self.pieces[0]);
        piece.original + (local_end - piece.local).min(piece.len)
    }
}
