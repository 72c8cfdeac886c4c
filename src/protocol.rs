//! What the page and the analysis worker say to each other: the requests,
//! the answers, the analysis the page shows, and why a request failed.
//! Both sides use these types; the worker's side is `agent.rs`, the page's
//! `worker_bridge.rs`.

use std::fmt;

use report_lens_analysis::{
    AnalyzeError, AnalyzeOptions, CloudLayout, CloudOptions, Encoding, Format, OpenError, OpenNote,
    Report,
};
use serde::{Deserialize, Serialize};

/// What the page asks the worker.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    /// Read and analyze `input`; the answer is a [`Response::Done`] with this `id`.
    Analyze {
        id: u32,
        input: Input,
        options: AnalyzeOptions,
        cloud: CloudOptions,
    },
    /// Lay the keywords of the last analysis the worker made out again (a
    /// new shape or vertical words); the answer is a [`Response::Layout`]
    /// naming that analysis. Requests are answered in order, so a relayout
    /// sent while an analysis is pending lays out that one's keywords.
    Relayout { cloud: CloudOptions },
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
