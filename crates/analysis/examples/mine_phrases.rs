//! Mines the corpus tables the analyzer ships: the phrases reports repeat
//! as units and the words every report uses alike.
//!
//! ```text
//! cargo run --release -p report-lens-analysis --example mine_phrases -- ../shared/corpus ../shared/corpus/more
//! ```
//!
//! Reads every report file of the directories given (not their
//! subdirectories) and writes `crates/analysis/data/phrases.txt` and
//! `crates/analysis/data/generic.txt`.

use std::path::{Path, PathBuf};

use report_lens_analysis::{open, Analyzer, OpenOptions};

fn main() {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: mine_phrases DIR...");
        std::process::exit(2);
    }
    let mut files: Vec<PathBuf> = dirs
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| is_report(path))
        .collect();
    files.sort();
    let reports: Vec<_> = files
        .iter()
        .filter_map(|path| {
            let bytes = std::fs::read(path).ok()?;
            let name = path.file_name()?.to_string_lossy();
            open(&name, &bytes, &OpenOptions::default()).ok()
        })
        .collect();
    let (phrases, generic) = Analyzer::new().mine_corpus_tables(&reports);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    std::fs::write(data.join("phrases.txt"), &phrases).expect("write phrases.txt");
    std::fs::write(data.join("generic.txt"), &generic).expect("write generic.txt");
    eprintln!(
        "{} reports: {} phrases, {} generic words",
        reports.len(),
        phrases.lines().filter(|l| !l.starts_with('#')).count(),
        generic.lines().filter(|l| !l.starts_with('#')).count()
    );
}

fn is_report(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let readme = path
        .file_stem()
        .is_some_and(|s| s.eq_ignore_ascii_case("readme"));
    path.is_file() && !readme && matches!(ext, "txt" | "docx" | "csv" | "html" | "htm" | "md")
}
