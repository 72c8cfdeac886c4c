//! The metrics table: every figure with its unit, qualifier, subject, change,
//! kind, section and sentence; filtered, sorted and grouped as the reader
//! asks, a row click shows the sentence in the text. Rows are drawn 200 at a
//! time: a long report has thousands, and a table that size takes the
//! browser half a second to lay out.

use report_lens_analysis::{number, top_section, Direction, Metric, MetricKind, Report};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::analysis_state::use_analysis_state;
use crate::export::Export;
use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct MetricsTableProps {
    pub analysis: SharedAnalysis,
    /// Called with the character range of a clicked row's sentence.
    pub on_focus: Callback<(usize, usize)>,
    /// 下载 CSV asks for [`Export::MetricsCsv`].
    pub on_export: Callback<Export>,
}

/// Which column the rows are sorted by.
#[derive(Debug, Clone, Copy, PartialEq)]
enum SortKey {
    Position,
    Value,
    Unit,
    Subject,
}

/// How rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Grouping {
    None,
    Unit,
    Section,
}

/// What the reader has chosen to see.
#[derive(Debug, Clone, PartialEq)]
struct View {
    kind: Option<MetricKind>,
    unit: Option<String>,
    /// Index of a top-level section.
    section: Option<usize>,
    query: String,
    sort: SortKey,
    ascending: bool,
    grouping: Grouping,
    /// Rows drawn; more on request (a long report has thousands).
    limit: usize,
}

/// Rows drawn at first, and added by each 显示更多.
const ROWS_PER_PAGE: usize = 200;

impl Default for View {
    fn default() -> Self {
        View {
            kind: None,
            unit: None,
            section: None,
            query: String::new(),
            sort: SortKey::Position,
            ascending: true,
            grouping: Grouping::None,
            limit: ROWS_PER_PAGE,
        }
    }
}

fn change_label(m: &Metric) -> String {
    m.change.as_ref().map_or_else(String::new, |c| {
        let arrow = if c.direction == Direction::Up {
            "↑"
        } else {
            "↓"
        };
        format!("{arrow}{}", c.basis.as_deref().unwrap_or(""))
    })
}

/// Indices of the rows to show, in order.
fn rows(report: &Report, view: &View) -> Vec<usize> {
    let query = view.query.trim();
    let mut matching: Vec<usize> = (0..report.metrics.len())
        .filter(|&i| {
            let m = &report.metrics[i];
            view.kind.is_none_or(|k| m.kind == k)
                && view.unit.as_ref().is_none_or(|u| &m.unit == u)
                && view
                    .section
                    .is_none_or(|s| top_section(&report.outline, m.start) == Some(s))
                && (query.is_empty()
                    || m.sentence.contains(query)
                    || m.subject.as_deref().is_some_and(|s| s.contains(query)))
        })
        .collect();
    let metrics = &report.metrics;
    matching.sort_by(|&a, &b| {
        let (x, y) = (&metrics[a], &metrics[b]);
        let order = match view.sort {
            SortKey::Position => x.start.cmp(&y.start),
            SortKey::Value => x.normalized.value.total_cmp(&y.normalized.value),
            SortKey::Unit => x.unit.cmp(&y.unit),
            SortKey::Subject => x.subject.cmp(&y.subject),
        };
        if view.ascending {
            order
        } else {
            order.reverse()
        }
    });
    matching
}

#[function_component]
pub fn MetricsTable(props: &MetricsTableProps) -> Html {
    // A new analysis starts with the default view, drawn once.
    let (view, on_view) = use_analysis_state(&props.analysis, |_| View::default());
    let report = &props.analysis.report;
    let matching = rows(report, &view);
    let mut order = matching.clone();
    if view.grouping != Grouping::None {
        // Stable: within a group the chosen sort holds.
        order.sort_by_key(|&i| group_of(report, view.grouping, i));
    }
    let hidden = order.len().saturating_sub(view.limit);
    let show_more = |limit: usize| {
        let (view, on_view) = ((*view).clone(), on_view.clone());
        Callback::from(move |_: MouseEvent| {
            on_view.emit(View {
                limit,
                ..view.clone()
            })
        })
    };
    html! {
        <section class="panel metrics-panel" aria-label="数据">
            <h2>{ "数据" }<span class="count" data-testid="metric-count">{ format!("{} / {}", matching.len(), report.metrics.len()) }</span></h2>
            <MetricFilters analysis={props.analysis.clone()} view={(*view).clone()} on_view={on_view.clone()} on_export={props.on_export.clone()} />
            <div class="table-scroll">
                <table data-testid="metrics">
                    <thead>{ header(&view, &on_view) }</thead>
                    <tbody>{ body(report, &view, &order, &props.on_focus) }</tbody>
                </table>
            </div>
            if hidden > 0 {
                <p class="more-rows">
                    { format!("还有 {hidden} 条未显示 ") }
                    <button data-testid="metrics-more" onclick={show_more(view.limit.saturating_add(ROWS_PER_PAGE))}>
                        { format!("再显示 {} 条", hidden.min(ROWS_PER_PAGE)) }
                    </button>
                    <button data-testid="metrics-all" onclick={show_more(usize::MAX)}>{ "全部显示" }</button>
                </p>
            }
        </section>
    }
}

/// The group row `i` falls in ("" when rows are not grouped).
fn group_of(report: &Report, grouping: Grouping, i: usize) -> String {
    let m = &report.metrics[i];
    match grouping {
        Grouping::None => String::new(),
        Grouping::Unit => m.unit.clone(),
        Grouping::Section => top_section(&report.outline, m.start)
            .map_or("（无章节）".to_owned(), |s| {
                report.outline[s].heading.clone()
            }),
    }
}

#[derive(Properties, PartialEq)]
struct MetricFiltersProps {
    analysis: SharedAnalysis,
    view: View,
    on_view: Callback<View>,
    on_export: Callback<Export>,
}

/// The filters (kind, unit, section, a search), the grouping and 下载 CSV.
#[function_component]
fn MetricFilters(props: &MetricFiltersProps) -> Html {
    let report = &props.analysis.report;
    let view = &props.view;
    let mut units: Vec<&str> = report.metrics.iter().map(|m| m.unit.as_str()).collect();
    units.sort_unstable();
    units.dedup();
    let tops: Vec<usize> = (0..report.outline.len())
        .filter(|&i| report.outline[i].level == 1)
        .collect();
    let update = |change: fn(&mut View, String)| {
        let (view, on_view) = (view.clone(), props.on_view.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let mut next = view.clone();
            change(&mut next, value);
            on_view.emit(next);
        })
    };
    let on_kind =
        update(|v, value| v.kind = MetricKind::ALL.into_iter().find(|k| k.label() == value));
    let on_unit = update(|v, value| v.unit = (!value.is_empty()).then_some(value));
    let on_section = update(|v, value| v.section = value.parse().ok());
    let on_group = update(|v, value| {
        v.grouping = match value.as_str() {
            "unit" => Grouping::Unit,
            "section" => Grouping::Section,
            _ => Grouping::None,
        }
    });
    let on_query = {
        let (view, on_view) = (view.clone(), props.on_view.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_view.emit(View {
                query: input.value(),
                ..view.clone()
            });
        })
    };
    let on_download_csv = props.on_export.reform(|_: MouseEvent| Export::MetricsCsv);
    html! {
        <div class="filters">
            <select data-testid="filter-kind" onchange={on_kind} aria-label="类型">
                <option value="" selected={view.kind.is_none()}>{ "全部类型" }</option>
                { for MetricKind::ALL.iter().map(|k| html! { <option value={k.label()}>{ k.label() }</option> }) }
            </select>
            <select data-testid="filter-unit" onchange={on_unit} aria-label="单位">
                <option value="" selected={view.unit.is_none()}>{ "全部单位" }</option>
                { for units.iter().map(|u| html! { <option value={u.to_string()}>{ *u }</option> }) }
            </select>
            <select data-testid="filter-section" onchange={on_section} aria-label="章节">
                <option value="" selected={view.section.is_none()}>{ "全部章节" }</option>
                { for tops.iter().map(|&i| html! { <option value={i.to_string()}>{ &report.outline[i].heading }</option> }) }
            </select>
            <input data-testid="filter-text" type="search" placeholder="搜索对象或句子" value={view.query.clone()} oninput={on_query} />
            <select data-testid="group-by" onchange={on_group} aria-label="分组">
                <option value="" selected={view.grouping == Grouping::None}>{ "不分组" }</option>
                <option value="unit">{ "按单位分组" }</option>
                <option value="section">{ "按章节分组" }</option>
            </select>
            <button data-testid="download-csv" onclick={on_download_csv}>{ "下载 CSV" }</button>
        </div>
    }
}

/// The column heads; a click sorts by that column, again reverses.
fn header(view: &View, on_view: &Callback<View>) -> Html {
    let sort_by = |key: SortKey| {
        let (view, on_view) = (view.clone(), on_view.clone());
        Callback::from(move |_: MouseEvent| {
            let ascending = if view.sort == key {
                !view.ascending
            } else {
                true
            };
            on_view.emit(View {
                sort: key,
                ascending,
                ..view.clone()
            });
        })
    };
    let head = |key: SortKey, testid: &'static str, label: &str| {
        let arrow = match (view.sort == key, view.ascending) {
            (false, _) => "",
            (true, true) => " ▲",
            (true, false) => " ▼",
        };
        html! {
            <th><button class="sort" data-testid={testid} onclick={sort_by(key)}>{ format!("{label}{arrow}") }</button></th>
        }
    };
    html! {
        <tr>
            { head(SortKey::Position, "sort-position", "原文") }
            { head(SortKey::Value, "sort-value", "数值") }
            { head(SortKey::Unit, "sort-unit", "单位") }
            <th>{ "限定" }</th>
            { head(SortKey::Subject, "sort-subject", "对象") }
            <th>{ "变化" }</th><th>{ "类型" }</th><th>{ "章节" }</th><th class="sentence">{ "句子" }</th>
        </tr>
    }
}

/// The rows in `order`, as many as the view's limit, each group after its
/// own heading row; a click shows the row's sentence.
fn body(
    report: &Report,
    view: &View,
    order: &[usize],
    on_focus: &Callback<(usize, usize)>,
) -> Html {
    let mut last_group: Option<String> = None;
    html! {
        { for order.iter().take(view.limit).map(|&i| {
            let m = &report.metrics[i];
            let group = group_of(report, view.grouping, i);
            let header = (view.grouping != Grouping::None && last_group.as_ref() != Some(&group)).then(|| {
                last_group = Some(group.clone());
                html! { <tr class="group" data-testid="metric-group"><th colspan="9">{ group.clone() }</th></tr> }
            });
            let section = m.section.and_then(|s| report.outline.get(s)).map(|s| s.heading.clone()).unwrap_or_default();
            let range = (m.sentence_start, m.sentence_end);
            let onclick = on_focus.reform(move |_: MouseEvent| range);
            let value = match m.upper {
                Some(upper) => format!("{}–{}", number(m.value), number(upper)),
                None => number(m.value),
            };
            html! {
                <>
                    { header.unwrap_or_default() }
                    <tr data-testid="metric-row" data-kind={m.kind.label()} {onclick}>
                        <td class="figure">{ &m.text }</td>
                        <td class="num">{ value }</td>
                        <td>{ &m.unit }</td>
                        <td>{ m.qualifier.clone().unwrap_or_default() }</td>
                        <td>{ m.subject.clone().unwrap_or_default() }</td>
                        <td class="change">{ change_label(m) }</td>
                        <td>{ m.kind.label() }{ m.period.as_ref().map(|p| format!(" · {p}")).unwrap_or_default() }</td>
                        <td class="section" title={section.clone()}>{ section }</td>
                        <td class="sentence">{ &m.sentence }</td>
                    </tr>
                </>
            }
        }) }
    }
}
