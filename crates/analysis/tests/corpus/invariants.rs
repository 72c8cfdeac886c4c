//! What holds of every corpus file's analysis, whatever the file: every
//! offset points at its text, sections nest and lie inside the text, every
//! index names something that exists, counts agree with the lists they count;
//! and the corpus tables shipped are what the corpus gives.

use report_lens_analysis::{open, AnalyzeError, OpenOptions, Report};

use crate::files::{analyze_file, analyzer, every_file, shared};

/// The characters of `text` from `start`, `len` of them, blanks left out
/// (a keyword may span a line break the analysis repaired: 提|案).
fn at(chars: &[char], start: usize, len: usize) -> String {
    chars[start..]
        .iter()
        .filter(|c| !c.is_whitespace())
        .take(len)
        .collect()
}

fn check(name: &str, chars: &[char], report: &Report) {
    let len = chars.len();
    assert_eq!(report.stats.characters, len, "{name}");
    assert_eq!(report.stats.sections, report.outline.len(), "{name}");
    assert_eq!(report.stats.metrics, report.metrics.len(), "{name}");
    let mut previous_level = 0;
    for s in &report.outline {
        assert!(s.start < s.end && s.end <= len, "{name}: {s:?}");
        // A section is at most one level below the one before it.
        assert!(
            s.level >= 1 && s.level <= previous_level + 1,
            "{name}: {s:?}"
        );
        previous_level = s.level;
    }
    for m in &report.metrics {
        let span: String = chars[m.start..m.end].iter().collect();
        assert_eq!(span, m.text, "{name}");
        assert!(
            m.sentence_start <= m.start && m.end <= m.sentence_end,
            "{name}: {m:?}"
        );
        assert!(
            m.section
                .is_none_or(|i| report.outline[i].contains(m.start)),
            "{name}: {m:?}"
        );
    }
    for k in &report.keywords {
        assert_eq!(k.positions.len(), k.count, "{name}: {}", k.word);
        for &p in &k.positions {
            assert_eq!(at(chars, p, k.word.chars().count()), k.word, "{name}");
        }
        assert!(
            k.sections.iter().all(|&i| i < report.outline.len()),
            "{name}"
        );
    }
    assert!(
        report.headlines.iter().all(|&i| i < report.metrics.len()),
        "{name}"
    );
    for f in &report.formulations {
        assert_eq!(f.positions.len(), f.count, "{name}: {}", f.text);
        for &p in &f.positions {
            assert_eq!(at(chars, p, f.text.chars().count()), f.text, "{name}");
        }
    }
    for w in &report.warnings {
        let (start, end) = (w.start.unwrap_or(0), w.end.unwrap_or(0));
        assert!(start <= end && end <= len, "{name}: {w:?}");
    }
}

/// Every file of `../shared/corpus` and `more/` opens, analyzes and holds
/// the invariants.
#[test]
fn every_corpus_file_holds_the_invariants() {
    let files = every_file();
    assert!(files.len() >= 48, "{} corpus files", files.len());
    for name in files {
        let (text, report) = analyze_file(&name);
        let chars: Vec<char> = text.chars().collect();
        check(&name, &chars, &report);
    }
}

#[test]
fn whitespace_only_or_han_free_text_is_an_error_not_a_panic() {
    assert_eq!(
        analyzer().analyze(" \n\u{3000}\r\n"),
        Err(AnalyzeError::Empty)
    );
    assert_eq!(
        analyzer().analyze("no Han characters here at all. 2796 items, 5.2%."),
        Err(AnalyzeError::NoChinese)
    );
}

/// The corpus tables the analyzer ships (`data/phrases.txt`,
/// `data/generic.txt`) are what mining this corpus gives today: a change
/// to segmentation or to the finder shows here until the tables are mined
/// again (`examples/mine_phrases.rs`).
#[test]
fn shipped_corpus_tables_are_what_the_corpus_gives() {
    let reports: Vec<_> = every_file()
        .iter()
        .map(|name| {
            let bytes = std::fs::read(shared(&format!("corpus/{name}"))).unwrap();
            open(name, &bytes, &OpenOptions::default()).unwrap()
        })
        .collect();
    let (phrases, generic) = analyzer().mine_corpus_tables(&reports);
    let data = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    for (file, mined) in [("phrases.txt", phrases), ("generic.txt", generic)] {
        let shipped = std::fs::read_to_string(data.join(file)).unwrap();
        assert!(
            shipped == mined,
            "data/{file} is not what the corpus gives: run examples/mine_phrases.rs"
        );
    }
}
