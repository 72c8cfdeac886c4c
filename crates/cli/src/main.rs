//! `report-lens analyze FILE [--json]`: the page's analysis on the command line.

use std::path::PathBuf;
use std::process::ExitCode;

use report_lens_analysis::{decode, Analyzer, Report};

const USAGE: &str = "usage: report-lens analyze FILE [--json]";

struct Args {
    file: PathBuf,
    json: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args_os().skip(1);
    match args.next() {
        Some(cmd) if cmd == "analyze" => {}
        Some(cmd) if cmd == "--help" || cmd == "-h" => return Err(USAGE.to_owned()),
        _ => return Err(USAGE.to_owned()),
    }
    let mut file = None;
    let mut json = false;
    for arg in args {
        if arg == "--json" {
            json = true;
        } else if file.is_none() && !arg.to_string_lossy().starts_with("--") {
            file = Some(PathBuf::from(arg));
        } else {
            return Err(format!("unexpected argument {:?}; {USAGE}", arg));
        }
    }
    let file = file.ok_or_else(|| USAGE.to_owned())?;
    Ok(Args { file, json })
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let bytes = std::fs::read(&args.file).map_err(|e| format!("{}: {e}", args.file.display()))?;
    let decoded = decode(&bytes).map_err(|e| format!("{}: {e}", args.file.display()))?;
    let report = Analyzer::new()
        .analyze(&decoded.text)
        .map_err(|e| format!("{}: {e}", args.file.display()))?;
    if args.json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        println!("{json}");
    } else {
        print_summary(&report, decoded.encoding);
    }
    Ok(())
}

fn print_summary(report: &Report, encoding: &str) {
    println!("{}", report.title.as_deref().unwrap_or("（无标题）"));
    let s = &report.stats;
    println!(
        "{encoding} · {} 字 · {} 段 · {} 句 · {} 节 · {} 个数据 · 约 {} 分钟读完",
        s.characters, s.paragraphs, s.sentences, s.sections, s.metrics, s.reading_minutes
    );
    println!("\n提纲");
    for section in &report.outline {
        println!("{}{}", "  ".repeat(section.level - 1), section.heading);
    }
    println!("\n关键词");
    let words: Vec<&str> = report
        .keywords
        .iter()
        .take(30)
        .map(|k| k.word.as_str())
        .collect();
    println!("{}", words.join(" "));
    println!("\n数据");
    for m in &report.metrics {
        println!("{}\t{}", m.text, m.subject.as_deref().unwrap_or(""));
    }
    if !report.warnings.is_empty() {
        println!("\n提示");
        for w in &report.warnings {
            println!("- {}", w.message);
        }
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("report-lens: {message}");
            ExitCode::FAILURE
        }
    }
}
