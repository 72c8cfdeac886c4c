//! The analysis worker's task: it owns the [`Analyzer`] (the dictionary) off
//! the main thread, loads it as soon as the worker starts, and answers each
//! [`Request`] with the report, its cloud layout and the text as read from
//! the file (Word, web page, CSV or text, in any encoding). What it says and
//! hears is in [`crate::protocol`]; `bin/worker.rs` only registers it.

use report_lens_analysis::{
    layout_cloud, open, pasted_html, AnalyzeOptions, Analyzer, CloudOptions, Keyword, OpenOptions,
    Opened,
};
use yew_agent::worker::{HandlerId, Worker, WorkerScope};

use crate::protocol::{Analysis, Answer, Failure, Input, Request, Response};

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

    /// Analyzes `input`, reusing the hints of the last file read while its
    /// text comes back unchanged; remembers what relayouts and the next
    /// request need.
    fn analyze(
        &mut self,
        scope: &WorkerScope<Self>,
        input: Input,
        options: &AnalyzeOptions,
        cloud: &CloudOptions,
    ) -> Result<Answer, Failure> {
        let last = self.last_opened.take();
        match run_after(self.analyzer(scope), input, last.as_ref(), options, cloud) {
            Ok((analyzed, opened)) => {
                self.last_keywords
                    .clone_from(&analyzed.analysis.report.keywords);
                self.last_opened = (!opened.hints.is_empty()).then_some(opened);
                Ok(analyzed)
            }
            Err(failure) => {
                self.last_opened = last;
                Err(failure)
            }
        }
    }
}

/// Reads a request's input: a file in its format, rich text as HTML, typed
/// text as it is (with the hints of `last` if it is that file's text unchanged).
/// Returns the report's source and the file name.
pub fn read_input(
    input: Input,
    last: Option<&Opened>,
) -> Result<(Opened, Option<String>), Failure> {
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
        } => match open(&name, &bytes, &OpenOptions { encoding }) {
            Ok(opened) => Ok((opened, Some(name))),
            Err(error) => Err(Failure::Open { file: name, error }),
        },
    }
}

/// Reads and analyzes a text or file, and lays its cloud out.
pub fn run(
    analyzer: &Analyzer,
    input: Input,
    options: &AnalyzeOptions,
    cloud: &CloudOptions,
) -> Result<Answer, Failure> {
    run_after(analyzer, input, None, options, cloud).map(|(analyzed, _)| analyzed)
}

/// [`run`], reusing the hints of the last file read; returns what it read too.
fn run_after(
    analyzer: &Analyzer,
    input: Input,
    last: Option<&Opened>,
    options: &AnalyzeOptions,
    cloud: &CloudOptions,
) -> Result<(Answer, Opened), Failure> {
    let started = js_sys::Date::now();
    let replaces_draft = !matches!(input, Input::Text(_));
    let (opened, file_name) = read_input(input, last)?;
    let report = match analyzer.analyze_opened(&opened, options) {
        Ok(report) => report,
        Err(error) => {
            return Err(Failure::Analyze {
                file: file_name,
                error,
            })
        }
    };
    let cloud = layout_cloud(&report.keywords, cloud);
    let analysis = Analysis {
        report,
        text: opened.text.clone(),
        file_name,
        format: opened.format,
        encoding: opened.encoding,
        notes: opened.notes.clone(),
        replaces_draft,
        analysis_ms: js_sys::Date::now() - started,
    };
    Ok((Answer { analysis, cloud }, opened))
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

    fn received(&mut self, scope: &WorkerScope<Self>, request: Self::Input, handler: HandlerId) {
        let response = match request {
            Request::Relayout { cloud } => Response::Layout {
                cloud: layout_cloud(&self.last_keywords, &cloud),
            },
            Request::Analyze {
                id,
                input,
                options,
                cloud,
            } => Response::Done {
                id,
                result: self.analyze(scope, input, &options, &cloud).map(Box::new),
            },
        };
        scope.respond(handler, response);
    }

    fn disconnected(&mut self, _scope: &WorkerScope<Self>, id: HandlerId) {
        self.bridges.retain(|b| *b != id);
    }
}
