//! What the page and the analysis worker say to each other: the requests,
//! the answers, the analysis the page shows, and why a request failed.
//! Both sides use these types; the worker's side is `agent.rs`, the page's
//! `worker_bridge.rs`.

use std::fmt;

use report_lens_analysis::{
    AnalyzeError, AnalyzeOptions, CloudLayout, CloudOptions, Comparison, Encoding, Format,
    KeynessOptions, OpenError, OpenNote, Report, Series,
};
use serde::{Deserialize, Serialize};

use crate::library::LibraryEntry;

/// What the page asks the worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    /// Read and analyze `input`; the answer is a [`Response::Done`] with this `id`.
    Analyze {
        id: u32,
        input: Input,
        options: AnalyzeOptions,
        cloud: CloudOptions,
        /// Keep the report in the library (a file, a paste, a typed text
        /// analyzed; not the sample, nor the same text analyzed again).
        keep: bool,
    },
    /// Read `input` and keep it in the library, without showing it (one of
    /// several files opened at once); the answer is a [`Response::Added`].
    Add { id: u32, input: Input },
    /// A change to the library, or a question about the reports it holds.
    Library(LibraryRequest),
    /// Lay the keywords of the last analysis the worker made out again (a
    /// new shape or vertical words); the answer is a [`Response::Layout`]
    /// naming that analysis. Requests are answered in order, so a relayout
    /// sent while an analysis is pending lays out that one's keywords.
    Relayout { cloud: CloudOptions },
}

/// What the page asks of the library the worker keeps.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum LibraryRequest {
    Rename {
        id: u32,
        name: String,
    },
    Remove {
        id: u32,
    },
    /// The whole library as one file: a [`Response::File`].
    Export,
    /// A library file read back into the library.
    Import {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Report `a` (the earlier) against `b`: a [`Response::Compared`].
    Compare {
        a: u32,
        b: u32,
        options: KeynessOptions,
    },
    /// These reports as a series: a [`Response::Series`].
    Series {
        ids: Vec<u32>,
    },
    /// The last series asked for as a file: one of its CSV tables by name,
    /// or JSON (None): a [`Response::File`].
    SeriesFile {
        table: Option<String>,
    },
    /// The sentences of report `id` holding `text`: a [`Response::Sentences`].
    Sentences {
        id: u32,
        text: String,
    },
}

/// A report as it comes in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Input {
    /// Text typed or pasted into the page.
    Text(String),
    /// Rich text pasted or dropped from a web page, as HTML, with its
    /// plain text for when the HTML holds none.
    Html { html: String, plain: String },
    /// A file's bytes, read in the worker; `encoding` overrides the guess.
    File {
        name: String,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
        encoding: Option<Encoding>,
    },
    /// A PDF, as the page's PDF reader read it: its answer (the runs, or
    /// why it read none, as `open_pdf` reads them), laid out in the worker.
    Pdf { name: String, answer: String },
}

/// What the worker says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Response {
    /// The dictionary is loaded; it took `load_ms`.
    Ready { load_ms: f64 },
    /// A new layout of the cloud of the analysis that answered request `of`
    /// (the last one the worker made, which need not be the one on screen).
    Layout { of: u32, cloud: CloudLayout },
    /// The answer to request `id`.
    Done {
        id: u32,
        result: Result<Box<Answer>, Failure>,
    },
    /// The answer to [`Request::Add`] `id`: the entry added (or the one
    /// that held its text already).
    Added {
        id: u32,
        result: Result<LibraryEntry, Failure>,
    },
    /// The library as it is now, after it was read or changed; `problem`
    /// says what could not be done (an import refused, storage full).
    Library {
        entries: Vec<LibraryEntry>,
        problem: Option<String>,
    },
    /// A file to save: the library, or a series' table.
    File {
        name: String,
        mime: String,
        content: String,
    },
    /// Report `a` against report `b`, or why not (one is no longer kept).
    Compared {
        a: u32,
        b: u32,
        result: Result<Box<Comparison>, String>,
        /// How long the comparison took in the worker.
        compare_ms: f64,
    },
    /// The series of reports `ids` (in the series' year order), with only
    /// the rows the page shows (its files hold them all).
    Series {
        ids: Vec<u32>,
        series: Box<Series>,
        totals: SeriesTotals,
    },
    /// Up to a few sentences of report `id` holding `text`.
    Sentences {
        id: u32,
        text: String,
        sentences: Vec<String>,
    },
}

/// The worker's answer to an analysis request: the analysis and its
/// keyword cloud. The page keeps them apart: a relayout replaces the cloud alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub analysis: Analysis,
    pub cloud: CloudLayout,
}

/// Everything the page shows for one report, but its cloud.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub report: Report,
    /// The text the offsets of `report` point into.
    pub text: String,
    /// The file name, or None for pasted text.
    pub file_name: Option<String>,
    pub format: Format,
    pub encoding: Encoding,
    /// What reading the file chose for the user (`CSV 共 3 行…`).
    pub notes: Vec<OpenNote>,
    /// The text came from a file or rich paste: it replaces the textarea's.
    pub replaces_draft: bool,
    pub analysis_ms: f64,
}

/// How many rows each table of a series has in all, when the page is
/// sent only the first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesTotals {
    pub phrases: usize,
    pub indicators: usize,
    pub targets: usize,
}

/// Why a report could not be read or analyzed. Its `Display` is the
/// message for the reader: the file's name first when there is a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Failure {
    /// The file could not be read (its format, encoding, size…).
    Open { file: String, error: OpenError },
    /// The text read has nothing to analyze; `file` is None for pasted text.
    Analyze {
        file: Option<String>,
        error: AnalyzeError,
    },
}

impl Failure {
    /// The file the failure is about, if the report was a file.
    pub fn file(&self) -> Option<&str> {
        match self {
            Failure::Open { file, .. } => Some(file),
            Failure::Analyze { file, .. } => file.as_deref(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Open { file, error } => write!(f, "{file}：{error}"),
            Failure::Analyze {
                file: Some(file),
                error,
            } => write!(f, "{file}：{error}"),
            Failure::Analyze { file: None, error } => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for Failure {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_read_as_before_with_the_file_name_first() {
        let open = Failure::Open {
            file: "b.png".into(),
            error: OpenError::TooLarge { bytes: 30 << 20 },
        };
        assert_eq!(
            open.to_string(),
            format!("b.png：{}", OpenError::TooLarge { bytes: 30 << 20 })
        );
        assert_eq!(open.file(), Some("b.png"));
        let pasted = Failure::Analyze {
            file: None,
            error: AnalyzeError::Empty,
        };
        assert_eq!(pasted.to_string(), AnalyzeError::Empty.to_string());
        assert_eq!(pasted.file(), None);
        let file = Failure::Analyze {
            file: Some("english.txt".into()),
            error: AnalyzeError::NoChinese,
        };
        assert!(file.to_string().starts_with("english.txt：文中没有汉字"));
    }
}
