//! Outline and text repair (no keywords or metrics) on real reports:
//! `cargo bench -p report-lens-analysis --bench outline`.

use std::path::PathBuf;
use std::sync::OnceLock;

use report_lens_analysis::{decode, Analyzer};

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
