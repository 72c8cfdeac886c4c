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
/// forty more), in name order.
pub fn every_file() -> Vec<String> {
    let mut names = Vec::new();
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

/// [`every_file`], and with `REPORT_LENS_MORE_REPORTS=DIR` the reports of
/// `DIR` by their absolute path: reports outside the corpus, to check the
/// rules on.
pub fn every_file_and_more() -> Vec<String> {
    let mut names = every_file();
    if let Some(dir) = std::env::var_os("REPORT_LENS_MORE_REPORTS") {
        let mut more: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.is_file() && path.extension().is_some_and(|e| e != "md"))
            .map(|path| path.to_string_lossy().into_owned())
            .collect();
        more.sort();
        names.extend(more);
    }
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
