//! `report-lens analyze FILE [--json]`: the page's analysis on the command line.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use report_lens_analysis::{
    layout_cloud, open, report_html, Analyzer, CloudOptions, OpenError, OpenOptions, Opened,
    Report, MAX_INPUT_BYTES,
};

const USAGE: &str = "usage: report-lens analyze FILE [--json | --html | --text] [--encoding LABEL]
  FILE      .txt .md .docx .html .csv (UTF-8, UTF-16, GBK/GB18030 detected)
  --json    the report as JSON, as the page downloads it
  --html    the report as one standalone HTML page (导出报告)
  --text    the text as read from FILE, one paragraph a line
  --encoding LABEL   read text as this encoding instead of guessing (gbk, big5, utf-16le…)";

struct Args {
    file: PathBuf,
    json: bool,
    html: bool,
    text: bool,
    options: OpenOptions,
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
    let mut text = false;
    let mut html = false;
    let mut options = OpenOptions::default();
    while let Some(arg) = args.next() {
        if arg == "--json" {
            json = true;
        } else if arg == "--html" {
            html = true;
        } else if arg == "--text" {
            text = true;
        } else if arg == "--encoding" {
            let label = args
                .next()
                .ok_or_else(|| format!("--encoding needs a label; {USAGE}"))?;
            options.encoding = Some(label.to_string_lossy().into_owned());
        } else if file.is_none() && !arg.to_string_lossy().starts_with("--") {
            file = Some(PathBuf::from(arg));
        } else {
            return Err(format!("unexpected argument {:?}; {USAGE}", arg));
        }
    }
    let file = file.ok_or_else(|| USAGE.to_owned())?;
    Ok(Args {
        file,
        json,
        html,
        text,
        options,
    })
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let at = |e: &dyn std::fmt::Display| format!("{}: {e}", args.file.display());
    let size = std::fs::metadata(&args.file).map_err(|e| at(&e))?.len();
    if size > MAX_INPUT_BYTES as u64 {
        let bytes = usize::try_from(size).unwrap_or(usize::MAX);
        return Err(at(&OpenError::TooLarge { bytes }));
    }
    let bytes = std::fs::read(&args.file).map_err(|e| at(&e))?;
    let name = args.file.to_string_lossy();
    let opened = open(&name, &bytes, &args.options).map_err(|e| at(&e))?;
    let output = if args.text {
        opened.text.clone()
    } else {
        let report = Analyzer::new()
            .analyze_opened(&opened, &Default::default())
            .map_err(|e| at(&e))?;
        if args.html {
            let cloud = layout_cloud(&report.keywords, &CloudOptions::default());
            report_html(&report, &cloud)
        } else {
            render(&report, &opened, args.json)?
        }
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        // `report-lens … | head` closing the pipe early is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

fn render(report: &Report, opened: &Opened, json: bool) -> Result<String, String> {
    Ok(if json {
        let mut json = serde_json::to_string_pretty(report).map_err(|e| e.to_string())?;
        json.push('\n');
        json
    } else {
        summary(report, opened)
    })
}

/// A readable summary: title, figures, outline, keywords, metrics, warnings.
fn summary(report: &Report, opened: &Opened) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", report.title.as_deref().unwrap_or("（无标题）"));
    let s = &report.stats;
    let _ = writeln!(
        out,
        "{} · {} · {} 字 · {} 段 · {} 句 · {} 节 · {} 个数据 · 约 {} 分钟读完",
        opened.format.label(),
        opened.encoding,
        s.characters,
        s.paragraphs,
        s.sentences,
        s.sections,
        s.metrics,
        s.reading_minutes
    );
    for note in &opened.notes {
        let _ = writeln!(out, "{note}");
    }
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
