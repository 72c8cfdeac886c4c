//! `report-lens analyze FILE [--json | --html | --text] [--encoding LABEL]`:
//! the page's analysis on the command line — a summary, the JSON the page
//! downloads, the report page it exports, or the text as read.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use report_lens_analysis::{
    check_size, layout_cloud, open, report_html, Analyzer, CloudOptions, Encoding, OpenOptions,
    Opened, Report,
};

const USAGE: &str = "usage: report-lens analyze FILE [--json | --html | --text] [--encoding LABEL]
  (one of --json, --html, --text at most; none prints a summary)
  FILE      .txt .md .docx .html .csv (UTF-8, UTF-16, GBK/GB18030 detected)
  --json    the report as JSON, as the page downloads it
  --html    the report as one standalone HTML page (导出报告)
  --text    the text as read from FILE, one paragraph a line
  --encoding LABEL   read text as this encoding instead of guessing (gbk, big5, utf-16le…)";

/// What the CLI prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    /// No flag: title, figures, outline, keywords, metrics and warnings, readable.
    Summary,
    /// `--json`: the report, as the page downloads it.
    Json,
    /// `--html`: the standalone page.
    Html,
    /// `--text`: the text as read.
    Text,
}

impl Output {
    fn from_flag(flag: &str) -> Option<Self> {
        match flag {
            "--json" => Some(Output::Json),
            "--html" => Some(Output::Html),
            "--text" => Some(Output::Text),
            _ => None,
        }
    }
}

struct Args {
    file: PathBuf,
    output: Output,
    options: OpenOptions,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args_os().skip(1);
    match args.next() {
        Some(cmd) if cmd == "analyze" => {}
        _ => return Err(USAGE.to_owned()),
    }
    let mut file = None;
    let mut output: Option<(Output, String)> = None;
    let mut options = OpenOptions::default();
    while let Some(arg) = args.next() {
        let flag = arg.to_string_lossy().into_owned();
        if let Some(chosen) = Output::from_flag(&flag) {
            if let Some((_, earlier)) = output.as_ref().filter(|(o, _)| *o != chosen) {
                return Err(format!("{earlier} and {flag} cannot be combined; {USAGE}"));
            }
            output = Some((chosen, flag));
        } else if flag == "--encoding" {
            let label = args
                .next()
                .ok_or_else(|| format!("--encoding needs a label; {USAGE}"))?;
            let encoding =
                Encoding::for_label(&label.to_string_lossy()).map_err(|e| e.to_string())?;
            options.encoding = Some(encoding);
        } else if file.is_none() && !flag.starts_with("--") {
            file = Some(PathBuf::from(arg));
        } else {
            return Err(format!("unexpected argument {arg:?}; {USAGE}"));
        }
    }
    let file = file.ok_or_else(|| USAGE.to_owned())?;
    Ok(Args {
        file,
        output: output.map_or(Output::Summary, |(o, _)| o),
        options,
    })
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let at = |e: &dyn std::fmt::Display| format!("{}: {e}", args.file.display());
    let size = std::fs::metadata(&args.file).map_err(|e| at(&e))?.len();
    check_size(size).map_err(|e| at(&e))?;
    let bytes = std::fs::read(&args.file).map_err(|e| at(&e))?;
    let name = args.file.to_string_lossy();
    let opened = open(&name, &bytes, &args.options).map_err(|e| at(&e))?;
    let analyze = || {
        Analyzer::new()
            .analyze_opened(&opened, &Default::default())
            .map_err(|e| at(&e))
    };
    let output = match args.output {
        Output::Text => opened.text.clone(),
        Output::Summary => summary(&analyze()?, &opened),
        Output::Html => {
            let report = analyze()?;
            let cloud = layout_cloud(&report.keywords, &CloudOptions::default());
            report_html(&report, &cloud)
        }
        Output::Json => {
            let json = serde_json::to_string_pretty(&analyze()?).map_err(|e| e.to_string())?;
            json + "\n"
        }
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        // `report-lens … | head` closing the pipe early is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
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
