//! The `report-lens` binary as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

fn report_lens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report-lens"))
        .args(args)
        .output()
        .unwrap()
}

fn corpus(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(name);
    path.to_string_lossy().into_owned()
}

#[test]
fn analyze_json_prints_the_contract() {
    let out = report_lens(&["analyze", &corpus("hengyang_cppcc_2021.txt"), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "formulations", "headlines", "keywords", "meta", "metrics", "new_words", "outline",
            "stats", "title", "warnings"
        ]
    );
    let metric = json["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["text"] == "2796件")
        .unwrap();
    assert_eq!(metric["value"], 2796.0);
    assert_eq!(metric["unit"], "件");
    assert_eq!(metric["qualifier"], serde_json::Value::Null);
    for field in [
        "text", "value", "unit", "qualifier", "subject", "section", "sentence", "start", "end",
    ] {
        assert!(metric.get(field).is_some(), "metric lacks {field}");
    }
    let section = &json["outline"][0];
    for field in ["level", "heading", "start", "end"] {
        assert!(section.get(field).is_some(), "section lacks {field}");
    }
    let keyword = &json["keywords"][0];
    for field in ["word", "weight", "count"] {
        assert!(keyword.get(field).is_some(), "keyword lacks {field}");
    }
    assert!(
        json["warnings"][0].get("kind").is_some() && json["warnings"][0].get("message").is_some()
    );
}

#[test]
fn gbk_files_are_read_too() {
    let out = report_lens(&["analyze", &corpus("gov_national_2013.txt")]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("GB18030"));
}

#[test]
fn unreadable_or_binary_files_fail_with_one_line() {
    let dir = std::env::temp_dir().join(format!("report-lens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("photo.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let english = dir.join("english.txt");
    std::fs::write(&english, "Government work report: GDP grew 5.2%.\n").unwrap();
    let pdf = dir.join("report.pdf");
    std::fs::write(&pdf, "%PDF-1.7\n%\u{e2}\u{e3}\n1 0 obj\n").unwrap();
    let corrupt_docx = dir.join("broken.docx");
    std::fs::write(&corrupt_docx, b"PK\x03\x04\x14\0\0\0\x08\0garbage").unwrap();
    let huge = dir.join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(21 << 20)
        .unwrap();
    for path in [&binary, &empty, &english, &pdf, &corrupt_docx, &huge]
        .map(|p| p.to_string_lossy().into_owned())
        .into_iter()
        .chain(["/no/such/file.txt".to_owned()])
    {
        let out = report_lens(&["analyze", &path, "--json"]);
        assert!(!out.status.success(), "{path}");
        assert!(out.stdout.is_empty(), "{path}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("report-lens: "), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let out = report_lens(&["frobnicate"]);
    assert!(!out.status.success());
    std::fs::remove_dir_all(dir).ok();
}

/// Every corpus file, whatever its format, through the CLI: an outline, figures.
#[test]
fn every_corpus_format_is_read() {
    for (name, format, min_sections, min_metrics) in [
        ("gov_guangdong_2025.docx", "Word 文档", 80, 250),
        ("gov_beijing_2026.csv", "CSV 表格", 40, 150),
        ("gov_national_2018_partial.txt", "纯文本", 10, 50),
    ] {
        let out = report_lens(&["analyze", &corpus(name)]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            stdout.lines().nth(1).unwrap().starts_with(format),
            "{stdout}"
        );
        let out = report_lens(&["analyze", &corpus(name), "--json"]);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let sections = json["outline"].as_array().unwrap().len();
        let metrics = json["metrics"].as_array().unwrap().len();
        assert!(
            sections >= min_sections && metrics >= min_metrics,
            "{name}: {sections} sections, {metrics} metrics"
        );
    }
}

/// `--encoding` reads the bytes as the reader says, `--text` shows the result.
#[test]
fn a_chosen_encoding_is_used() {
    let gbk = corpus("gov_national_2013.txt");
    let out = report_lens(&["analyze", &gbk, "--text", "--encoding", "gbk"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("政府工作报告"));
    let out = report_lens(&["analyze", &gbk, "--text", "--encoding", "big5"]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("政府工作报告"));
    let out = report_lens(&["analyze", &gbk, "--encoding", "klingon"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("klingon"));
}

/// One output at a time: two different ones are an error, not a silent pick.
#[test]
fn two_outputs_are_refused() {
    let file = corpus("hengyang_cppcc_2021.txt");
    let out = report_lens(&["analyze", &file, "--json", "--html"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--json and --html"), "{stderr}");
    // The same one twice is still that one.
    let out = report_lens(&["analyze", &file, "--json", "--json"]);
    assert!(out.status.success());
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());
}

#[test]
fn compare_json_prints_both_reports_keyness_and_targets() {
    let out = report_lens(&[
        "compare",
        &corpus("more/gov_national_2012.txt"),
        &corpus("gov_national_2013.txt"),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for field in [
        "a", "b", "keyness", "new_in_b", "dropped_in_b", "sections", "indicators", "targets",
    ] {
        assert!(!json[field].is_null(), "{field}");
    }
    assert_eq!(json["a"]["year"], 2012);
    assert_eq!(json["b"]["year"], 2013);
    let key = &json["keyness"][0];
    for field in [
        "word", "count_a", "count_b", "per10k_a", "per10k_b", "g2", "log_ratio",
    ] {
        assert!(!key[field].is_null(), "keyness {field}");
    }
    let gdp = json["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["subject"] == "国内生产总值" && t["unit"] == "%")
        .expect("the GDP growth target");
    assert_eq!(gdp["target"]["text"], "7．5%");
    assert_eq!(gdp["result"]["text"], "7.8%");
    assert_eq!(gdp["status"], "met");
}

#[test]
fn compare_needs_two_files() {
    let out = report_lens(&["compare", &corpus("gov_national_2013.txt")]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("two files"));
}

/// Runs `report-lens COMMAND FILES... --csv DIR` into a fresh directory,
/// checks it succeeded, and gives the directory.
fn csv_run(command: &str, files: &[&str]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("report-lens-{command}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files: Vec<String> = files.iter().map(|f| corpus(f)).collect();
    let dir_arg = dir.to_string_lossy().into_owned();
    let mut args: Vec<&str> = vec![command];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--csv", dir_arg.as_str()]);
    let out = report_lens(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

#[test]
fn corpus_csv_writes_five_tidy_tables() {
    let dir = csv_run(
        "corpus",
        &[
            "gov_national_2013.txt",
            "more/gov_national_2011.txt",
            "more/gov_national_2012.txt",
        ],
    );
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let reports = read("reports.csv");
    let lines: Vec<&str> = reports.lines().collect();
    assert_eq!(lines[0], "report,file,title,year,characters,tokens");
    assert_eq!(lines.len(), 4);
    assert!(
        lines[1].contains(",2011,") && lines[3].contains(",2013,"),
        "{reports}"
    );
    assert!(read("terms.csv").starts_with("report,year,term,count,per10k\n"));
    assert!(read("phrases.csv").starts_with("text,first_year,last_year,reports,uses,trend\n"));
    assert!(read("indicators.csv").starts_with("subject,unit,report,year,text,value,kind\n"));
    let targets = read("targets.csv");
    assert!(
        targets.contains("国内生产总值,%,2011,8%左右,8,,左右,9．2%,9.2,met"),
        "{targets}"
    );
    assert!(!reports.starts_with('\u{feff}'), "no BOM for data tools");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn compare_csv_writes_six_tidy_tables() {
    let dir = csv_run(
        "compare",
        &["more/gov_national_2012.txt", "gov_national_2013.txt"],
    );
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let keyness = read("keyness.csv");
    assert!(
        keyness.starts_with("word,count_a,count_b,per10k_a,per10k_b,g2,log_ratio\n"),
        "{keyness}"
    );
    assert!(!keyness.starts_with('\u{feff}'), "no BOM for data tools");
    assert!(read("phrases.csv").starts_with("text,side,count\n"));
    assert!(read("phrases.csv").contains(",new_in_b,"));
    assert!(
        read("sections.csv").starts_with("a,b,heading_a,heading_b,similarity,share_a,share_b\n")
    );
    assert!(read("indicators.csv")
        .starts_with("subject,unit,a_text,a_value,a_kind,b_text,b_value,b_kind,change\n"));
    assert!(read("no_target.csv").starts_with("subject,unit\n"));
    let targets = read("targets.csv");
    assert!(
        targets.starts_with("subject,unit,year,target_text,target_value,upper,qualifier,result_year,result_text,result_value,status\n"),
        "{targets}"
    );
    assert!(
        targets.contains("\n国内生产总值,%,2012,7．5%,7.5,,,2012,7.8%,7.8,met\n"),
        "{targets}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    let both = report_lens(&[
        "compare",
        &corpus("more/gov_national_2012.txt"),
        &corpus("gov_national_2013.txt"),
        "--json",
        "--csv",
        &dir.to_string_lossy(),
    ]);
    assert!(!both.status.success());
    assert!(!dir.exists(), "nothing written when refused");
}

#[test]
fn corpus_refuses_one_file_and_two_outputs() {
    let one = report_lens(&["corpus", &corpus("gov_national_2013.txt")]);
    assert!(!one.status.success());
    assert!(String::from_utf8_lossy(&one.stderr).contains("two files or more"));
    let two = report_lens(&[
        "corpus",
        &corpus("gov_national_2013.txt"),
        &corpus("more/gov_national_2012.txt"),
        "--json",
        "--csv",
        "/tmp/x",
    ]);
    assert!(!two.status.success());
}

#[test]
fn compare_html_is_a_page_and_two_outputs_are_refused() {
    let (a, b) = (
        corpus("more/gov_national_2012.txt"),
        corpus("gov_national_2013.txt"),
    );
    let out = report_lens(&["compare", &a, &b, "--html"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>") && page.contains("目标与结果"));
    let both = report_lens(&["compare", &a, &b, "--html", "--json"]);
    assert!(!both.status.success());
}
