//! The keyword cloud: an SVG of the layout the worker computed, the keyword
//! choices (method, 过滤套话, vertical words), exports, the keyword table,
//! and a click on a word to see its concordance.

use report_lens_analysis::{KeywordMethod, FONT_STACK};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::export::Export;
use crate::settings::Settings;
use crate::state::{SharedAnalysis, SharedCloud};
use crate::theme::{cloud_class, cloud_fill};

/// Rows of the keyword table.
const TABLE_ROWS: usize = 50;

#[derive(Properties, PartialEq)]
pub struct KeywordCloudProps {
    pub analysis: SharedAnalysis,
    pub cloud: SharedCloud,
    pub settings: Settings,
    pub selected_word: Option<String>,
    pub on_settings: Callback<Settings>,
    pub on_select_word: Callback<String>,
    pub on_export: Callback<Export>,
}

#[function_component]
pub fn KeywordCloud(props: &KeywordCloudProps) -> Html {
    let cloud = &props.cloud;
    let view_box = format!("0 0 {} {}", cloud.width, cloud.height);
    html! {
        <section class="panel cloud-panel" aria-label="关键词云">
            <h2>{ "关键词云" }</h2>
            <CloudControls settings={props.settings.clone()} on_settings={props.on_settings.clone()} on_export={props.on_export.clone()} />
            // A group of buttons, one a word: Tab reaches each, Enter or
            // the space bar opens its concordance as a click does.
            <svg data-testid="cloud" class="cloud" viewBox={view_box} role="group" aria-label="关键词云" font-family={FONT_STACK}>
                { for cloud.words.iter().map(|w| {
                    let word = w.word.clone();
                    let onclick = props.on_select_word.reform(move |_: MouseEvent| word.clone());
                    let onkeydown = {
                        let (on_select, word) = (props.on_select_word.clone(), w.word.clone());
                        Callback::from(move |e: KeyboardEvent| {
                            if matches!(e.key().as_str(), "Enter" | " ") {
                                e.prevent_default();
                                on_select.emit(word.clone());
                            }
                        })
                    };
                    let selected = props.selected_word.as_deref() == Some(w.word.as_str());
                    html! {
                        <text
                            x={format!("{:.1}", w.x)}
                            y={format!("{:.1}", w.y)}
                            font-size={format!("{:.1}", w.font_size)}
                            fill={cloud_fill(w.color)}
                            text-anchor="middle"
                            dominant-baseline="central"
                            writing-mode={w.vertical.then_some("vertical-rl")}
                            class={classes!(cloud_class(w.color), selected.then_some("selected"))}
                            tabindex="0"
                            role="button"
                            aria-pressed={selected.to_string()}
                            {onclick}
                            {onkeydown}
                        >
                            <title>{ format!("{}（权重 {:.4}）", w.word, w.weight) }</title>
                            { &w.word }
                        </text>
                    }
                }) }
            </svg>
            <KeywordTable analysis={props.analysis.clone()} on_select_word={props.on_select_word.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CloudControlsProps {
    settings: Settings,
    on_settings: Callback<Settings>,
    on_export: Callback<Export>,
}

/// The keyword method, 过滤套话, vertical words, and the exports.
#[function_component]
fn CloudControls(props: &CloudControlsProps) -> Html {
    let settings = &props.settings;
    let on_method = {
        let (settings, on_settings) = (settings.clone(), props.on_settings.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let mut next = settings.clone();
            next.options.method = if value == "textrank" {
                KeywordMethod::TextRank
            } else {
                KeywordMethod::TfIdf
            };
            on_settings.emit(next);
        })
    };
    let checkbox = |set: fn(&mut Settings, bool)| {
        let (settings, on_settings) = (settings.clone(), props.on_settings.clone());
        Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|i| i.checked());
            let mut next = settings.clone();
            set(&mut next, checked);
            on_settings.emit(next);
        })
    };
    let on_filter = checkbox(|s, on| s.options.filter_boilerplate = on);
    let on_vertical = checkbox(|s, on| s.vertical = on);
    let export = |export: Export| props.on_export.reform(move |_: MouseEvent| export);
    html! {
        <div class="filters cloud-controls">
            <select data-testid="keyword-method" onchange={on_method} aria-label="关键词算法">
                <option value="tfidf" selected={settings.options.method == KeywordMethod::TfIdf}>{ "TF-IDF" }</option>
                <option value="textrank" selected={settings.options.method == KeywordMethod::TextRank}>{ "TextRank" }</option>
            </select>
            <label><input type="checkbox" data-testid="filter-boilerplate" checked={settings.options.filter_boilerplate} onchange={on_filter} />{ "过滤套话" }</label>
            <label><input type="checkbox" data-testid="vertical" checked={settings.vertical} onchange={on_vertical} />{ "部分竖排" }</label>
            <button data-testid="export-svg" onclick={export(Export::CloudSvg)}>{ "导出 SVG" }</button>
            <button data-testid="export-png" onclick={export(Export::CloudPng)}>{ "导出 PNG" }</button>
            <button data-testid="export-keywords-csv" onclick={export(Export::KeywordsCsv)}>{ "关键词 CSV" }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct KeywordTableProps {
    analysis: SharedAnalysis,
    on_select_word: Callback<String>,
}

/// The heaviest keywords with their counts and sections. The rows exist
/// only while the table is open: a closed table costs the page nothing
/// when a new analysis arrives.
#[function_component]
fn KeywordTable(props: &KeywordTableProps) -> Html {
    let table_open = use_state(|| false);
    let on_toggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            table_open.set(details.open());
        })
    };
    let report = &props.analysis.report;
    html! {
        <details class="keyword-table" ontoggle={on_toggle}>
            <summary>{ format!("关键词表（前 {} 个）", report.keywords.len().min(TABLE_ROWS)) }</summary>
            if *table_open {
            <table data-testid="keyword-table">
                <thead><tr><th>{ "关键词" }</th><th>{ "次数" }</th><th>{ "权重" }</th><th>{ "所在章节" }</th></tr></thead>
                <tbody>
                    { for report.keywords.iter().take(TABLE_ROWS).map(|k| {
                        let sections: Vec<&str> = k.sections.iter().filter_map(|&i| report.outline.get(i)).map(|s| s.heading.as_str()).collect();
                        let word = k.word.clone();
                        let onclick = props.on_select_word.reform(move |_: MouseEvent| word.clone());
                        html! {
                            <tr data-testid="keyword-row" {onclick}>
                                <td>{ &k.word }</td>
                                <td class="num">{ k.count }</td>
                                <td class="num">{ format!("{:.4}", k.weight) }</td>
                                <td class="sections" title={sections.join("；")}>{ format!("{} 节：{}", sections.len(), sections.join("；")) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            }
        </details>
    }
}
