//! The analysis as the worker runs it, compiled to wasm32 and run in headless
//! Chromium by wasm-bindgen-test (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use report_lens::agent::run;
use report_lens::protocol::{Answer, Failure, Input};
use report_lens::SAMPLE;
use report_lens_analysis::{
    AnalyzeOptions, Analyzer, CloudOptions, Format, Keyword, KeywordMethod, OpenError,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn analyze(analyzer: &Analyzer, input: Input, options: &AnalyzeOptions) -> Result<Answer, Failure> {
    run(analyzer, input, options, &CloudOptions::default())
}

#[wasm_bindgen_test]
fn the_sample_analyzes_in_the_browser() {
    let Answer { analysis, cloud } = analyze(
        &Analyzer::new(),
        Input::Text(SAMPLE.to_owned()),
        &AnalyzeOptions::default(),
    )
    .unwrap();
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
    assert!(cloud.words.len() >= 40);
    assert_eq!(cloud.words[0].word, report.keywords[0].word);
}

#[wasm_bindgen_test]
fn textrank_and_the_boilerplate_filter_change_the_keywords() {
    let analyzer = Analyzer::new();
    let keywords = |options: &AnalyzeOptions| {
        let analyzed = analyze(&analyzer, Input::Text(SAMPLE.to_owned()), options).unwrap();
        analyzed.analysis.report.keywords
    };
    let default = keywords(&AnalyzeOptions::default());
    let unfiltered = AnalyzeOptions {
        filter_boilerplate: false,
        ..AnalyzeOptions::default()
    };
    let tfidf = keywords(&unfiltered);
    let textrank = keywords(&AnalyzeOptions {
        method: KeywordMethod::TextRank,
        ..unfiltered
    });
    let words =
        |keywords: &[Keyword]| -> Vec<String> { keywords.iter().map(|k| k.word.clone()).collect() };
    let (default_words, tfidf_words, textrank_words) =
        (words(&default), words(&tfidf), words(&textrank));
    // 工作 is boilerplate: filtered out by default, kept without the filter.
    assert!(
        !default_words.iter().any(|w| w == "工作"),
        "{default_words:?}"
    );
    assert!(tfidf_words.iter().any(|w| w == "工作"), "{tfidf_words:?}");
    assert!(
        textrank_words.iter().any(|w| w == "工作"),
        "{textrank_words:?}"
    );
    // Each choice changes the list: the filter, then the method.
    assert_ne!(default_words, tfidf_words);
    assert_ne!(tfidf_words, textrank_words);
    // TextRank's weights are scaled to the heaviest; TF-IDF's are not.
    assert_eq!(textrank[0].weight, 1.0);
    assert!(textrank.windows(2).all(|w| w[0].weight >= w[1].weight));
    assert!(
        default[0].weight < 1.0,
        "TF-IDF weight {}",
        default[0].weight
    );
}

#[wasm_bindgen_test]
fn a_gbk_file_decodes_and_a_binary_one_is_refused() {
    let analyzer = Analyzer::new();
    let options = AnalyzeOptions::default();
    // 政府工作报告。 in GBK
    let gbk = vec![
        0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0xa1, 0xa3,
    ];
    let analysis = analyze(
        &analyzer,
        Input::File {
            name: "a.txt".into(),
            bytes: gbk,
            encoding: None,
        },
        &options,
    )
    .unwrap()
    .analysis;
    assert_eq!(analysis.text, "政府工作报告。");
    assert_eq!(analysis.encoding.name(), "GB18030");
    let png = vec![0x89, b'P', b'N', b'G', 0, 0];
    let error = analyze(
        &analyzer,
        Input::File {
            name: "b.png".into(),
            bytes: png,
            encoding: None,
        },
        &options,
    )
    .unwrap_err();
    assert_eq!(
        error,
        Failure::Open {
            file: "b.png".into(),
            error: OpenError::Image
        }
    );
    assert!(error.to_string().starts_with("b.png："), "{error}");
}

#[wasm_bindgen_test]
fn a_word_file_and_a_broken_one_in_the_worker() {
    let analyzer = Analyzer::new();
    let options = AnalyzeOptions::default();
    let docx = include_bytes!("../../shared/corpus/gov_guangdong_2025.docx").to_vec();
    let analysis = analyze(
        &analyzer,
        Input::File {
            name: "广东.docx".into(),
            bytes: docx,
            encoding: None,
        },
        &options,
    )
    .unwrap()
    .analysis;
    assert_eq!(analysis.format, Format::Docx);
    assert!(analysis.report.outline.len() >= 85);
    assert!(analysis.replaces_draft);
    let error = analyze(
        &analyzer,
        Input::File {
            name: "broken.docx".into(),
            bytes: b"PK\x03\x04 not really a zip".to_vec(),
            encoding: None,
        },
        &options,
    )
    .unwrap_err();
    assert!(
        matches!(&error, Failure::Open { file, error: OpenError::CorruptDocx(_) } if file == "broken.docx"),
        "{error:?}"
    );
    assert!(error.to_string().contains("Word 文档已损坏"), "{error}");
}
