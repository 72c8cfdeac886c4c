//! The analysis on screen (the page's `<main>`): the document's head and
//! figures, then the overview that fits one screen — the outline, the
//! keyword cloud (and a word's concordance) and 数说 side by side — and
//! below it the report's panels as tabs ([`Detail`]: the text, the metrics
//! table, 提法, the warnings, the dictionary, 使用说明), every panel kept in
//! the page while another is open. Each part is drawn once its [`Stage`] is.

use yew::prelude::*;

use crate::components::concordance::Concordance;
use crate::components::dictionary::Dictionary;
use crate::components::formulations_panel::FormulationsPanel;
use crate::components::headline_cards::HeadlineCards;
use crate::components::help_panel::HelpPanel;
use crate::components::keyword_cloud::KeywordCloud;
use crate::components::metrics_table::MetricsTable;
use crate::components::outline_tree::OutlineTree;
use crate::components::stats_panel::StatsPanel;
use crate::components::tab_list::{Tab, TabList};
use crate::components::text_view::TextView;
use crate::components::warnings_panel::WarningsPanel;
use crate::export::Export;
use crate::settings::Settings;
use crate::state::{Action, Detail, Shown, Stage, State};

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub shown: Shown,
    /// The outline entry last clicked.
    pub selected: Option<usize>,
    /// The character range highlighted in the text.
    pub focus: Option<(usize, usize)>,
    /// Counts the times a place was asked for (`State::focus_requests`).
    pub focus_requests: u32,
    /// The cloud word whose concordance is open.
    pub selected_word: Option<String>,
    /// The panel open below the overview.
    pub detail: Detail,
    pub settings: Settings,
    pub dispatcher: UseReducerDispatcher<State>,
    pub on_settings: Callback<Settings>,
    pub on_export: Callback<Export>,
}

#[function_component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let on_select = use_callback(props.dispatcher.clone(), |i, dispatcher| {
        dispatcher.dispatch(Action::Select(i))
    });
    let on_focus = use_callback(props.dispatcher.clone(), |(start, end), dispatcher| {
        dispatcher.dispatch(Action::Focus(start, end))
    });
    let on_select_word = use_callback(props.dispatcher.clone(), |word, dispatcher| {
        dispatcher.dispatch(Action::SelectWord(word))
    });
    let on_detail = use_callback(props.dispatcher.clone(), |i: usize, dispatcher| {
        dispatcher.dispatch(Action::Detail(Detail::ALL[i]))
    });
    let shown = &props.shown;
    let analysis = &shown.analysis;
    let report = &analysis.report;
    let title = report.title.clone().or(analysis.file_name.clone());
    let meta = [
        &report.meta.subtitle, &report.meta.speaker, &report.meta.date,
    ];
    let counted = |detail: Detail| match detail {
        Detail::Metrics => Some(report.metrics.len()),
        Detail::Formulations => Some(report.formulations.len()),
        Detail::Warnings => Some(report.warnings.len()),
        _ => None,
    };
    let tabs = Detail::ALL
        .into_iter()
        .map(|detail| Tab {
            id: detail_tab_id(detail),
            label: match counted(detail) {
                Some(n) => format!("{}（{n}）", detail.label()),
                None => detail.label().to_owned(),
            },
            controls: Some(detail_panel_id(detail)),
            selected: detail == props.detail,
        })
        .collect::<Vec<_>>();
    // A panel of the tabs below the overview, hidden while another is open.
    let panel = |detail: Detail, content: Html| {
        html! {
            <div role="tabpanel" class="detail" id={detail_panel_id(detail)} aria-labelledby={detail_tab_id(detail)}
                hidden={detail != props.detail}>
                { content }
            </div>
        }
    };
    html! {
        <main data-testid="analysis" data-file={analysis.file_name.clone().unwrap_or_default()} data-format={analysis.format.label()}
            data-ready={shown.shows(Stage::LAST).then_some("true")}>
            <div class="doc-head">
                <h2 class="doc-title">{ title.unwrap_or_else(|| "（无标题）".to_owned()) }</h2>
                <p class="doc-meta">
                    { meta.into_iter().flatten().cloned().collect::<Vec<_>>().join(" · ") }
                </p>
                <StatsPanel analysis={analysis.clone()} />
                { for analysis.notes.iter().map(|note| html! { <p class="notice" data-testid="open-note">{ note.to_string() }</p> }) }
            </div>
            <div class="overview" data-testid="overview">
                <div class="side">
                    <OutlineTree analysis={analysis.clone()} selected={props.selected} {on_select} />
                </div>
                <div class="cloud-column">
                    if shown.shows(Stage::Cloud) {
                        <KeywordCloud
                            analysis={analysis.clone()}
                            cloud={shown.cloud.clone()}
                            settings={props.settings.clone()}
                            selected_word={props.selected_word.clone()}
                            on_settings={props.on_settings.clone()}
                            {on_select_word}
                            on_export={props.on_export.clone()}
                        />
                        if let Some(word) = &props.selected_word {
                            <Concordance analysis={analysis.clone()} word={AttrValue::from(word.clone())} on_focus={on_focus.clone()} />
                        }
                    }
                </div>
                <div class="figures-column">
                    if shown.shows(Stage::Headlines) {
                        <HeadlineCards analysis={analysis.clone()} on_focus={on_focus.clone()} />
                    }
                </div>
            </div>
            <TabList label="报告的各个面板" class="detail-tabs" {tabs} on_open={on_detail} />
            { panel(Detail::Text, if shown.shows(Stage::Text) {
                html! { <TextView analysis={analysis.clone()} focus={props.focus} focus_requests={props.focus_requests} /> }
            } else { html! {} }) }
            { panel(Detail::Metrics, if shown.shows(Stage::Metrics) {
                html! { <MetricsTable analysis={analysis.clone()} on_focus={on_focus.clone()} on_export={props.on_export.clone()} /> }
            } else { html! {} }) }
            { panel(Detail::Formulations, if shown.shows(Stage::Headlines) {
                html! { <FormulationsPanel analysis={analysis.clone()} on_focus={on_focus.clone()} /> }
            } else { html! {} }) }
            { panel(Detail::Warnings, html! { <WarningsPanel analysis={analysis.clone()} {on_focus} /> }) }
            { panel(Detail::Dictionary, if shown.shows(Stage::Dictionary) {
                html! { <Dictionary settings={props.settings.clone()} analysis={analysis.clone()} on_settings={props.on_settings.clone()} /> }
            } else { html! {} }) }
            { panel(Detail::Help, html! { <HelpPanel /> }) }
        </main>
    }
}

/// The id (and test id) of a panel's tab: `detail-tab-metrics`.
fn detail_tab_id(detail: Detail) -> &'static str {
    match detail {
        Detail::Text => "detail-tab-text",
        Detail::Metrics => "detail-tab-metrics",
        Detail::Formulations => "detail-tab-formulations",
        Detail::Warnings => "detail-tab-warnings",
        Detail::Dictionary => "detail-tab-dictionary",
        Detail::Help => "detail-tab-help",
    }
}

/// The id of a panel: `detail-metrics`.
fn detail_panel_id(detail: Detail) -> &'static str {
    match detail {
        Detail::Text => "detail-text",
        Detail::Metrics => "detail-metrics",
        Detail::Formulations => "detail-formulations",
        Detail::Warnings => "detail-warnings",
        Detail::Dictionary => "detail-dictionary",
        Detail::Help => "detail-help",
    }
}
