//! `report-lens analyze FILE [--json | --html | --text] [--encoding LABEL]`:
//! the page's analysis on the command line — a summary, the JSON the page
//! downloads, the report page it exports, or the text as read.
//! `report-lens compare A B [--json | --html | --csv DIR]`: two reports
//! compared, A the earlier.
//! `report-lens corpus FILE... [--json | --csv DIR]`: a series of reports
//! year by year, analyzed on every core.

mod pdf;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use rayon::prelude::*;
use report_lens_analysis::{
    check_size, compare, comparison_html, comparison_tables, is_pdf, layout_cloud, open,
    report_html, series, series_tables, Analyzer, CloudOptions, Comparison, Encoding,
    KeynessOptions, OpenOptions, Opened, Profile, Report, Series, TargetCheck,
};

const USAGE: &str = "usage: report-lens analyze FILE [--json | --html | --text] [--encoding LABEL]
       report-lens compare A B [--json | --html | --csv DIR]   (A the earlier report, B the later)
       report-lens corpus FILE... [--json | --csv DIR]   (a series, in year order)
  (one of --json, --html, --text at most; none prints a summary)
  FILE      .txt .md .docx .html .csv (UTF-8, UTF-16, GBK/GB18030 detected), .pdf (read by node)
  --json    the report as JSON, as the page downloads it
  --html    the report as one standalone HTML page (导出报告)
  --text    the text as read from FILE, one paragraph a line
  --csv DIR tidy CSV tables written into DIR, one file a table
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

/// What the CLI was asked to do.
enum Command {
    Analyze(Args),
    /// Two files, earlier first, printed as JSON, as a page or as a
    /// summary, or CSV tables into a folder.
    Compare {
        a: PathBuf,
        b: PathBuf,
        output: Output,
        csv: Option<PathBuf>,
    },
    /// A series: its files, and JSON, CSV tables into a folder, or a summary.
    Corpus {
        files: Vec<PathBuf>,
        json: bool,
        csv: Option<PathBuf>,
    },
}

fn parse_command() -> Result<Command, String> {
    let mut args = std::env::args_os().skip(1);
    match args.next() {
        Some(cmd) if cmd == "compare" => {
            let (mut files, mut output, mut csv) = (Vec::new(), Output::Summary, None);
            while let Some(arg) = args.next() {
                let flag = arg.to_string_lossy().into_owned();
                match Output::from_flag(&flag) {
                    Some(chosen @ (Output::Json | Output::Html)) if output == Output::Summary => {
                        output = chosen;
                    }
                    Some(_) => return Err(format!("{flag} cannot be used here; {USAGE}")),
                    None if flag == "--csv" => csv = Some(csv_folder(&mut args)?),
                    None if !flag.starts_with("--") => files.push(PathBuf::from(arg)),
                    None => return Err(format!("unexpected argument {arg:?}; {USAGE}")),
                }
            }
            if output != Output::Summary && csv.is_some() {
                return Err(format!(
                    "--csv cannot be combined with --json or --html; {USAGE}"
                ));
            }
            match <[PathBuf; 2]>::try_from(files) {
                Ok([a, b]) => Ok(Command::Compare { a, b, output, csv }),
                Err(_) => Err(format!("compare needs two files; {USAGE}")),
            }
        }
        Some(cmd) if cmd == "corpus" => {
            let (mut files, mut json, mut csv) = (Vec::new(), false, None);
            while let Some(arg) = args.next() {
                if arg == "--json" {
                    json = true;
                } else if arg == "--csv" {
                    csv = Some(csv_folder(&mut args)?);
                } else if !arg.to_string_lossy().starts_with("--") {
                    files.push(PathBuf::from(arg));
                } else {
                    return Err(format!("unexpected argument {arg:?}; {USAGE}"));
                }
            }
            if json && csv.is_some() {
                return Err(format!("--json and --csv cannot be combined; {USAGE}"));
            }
            if files.len() < 2 {
                return Err(format!("corpus needs two files or more; {USAGE}"));
            }
            Ok(Command::Corpus { files, json, csv })
        }
        _ => parse_args().map(Command::Analyze),
    }
}

/// The folder after `--csv`.
fn csv_folder(args: &mut impl Iterator<Item = std::ffi::OsString>) -> Result<PathBuf, String> {
    args.next()
        .map(PathBuf::from)
        .ok_or_else(|| format!("--csv needs a folder; {USAGE}"))
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

/// Reads and opens one file, errors naming it.
fn open_file(file: &std::path::Path, options: &OpenOptions) -> Result<Opened, String> {
    let at = |e: &dyn std::fmt::Display| format!("{}: {e}", file.display());
    let size = std::fs::metadata(file).map_err(|e| at(&e))?.len();
    check_size(size).map_err(|e| at(&e))?;
    let bytes = std::fs::read(file).map_err(|e| at(&e))?;
    if is_pdf(&bytes) {
        return pdf::open_pdf_file(file).map_err(|e| at(&e));
    }
    open(&file.to_string_lossy(), &bytes, options).map_err(|e| at(&e))
}

fn run() -> Result<(), String> {
    let output = match parse_command()? {
        Command::Analyze(args) => analyze(&args)?,
        Command::Compare { a, b, output, csv } => {
            let analyzer = Analyzer::new();
            let comparison = compare(
                &profile(&analyzer, &a)?,
                &profile(&analyzer, &b)?,
                &KeynessOptions::default(),
            );
            if let Some(dir) = csv {
                write_tables(&dir, comparison_tables(&comparison))?
            } else {
                match output {
                    Output::Json => {
                        serde_json::to_string_pretty(&comparison).map_err(|e| e.to_string())? + "\n"
                    }
                    Output::Html => comparison_html(&comparison),
                    _ => comparison_summary(&comparison),
                }
            }
        }
        Command::Corpus { files, json, csv } => {
            let analyzer = Analyzer::new();
            let profiles: Vec<Profile> = files
                .par_iter()
                .map(|file| profile(&analyzer, file))
                .collect::<Result<_, _>>()?;
            let series = series(&profiles);
            if let Some(dir) = csv {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                write_tables(&dir, series_tables(&series, &names))?
            } else if json {
                serde_json::to_string_pretty(&series).map_err(|e| e.to_string())? + "\n"
            } else {
                series_summary(&series)
            }
        }
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        // `report-lens … | head` closing the pipe early is not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("stdout: {e}")),
        _ => Ok(()),
    }
}

/// Writes each table into `dir` (made if missing) under its name; the
/// paths written, a line each.
fn write_tables(dir: &std::path::Path, tables: Vec<(&str, String)>) -> Result<String, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = String::new();
    for (name, table) in tables {
        let path = dir.join(name);
        std::fs::write(&path, table).map_err(|e| format!("{}: {e}", path.display()))?;
        let _ = writeln!(written, "{}", path.display());
    }
    Ok(written)
}

/// One file read and analyzed for comparison.
fn profile(analyzer: &Analyzer, file: &std::path::Path) -> Result<Profile, String> {
    let opened = open_file(file, &OpenOptions::default())?;
    analyzer
        .profile(&opened)
        .map_err(|e| format!("{}: {e}", file.display()))
}

/// A readable series: the reports by year, the phrases that rose and
/// faded, and the chain of targets and results.
fn series_summary(s: &Series) -> String {
    let mut out = String::new();
    for side in &s.reports {
        let title = side.title.as_deref().unwrap_or("（无标题）");
        let _ = writeln!(out, "{} {title} · {} 字", year(side.year), side.characters);
    }
    let _ = writeln!(out, "\n提法");
    for p in s.phrases.iter().take(40) {
        let _ = writeln!(
            out,
            "{}\t{}–{}\t{} 份\t{}",
            p.text,
            year(p.first_year),
            year(p.last_year),
            p.reports,
            p.trend.label()
        );
    }
    targets_summary(&mut out, &s.targets);
    out
}

/// `2012` or `?`.
fn year(year: Option<i32>) -> String {
    year.map_or("?".to_owned(), |y| y.to_string())
}

/// 目标与结果, a line a target: its year, indicator, target, result, status.
fn targets_summary(out: &mut String, targets: &[TargetCheck]) {
    let _ = writeln!(out, "\n目标与结果");
    for t in targets {
        let result = t.result.as_ref().map_or("—", |r| r.text.as_str());
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            year(t.year),
            t.subject,
            t.target.text,
            result,
            t.status.label()
        );
    }
}

/// `analyze`: one report, printed as asked.
fn analyze(args: &Args) -> Result<String, String> {
    let at = |e: &dyn std::fmt::Display| format!("{}: {e}", args.file.display());
    let opened = open_file(&args.file, &args.options)?;
    let analyze = || {
        Analyzer::new()
            .analyze_opened(&opened, &Default::default())
            .map_err(|e| at(&e))
    };
    Ok(match args.output {
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
    })
}

/// A readable comparison: the two reports, key words, new and dropped
/// phrases, targets against results.
fn comparison_summary(c: &Comparison) -> String {
    let mut out = String::new();
    for (name, side) in [("A", &c.a), ("B", &c.b)] {
        let title = side.title.as_deref().unwrap_or("（无标题）");
        let _ = writeln!(
            out,
            "{name} {} {title} · {} 字",
            year(side.year),
            side.characters
        );
    }
    let _ = writeln!(out, "\n关键词（B 多于 A 为正）");
    for k in c.keyness.iter().take(30) {
        let _ = writeln!(
            out,
            "{}\t{} / {}\tG2 {:.1}\tlog ratio {:.2}",
            k.word, k.count_a, k.count_b, k.g2, k.log_ratio
        );
    }
    let list = |phrases: &[report_lens_analysis::PhraseCount]| {
        phrases
            .iter()
            .take(30)
            .map(|p| format!("{}({})", p.text, p.count))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let _ = writeln!(out, "\n新提法（B 有 A 无）\n{}", list(&c.new_in_b));
    let _ = writeln!(out, "\n不再提（A 有 B 无）\n{}", list(&c.dropped_in_b));
    targets_summary(&mut out, &c.targets);
    out
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
