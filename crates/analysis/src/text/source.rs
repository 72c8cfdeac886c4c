//! The text as given: its trimmed lines, byte offsets turned into the
//! character offsets every position in a report is given in, and warnings
//! located by them.

use crate::report::{Warning, WarningKind};

/// A trimmed, non-empty line of the original text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'t> {
    pub text: &'t str,
    pub start: usize,
}

/// Byte → character offset conversion for the original text.
#[derive(Debug)]
pub(super) struct CharIndex {
    /// (byte offset, char offset) at the start of every line and every
    /// [`CHECKPOINT_CHARS`] characters within one, so a conversion counts
    /// few characters however long the line.
    checkpoints: Vec<(usize, usize)>,
}

/// Characters between two checkpoints of a line.
const CHECKPOINT_CHARS: usize = 64;

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut checkpoints = vec![(0, 0)];
        let mut chars = 0;
        let mut since = 0;
        for (byte, c) in text.char_indices() {
            chars += 1;
            since += 1;
            if c == '\n' || since == CHECKPOINT_CHARS {
                checkpoints.push((byte + c.len_utf8(), chars));
                since = 0;
            }
        }
        CharIndex { checkpoints }
    }

    /// The character offset of byte offset `byte` of `text`.
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
        let (from_byte, from_char) = self.checkpoints[i];
        from_char + text[from_byte..byte].chars().count()
    }

    /// A warning about bytes `start`..`end` of `text`.
    pub fn warning(
        &self,
        text: &str,
        kind: WarningKind,
        message: String,
        start: usize,
        end: usize,
    ) -> Warning {
        Warning {
            kind,
            message,
            start: Some(self.char_offset(text, start)),
            end: Some(self.char_offset(text, end)),
        }
    }
}

/// Warnings about the text, made from byte offsets of the original text.
pub(super) struct Notes<'a> {
    text: &'a str,
    index: &'a CharIndex,
    pub warnings: Vec<Warning>,
}

impl<'a> Notes<'a> {
    pub fn new(text: &'a str, index: &'a CharIndex) -> Self {
        Notes {
            text,
            index,
            warnings: Vec::new(),
        }
    }

    /// Notes a warning about bytes `start`..`end` of the original text.
    pub fn note(&mut self, kind: WarningKind, message: String, start: usize, end: usize) {
        let warning = self.index.warning(self.text, kind, message, start, end);
        self.warnings.push(warning);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_offset_becomes_its_character_offset() {
        // Lines shorter and far longer than a checkpoint's span, mixed widths.
        let long: String = "政协委员a1，".repeat(40);
        let text = format!("标题\n\n{long}\n短行。\n{long}");
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(&text, byte), chars, "byte {byte}");
        }
        assert_eq!(index.char_offset(&text, text.len()), text.chars().count());
    }
}
