//! The page: `App` makes the state (restored from storage), starts the
//! worker and calls the hooks that tie them to the browser (storage, the
//! cloud's shape, the staged reveal), and draws the layout — header, input
//! panel, notices, the error line and the result. The hooks that are the
//! page's flows are here too: `use_first_analysis` (what is analyzed on
//! load), `use_input` (what the input panel's buttons, a file, a paste and a
//! drop do; it registers the drop zone), `use_export` (the downloads) and
//! `use_settings_change` (a new keyword choice analyzes again).

use report_lens_analysis::Encoding;
use yew::prelude::*;

use crate::cloud_shape::{use_cloud_shape, window_aspect};
use crate::components::comparison_view::ComparisonView;
use crate::components::input_panel::InputPanel;
use crate::components::library_panel::LibraryPanel;
use crate::components::result_view::ResultView;
use crate::components::series_view::SeriesView;
use crate::components::view_tabs::{panel_id, tab_id, ViewTabs};
use crate::drop_zone::{use_drop_zone, Dropped};
use crate::export::Export;
use crate::files::{use_files, FileCallbacks};
use crate::latest::use_latest;
use crate::problem::Problem;
use crate::protocol::Input;
use crate::reveal::use_staged_reveal;
use crate::settings::{Settings, SettingsChange};
use crate::shelf_requests::{use_shelf_requests, ShelfCallbacks};
use crate::state::{Action, Engine, SharedAnalysis, State, View};
use crate::storage::{self, use_storage};
use crate::worker_bridge::{use_analysis_worker, WorkerHandle};

/// The bundled sample: the reference report.
pub const SAMPLE: &str = include_str!("../www/sample.txt");

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let saved = storage::restore();
        State::new(saved.draft, saved.cleared, saved.settings, window_aspect())
    });
    let worker = use_analysis_worker(state.dispatcher());
    use_storage(&state);
    use_cloud_shape(&state, &worker);
    use_staged_reveal(&state);
    use_first_analysis(&state, &worker);
    let input = use_input(&state, &worker);
    let on_export = use_export(&state);
    let on_settings = use_settings_change(&state, &worker);
    let shelf_callbacks = use_shelf_requests(&state, &worker);
    let shelf = &state.shelf;

    let status = match (state.engine, state.pending) {
        (Engine::Loading, _) => "正在加载词典…".to_owned(),
        (Engine::Ready { .. }, Some(_)) => "分析中…".to_owned(),
        (Engine::Ready { load_ms }, None) => format!("就绪（词典加载 {load_ms:.0} ms）"),
    };
    html! {
        <div class="app">
            <header>
                <h1>{ "报告透镜" }<small>{ "Report Lens" }</small></h1>
                <p class="tagline">{ "长篇中文报告的提纲、关键词与数据——全部在本机浏览器中完成，文字不会离开你的电脑。" }</p>
                <p class="status" data-testid="status">{ status }</p>
            </header>
            <InputPanel
                collapsed={state.shown.is_some()}
                draft={AttrValue::from(state.draft.clone())}
                busy={state.pending.is_some()}
                can_download={state.shown.is_some()}
                can_undo_clear={state.cleared.is_some()}
                encoding={state.encoding}
                on_edit={input.on_edit} on_analyze={input.on_analyze} on_sample={input.on_sample}
                on_files={input.on_files.clone()} on_encoding={input.on_encoding} on_paste_html={input.on_paste_html}
                on_clear={input.on_clear} on_undo_clear={input.on_undo_clear} on_export={on_export.clone()}
            />
            if state.dragging {
                <div class="drop-overlay" data-testid="drop-overlay">{ "松开鼠标即可打开文件（.txt .md .docx .html .csv）" }</div>
            }
            if state.unsaved() {
                <p class="notice" data-testid="unsaved">{ "文本太大，无法保存在本机浏览器中：刷新页面后需要重新打开文件。" }</p>
            }
            <div class="error" data-testid="error" role="alert" hidden={state.problem.is_none()}>
                { state.problem.as_ref().map(ToString::to_string).unwrap_or_default() }
            </div>
            <ViewTabs view={shelf.view} kept={shelf.entries.len()} on_open={shelf_callbacks.on_open.clone()} />
            if let Some(shown) = &state.shown {
                <div class="view" role="tabpanel" id={panel_id(View::Report)} aria-labelledby={tab_id(View::Report)} hidden={shelf.view != View::Report}>
                    <ResultView
                        shown={shown.clone()}
                        selected={state.selected}
                        focus={state.focus}
                        focus_requests={state.focus_requests}
                        selected_word={state.selected_word.clone()}
                        detail={state.detail}
                        settings={state.settings.clone()}
                        dispatcher={state.dispatcher()}
                        {on_settings}
                        {on_export}
                    />
                </div>
            }
            if shelf.view != View::Report {
                <div role="tabpanel" id={panel_id(shelf.view)} aria-labelledby={tab_id(shelf.view)}>
                    { shelf_view(&state, &shelf_callbacks, input.on_files.clone()) }
                </div>
            }
        </div>
    }
}

/// The open library view: 文库, 对比 or 历年.
fn shelf_view(
    state: &UseReducerHandle<State>,
    callbacks: &ShelfCallbacks,
    on_files: Callback<Vec<web_sys::File>>,
) -> Html {
    let shelf = &state.shelf;
    match shelf.view {
        View::Report => html! {},
        View::Library => html! {
            <LibraryPanel entries={shelf.entries.clone()} batch={shelf.batch.clone()} problem={shelf.problem.clone()}
                on_request={callbacks.on_request.clone()} {on_files} on_import={callbacks.on_import.clone()} />
        },
        View::Compare => html! {
            <ComparisonView entries={shelf.entries.clone()} pair={shelf.pair()} keyness={shelf.keyness}
                compared={shelf.compared.clone()} phrase={shelf.phrase.clone()} dispatcher={state.dispatcher()}
                on_phrase={callbacks.on_phrase.clone()} problem={shelf.problem.clone()} />
        },
        View::Series => html! {
            <SeriesView entries={shelf.entries.clone()} series={shelf.series.clone()} dispatcher={state.dispatcher()}
                on_request={callbacks.on_request.clone()} />
        },
    }
}

/// As soon as the page is up: the text saved from the last visit, else (a
/// first visit) the sample; nothing when the reader had cleared the text.
#[hook]
fn use_first_analysis(state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let (state, worker) = (state.clone(), worker.clone());
    use_effect_with((), move |_| {
        if !state.draft.trim().is_empty() {
            let text = Input::Text(state.draft.to_string());
            worker.analyze(text, &state.settings, state.cloud_aspect, false);
        } else if state.cleared.is_none() {
            state.dispatch(Action::Edit(SAMPLE.to_owned()));
            let sample = Input::Text(SAMPLE.to_owned());
            worker.analyze(sample, &state.settings, state.cloud_aspect, false);
        }
    });
}

/// What the input panel and a drop onto the page do.
struct InputCallbacks {
    on_edit: Callback<String>,
    on_analyze: Callback<()>,
    on_sample: Callback<()>,
    on_files: Callback<Vec<web_sys::File>>,
    on_encoding: Callback<Option<Encoding>>,
    /// Rich text: its HTML and plain text.
    on_paste_html: Callback<(String, String)>,
    on_clear: Callback<()>,
    on_undo_clear: Callback<()>,
}

/// The input panel's callbacks, which the drop zone shares.
#[hook]
fn use_input(state: &UseReducerHandle<State>, worker: &WorkerHandle) -> InputCallbacks {
    let FileCallbacks {
        on_files,
        on_encoding,
    } = use_files(state, worker);
    let analyze = {
        let (state, worker) = (state.clone(), worker.clone());
        // What the reader brings is kept in 文库; the sample is not.
        move |input: Input, keep: bool| {
            worker.analyze(input, &state.settings, state.cloud_aspect, keep)
        }
    };
    // New text in place of the draft (kept for 撤销), analyzed at once.
    let replace = {
        let (state, analyze) = (state.clone(), analyze.clone());
        Callback::from(move |(text, keep): (String, bool)| {
            state.dispatch(Action::Replace(text.clone()));
            analyze(Input::Text(text), keep);
        })
    };
    let on_paste_html = {
        let analyze = analyze.clone();
        Callback::from(move |(html, plain)| analyze(Input::Html { html, plain }, true))
    };
    let actions = state.dispatcher().to_callback();
    let input = InputCallbacks {
        on_edit: actions.reform(Action::Edit),
        on_analyze: {
            let draft = state.draft.clone();
            Callback::from(move |()| analyze(Input::Text(draft.to_string()), true))
        },
        on_sample: replace.reform(|()| (SAMPLE.to_owned(), false)),
        on_files,
        on_encoding,
        on_paste_html,
        on_clear: actions.reform(|()| Action::Clear),
        on_undo_clear: actions.reform(|()| Action::UndoClear),
    };
    use_drop_zone({
        let (dispatcher, on_files, on_paste_html) = (
            state.dispatcher(),
            input.on_files.clone(),
            input.on_paste_html.clone(),
        );
        Callback::from(move |dropped| match dropped {
            Dropped::Hovering(on) => dispatcher.dispatch(Action::Dragging(on)),
            Dropped::Files(files) => on_files.emit(files),
            Dropped::Html { html, plain } => on_paste_html.emit((html, plain)),
            Dropped::Text(text) => replace.emit((text, true)),
        })
    });
    input
}

/// Saves an export of the analysis on screen; a failure goes to the error
/// line. The callback is made once and reads the analysis of the last
/// render, so a stage or a relayout does not draw the panels given it again.
#[hook]
fn use_export(state: &UseReducerHandle<State>) -> Callback<Export> {
    let shown = state.shown.as_ref();
    let shown = use_latest(shown.map(|s| (s.analysis.clone(), s.cloud.clone())));
    use_callback(state.dispatcher(), move |export: Export, dispatcher| {
        let Some((analysis, cloud)) = shown.borrow().clone() else {
            return;
        };
        let dispatcher = dispatcher.clone();
        export.save(&analysis, &cloud, move |failure| {
            dispatcher.dispatch(Action::Problem(Problem::NotExported { export, failure }))
        });
    })
}

/// What a change of settings acts on: the settings, analysis and cloud
/// shape of the last render.
struct SettingsContext {
    settings: Settings,
    analysis: Option<SharedAnalysis>,
    aspect: f64,
}

/// New settings: a new keyword choice analyzes the text on screen again,
/// vertical words only lay the cloud out again. The callback is made once
/// (it reads the last render's state), so neither typing nor a new cloud
/// shape draws the panels given it again.
#[hook]
fn use_settings_change(
    state: &UseReducerHandle<State>,
    worker: &WorkerHandle,
) -> Callback<Settings> {
    let context = use_latest(SettingsContext {
        settings: state.settings.clone(),
        analysis: state.shown.as_ref().map(|shown| shown.analysis.clone()),
        aspect: state.cloud_aspect,
    });
    let deps = (worker.clone(), state.dispatcher());
    use_callback(deps, move |settings: Settings, (worker, dispatcher)| {
        let (change, analysis, aspect) = {
            let now = context.borrow();
            (
                now.settings.change_to(&settings),
                now.analysis.clone(),
                now.aspect,
            )
        };
        dispatcher.dispatch(Action::Settings(settings.clone()));
        let Some(analysis) = analysis else { return };
        match change {
            // A file's text, unchanged, is still that file's to the worker.
            SettingsChange::Keywords => {
                worker.analyze(Input::Text(analysis.text.clone()), &settings, aspect, false)
            }
            SettingsChange::Layout => worker.relayout(&settings, aspect),
            SettingsChange::NextAnalysis => {}
        }
    })
}
