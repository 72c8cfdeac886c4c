//! Stages of the analysis on real reports:
//! `cargo bench -p report-lens-analysis --bench analysis`.

use std::path::PathBuf;
use std::sync::OnceLock;

use report_lens_analysis::{decode, layout_cloud, Analyzer, CloudOptions};

fn main() {
    divan::main();
}

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}

fn corpus(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(name);
    decode(&std::fs::read(path).unwrap()).unwrap().text
}

#[divan::bench(args = ["hengyang_cppcc_2021.txt", "gov_national_2022.txt", "cpc_congress19_2017.txt", "gov_national_2012_scrape.txt"])]
fn outline_and_repair(bencher: divan::Bencher, file: &str) {
    let text = corpus(file);
    let analyzer = analyzer();
    bencher.bench(|| analyzer.outline(divan::black_box(&text)));
}

#[divan::bench(args = ["hengyang_cppcc_2021.txt", "gov_national_2012_scrape.txt"])]
fn full_analysis(bencher: divan::Bencher, file: &str) {
    let text = corpus(file);
    let analyzer = analyzer();
    bencher.bench(|| analyzer.analyze(divan::black_box(&text)));
}

/// The cloud of the reference report's 150 keywords.
#[divan::bench(args = [0.0, 0.3])]
fn cloud_layout_150_words(bencher: divan::Bencher, vertical_share: f64) {
    let report = analyzer()
        .analyze(&corpus("hengyang_cppcc_2021.txt"))
        .unwrap();
    assert_eq!(report.keywords.len(), 150);
    let options = CloudOptions {
        max_words: 150,
        vertical_share,
        ..CloudOptions::default()
    };
    bencher.bench(|| layout_cloud(divan::black_box(&report.keywords), &options));
}
