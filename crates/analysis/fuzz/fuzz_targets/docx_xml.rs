//! Word files whose XML parts are anything: document, styles and numbering
//! split at 0xff bytes, packed into a real zip each run.
#![no_main]

use std::io::{Cursor, Write};

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::{open, OpenOptions};

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&b| b == 0xff);
    let names = ["word/document.xml", "word/styles.xml", "word/numbering.xml"];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    for name in names {
        let Some(part) = parts.next() else { break };
        zip.start_file(name, options).unwrap();
        zip.write_all(part).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    if let Ok(opened) = open("report.docx", &bytes, &OpenOptions::default()) {
        for hint in &opened.hints {
            assert!(hint.start < hint.end && hint.end <= opened.text.len());
        }
    }
});
