//! The PDF layout against pages typeset here as a 公文 printer would:
//! 28 characters a line, the first indented by two, 22 lines a page, a
//! page number in the footer.

use super::*;
use crate::HintKind;

const SIZE: f32 = 16.0;
const LEFT: f32 = 90.0;
const PER_LINE: usize = 28;
const LINES_PER_PAGE: usize = 22;
const TOP: f32 = 760.0;
const SPACING: f32 = 28.0;

/// A paragraph to typeset: its text, bold lead (characters), centred.
struct Para<'a> {
    text: &'a str,
    bold: usize,
    centred: bool,
}

fn para(text: &str) -> Para<'_> {
    Para {
        text,
        bold: 0,
        centred: false,
    }
}

/// Sets the paragraphs in pages of runs, each with `— n —` at its foot
/// and, with `header`, a running header at its top.
fn typeset(paras: &[Para], header: Option<&str>) -> PdfText {
    let mut lines: Vec<(Vec<TextRun>, bool)> = Vec::new();
    for p in paras {
        let chars: Vec<char> = p.text.chars().collect();
        let mut at = 0;
        let mut first = true;
        while at < chars.len() {
            let room = if first && !p.centred {
                PER_LINE - 2
            } else {
                PER_LINE
            };
            let end = (at + room).min(chars.len());
            let x0 = if p.centred {
                LEFT + (PER_LINE - (end - at)) as f32 * SIZE / 2.0
            } else if first {
                LEFT + 2.0 * SIZE
            } else {
                LEFT
            };
            let mut runs = Vec::new();
            let mut x = x0;
            for (i, &c) in chars[at..end].iter().enumerate() {
                let bold = at + i < p.bold;
                runs.push(TextRun {
                    text: c.to_string(),
                    x,
                    y: 0.0,
                    width: SIZE,
                    size: SIZE,
                    font: if bold { "A+FZHei-Bold" } else { "B+FangSong" }.to_owned(),
                });
                x += SIZE;
            }
            lines.push((runs, first));
            at = end;
            first = false;
        }
    }
    let mut pages = Vec::new();
    for (n, chunk) in lines.chunks(LINES_PER_PAGE).enumerate() {
        let mut runs = Vec::new();
        if let Some(h) = header {
            runs.push(TextRun {
                text: h.to_owned(),
                x: 250.0,
                y: 800.0,
                width: 100.0,
                size: 10.5,
                font: "B+FangSong".to_owned(),
            });
        }
        for (i, (line, _)) in chunk.iter().enumerate() {
            for run in line {
                runs.push(TextRun {
                    y: TOP - i as f32 * SPACING,
                    ..run.clone()
                });
            }
        }
        runs.push(TextRun {
            text: format!("— {} —", n + 1),
            x: 280.0,
            y: 50.0,
            width: 40.0,
            size: 14.0,
            font: "B+SimSun".to_owned(),
        });
        pages.push(PdfPage {
            width: 595.0,
            height: 842.0,
            runs,
            failed: false,
        });
    }
    PdfText { pages }
}

const LONG: &str = "过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳、稳中有进，高质量发展扎实推进，全年地区生产总值增长百分之五点二，一般公共预算收入增长百分之三点一，城镇新增就业六十五万人。";

#[test]
fn paragraphs_come_back_across_line_wraps_and_page_breaks() {
    let mut paras = vec![
        Para {
            text: "政府工作报告",
            bold: 6,
            centred: true,
        },
        para("各位代表："),
        Para {
            text: "一、2024年工作回顾",
            bold: 11,
            centred: false,
        },
    ];
    // Enough paragraphs that some run over a page break.
    for _ in 0..12 {
        paras.push(para(LONG));
    }
    let pdf = typeset(&paras, Some("安徽省人民政府"));
    assert!(pdf.pages.len() >= 3, "{} pages", pdf.pages.len());
    let opened = read_pdf_text(&pdf).unwrap();
    let expected: Vec<&str> = paras.iter().map(|p| p.text).collect();
    let got: Vec<&str> = opened.text.lines().collect();
    assert_eq!(got, expected);
    assert_eq!(
        opened.hinted_spans(),
        vec![
            ("政府工作报告", HintKind::Bold),
            ("一、2024年工作回顾", HintKind::Bold)
        ]
    );
    assert_eq!(opened.format, Format::Pdf);
}

#[test]
fn a_bold_lead_stays_in_its_paragraph() {
    let text = "（一）坚持创新驱动。科技创新能力不断增强，高新技术企业达到一万二千家，研发投入强度提高到百分之二点五。";
    let pdf = typeset(
        &[Para {
            text,
            bold: 10,
            centred: false,
        }],
        None,
    );
    let opened = read_pdf_text(&pdf).unwrap();
    assert_eq!(opened.text, format!("{text}\n"));
    assert_eq!(
        opened.hinted_spans(),
        vec![("（一）坚持创新驱动。", HintKind::Bold)]
    );
}

#[test]
fn a_scan_has_no_text() {
    let pdf = PdfText {
        pages: vec![PdfPage::default(), PdfPage::default()],
    };
    assert_eq!(read_pdf_text(&pdf), Err(OpenError::PdfNoText { pages: 2 }));
    // Page numbers alone are no text either.
    let numbers = typeset(&[], None);
    assert!(numbers.pages.is_empty());
}

#[test]
fn nonsense_runs_read_without_panicking() {
    let odd = [f32::NAN, f32::INFINITY, -1.0, 0.0, 1e30];
    let mut runs = Vec::new();
    for &a in &odd {
        for &b in &odd {
            runs.push(TextRun {
                text: "字".to_owned(),
                x: a,
                y: b,
                width: a,
                size: b,
                font: String::new(),
            });
        }
    }
    let pdf = PdfText {
        pages: vec![PdfPage {
            width: f32::NAN,
            height: 0.0,
            runs,
            failed: false,
        }],
    };
    let _ = read_pdf_text(&pdf);
    // Edges far apart (a run at the page's origin, one a universe away).
    assert!(percentile(vec![-1e30, 0.0, 1e30, f32::NAN], 0.9).is_finite());
    assert_eq!(percentile(vec![100.0, 500.0, 501.0, 502.0], 0.5), 500.0);
    assert_eq!(percentile(Vec::new(), 0.9), 0.0);
}
