//! The analysis on screen (the page's `<main>`): the document's head and
//! figures, the outline beside the text, then the cards, the cloud, the
//! dictionary and the metrics table, each drawn once its [`Stage`] is.

use yew::prelude::*;

use crate::components::concordance::Concordance;
use crate::components::dictionary::Dictionary;
use crate::components::headline_cards::HeadlineCards;
use crate::components::keyword_cloud::KeywordCloud;
use crate::components::metrics_table::MetricsTable;
use crate::components::outline_tree::OutlineTree;
use crate::components::stats_panel::StatsPanel;
use crate::components::text_view::TextView;
use crate::components::warnings_panel::WarningsPanel;
use crate::export::Export;
use crate::settings::Settings;
use crate::state::{Action, Shown, Stage, State};

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub shown: Shown,
    /// The outline entry last clicked.
    pub selected: Option<usize>,
    /// The character range highlighted in the text.
    pub focus: Option<(usize, usize)>,
    /// The cloud word whose concordance is open.
    pub selected_word: Option<String>,
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
    let shown = &props.shown;
    let analysis = &shown.analysis;
    let report = &analysis.report;
    let title = report.title.clone().or(analysis.file_name.clone());
    let meta = [
        &report.meta.subtitle, &report.meta.speaker, &report.meta.date,
    ];
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
            <div class="reading">
                <div class="side">
                    <OutlineTree analysis={analysis.clone()} selected={props.selected} {on_select} />
                    <WarningsPanel analysis={analysis.clone()} on_focus={on_focus.clone()} />
                </div>
                if shown.shows(Stage::Text) {
                    <TextView analysis={analysis.clone()} focus={props.focus} />
                }
            </div>
            if shown.shows(Stage::Headlines) {
                <HeadlineCards analysis={analysis.clone()} on_focus={on_focus.clone()} />
            }
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
            if shown.shows(Stage::Dictionary) {
                <Dictionary settings={props.settings.clone()} analysis={analysis.clone()} on_settings={props.on_settings.clone()} />
            }
            if shown.shows(Stage::Metrics) {
                <MetricsTable analysis={analysis.clone()} {on_focus} on_export={props.on_export.clone()} />
            }
        </main>
    }
}
