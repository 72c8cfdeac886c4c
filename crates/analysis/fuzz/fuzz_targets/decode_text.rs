//! Text decoding: guessed, and with a chosen encoding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::{decode, decode_as, open, Encoding, OpenOptions};

const LABELS: &[&str] = &["gbk", "big5", "utf-16le", "utf-16be", "utf-8", "shift_jis"];

fuzz_target!(|data: &[u8]| {
    let _ = decode(data);
    if let Some((&pick, rest)) = data.split_first() {
        let label = LABELS[usize::from(pick) % LABELS.len()];
        let encoding = Encoding::for_label(label).expect("a known label");
        let _ = decode_as(rest, encoding);
        let options = OpenOptions {
            encoding: Some(encoding),
        };
        let _ = open("report.txt", rest, &options);
    }
});
