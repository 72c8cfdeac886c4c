//! The analysis as the worker runs it, compiled to wasm32 and run in headless
//! Chromium by wasm-bindgen-test (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use report_lens::agent::{run, Input};
use report_lens::SAMPLE;
use report_lens_analysis::Analyzer;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_sample_analyzes_in_the_browser() {
    let analysis = run(&Analyzer::new(), Input::Text(SAMPLE.to_owned())).unwrap();
    let report = &analysis.report;
    assert!(
        report.outline.len() >= 30,
        "{} sections",
        report.outline.len()
    );
    let metric = report
        .metrics
        .iter()
        .find(|m| m.text == "2796件")
        .expect("2796件");
    assert_eq!(metric.subject.as_deref(), Some("委员提案"));
    assert!(analysis.cloud.words.len() >= 40);
    assert_eq!(analysis.cloud.words[0].word, report.keywords[0].word);
}

#[wasm_bindgen_test]
fn a_gbk_file_decodes_and_a_binary_one_is_refused() {
    let analyzer = Analyzer::new();
    // 政府工作报告。 in GBK
    let gbk = vec![
        0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0xa1, 0xa3,
    ];
    let analysis = run(
        &analyzer,
        Input::File {
            name: "a.txt".into(),
            bytes: gbk,
        },
    )
    .unwrap();
    assert_eq!(analysis.text, "政府工作报告。");
    assert_eq!(analysis.encoding, "GB18030");
    let error = run(
        &analyzer,
        Input::File {
            name: "b.png".into(),
            bytes: vec![0x89, b'P', b'N', b'G', 0, 0],
        },
    )
    .unwrap_err();
    assert!(error.starts_with("b.png："), "{error}");
}
