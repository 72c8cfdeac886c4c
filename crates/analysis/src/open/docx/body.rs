//! The main document's body: its paragraphs one a line, each with the
//! number Word draws for it, its heading level, and its bold runs; what
//! Word does not show as body text (drawings, deleted text, field codes,
//! hidden runs, the table of contents) left out.

use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::Reader;

use super::numbering::Numbering;
use super::styles::Styles;
use super::xml::{attr, list_level, local, toggle, xml_error};
use crate::open::paragraphs::ParagraphWriter;
use crate::open::{Format, OpenError, Opened};

/// Elements whose content is not body text: drawings and text boxes (whose
/// paragraphs Word writes twice), embedded objects, deleted text, field codes.
const SKIPPED: &[&str] = &[
    "drawing", "pict", "AlternateContent", "object", "del", "moveFrom", "instrText",
    "footnoteReference", "endnoteReference", "pPrChange", "rPrChange", "sectPrChange",
    "tblPrChange", "trPrChange", "tcPrChange", "numberingChange",
];

/// The paragraph being read: its properties come first, then its runs.
#[derive(Debug, Default)]
struct ParagraphState {
    style: Option<String>,
    numbering: (Option<String>, Option<usize>),
    outline: Option<usize>,
    /// Written its start (number, heading level) yet?
    begun: bool,
}

/// The run being read: bold set on it (or by its character style), hidden.
#[derive(Debug, Default)]
struct RunState {
    bold: Option<bool>,
    hidden: bool,
}

/// Where in the XML the reader is.
#[derive(Debug, Default)]
struct Position {
    /// Depth inside an element whose content is skipped.
    skipping: usize,
    /// Inside `<w:pPr>`, `<w:rPr>`, `<w:t>`.
    paragraph_props: bool,
    run_props: bool,
    text: bool,
}

/// Reads `document.xml` into paragraphs, with heading and bold hints.
struct BodyReader<'s> {
    styles: &'s Styles,
    numbering: Numbering,
    out: ParagraphWriter,
    paragraph: ParagraphState,
    run: RunState,
    position: Position,
}

/// The text of the main document part `xml`.
pub(super) fn body(xml: &str, styles: &Styles, numbering: Numbering) -> Result<Opened, OpenError> {
    let mut body = BodyReader {
        styles,
        numbering,
        out: ParagraphWriter::default(),
        paragraph: ParagraphState::default(),
        run: RunState::default(),
        position: Position::default(),
    };
    let mut reader = Reader::from_str(xml);
    loop {
        match reader
            .read_event()
            .map_err(|e| xml_error("document.xml", e))?
        {
            Event::Start(e) => body.start(&e, false),
            Event::Empty(e) => body.start(&e, true),
            Event::End(e) => body.end(e.local_name().as_ref()),
            Event::Text(t) if body.takes_text() => body.text(&t),
            Event::GeneralRef(r) if body.takes_text() => {
                if let Some(c) = resolve(&r) {
                    body.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // List numbers and line breaks can make a small file's text huge.
    if body.out.overflowed() {
        return Err(OpenError::ZipBomb);
    }
    Ok(body.out.finish(Format::Docx))
}

/// The character an entity or character reference stands for.
fn resolve(reference: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    match reference.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        _ => match reference.as_ref() {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        },
    }
}

impl BodyReader<'_> {
    /// An opening (or, `empty`, self-closing) element.
    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = local(e);
        if self.position.skipping > 0 || SKIPPED.contains(&name) {
            if !empty {
                self.position.skipping += 1;
            }
            return;
        }
        let in_paragraph_props = self.position.paragraph_props;
        let in_run_props = self.position.run_props;
        match name {
            "p" => {
                self.out.end();
                self.paragraph = ParagraphState::default();
                if empty {
                    self.out.end();
                }
            }
            "pPr" => self.position.paragraph_props = !empty,
            "pStyle" if in_paragraph_props => self.paragraph.style = attr(e, "val"),
            "numId" if in_paragraph_props => self.paragraph.numbering.0 = attr(e, "val"),
            "ilvl" if in_paragraph_props => self.paragraph.numbering.1 = list_level(e, "val"),
            "outlineLvl" if in_paragraph_props => {
                let level = attr(e, "val").and_then(|v| v.parse::<usize>().ok());
                self.paragraph.outline = level.filter(|&l| l < 9).map(|l| l + 1);
            }
            "r" => self.run = RunState::default(),
            "vanish" | "specVanish" if in_run_props => self.run.hidden = toggle(e),
            "rPr" if !in_paragraph_props => self.position.run_props = !empty,
            "b" if in_run_props => self.run.bold = Some(toggle(e)),
            "rStyle" if in_run_props => {
                if let Some(bold) = attr(e, "val").and_then(|s| self.styles.bold(&s)) {
                    self.run.bold = self.run.bold.or(Some(bold));
                }
            }
            "t" => self.position.text = !empty,
            "tab" if !in_paragraph_props => {
                self.begin();
                self.out.push("\t", false);
            }
            "br" | "cr" => {
                let page = attr(e, "type").is_some_and(|t| t == "page" || t == "column");
                if !page {
                    self.begin();
                    self.out.line_break();
                }
            }
            "noBreakHyphen" => self.out.push("-", false),
            _ => {}
        }
    }

    /// A closing element.
    fn end(&mut self, name: &str) {
        if self.position.skipping > 0 {
            self.position.skipping -= 1;
            return;
        }
        match name {
            "p" => {
                self.begin();
                self.out.end();
                self.paragraph = ParagraphState::default();
            }
            "pPr" => self.position.paragraph_props = false,
            "rPr" => self.position.run_props = false,
            "t" => self.position.text = false,
            _ => {}
        }
    }

    /// Whether text here is body text the reader sees.
    fn takes_text(&self) -> bool {
        self.position.text
            && self.position.skipping == 0
            && !self.run.hidden
            && !self
                .paragraph
                .style
                .as_deref()
                .is_some_and(|s| self.styles.is_contents(s))
    }

    fn text(&mut self, text: &BytesText<'_>) {
        self.push_text(&text.xml10_content());
    }

    /// Body text of the current run, bold as the run or paragraph style says.
    fn push_text(&mut self, text: &str) {
        self.begin();
        let bold = self.run.bold.unwrap_or_else(|| {
            self.paragraph
                .style
                .as_deref()
                .and_then(|s| self.styles.bold(s))
                .unwrap_or(false)
        });
        self.out.push(text, bold);
    }

    /// Starts the paragraph's line (once): its heading level, and the list
    /// number Word draws before it.
    fn begin(&mut self) {
        let p = &mut self.paragraph;
        if p.begun {
            return;
        }
        p.begun = true;
        let style = p.style.as_deref();
        let heading = p
            .outline
            .or_else(|| style.and_then(|s| self.styles.heading(s)));
        self.out.start(heading);
        let (num_id, ilvl) = match &p.numbering {
            (Some(id), level) => (Some(id.clone()), level.unwrap_or(0)),
            (None, _) => match style.and_then(|s| self.styles.numbering(s)) {
                Some((id, level)) => (Some(id), level),
                None => (None, 0),
            },
        };
        if let Some(label) = num_id
            .filter(|id| id != "0")
            .and_then(|id| self.numbering.next_label(&id, ilvl))
        {
            self.out.push(&label, false);
        }
    }
}
