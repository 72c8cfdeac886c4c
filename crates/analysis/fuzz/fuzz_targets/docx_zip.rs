//! Any bytes as a `.docx`: broken archives, lying headers, bombs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::{open, OpenOptions};

fuzz_target!(|data: &[u8]| {
    let _ = open("report.docx", data, &OpenOptions::default());
});
