//! The page: state, the worker bridge, and the layout of the components.

use std::cell::RefCell;
use std::rc::Rc;

use report_lens_analysis::{Encoding, OpenError, MAX_INPUT_BYTES};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;
use yew_agent::worker::WorkerBridge;
use yew_agent::Spawnable;

use crate::agent::{AnalysisWorker, Input, Request, Response};
use crate::components::concordance::Concordance;
use crate::components::dictionary::Dictionary;
use crate::components::headline_cards::HeadlineCards;
use crate::components::input_panel::InputPanel;
use crate::components::keyword_cloud::CloudExport;
use crate::components::keyword_cloud::KeywordCloud;
use crate::components::metrics_table::MetricsTable;
use crate::components::outline_tree::OutlineTree;
use crate::components::stats_panel::StatsPanel;
use crate::components::text_view::{TextView, FOCUS_ANCHOR};
use crate::components::warnings_panel::WarningsPanel;
use crate::download;
use crate::drop_zone::{use_drop_zone, Dropped};
use crate::frames::after_next_frame;
use crate::settings::Settings;
use crate::state::{aspect_for, cloud_options, Action, Engine, State, REVEAL_STAGES};

/// The bundled sample: the reference report.
pub const SAMPLE: &str = include_str!("../www/sample.txt");
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

async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("无法读取文件 {}", file.name()))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A file's name and bytes, kept to read it again in another encoding.
type OpenedFile = (String, Rc<Vec<u8>>);

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::restored);
    // The last file opened, kept to read it again in another encoding.
    let last_file: Rc<RefCell<Option<OpenedFile>>> = use_mut_ref(|| None);
    let bridge: Rc<WorkerBridge<AnalysisWorker>> = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| {
            let (script, starts_itself) = worker_script();
            AnalysisWorker::spawner()
                .callback(move |response| match response {
                    Response::Ready { load_ms } => {
                        dispatcher.dispatch(Action::EngineReady { load_ms })
                    }
                    Response::Done { id, result } => {
                        dispatcher.dispatch(Action::Finished { id, result })
                    }
                    Response::Layout { id, cloud } => {
                        dispatcher.dispatch(Action::Relaid { id, cloud })
                    }
                })
                .with_loader(starts_itself)
                .spawn(&script)
        })
    };

    // Request ids, shared by every callback however old its copy of the state.
    let next_id = use_mut_ref(|| 0u32);
    // Sends a request with the given settings (the state's may not have caught up yet).
    let send_with = {
        let bridge = bridge.clone();
        let state = state.clone();
        let next_id = next_id.clone();
        Callback::from(move |(input, settings): (Input, Settings)| {
            let relayout = matches!(input, Input::Relayout);
            // Relayouts don't block the page: id 0, never pending.
            let id = if relayout {
                0
            } else {
                let mut next = next_id.borrow_mut();
                *next += 1;
                *next
            };
            if !relayout {
                state.dispatch(Action::Sent(id));
            }
            let cloud = cloud_options(&settings, state.cloud_aspect);
            bridge.send(Request {
                id,
                input,
                options: settings.options,
                cloud,
            });
        })
    };
    let send = {
        let (send_with, settings) = (send_with.clone(), state.settings.clone());
        Callback::from(move |input: Input| send_with.emit((input, settings.clone())))
    };

    // Re-lay the cloud out when the window changes shape (with the settings of the moment).
    let latest_settings = use_mut_ref(|| state.settings.clone());
    latest_settings.borrow_mut().clone_from(&state.settings);
    {
        let (state, bridge, latest_settings) =
            (state.clone(), bridge.clone(), latest_settings.clone());
        use_effect_with((), move |_| {
            let on_resize = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                let width = web_sys::window()
                    .and_then(|w| w.inner_width().ok())
                    .and_then(|w| w.as_f64())
                    .unwrap_or(1280.0);
                let aspect = aspect_for(width);
                state.dispatch(Action::Aspect(aspect));
                let settings = latest_settings.borrow().clone();
                let cloud = cloud_options(&settings, aspect);
                let options = settings.options;
                bridge.send(Request {
                    id: 0,
                    input: Input::Relayout,
                    options,
                    cloud,
                });
            });
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window
                    .add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "resize",
                        on_resize.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // As soon as the page is up: the text saved from the last visit, else
    // (a first visit) the sample; nothing when the reader had cleared the text.
    {
        let send = send.clone();
        let state = state.clone();
        use_effect_with((), move |_| {
            if !state.draft.trim().is_empty() {
                send.emit(Input::Text(state.draft.clone()));
            } else if state.cleared.is_none() {
                state.dispatch(Action::Edit(SAMPLE.to_owned()));
                send.emit(Input::Text(SAMPLE.to_owned()));
            }
        });
    }

    // A new analysis is shown in stages, a frame apart, so no single task
    // holds the page: outline, text, cards, cloud, dictionary, metrics table.
    // Each stage is added in a task of its own just after a frame, so the
    // next frame lays out that stage alone.
    use_effect_with(state.reveal, {
        let state = state.clone();
        move |&stage| {
            if (1..REVEAL_STAGES).contains(&stage) {
                // A stage overtaken by a new analysis is ignored by the reducer.
                after_next_frame(move || state.dispatch(Action::Reveal(stage + 1)));
            }
        }
    });

    // Scroll the text to the focused range.
    use_effect_with(state.focus, |focus| {
        if focus.is_some() {
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(FOCUS_ANCHOR));
            if let Some(element) = element {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Start);
                options.set_behavior(ScrollBehavior::Instant);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });

    let on_edit = {
        let state = state.clone();
        Callback::from(move |text| state.dispatch(Action::Edit(text)))
    };
    let on_analyze = {
        let send = send.clone();
        let draft = state.draft.clone();
        Callback::from(move |()| send.emit(Input::Text(draft.clone())))
    };
    let on_sample = {
        let send = send.clone();
        let state = state.clone();
        Callback::from(move |()| {
            state.dispatch(Action::Replace(SAMPLE.to_owned()));
            send.emit(Input::Text(SAMPLE.to_owned()));
        })
    };
    let on_file = {
        let send = send.clone();
        let state = state.clone();
        let last_file = last_file.clone();
        Callback::from(move |file: web_sys::File| {
            let size = file.size();
            if size > MAX_INPUT_BYTES as f64 {
                // Refused before reading, in the reader's own words.
                let too_large = OpenError::TooLarge {
                    bytes: size as usize,
                };
                state.dispatch(Action::Refused(format!("{}：{too_large}", file.name())));
                return;
            }
            let send = send.clone();
            let state = state.clone();
            let last_file = last_file.clone();
            spawn_local(async move {
                match read_file(&file).await {
                    Ok(bytes) => {
                        let name = file.name();
                        *last_file.borrow_mut() = Some((name.clone(), Rc::new(bytes.clone())));
                        let encoding = state.encoding;
                        send.emit(Input::File {
                            name,
                            bytes,
                            encoding,
                        });
                    }
                    Err(message) => state.dispatch(Action::Refused(message)),
                }
            });
        })
    };
    // Another encoding reads the last file again: the one on screen, or the
    // one that could not be read (无法识别文件的编码…).
    let on_encoding = {
        let (send, state, last_file) = (send.clone(), state.clone(), last_file.clone());
        Callback::from(move |encoding: Option<Encoding>| {
            state.dispatch(Action::Encoding(encoding));
            let concerns = |name: &str| {
                let shown = state.analysis.as_ref().and_then(|a| a.file_name.as_deref());
                let failed = state
                    .error
                    .as_deref()
                    .is_some_and(|e| e.starts_with(&format!("{name}：")));
                shown == Some(name) || failed
            };
            let file = last_file.borrow().clone();
            if let Some((name, bytes)) = file.filter(|(name, _)| concerns(name)) {
                send.emit(Input::File {
                    name,
                    bytes: bytes.to_vec(),
                    encoding,
                });
            }
        })
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Clear))
    };
    let on_undo_clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::UndoClear))
    };
    let on_paste_html = {
        let send = send.clone();
        Callback::from(move |(html, plain): (String, String)| {
            send.emit(Input::Html { html, plain })
        })
    };
    use_drop_zone({
        let (state, on_file, on_paste_html, send) = (
            state.clone(),
            on_file.clone(),
            on_paste_html.clone(),
            send.clone(),
        );
        Callback::from(move |dropped| match dropped {
            Dropped::Hovering(on) => {
                if state.dragging != on {
                    state.dispatch(Action::Dragging(on));
                }
            }
            Dropped::File(file) => on_file.emit(file),
            Dropped::Html { html, plain } => on_paste_html.emit((html, plain)),
            Dropped::Text(text) => {
                state.dispatch(Action::Replace(text.clone()));
                send.emit(Input::Text(text));
            }
        })
    });
    let on_download = {
        let analysis = state.analysis.clone();
        let state = state.clone();
        Callback::from(move |()| {
            let Some(analysis) = &analysis else { return };
            let saved = serde_json::to_string_pretty(&analysis.report)
                .map_err(|e| e.to_string())
                .and_then(|json| {
                    download::save("report-lens.json", "application/json", &json)
                        .map_err(|_| "浏览器拒绝了下载".to_owned())
                });
            if let Err(message) = saved {
                state.dispatch(Action::Refused(format!("无法导出 JSON：{message}")));
            }
        })
    };
    let on_export_report = {
        let analysis = state.analysis.clone();
        let state = state.clone();
        Callback::from(move |()| {
            let Some(analysis) = &analysis else { return };
            let page = report_lens_analysis::report_html(&analysis.report, &analysis.cloud);
            if download::save("report-lens-report.html", "text/html;charset=utf-8", &page).is_err()
            {
                state.dispatch(Action::Refused("无法导出报告：浏览器拒绝了下载".to_owned()));
            }
        })
    };
    // The callbacks the result's panels take stay the same object while the
    // analysis does, so typing in the textarea does not redraw the panels.
    let on_download_csv = use_callback(
        (state.analysis.clone(), state.dispatcher()),
        |(), (analysis, dispatcher)| {
            let Some(analysis) = analysis else { return };
            let csv = report_lens_analysis::metrics_csv(&analysis.report);
            if download::save("report-lens-metrics.csv", "text/csv;charset=utf-8", &csv).is_err() {
                dispatcher.dispatch(Action::Refused("无法导出 CSV：浏览器拒绝了下载".to_owned()));
            }
        },
    );
    // A new keyword choice re-analyzes the text on screen; vertical words only re-lay the cloud out.
    let on_settings = {
        let (state, send_with) = (state.clone(), send_with.clone());
        Callback::from(move |settings: Settings| {
            let keywords_changed = settings.options.method != state.settings.options.method
                || settings.options.filter_boilerplate != state.settings.options.filter_boilerplate;
            let layout_changed = settings.vertical != state.settings.vertical;
            state.dispatch(Action::Settings(settings.clone()));
            if let Some(analysis) = &state.analysis {
                if keywords_changed {
                    send_with.emit((Input::Text(analysis.text.clone()), settings));
                } else if layout_changed {
                    send_with.emit((Input::Relayout, settings));
                }
            }
        })
    };
    let on_select_word = use_callback(state.dispatcher(), |word, dispatcher| {
        dispatcher.dispatch(Action::SelectWord(word))
    });
    let on_export = {
        let (analysis, state) = (state.analysis.clone(), state.clone());
        Callback::from(move |kind: CloudExport| {
            let Some(analysis) = &analysis else { return };
            let cloud = &analysis.cloud;
            let saved = match kind {
                CloudExport::Svg => download::save(
                    "report-lens-cloud.svg",
                    "image/svg+xml",
                    &report_lens_analysis::cloud_svg(cloud),
                ),
                CloudExport::Png => download::save_svg_as_png(
                    &report_lens_analysis::cloud_svg(cloud),
                    cloud.width,
                    cloud.height,
                    "report-lens-cloud.png",
                ),
                CloudExport::KeywordsCsv => download::save(
                    "report-lens-keywords.csv",
                    "text/csv;charset=utf-8",
                    &report_lens_analysis::keywords_csv(&analysis.report),
                ),
            };
            if saved.is_err() {
                state.dispatch(Action::Refused("无法导出：浏览器拒绝了下载".to_owned()));
            }
        })
    };
    let on_select = use_callback(state.dispatcher(), |i, dispatcher| {
        dispatcher.dispatch(Action::Select(i))
    });
    let on_focus = use_callback(state.dispatcher(), |(start, end), dispatcher| {
        dispatcher.dispatch(Action::Focus(start, end))
    });

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
                draft={AttrValue::from(state.draft.clone())}
                busy={state.pending.is_some()}
                can_download={state.analysis.is_some()}
                can_undo_clear={state.cleared.is_some()}
                encoding={state.encoding}
                {on_edit} {on_analyze} {on_sample} {on_file} {on_download} {on_export_report}
                {on_clear} {on_undo_clear} {on_encoding} {on_paste_html}
            />
            if state.dragging {
                <div class="drop-overlay" data-testid="drop-overlay">{ "松开鼠标即可打开文件（.txt .md .docx .html .csv）" }</div>
            }
            if state.unsaved {
                <p class="notice" data-testid="unsaved">{ "文本太大，无法保存在本机浏览器中：刷新页面后需要重新打开文件。" }</p>
            }
            <div class="error" data-testid="error" role="alert" hidden={state.error.is_none()}>
                { state.error.clone().unwrap_or_default() }
            </div>
            if let Some(analysis) = &state.analysis {
                <main data-testid="analysis" data-file={analysis.file_name.clone().unwrap_or_default()} data-format={analysis.format.label()}
                    data-ready={(state.reveal >= REVEAL_STAGES).then_some("true")}>
                    <div class="doc-head">
                        <h2 class="doc-title">{ analysis.report.title.clone().or(analysis.file_name.clone()).unwrap_or_else(|| "（无标题）".to_owned()) }</h2>
                        <p class="doc-meta">
                            { [analysis.report.meta.subtitle.clone(), analysis.report.meta.speaker.clone(), analysis.report.meta.date.clone()]
                                .into_iter().flatten().collect::<Vec<_>>().join(" · ") }
                        </p>
                        <StatsPanel analysis={analysis.clone()} />
                        { for analysis.notes.iter().map(|note| html! { <p class="notice" data-testid="open-note">{ note.clone() }</p> }) }
                    </div>
                    <div class="reading">
                        <div class="side">
                            <OutlineTree analysis={analysis.clone()} selected={state.selected} {on_select} />
                            <WarningsPanel analysis={analysis.clone()} on_focus={on_focus.clone()} />
                        </div>
                        if state.reveal >= 2 {
                            <TextView analysis={analysis.clone()} focus={state.focus} />
                        }
                    </div>
                    if state.reveal >= 3 {
                    <HeadlineCards analysis={analysis.clone()} on_focus={on_focus.clone()} />
                    }
                    if state.reveal >= 4 {
                    <KeywordCloud
                        analysis={analysis.clone()}
                        settings={state.settings.clone()}
                        selected_word={state.selected_word.clone()}
                        on_settings={on_settings.clone()}
                        {on_select_word}
                        {on_export}
                    />
                    if let Some(word) = &state.selected_word {
                        <Concordance analysis={analysis.clone()} word={AttrValue::from(word.clone())} on_focus={on_focus.clone()} />
                    }
                    }
                    if state.reveal >= 5 {
                    <Dictionary settings={state.settings.clone()} new_words={analysis.report.new_words.clone()} on_settings={on_settings.clone()} />
                    }
                    if state.reveal >= REVEAL_STAGES {
                    <MetricsTable analysis={analysis.clone()} on_focus={on_focus.clone()} {on_download_csv} />
                    }
                </main>
            }
        </div>
    }
}
