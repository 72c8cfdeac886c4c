//! The PDF layout: a PDF engine's runs, as the text the page and the CLI
//! pass on (`open_pdf`), or built from the bytes (any positions, sizes,
//! fonts and text, pages of them), read into a report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::{open_pdf, read_pdf_text, PdfPage, PdfText, TextRun};

/// Runs from bytes: a record is a page break or one run (x, y, width and
/// size from two bytes each, a font, up to 63 bytes of text).
fn runs(mut data: &[u8]) -> PdfText {
    let mut pages = vec![PdfPage::default()];
    let number = |b: &[u8]| i16::from_le_bytes([b[0], b[1]]) as f32 / 16.0;
    while data.len() >= 10 {
        let (head, rest) = data.split_at(10);
        if head[0] == 0xff {
            pages.push(PdfPage { width: 595.0, height: 842.0, ..PdfPage::default() });
            data = &rest[..];
            continue;
        }
        let len = usize::from(head[9] & 0x3f).min(rest.len());
        let (text, rest) = rest.split_at(len);
        let font = ["A+Noto-Bold", "B+FangSong", "SimHei", ""][usize::from(head[0] & 3)];
        pages.last_mut().unwrap().runs.push(TextRun {
            text: String::from_utf8_lossy(text).into_owned(),
            x: number(&head[1..3]),
            y: number(&head[3..5]),
            width: number(&head[5..7]),
            size: number(&head[7..9]),
            font: font.to_owned(),
        });
        data = rest;
    }
    PdfText { pages }
}

fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((b'p' | b'f', _)) => {
            let _ = open_pdf(&String::from_utf8_lossy(data));
        }
        Some((_, rest)) => {
            let _ = read_pdf_text(&runs(rest));
        }
        None => {}
    }
});
