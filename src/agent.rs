//! The analysis worker: it owns the [`Analyzer`] (jieba's dictionary) off the
//! main thread, loads it as soon as the worker starts, and answers each
//! request with the report, its cloud layout and the decoded text.

use report_lens_analysis::{
    decode, layout_cloud, AnalyzeOptions, Analyzer, CloudLayout, CloudOptions, Keyword, Report,
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
    /// A file's bytes, decoded in the worker.
    File {
        name: String,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
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
    pub encoding: String,
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

/// Decodes and analyzes a text or file; errors are messages for the user.
/// (A relayout is the worker's own business: see `received`.)
pub fn run(
    analyzer: &Analyzer,
    input: Input,
    options: &AnalyzeOptions,
    cloud: &CloudOptions,
) -> Result<Analysis, String> {
    let started = js_sys::Date::now();
    let (text, file_name, encoding) = match input {
        Input::Text(text) => (text, None, "UTF-8".to_owned()),
        Input::File { name, bytes } => {
            let decoded = decode(&bytes).map_err(|e| format!("{name}：{e}"))?;
            (decoded.text, Some(name), decoded.encoding.to_owned())
        }
        Input::Relayout => return Err("没有可重新排布的分析结果".to_owned()),
    };
    let report = analyzer
        .analyze_with(&text, options)
        .map_err(|e| e.to_string())?;
    let cloud = layout_cloud(&report.keywords, cloud);
    Ok(Analysis {
        report,
        cloud,
        text,
        file_name,
        encoding,
        analysis_ms: js_sys::Date::now() - started,
    })
}

impl Worker for AnalysisWorker {
    type Message = Internal;
    type Input = Request;
    type Output = Response;

    fn create(scope: &WorkerScope<Self>) -> Self {
        scope.send_message(Internal::Warm);
        AnalysisWorker {
            analyzer: None,
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
        let result = run(
            self.analyzer(scope),
            request.input,
            &request.options,
            &request.cloud,
        );
        if let Ok(analysis) = &result {
            self.last_keywords.clone_from(&analysis.report.keywords);
        }
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
