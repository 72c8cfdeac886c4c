//! Web pages: markup of any shape.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::{open, OpenOptions};

fuzz_target!(|data: &[u8]| {
    if let Ok(opened) = open("page.html", data, &OpenOptions::default()) {
        for hint in &opened.hints {
            assert!(hint.start < hint.end && hint.end <= opened.text.len());
            assert!(opened.text.is_char_boundary(hint.start) && opened.text.is_char_boundary(hint.end));
        }
    }
});
