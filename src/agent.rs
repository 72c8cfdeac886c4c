//! The analysis worker: it owns the [`Analyzer`] (the dictionary) off the
//! main thread, loads it as soon as the worker starts, and answers each
//! request with the report, its cloud layout and the text as read from the
//! file (Word, web page, CSV or text, in any encoding).

use report_lens_analysis::{
    layout_cloud, open, pasted_html, AnalyzeOptions, Analyzer, CloudLayout, CloudOptions, Encoding,
    Format, Keyword, OpenOptions, Opened, Report,
};
use serde::{Deserialize, Serialize};
use yew_agent::worker::{HandlerId, Worker, WorkerScope};

/// What to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Input {
    /// Lay the last analysis's keywords out again (new size or options).
    Relayout,
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

/// One analysis request; `id` pairs it with its answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub input: Input,
    pub options: AnalyzeOptions,
    pub cloud: CloudOptions,
}

/// What the worker says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Response {
    /// The dictionary is loaded; it took `load_ms`.
    Ready { load_ms: f64 },
    /// A new layout of the last analysis's cloud.
    Layout { id: u32, cloud: CloudLayout },
    /// The answer to request `id`: the analysis, or a message for the user.
    Done {
        id: u32,
        result: Result<Box<Analysis>, String>,
    },
}

/// Everything the page shows for one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub report: Report,
    pub cloud: CloudLayout,
    /// The text the offsets of `report` point into.
    pub text: String,
    /// The file name, or None for pasted text.
    pub file_name: Option<String>,
    pub format: Format,
    pub encoding: Encoding,
    /// What reading the file chose for the user (`CSV 共 3 行…`).
    pub notes: Vec<String>,
    /// The text came from a file or rich paste: it replaces the textarea's.
    pub replaces_draft: bool,
    pub analysis_ms: f64,
}

/// Messages the worker sends itself.
pub enum Internal {
    /// Load the dictionary now, before the first request.
    Warm,
}

/// The worker agent.
pub struct AnalysisWorker {
    analyzer: Option<Analyzer>,
    /// The last file or rich paste read: its hints still apply while the
    /// textarea holds its text unchanged.
    last_opened: Option<Opened>,
    /// The keywords of the last analysis, for relayouts.
    last_keywords: Vec<Keyword>,
    load_ms: f64,
    bridges: Vec<HandlerId>,
}

impl AnalysisWorker {
    fn analyzer(&mut self, scope: &WorkerScope<Self>) -> &Analyzer {
        if self.analyzer.is_none() {
            let started = js_sys::Date::now();
            self.analyzer = Some(Analyzer::new());
            self.load_ms = js_sys::Date::now() - started;
            for id in &self.bridges {
                scope.respond(
                    *id,
                    Response::Ready {
                        load_ms: self.load_ms,
                    },
                );
            }
        }
        self.analyzer.as_ref().expect("loaded above")
    }
}

/// Reads a request's input: a file in its format, rich text as HTML, typed
/// text as it is (with the hints of `last` if it is that file's text unchanged).
/// Returns the report's source and the file name.
pub fn read_input(input: Input, last: Option<&Opened>) -> Result<(Opened, Option<String>), String> {
    match input {
        Input::Text(text) => match last.filter(|o| o.text == text) {
            Some(opened) => Ok((opened.clone(), None)),
            None => Ok((Opened::plain(text), None)),
        },
        Input::Html { html, plain } => Ok((pasted_html(&html, &plain), None)),
        Input::File {
            name,
            bytes,
            encoding,
        } => {
            let options = OpenOptions { encoding };
            let opened = open(&name, &bytes, &options).map_err(|e| format!("{name}：{e}"))?;
            Ok((opened, Some(name)))
        }
        Input::Relayout => Err("没有可重新排布的分析结果".to_owned()),
    }
}

/// Reads and analyzes a text or file; errors are messages for the user.
/// (A relayout is the worker's own business: see `received`.)
pub fn run(
    analyzer: &Analyzer,
    input: Input,
    options: &AnalyzeOptions,
    cloud: &CloudOptions,
) -> Result<Analysis, String> {
    run_after(analyzer, input, None, options, cloud).map(|(analysis, _)| analysis)
}

/// [`run`], reusing the hints of the last file read; returns what it read too.
fn run_after(
    analyzer: &Analyzer,
    input: Input,
    last: Option<&Opened>,
    options: &AnalyzeOptions,
    cloud: &CloudOptions,
) -> Result<(Analysis, Opened), String> {
    let started = js_sys::Date::now();
    let replaces_draft = !matches!(input, Input::Text(_));
    let (opened, file_name) = read_input(input, last)?;
    let report = analyzer
        .analyze_opened(&opened, options)
        .map_err(|e| match &file_name {
            Some(name) => format!("{name}：{e}"),
            None => e.to_string(),
        })?;
    let cloud = layout_cloud(&report.keywords, cloud);
    let analysis = Analysis {
        report,
        cloud,
        text: opened.text.clone(),
        file_name,
        format: opened.format,
        encoding: opened.encoding,
        notes: opened.notes.clone(),
        replaces_draft,
        analysis_ms: js_sys::Date::now() - started,
    };
    Ok((analysis, opened))
}

impl Worker for AnalysisWorker {
    type Message = Internal;
    type Input = Request;
    type Output = Response;

    fn create(scope: &WorkerScope<Self>) -> Self {
        scope.send_message(Internal::Warm);
        AnalysisWorker {
            analyzer: None,
            last_opened: None,
            last_keywords: Vec::new(),
            load_ms: 0.0,
            bridges: Vec::new(),
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, msg: Self::Message) {
        match msg {
            Internal::Warm => {
                self.analyzer(scope);
            }
        }
    }

    fn connected(&mut self, scope: &WorkerScope<Self>, id: HandlerId) {
        self.bridges.push(id);
        if self.analyzer.is_some() {
            scope.respond(
                id,
                Response::Ready {
                    load_ms: self.load_ms,
                },
            );
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: Self::Input, id: HandlerId) {
        if let Input::Relayout = request.input {
            let cloud = layout_cloud(&self.last_keywords, &request.cloud);
            scope.respond(
                id,
                Response::Layout {
                    id: request.id,
                    cloud,
                },
            );
            return;
        }
        let last = self.last_opened.take();
        let result = run_after(
            self.analyzer(scope),
            request.input,
            last.as_ref(),
            &request.options,
            &request.cloud,
        );
        let result = match result {
            Ok((analysis, opened)) => {
                self.last_keywords.clone_from(&analysis.report.keywords);
                self.last_opened = (!opened.hints.is_empty()).then_some(opened);
                Ok(analysis)
            }
            Err(message) => {
                self.last_opened = last;
                Err(message)
            }
        };
        scope.respond(
            id,
            Response::Done {
                id: request.id,
                result: result.map(Box::new),
            },
        );
    }

    fn disconnected(&mut self, _scope: &WorkerScope<Self>, id: HandlerId) {
        self.bridges.retain(|b| *b != id);
    }
}
