//! Opening the file a report arrives in: which format it is (plain text,
//! Word, a web page, a scraped CSV), its text, and the structure the format
//! marks (heading styles, bold runs) as hints for the outline.
//!
//! Every reader refuses bad input with an [`OpenError`] whose `Display` is a
//! message for the user, in Chinese; none of them panics.

mod csv;
mod docx;
mod encoding;
mod error;
mod html;
mod paragraphs;
mod pdf;
mod text;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::text::{Hint, HintKind};
pub use encoding::Encoding;
pub use error::{DocxDamage, OpenError};
pub use html::pasted_html;
pub use pdf::{open_pdf, read_pdf_text, PdfPage, PdfText, TextRun};
pub use text::{decode, decode_as, Decoded};

/// Largest file accepted, in bytes; larger files are refused before reading.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;
/// Most bytes a Word file may expand to; past this it is taken for a zip bomb.
pub(crate) const MAX_EXPANDED_BYTES: u64 = 100 * 1024 * 1024;

/// The formats a report is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// `.txt`, `.md` and anything else that decodes as text.
    Text,
    /// `.docx`.
    Docx,
    /// `.html`/`.htm`, or rich text pasted from a web page.
    Html,
    /// A scraped `.csv` with the report in one column.
    Csv,
    /// A PDF's text layer, read by a PDF engine (`open_pdf`).
    Pdf,
}

impl Format {
    /// The name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "纯文本",
            Format::Docx => "Word 文档",
            Format::Html => "网页",
            Format::Csv => "CSV 表格",
            Format::Pdf => "PDF",
        }
    }
}

/// A report read from a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Opened {
    /// One paragraph a line for Word files and web pages; as written for text.
    pub text: String,
    pub format: Format,
    /// The character encoding the bytes were read as (UTF-8 for Word files).
    pub encoding: Encoding,
    /// Heading styles and bold runs, in text order, never overlapping.
    pub hints: Vec<Hint>,
    /// What the reader chose for the user (which CSV row and column).
    pub notes: Vec<OpenNote>,
}

impl Opened {
    /// Each hint's text and kind, in order: what tests compare.
    #[cfg(test)]
    pub(crate) fn hinted_spans(&self) -> Vec<(&str, HintKind)> {
        self.hints
            .iter()
            .map(|h| (&self.text[h.start..h.end], h.kind))
            .collect()
    }

    /// Text typed or pasted: no hints.
    pub fn plain(text: String) -> Self {
        Opened {
            text,
            format: Format::Text,
            encoding: Encoding::UTF_8,
            hints: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// A choice a reader made for the user, shown beside the analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenNote {
    /// A CSV's report is one cell: row `row` (counted from 1) of the
    /// column `column`, the first of `rows` rows with text in it.
    CsvCell {
        column: String,
        row: usize,
        rows: usize,
    },
    /// A PDF of `pages` pages, `unreadable` of which the engine could not read.
    PdfPages { pages: usize, unreadable: usize },
}

impl fmt::Display for OpenNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenNote::CsvCell {
                column, rows: 1, ..
            } => write!(f, "读取了 CSV 的“{column}”列"),
            OpenNote::CsvCell { column, row, rows } => {
                write!(f, "CSV 共 {rows} 行报告，分析的是第 {row} 行的“{column}”列")
            }
            OpenNote::PdfPages {
                pages,
                unreadable: 0,
            } => write!(f, "读取了 PDF 的 {pages} 页文字（页码、页眉页脚已去掉）"),
            OpenNote::PdfPages { pages, unreadable } => write!(
                f,
                "读取了 PDF 的 {pages} 页文字，其中 {unreadable} 页无法读取，已跳过"
            ),
        }
    }
}

/// How to open a file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenOptions {
    /// The encoding to read text, web pages and CSV in instead of the guess.
    pub encoding: Option<Encoding>,
}

/// Refuses a file of `bytes` bytes if it is over [`MAX_INPUT_BYTES`]: what
/// every reader checks first, and what the page and the CLI check before
/// reading a file at all.
///
/// ```
/// use report_lens_analysis::{check_size, OpenError, MAX_INPUT_BYTES};
/// assert_eq!(check_size(1024), Ok(()));
/// let over = MAX_INPUT_BYTES as u64 + 1;
/// assert!(matches!(check_size(over), Err(OpenError::TooLarge { .. })));
/// ```
pub fn check_size(bytes: u64) -> Result<(), OpenError> {
    if bytes > MAX_INPUT_BYTES as u64 {
        let bytes = usize::try_from(bytes).unwrap_or(usize::MAX);
        return Err(OpenError::TooLarge { bytes });
    }
    Ok(())
}

/// Whether these bytes are a PDF's (`%PDF-`): such a file goes to a PDF
/// engine and [`open_pdf`], never to [`open`].
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// What the first bytes say a file is, whatever its name.
#[derive(Debug, PartialEq, Eq)]
enum Magic {
    Zip,
    Pdf,
    Image,
    LegacyOffice,
    Other,
}

fn magic(bytes: &[u8]) -> Magic {
    const IMAGES: &[&[u8]] = &[
        b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\0", b"MM\0*",
    ];
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Magic::Zip
    } else if is_pdf(bytes) {
        Magic::Pdf
    } else if bytes.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        Magic::LegacyOffice
    } else if IMAGES.iter().any(|m| bytes.starts_with(m))
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
    {
        Magic::Image
    } else {
        Magic::Other
    }
}

/// Reads a file: its bytes decide the format where they can (zip, PDF,
/// pictures), its name's extension otherwise (`.html`, `.csv`); anything
/// else is text.
///
/// ```
/// use report_lens_analysis::{open, Format, OpenError, OpenOptions};
///
/// let page = "<h1>政府工作报告</h1><script>alert(1)</script><p>各位代表：</p>";
/// let opened = open("报告.html", page.as_bytes(), &OpenOptions::default()).unwrap();
/// assert_eq!(opened.format, Format::Html);
/// assert_eq!(opened.text, "政府工作报告\n各位代表：\n");
///
/// let err = open("照片.txt", b"\x89PNG\r\n\x1a\n", &OpenOptions::default()).unwrap_err();
/// assert_eq!(err, OpenError::Image);
/// ```
pub fn open(name: &str, bytes: &[u8], options: &OpenOptions) -> Result<Opened, OpenError> {
    check_size(bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(OpenError::Empty);
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match magic(bytes) {
        Magic::Zip => return docx::read(bytes),
        Magic::Pdf => return Err(OpenError::Pdf),
        Magic::Image => return Err(OpenError::Image),
        Magic::LegacyOffice => return Err(OpenError::LegacyOffice),
        Magic::Other => {}
    }
    let decoded = match options.encoding {
        Some(encoding) => decode_as(bytes, encoding)?,
        None if matches!(extension.as_str(), "html" | "htm" | "xhtml") => html::decode(bytes)?,
        None => decode(bytes)?,
    };
    let encoding = decoded.encoding;
    let looks_like_html = looks_like_html(&decoded.text);
    let mut opened = if matches!(extension.as_str(), "html" | "htm" | "xhtml") || looks_like_html {
        html::html_to_text(&decoded.text)
    } else if extension == "csv" {
        csv::read(&decoded.text)?
    } else {
        Opened::plain(decoded.text)
    };
    opened.encoding = encoding;
    if opened.text.trim().is_empty() {
        return Err(OpenError::Empty);
    }
    Ok(opened)
}

/// Paragraph tags that make a text a web page's markup, and how many of
/// them its opening must hold: a fragment copied from a page's source
/// (`<div …><p>各位代表：</p>…`) is read as a page.
const PARAGRAPH_TAGS: &[&str] = &["</p>", "<br", "</h"];
const MIN_PARAGRAPH_TAGS: usize = 3;

fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let mut end = head.len().min(4096);
    while !head.is_char_boundary(end) {
        end -= 1;
    }
    let head = head[..end].to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || PARAGRAPH_TAGS
            .iter()
            .map(|t| head.matches(t).count())
            .sum::<usize>()
            >= MIN_PARAGRAPH_TAGS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_of_page_markup_is_read_as_a_page() {
        let fragment = "[<div class=\"box\">\n<h4>各位代表：</h4>\n<p>现在，我代表国务院报告工作。</p>\n<h5>一、回顾</h5>\n<p>过去一年。</p>";
        let opened = open_named("a.txt", fragment.as_bytes()).unwrap();
        assert_eq!(opened.format, Format::Html);
        assert!(opened.text.contains("一、回顾"), "{}", opened.text);
        assert!(!opened.text.contains("<p>"));
        assert!(!looks_like_html("正文里提到 <p> 标签一次。"));
    }

    fn open_named(name: &str, bytes: &[u8]) -> Result<Opened, OpenError> {
        open(name, bytes, &OpenOptions::default())
    }

    #[test]
    fn bytes_decide_before_the_name() {
        assert_eq!(open_named("a.txt", b"%PDF-1.7\n"), Err(OpenError::Pdf));
        assert_eq!(
            open_named("a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0"),
            Err(OpenError::LegacyOffice)
        );
        assert_eq!(
            open_named("a.md", b"RIFF\0\0\0\0WEBPVP8 "),
            Err(OpenError::Image)
        );
        assert_eq!(open_named("a.txt", b" \n\r\n "), Err(OpenError::Empty));
        assert_eq!(open_named("a.txt", b""), Err(OpenError::Empty));
    }

    #[test]
    fn an_html_page_named_txt_is_read_as_html() {
        let opened = open_named(
            "saved.txt",
            b"<!DOCTYPE html><p>\xe6\x8a\xa5\xe5\x91\x8a</p>",
        )
        .unwrap();
        assert_eq!(opened.format, Format::Html);
        assert_eq!(opened.text.trim(), "报告");
    }

    #[test]
    fn every_error_reads_as_a_sentence_in_chinese() {
        let errors = [
            OpenError::TooLarge { bytes: 30 << 20 },
            OpenError::Empty,
            OpenError::Binary,
            OpenError::Image,
            OpenError::Pdf,
            OpenError::LegacyOffice,
            OpenError::Archive,
            OpenError::CorruptDocx(DocxDamage::MissingPart("word/document.xml".to_owned())),
            OpenError::ZipBomb,
            OpenError::UnknownEncoding,
            OpenError::UnknownLabel("x".to_owned()),
            OpenError::NoTextColumn,
        ];
        for e in errors {
            let message = e.to_string();
            assert!(message.chars().any(crate::text::chars::is_han), "{message}");
        }
    }
}
