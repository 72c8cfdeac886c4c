//! The analysis worker's task: it owns the [`Analyzer`] (the dictionary) off
//! the main thread, loads it as soon as the worker starts, and answers each
//! [`Request`] with the report, its cloud layout and the text as read from
//! the file (Word, web page, CSV or text, in any encoding). What it says and
//! hears is in [`crate::protocol`]; `bin/worker.rs` only registers it.

mod library;

use report_lens_analysis::{
    layout_cloud, open, open_pdf, pasted_html, AnalyzeOptions, Analyzer, CloudOptions, Keyword,
    OpenOptions, Opened, Profile, Report,
};
use yew_agent::worker::{HandlerId, Worker, WorkerScope};

use crate::idb::Database;
use crate::library::LibraryEntry;
use crate::protocol::{Analysis, Answer, Failure, Input, Request, Response};
use library::KeptLibrary;

/// Messages the worker sends itself.
pub enum Internal {
    /// Load the dictionary now, before the first request.
    Warm,
    /// The stored library was read (`db` None: the browser keeps none).
    Stored {
        db: Option<Database>,
        values: Vec<String>,
    },
    /// A report could not be stored (the browser's storage is full).
    NotStored,
}

/// What the page is told when the browser keeps no database for it.
const NO_STORAGE: &str = "浏览器未提供本地数据库（IndexedDB）：文库中的报告只保留到关闭页面为止。";
/// What the page is told when a report could not be stored.
const NOT_STORED: &str = "浏览器存储空间不足：文库中的报告在刷新页面后可能丢失。";

/// A report as read: its text (with a file's hints) and the file's name,
/// None for pasted text.
#[derive(Clone)]
struct Read {
    opened: Opened,
    file_name: Option<String>,
}

/// The worker agent.
pub struct AnalysisWorker {
    analyzer: Option<Analyzer>,
    /// The last file or rich paste read: while the textarea holds its text
    /// unchanged, its hints still apply and it is still that file's text.
    last_read: Option<Read>,
    /// The keywords of the last analysis made, and the request it answered,
    /// for relayouts.
    last_keywords: Option<(u32, Vec<Keyword>)>,
    load_ms: f64,
    bridges: Vec<HandlerId>,
    library: KeptLibrary,
    /// Requests received before the stored library was read, answered once
    /// it is (None: it is read).
    waiting: Option<Vec<(Request, HandlerId)>>,
}

impl AnalysisWorker {
    /// A worker before its dictionary is loaded and its library read.
    fn unloaded() -> Self {
        AnalysisWorker {
            analyzer: None,
            last_read: None,
            last_keywords: None,
            load_ms: 0.0,
            bridges: Vec::new(),
            library: KeptLibrary::default(),
            waiting: Some(Vec::new()),
        }
    }

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

    /// Analyzes `input` for request `id`, reusing what was read last while
    /// its text comes back unchanged; remembers what relayouts and the next
    /// request need.
    fn analyze(
        &mut self,
        scope: &WorkerScope<Self>,
        id: u32,
        input: Input,
        options: &AnalyzeOptions,
        cloud: &CloudOptions,
        keep: bool,
    ) -> Result<Answer, Failure> {
        // A file read again in an encoding the reader chose replaces the
        // reading of it kept last (a wrong guess is not kept beside it).
        let rereads = match &input {
            Input::File {
                name,
                encoding: Some(_),
                ..
            } => self.library.last_added().filter(|(n, _)| n == name),
            _ => None,
        }
        .map(|(_, id)| id);
        let last = self.last_read.take();
        let analyzer = self.analyzer(scope);
        match run_after(analyzer, input, last.as_ref(), options, cloud, keep) {
            Ok((answer, read, profile)) => {
                if let Some(profile) = profile {
                    let name = entry_name(
                        read.file_name.as_deref(),
                        &read.opened.text,
                        &profile.report,
                    );
                    let text = read.opened.text.clone();
                    self.library
                        .add_reading(&name, text, profile, rereads, scope);
                }
                let keywords = answer.analysis.report.keywords.clone();
                self.last_keywords = Some((id, keywords));
                let worth_keeping = read.file_name.is_some() || !read.opened.hints.is_empty();
                self.last_read = worth_keeping.then_some(read);
                Ok(answer)
            }
            Err(failure) => {
                self.last_read = last;
                Err(failure)
            }
        }
    }

    /// Reads `input` and keeps it in the library.
    fn add(&mut self, scope: &WorkerScope<Self>, input: Input) -> Result<LibraryEntry, Failure> {
        let read = read_input(input, None)?;
        let profile = self.analyzer(scope).profile(&read.opened);
        let profile = profile.map_err(|error| Failure::Analyze {
            file: read.file_name.clone(),
            error,
        })?;
        let name = entry_name(
            read.file_name.as_deref(),
            &read.opened.text,
            &profile.report,
        );
        let id = match self.library.add(&name, read.opened.text, profile, scope) {
            crate::library::Added::New(id) | crate::library::Added::Known(id) => id,
        };
        Ok(self.library.entry(id).expect("added above"))
    }

    /// Says `response` to every page connected.
    fn tell_all(&self, scope: &WorkerScope<Self>, response: &Response) {
        for id in &self.bridges {
            scope.respond(*id, response.clone());
        }
    }

    /// Answers a request, in the order received.
    fn answer(&mut self, scope: &WorkerScope<Self>, request: Request, handler: HandlerId) {
        let response = match request {
            Request::Relayout { cloud } => self.relayout(&cloud),
            Request::Analyze {
                id,
                input,
                options,
                cloud,
                keep,
            } => {
                let result = self.analyze(scope, id, input, &options, &cloud, keep);
                let done = Response::Done {
                    id,
                    result: result.map(Box::new),
                };
                scope.respond(handler, done);
                keep.then(|| self.library.listing(None))
            }
            Request::Add { id, input } => {
                let result = self.add(scope, input);
                scope.respond(handler, Response::Added { id, result });
                Some(self.library.listing(None))
            }
            Request::Library(request) => {
                self.analyzer(scope);
                let analyzer = self.analyzer.as_ref().expect("loaded above");
                Some(self.library.answer(analyzer, request, scope))
            }
        };
        if let Some(response) = response {
            scope.respond(handler, response);
        }
    }

    /// A new layout of the last analysis's keywords, or None before the first.
    fn relayout(&self, cloud: &CloudOptions) -> Option<Response> {
        let (of, keywords) = self.last_keywords.as_ref()?;
        Some(Response::Layout {
            of: *of,
            cloud: layout_cloud(keywords, cloud),
        })
    }
}

/// The name a report gets in the library: its file's, else its title,
/// else the start of its first line.
fn entry_name(file_name: Option<&str>, text: &str, report: &Report) -> String {
    if let Some(name) = file_name.or(report.title.as_deref()) {
        return name.to_owned();
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let start: String = first.chars().take(16).collect();
    if start.trim().is_empty() {
        "粘贴的文本".to_owned()
    } else {
        start.trim().to_owned()
    }
}

/// Reads a request's input: a file in its format, rich text as HTML, typed
/// text as it is (or as `last` read it, hints and file name, if it is that
/// text unchanged).
fn read_input(input: Input, last: Option<&Read>) -> Result<Read, Failure> {
    match input {
        Input::Text(text) => match last.filter(|r| r.opened.text == text) {
            Some(read) => Ok(read.clone()),
            None => Ok(Read {
                opened: Opened::plain(text),
                file_name: None,
            }),
        },
        Input::Html { html, plain } => Ok(Read {
            opened: pasted_html(&html, &plain),
            file_name: None,
        }),
        Input::File {
            name,
            bytes,
            encoding,
        } => match open(&name, &bytes, &OpenOptions { encoding }) {
            Ok(opened) => Ok(Read {
                opened,
                file_name: Some(name),
            }),
            Err(error) => Err(Failure::Open { file: name, error }),
        },
        Input::Pdf { name, answer } => match open_pdf(&answer) {
            Ok(opened) => Ok(Read {
                opened,
                file_name: Some(name),
            }),
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
    run_after(analyzer, input, None, options, cloud, false).map(|(answer, ..)| answer)
}

/// [`run`], reusing what was read last; returns what it read too, and the
/// report's profile when it is to be kept in the library.
fn run_after(
    analyzer: &Analyzer,
    input: Input,
    last: Option<&Read>,
    options: &AnalyzeOptions,
    cloud: &CloudOptions,
    keep: bool,
) -> Result<(Answer, Read, Option<Profile>), Failure> {
    let started = js_sys::Date::now();
    let replaces_draft = !matches!(input, Input::Text(_));
    let read = read_input(input, last)?;
    let failed = |error| Failure::Analyze {
        file: read.file_name.clone(),
        error,
    };
    // The library counts every report with the default keyword choices:
    // with those, the analysis on screen is the profile's, made once.
    let (report, profile) = if keep && *options == AnalyzeOptions::default() {
        let profile = analyzer.profile(&read.opened).map_err(failed)?;
        (profile.report.clone(), Some(profile))
    } else {
        let report = analyzer
            .analyze_opened(&read.opened, options)
            .map_err(failed)?;
        let profile = keep.then(|| analyzer.profile(&read.opened).ok()).flatten();
        (report, profile)
    };
    let cloud = layout_cloud(&report.keywords, cloud);
    let opened = &read.opened;
    let analysis = Analysis {
        report,
        text: opened.text.clone(),
        file_name: read.file_name.clone(),
        format: opened.format,
        encoding: opened.encoding,
        notes: opened.notes.clone(),
        replaces_draft,
        analysis_ms: js_sys::Date::now() - started,
    };
    Ok((Answer { analysis, cloud }, read, profile))
}

impl Worker for AnalysisWorker {
    type Message = Internal;
    type Input = Request;
    type Output = Response;

    fn create(scope: &WorkerScope<Self>) -> Self {
        scope.send_message(Internal::Warm);
        library::read_stored(scope);
        AnalysisWorker::unloaded()
    }

    fn update(&mut self, scope: &WorkerScope<Self>, msg: Self::Message) {
        match msg {
            Internal::Warm => {
                self.analyzer(scope);
            }
            Internal::Stored { db, values } => {
                self.analyzer(scope);
                let analyzer = self.analyzer.as_ref().expect("loaded above");
                let problem = db.is_none().then(|| NO_STORAGE.to_owned());
                self.library.restore(analyzer, db, values, scope);
                self.tell_all(scope, &self.library.listing(problem));
                // What came before the library was read, answered now.
                for (request, handler) in std::mem::take(&mut self.waiting).into_iter().flatten() {
                    self.answer(scope, request, handler);
                }
            }
            Internal::NotStored => {
                self.tell_all(scope, &self.library.listing(Some(NOT_STORED.to_owned())));
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
        match &mut self.waiting {
            Some(waiting) => waiting.push((request, handler)),
            None => self.answer(scope, request, handler),
        }
    }

    fn disconnected(&mut self, _scope: &WorkerScope<Self>, id: HandlerId) {
        self.bridges.retain(|b| *b != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_files_text_unchanged_is_still_that_files() {
        let file = Input::File {
            name: "a.txt".into(),
            bytes: "一、总体要求\n\n全年新增就业5万人。".as_bytes().to_vec(),
            encoding: None,
        };
        let read = read_input(file, None).unwrap();
        assert_eq!(read.file_name.as_deref(), Some("a.txt"));
        let text = read.opened.text.clone();
        let again = read_input(Input::Text(text.clone()), Some(&read)).unwrap();
        assert_eq!(again.file_name.as_deref(), Some("a.txt"));
        let edited = read_input(Input::Text(text + "。"), Some(&read)).unwrap();
        assert_eq!(edited.file_name, None, "an edited text is the reader's");
    }

    #[test]
    fn a_relayout_names_the_analysis_whose_keywords_it_lays_out() {
        let mut worker = AnalysisWorker::unloaded();
        let cloud = CloudOptions::default();
        assert!(worker.relayout(&cloud).is_none(), "no analysis yet");
        worker.last_keywords = Some((2, Vec::new()));
        assert!(matches!(
            worker.relayout(&cloud),
            Some(Response::Layout { of: 2, .. })
        ));
    }
}
