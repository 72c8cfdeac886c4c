//! The corpus as the tests read it, in place: `../shared/corpus` and
//! `../shared/corpus/more`, opened as the page opens a file, analyzed with
//! one analyzer shared by every test.

use std::path::PathBuf;
use std::sync::OnceLock;

use report_lens_analysis::{open, AnalyzeOptions, Analyzer, OpenOptions, Profile, Report};

/// A path under `../shared` (beside the checkout).
pub fn shared(path: &str) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    root.join(path)
}

pub fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

/// Every report of the corpus, as a path under `corpus/` (`more/…` for the
/// forty more), in name order; with `REPORT_LENS_MORE_REPORTS=DIR`, the
/// reports of `DIR` too, by their absolute path: the rules checked on
/// reports outside the corpus (the floors are the corpus's, so a run with
/// more reports reads the tables it prints).
pub fn every_file() -> Vec<String> {
    let mut names = Vec::new();
    if let Some(dir) = std::env::var_os("REPORT_LENS_MORE_REPORTS") {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() && path.extension().is_some_and(|e| e != "md") {
                names.push(path.to_string_lossy().into_owned());
            }
        }
    }
    for folder in ["", "more/"] {
        let dir = shared(&format!("corpus/{folder}"));
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().unwrap().is_file() && !name.ends_with(".md") {
                names.push(format!("{folder}{name}"));
            }
        }
    }
    names.sort();
    names
}

/// A corpus file (`name` under `corpus/`) read as the page reads it, and
/// its analysis with the default options.
pub fn analyze_file(name: &str) -> (String, Report) {
    let path = if name.starts_with('/') {
        PathBuf::from(name)
    } else {
        shared(&format!("corpus/{name}"))
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let opened =
        open(name, &bytes, &OpenOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let report = analyzer()
        .analyze_opened(&opened, &AnalyzeOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    (opened.text, report)
}

/// A corpus file analyzed for comparison ([`Analyzer::profile`]).
pub fn profile_file(name: &str) -> Profile {
    let path = shared(&format!("corpus/{name}"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let opened =
        open(name, &bytes, &OpenOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
    analyzer()
        .profile(&opened)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}
