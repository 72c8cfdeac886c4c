//! The whole analysis on any text, with any hints a caller might pass.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use report_lens_analysis::{AnalyzeOptions, Analyzer, Encoding, Format, Hint, HintKind, Opened};

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

fuzz_target!(|data: &[u8]| {
    // The first byte says how many 3-byte hints come before the text.
    let Some((&count, rest)) = data.split_first() else {
        return;
    };
    let count = usize::from(count % 8).min(rest.len() / 3);
    let (hint_bytes, text) = rest.split_at(count * 3);
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let hints = hint_bytes
        .chunks(3)
        .map(|h| Hint {
            start: usize::from(h[0]) * 4,
            end: usize::from(h[1]) * 4,
            kind: if h[2] % 2 == 0 {
                HintKind::Bold
            } else {
                HintKind::Heading(usize::from(h[2] / 2))
            },
        })
        .collect();
    let opened = Opened {
        text: text.to_owned(),
        format: Format::Text,
        encoding: Encoding::UTF_8,
        hints,
        notes: Vec::new(),
    };
    let _ = analyzer().analyze_opened(&opened, &AnalyzeOptions::default());
});
