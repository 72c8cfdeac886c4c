//! The reader on small PDFs written by hand (`tests/fixtures/tiny.pdf`,
//! made readable by `qpdf --qdf`; `tiny_packed.pdf` is the same file with
//! a cross-reference stream, an object stream and Flate, by `qpdf
//! --object-streams=generate`). The expected runs were worked out from
//! the file's operators and widths by hand (the comments show how).
//! The fixture PDFs of real reports are read in `tests/pdf/reading.test.mjs`,
//! against pdf.js and against the files they were made from.

use report_lens_pdf::{read, Declined, Run};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn run(text: &str, x: f64, y: f64, end: f64, size: f64, font: usize) -> Run {
    Run {
        text: text.to_owned(),
        x,
        y,
        end,
        size,
        font,
    }
}

/// Lengths to hundredths of a point, as the runs format writes them.
fn rounded(runs: &[Run]) -> Vec<Run> {
    let r = |n: f64| (n * 100.0).round() / 100.0;
    runs.iter()
        .map(|x| Run {
            x: r(x.x),
            y: r(x.y),
            end: r(x.end),
            size: r(x.size),
            ..x.clone()
        })
        .collect()
}

fn expected() -> Vec<Run> {
    vec![
        // <0001 0002> in the Identity-H font at 72 700, 12 pt, DW 1000:
        // two 12 pt glyphs; the crop box starts at 10 20.
        run("中国", 62.0, 680.0, 86.0, 12.0, 0),
        // [(20) -50 (25)] in Helvetica, 10 pt: 2 is 556 wide; the -50 moves
        // 0.5 pt, less than a thin space, so no blank: 72 + 11.12 + 0.5 + 11.12.
        run("2025", 62.0, 660.0, 84.74, 10.0, 1),
        // (PM) ends at 72 + 6.67 + 8.33 = 87; (2.5) starts back at 80: a new run.
        run("PM", 62.0, 646.0, 77.0, 10.0, 1),
        run("2.5", 70.0, 646.0, 83.9, 10.0, 1),
        // The form: the page's cm (-40) and the form's matrix (-20).
        run("国", 62.0, 620.0, 74.0, 12.0, 0),
        // <0003 0001 0003 0002>: 0003 is U+3000, 500 wide (W). The leading
        // blank only moves the pen; the inner one (6 pt, half the size)
        // is a blank in the run.
        run("中 国", 68.0, 580.0, 98.0, 12.0, 0),
    ]
}

#[test]
fn a_page_of_composite_and_simple_fonts_forms_and_an_inline_image() {
    let runs = read(&fixture("tiny.pdf")).unwrap();
    assert_eq!(runs.fonts, vec!["ABCDEF+SimSun-Bold", "Helvetica"]);
    assert_eq!(runs.pages.len(), 1);
    assert_eq!((runs.pages[0].width, runs.pages[0].height), (575.0, 812.0));
    assert_eq!(rounded(&runs.pages[0].runs), expected());
}

#[test]
fn cross_reference_and_object_streams_read_the_same() {
    assert_eq!(
        read(&fixture("tiny_packed.pdf")),
        read(&fixture("tiny.pdf"))
    );
}

#[test]
fn the_answer_is_the_runs_format() {
    let answer = read(&fixture("tiny.pdf")).unwrap().answer();
    let lines: Vec<&str> = answer.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "pdf-runs 1",
            "font\t0\tABCDEF+SimSun-Bold",
            "font\t1\tHelvetica",
            "page\t57500\t81200",
            "6200\t68000\t2400\t1200\t0\t中国",
        ]
    );
}

/// `bytes` with the last `from` replaced by `to`.
fn replaced(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let at = bytes.windows(from.len()).rposition(|w| w == from).unwrap();
    [&bytes[..at], to, &bytes[at + from.len()..]].concat()
}

#[test]
fn what_it_cannot_read_is_declined() {
    let tiny = fixture("tiny.pdf");
    // Encrypted: a trailer naming an Encrypt dictionary (the trailer
    // follows every object, so no offset moves).
    let encrypted = replaced(&tiny, b"/Root 1 0 R", b"/Encrypt 1 0 R /Root 1 0 R");
    assert_eq!(read(&encrypted), Err(Declined::Encrypted));
    // A named CMap instead of Identity-H, as long.
    let gbk = replaced(&tiny, b"/Identity-H", b"/GBK-EUC-H ");
    assert!(matches!(read(&gbk), Err(Declined::Unsupported(_))));
    // Cut short: no cross-reference table to find.
    assert!(matches!(
        read(&tiny[..tiny.len() / 2]),
        Err(Declined::Damaged(_))
    ));
}

#[test]
fn an_object_stream_whose_length_is_in_an_object_stream_that_needs_it_is_a_loop() {
    // Found by the fuzzer (`pdf_reader`): each object stream's `Length` is
    // an object in another object stream, around a circle; reading it
    // recursed until the stack ran out.
    assert_eq!(
        read(&fixture("loop_in_object_streams.pdf")),
        Err(Declined::Damaged("引用成环"))
    );
}

#[test]
fn numbers_near_the_integer_limit_in_a_cross_reference_table_are_no_panic() {
    // Found by the fuzzer: a subsection's first object number near
    // i64::MAX overflowed when its entries were counted up from it.
    assert!(read(&fixture("huge_xref_numbers.pdf")).is_err());
}
