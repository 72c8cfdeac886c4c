//! `report-lens analyze FILE [--json]`: the page's analysis on the command line.

use std::fmt::Write as _;
use std::io::Write as _;
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
    let output = if args.json {
        let mut json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        json.push('\n');
        json
    } else {
        summary(&report, decoded.encoding)
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        // `report-lens … | head` closing the pipe early is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

/// A readable summary: title, figures, outline, keywords, metrics, warnings.
fn summary(report: &Report, encoding: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", report.title.as_deref().unwrap_or("（无标题）"));
    let s = &report.stats;
    let _ = writeln!(
        out,
        "{encoding} · {} 字 · {} 段 · {} 句 · {} 节 · {} 个数据 · 约 {} 分钟读完",
        s.characters, s.paragraphs, s.sentences, s.sections, s.metrics, s.reading_minutes
    );
    let _ = writeln!(out, "\n提纲");
    for section in &report.outline {
        let _ = writeln!(out, "{}{}", "  ".repeat(section.level - 1), section.heading);
    }
    let _ = writeln!(out, "\n关键词");
    let words: Vec<&str> = report
        .keywords
        .iter()
        .take(30)
        .map(|k| k.word.as_str())
        .collect();
    let _ = writeln!(out, "{}", words.join(" "));
    let _ = writeln!(out, "\n数据");
    for m in &report.metrics {
        let _ = writeln!(out, "{}\t{}", m.text, m.subject.as_deref().unwrap_or(""));
    }
    if !report.warnings.is_empty() {
        let _ = writeln!(out, "\n提示");
        for w in &report.warnings {
            let _ = writeln!(out, "- {}", w.message);
        }
    }
    out
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
