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
    /// (byte offset, char offset) at the start of every line.
    line_starts: Vec<(usize, usize)>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![(0, 0)];
        let mut chars = 0;
        for (byte, c) in text.char_indices() {
            chars += 1;
            if c == '\n' {
                line_starts.push((byte + 1, chars));
            }
        }
        CharIndex { line_starts }
    }

    /// The character offset of byte offset `byte` of `text`.
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let i = self.line_starts.partition_point(|&(b, _)| b <= byte) - 1;
        let (line_byte, line_char) = self.line_starts[i];
        line_char + text[line_byte..byte].chars().count()
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
