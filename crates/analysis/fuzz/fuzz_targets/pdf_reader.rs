//! The Rust PDF reader (`report-lens-pdf`) on any bytes, and what it reads
//! laid out as the page and the CLI lay it out (`open_pdf`). It may decline
//! a file; it must not panic (a trap in the page), hang or run out of memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::open_pdf;

fuzz_target!(|data: &[u8]| {
    if let Ok(runs) = report_lens_pdf::read(data) {
        let _ = open_pdf(&runs.answer());
    }
});
