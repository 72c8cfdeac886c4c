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
    for path in [
        binary.to_string_lossy().into_owned(),
        empty.to_string_lossy().into_owned(),
        "/no/such/file.txt".to_owned(),
    ] {
        let out = report_lens(&["analyze", &path, "--json"]);
        assert!(!out.status.success(), "{path}");
        assert!(out.stdout.is_empty(), "{path}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("report-lens: "), "{stderr}");
    }
    let out = report_lens(&["frobnicate"]);
    assert!(!out.status.success());
    std::fs::remove_dir_all(dir).ok();
}
