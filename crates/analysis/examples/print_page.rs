//! Writes a report as the HTML a printer would be given: one `<p>` a
//! paragraph with its first line indented, the file's heading styles as
//! larger headings and its bold runs bold, the title centred. Chromium
//! prints it to make the PDF fixtures (`tests/pdf/fixtures.mjs`), so that
//! a PDF's text and structure can be checked against the file it came from.
//!
//! ```text
//! cargo run --release -p report-lens-analysis --example print_page -- FILE > page.html
//! ```

use report_lens_analysis::{open, HintKind, OpenOptions};

const STYLE: &str =
    "body{font-family:'Noto Serif CJK SC',serif;font-size:16pt;line-height:1.55;margin:0}\
p{margin:0;text-indent:2em;text-align:justify}\
p.title{text-align:center;text-indent:0;font-size:22pt;margin:0 0 1em}\
p.h1{font-family:'Noto Sans CJK SC',sans-serif;font-weight:bold;font-size:17pt}\
p.h2,p.h3{font-weight:bold}";

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: print_page FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let opened =
        open(&path, &bytes, &OpenOptions::default()).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut html = format!("<!doctype html><meta charset=\"utf-8\"><style>{STYLE}</style>\n");
    let mut at = 0;
    let mut first = true;
    for line in opened.text.split_inclusive('\n') {
        let (start, end) = (at, at + line.trim_end().len());
        at += line.len();
        let text = &opened.text[start..end];
        if text.trim().is_empty() {
            continue;
        }
        let covering = |h: &&report_lens_analysis::Hint| h.start < end && h.end > start;
        let heading = opened
            .hints
            .iter()
            .filter(covering)
            .find_map(|h| match h.kind {
                HintKind::Heading(level) => Some(level.min(3)),
                HintKind::Bold => None,
            });
        let class = match heading {
            _ if first && text.chars().count() <= 40 => " class=\"title\"".to_owned(),
            Some(level) => format!(" class=\"h{level}\""),
            None => String::new(),
        };
        first = false;
        html.push_str(&format!("<p{class}>"));
        let mut from = start;
        for bold in opened
            .hints
            .iter()
            .filter(covering)
            .filter(|h| h.kind == HintKind::Bold)
        {
            let (b0, b1) = (bold.start.max(start), bold.end.min(end));
            html.push_str(&escape(&opened.text[from..b0]));
            html.push_str(&format!("<b>{}</b>", escape(&opened.text[b0..b1])));
            from = b1;
        }
        html.push_str(&escape(&opened.text[from..end]));
        html.push_str("</p>\n");
    }
    print!("{html}");
}
