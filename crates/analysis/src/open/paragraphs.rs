//! Text assembled paragraph by paragraph from a structured format, with the
//! spans the format marked (headings, bold) recorded as hints.

use super::{Encoding, Format, Hint, HintKind, Opened, MAX_EXPANDED_BYTES};

/// Builds the text of a Word file or web page one paragraph a line.
#[derive(Debug, Default)]
pub(super) struct ParagraphWriter {
    text: String,
    hints: Vec<Hint>,
    /// Where the open paragraph starts, and its heading level if it is one.
    open: Option<(usize, Option<usize>)>,
    /// Where the current run of bold text started.
    bold_from: Option<usize>,
    /// The open paragraph has more than blanks.
    has_text: bool,
    /// Text past [`MAX_EXPANDED_BYTES`] was refused.
    overflowed: bool,
}

impl ParagraphWriter {
    /// Starts a paragraph (ending any open one); `heading` is its level.
    pub fn start(&mut self, heading: Option<usize>) {
        self.end();
        self.open = Some((self.text.len(), heading));
        self.has_text = false;
    }

    /// True when the text would have grown past [`MAX_EXPANDED_BYTES`].
    pub fn overflowed(&self) -> bool {
        self.overflowed
    }

    /// The last character written, if any.
    pub fn last_char(&self) -> Option<char> {
        self.text.chars().next_back()
    }

    /// Appends text to the open paragraph (opening one if needed).
    pub fn push(&mut self, text: &str, bold: bool) {
        if text.is_empty() || self.overflowed {
            return;
        }
        if (self.text.len() + text.len()) as u64 > MAX_EXPANDED_BYTES {
            self.overflowed = true;
            return;
        }
        if self.open.is_none() {
            self.start(None);
        }
        // Blanks between two bold runs keep the run going: `**　五是**`.
        let blank = text.chars().all(|c| c.is_whitespace());
        self.has_text |= !blank;
        if bold && self.bold_from.is_none() {
            self.bold_from = Some(self.text.len());
        } else if !bold && !blank {
            self.close_bold();
        }
        self.text.push_str(text);
    }

    /// True when the open paragraph has more than blanks.
    pub fn has_text(&self) -> bool {
        self.open.is_some() && self.has_text
    }

    /// A line break inside a paragraph (`<br>`, `<w:br/>`): a new line, same structure.
    pub fn line_break(&mut self) {
        let heading = self.open.and_then(|(_, h)| h);
        self.start(heading);
    }

    /// Ends the open paragraph, if any, with a newline.
    pub fn end(&mut self) {
        self.close_bold();
        let Some((start, heading)) = self.open.take() else {
            return;
        };
        let trimmed_end = self.text.trim_end().len().max(start);
        self.text.truncate(trimmed_end);
        // Only this paragraph's hints are touched: they are the last ones.
        let first = self.hints.partition_point(|h| h.start < start);
        if self.text.len() == start {
            // Nothing but blanks: no line, no hints.
            self.hints.truncate(first);
            return;
        }
        let mut own: Vec<Hint> = self.hints.drain(first..).collect();
        for hint in &mut own {
            hint.end = hint.end.min(trimmed_end);
        }
        own.retain(|h| h.start < h.end);
        if let Some(level) = heading {
            // A heading's own bold adds nothing: the heading hint replaces it.
            own.clear();
            own.push(Hint {
                start,
                end: trimmed_end,
                kind: HintKind::Heading(level),
            });
        }
        self.hints.extend(own);
        self.text.push('\n');
    }

    fn close_bold(&mut self) {
        if let Some(from) = self.bold_from.take() {
            let end = self.text.trim_end().len().max(from);
            if end > from {
                self.hints.push(Hint {
                    start: from,
                    end,
                    kind: HintKind::Bold,
                });
            }
        }
    }

    pub fn finish(mut self, format: Format) -> Opened {
        self.end();
        Opened {
            text: self.text,
            format,
            encoding: Encoding::UTF_8,
            hints: self.hints,
            notes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_runs_join_across_blanks_and_end_at_plain_text() {
        let mut w = ParagraphWriter::default();
        w.start(None);
        w.push("　", false);
        w.push("　五是", true);
        w.push("　", false);
        w.push("扩大开放。", true);
        w.push("全年进出口增长。", false);
        w.start(Some(1));
        w.push("二、工作安排", true);
        w.start(None);
        w.push("  ", false);
        let opened = w.finish(Format::Docx);
        assert_eq!(
            opened.text,
            "　　五是　扩大开放。全年进出口增长。\n二、工作安排\n"
        );
        let spans = opened.hinted_spans();
        assert_eq!(
            spans,
            [
                ("　五是　扩大开放。", HintKind::Bold),
                ("二、工作安排", HintKind::Heading(1)),
            ]
        );
    }
}
