//! The page's end of the analysis worker: the worker started once (from the
//! single-file build's blob, else trunk's `worker.js`), its answers handed
//! to the reducer, and requests sent with fresh ids.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;
use yew_agent::worker::WorkerBridge;
use yew_agent::Spawnable;

use crate::agent::AnalysisWorker;
use crate::protocol::{Input, LibraryRequest, Request, Response};
use crate::settings::Settings;
use crate::state::{Action, Compared, SeriesShown, ShelfAction, State};

/// Where trunk puts the worker's script, relative to the page.
const WORKER_PATH: &str = "worker.js";

/// The worker's script: a blob URL the single-file build made
/// (`window.reportLensWorker`, glue and wasm in one), else trunk's worker.js.
/// True when the script starts itself (no loader shim needed).
fn worker_script() -> (String, bool) {
    let inlined = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"reportLensWorker".into()).ok())
        .and_then(|url| url.as_string());
    match inlined {
        Some(url) => (url, true),
        None => (WORKER_PATH.to_owned(), false),
    }
}

struct Connection {
    bridge: WorkerBridge<AnalysisWorker>,
    /// The last request id given out.
    last_id: Cell<u32>,
    dispatcher: UseReducerDispatcher<State>,
}

/// Sends the worker requests. Cheap to clone; the same for the page's life,
/// so callbacks that hold it stay equal.
#[derive(Clone)]
pub struct WorkerHandle(Rc<Connection>);

impl PartialEq for WorkerHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl WorkerHandle {
    /// A fresh request id.
    fn next_id(&self) -> u32 {
        let id = self.0.last_id.get() + 1;
        self.0.last_id.set(id);
        id
    }

    /// Asks for an analysis of `input` with these settings, for a cloud box
    /// of this shape, kept in the library if `keep`. Its answer is shown
    /// unless a newer request overtakes it.
    pub fn analyze(&self, input: Input, settings: &Settings, aspect: f64, keep: bool) {
        let id = self.reserve();
        self.analyze_reserved(id, input, settings, aspect, keep);
    }

    /// A request id for an analysis whose input is still being read (a PDF
    /// in the PDF reader): the page shows it pending from now on, and a
    /// newer request overtakes it.
    pub fn reserve(&self) -> u32 {
        let id = self.next_id();
        self.0.dispatcher.dispatch(Action::Sent(id));
        id
    }

    /// [`analyze`](Self::analyze) under an id [`reserve`](Self::reserve) gave.
    pub fn analyze_reserved(
        &self,
        id: u32,
        input: Input,
        settings: &Settings,
        aspect: f64,
        keep: bool,
    ) {
        self.0.bridge.send(Request::Analyze {
            id,
            input,
            options: settings.options.clone(),
            cloud: settings.cloud_options(aspect),
            keep,
        });
    }

    /// The id the next request will have.
    pub fn upcoming_id(&self) -> u32 {
        self.0.last_id.get() + 1
    }

    /// Asks for `input` to be kept in the library, not shown.
    pub fn add(&self, input: Input) {
        let id = self.next_id();
        self.0.bridge.send(Request::Add { id, input });
    }

    /// A change to the library or a question about it.
    pub fn library(&self, request: LibraryRequest) {
        self.0.bridge.send(Request::Library(request));
    }

    /// Asks for the keywords of the worker's last analysis laid out again
    /// (shown if that analysis is on screen). This never holds the page: no
    /// request is pending for it.
    pub fn relayout(&self, settings: &Settings, aspect: f64) {
        self.0.bridge.send(Request::Relayout {
            cloud: settings.cloud_options(aspect),
        });
    }
}

/// Starts the worker on the first render; its answers go to `dispatcher`.
#[hook]
pub fn use_analysis_worker(dispatcher: UseReducerDispatcher<State>) -> WorkerHandle {
    let bridge = use_memo((), move |_| {
        let (script, starts_itself) = worker_script();
        let answers = dispatcher.clone();
        let bridge = AnalysisWorker::spawner()
            .callback(move |response| {
                let action = match response {
                    Response::Ready { load_ms } => Action::EngineReady { load_ms },
                    Response::Done { id, result } => Action::Finished { id, result },
                    Response::Layout { of, cloud } => Action::Relaid { of, cloud },
                    Response::Added { id, result } => {
                        Action::Shelf(ShelfAction::Added { id, result })
                    }
                    Response::Library { entries, problem } => {
                        Action::Shelf(ShelfAction::Listed { entries, problem })
                    }
                    Response::File {
                        name,
                        mime,
                        content,
                    } => {
                        crate::shelf_export::save_file(&name, &mime, &content, &answers);
                        return;
                    }
                    Response::Compared {
                        a,
                        b,
                        result,
                        compare_ms,
                    } => match result {
                        Ok(comparison) => {
                            Action::Shelf(ShelfAction::Compared(Box::new(Compared {
                                a,
                                b,
                                comparison: *comparison,
                                compare_ms,
                            })))
                        }
                        Err(message) => Action::Shelf(ShelfAction::Problem(message)),
                    },
                    Response::Series {
                        ids,
                        series,
                        totals,
                    } => Action::Shelf(ShelfAction::Series(Box::new(SeriesShown {
                        ids,
                        series: *series,
                        totals,
                    }))),
                    Response::Sentences {
                        id,
                        text,
                        sentences,
                    } => Action::Shelf(ShelfAction::Sentences {
                        report: id,
                        text,
                        sentences,
                    }),
                };
                answers.dispatch(action)
            })
            .with_loader(starts_itself)
            .spawn(&script);
        WorkerHandle(Rc::new(Connection {
            bridge,
            last_id: Cell::new(0),
            dispatcher,
        }))
    });
    (*bridge).clone()
}
