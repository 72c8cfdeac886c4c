//! Scraped CSV tables.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::{open, OpenOptions};

fuzz_target!(|data: &[u8]| {
    let _ = open("table.csv", data, &OpenOptions::default());
});
