//! Each stage of the analysis on each corpus file and on 1 MB of reports:
//! `cargo bench -p report-lens-analysis --bench analysis` (scripts/bench.sh
//! runs it with the peers and the browser figures for BENCHMARKS.md).

use std::path::PathBuf;
use std::sync::OnceLock;

use report_lens_analysis::{layout_cloud, open, Analyzer, CloudOptions, OpenOptions};

fn main() {
    divan::main();
}

/// Every corpus file, and `1MB` for the corpus concatenated to 1 MB.
const FILES: &[&str] = &[
    "hengyang_cppcc_2021.txt",
    "gov_national_2013.txt",
    "gov_national_2022.txt",
    "gov_national_2018_partial.txt",
    "gov_national_2012_scrape.txt",
    "cpc_congress19_2017.txt",
    "gov_beijing_2026.csv",
    "gov_guangdong_2025.docx",
    "1MB",
];

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

fn bytes(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(name);
    std::fs::read(path).unwrap()
}

/// A corpus file's text as the page reads it; `1MB` is the plain-text
/// corpus files repeated to one megabyte of UTF-8 (as `tests/bench/corpus.mjs`
/// makes it for the peers).
fn text(name: &str) -> String {
    if name == "1MB" {
        let mut all = String::new();
        for file in FILES.iter().cycle().filter(|f| f.ends_with(".txt")) {
            all.push_str(&text(file));
            all.push('\n');
            if all.len() >= 1 << 20 {
                return all;
            }
        }
    }
    open(name, &bytes(name), &OpenOptions::default())
        .unwrap()
        .text
}

/// Loading jieba's dictionary and IDF table: what the page waits for first.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn dictionary_load() -> Analyzer {
    Analyzer::new()
}

/// Reading the file: decoding, or unzipping and parsing a Word file.
#[divan::bench(args = &FILES[..FILES.len() - 1])]
fn open_file(bencher: divan::Bencher, file: &str) {
    let data = bytes(file);
    bencher.bench(|| open(file, divan::black_box(&data), &OpenOptions::default()));
}

#[divan::bench(args = FILES)]
fn outline_and_repair(bencher: divan::Bencher, file: &str) {
    let text = text(file);
    let analyzer = analyzer();
    bencher.bench(|| analyzer.outline(divan::black_box(&text)));
}

/// Everything the page shows but the cloud: outline, keywords, metrics, warnings.
#[divan::bench(args = FILES, sample_count = 20)]
fn full_analysis(bencher: divan::Bencher, file: &str) {
    let text = text(file);
    let analyzer = analyzer();
    bencher.bench(|| analyzer.analyze(divan::black_box(&text)));
}

/// The cloud of each file's 150 keywords (0 and 30% vertical for the reference).
#[divan::bench(args = FILES)]
fn cloud_layout(bencher: divan::Bencher, file: &str) {
    let report = analyzer().analyze(&text(file)).unwrap();
    let options = CloudOptions {
        max_words: 150,
        ..CloudOptions::default()
    };
    bencher.bench(|| layout_cloud(divan::black_box(&report.keywords), &options));
}

#[divan::bench]
fn cloud_layout_reference_30_percent_vertical(bencher: divan::Bencher) {
    let report = analyzer()
        .analyze(&text("hengyang_cppcc_2021.txt"))
        .unwrap();
    let options = CloudOptions {
        max_words: 150,
        vertical_share: 0.3,
        ..CloudOptions::default()
    };
    bencher.bench(|| layout_cloud(divan::black_box(&report.keywords), &options));
}

/// Two analyzed reports compared (keyness, phrases, sections, indicators,
/// targets): what the page's 对比 view waits for once both are analyzed.
#[divan::bench(sample_count = 20)]
fn compare_two_reports(bencher: divan::Bencher) {
    let profile = |name: &str| {
        let opened = open(name, &bytes(name), &OpenOptions::default()).unwrap();
        analyzer().profile(&opened).unwrap()
    };
    let (a, b) = (
        profile("gov_national_2022.txt"),
        profile("gov_national_2013.txt"),
    );
    bencher.bench(|| report_lens_analysis::compare(&b, &a, &Default::default()));
}

/// The eight corpus files as a series (their profiles made once).
#[divan::bench(sample_count = 10)]
fn series_of_the_corpus(bencher: divan::Bencher) {
    let profiles: Vec<_> = FILES[..FILES.len() - 1]
        .iter()
        .map(|name| {
            let opened = open(name, &bytes(name), &OpenOptions::default()).unwrap();
            analyzer().profile(&opened).unwrap()
        })
        .collect();
    bencher.bench(|| report_lens_analysis::series(&profiles));
}
