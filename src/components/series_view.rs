//! 历年: the library's reports as a series in year order — the most used
//! terms per 10,000 characters (a term × year heatmap), the first and last
//! year of each 提法 with its trend, each indicator year by year, the chain
//! of targets and results, and how alike each two reports are; with the
//! exports of each.

use report_lens_analysis::{similarity_svg, trends_svg, Series, SERIES_TABLES};
use yew::prelude::*;

use crate::components::chart_figure::ChartFigure;
use crate::components::comparison_view::target_text;
use crate::library::LibraryEntry;
use crate::protocol::LibraryRequest;
use crate::shelf_export::Chart;
use crate::state::{SeriesShown, Shared, State};

#[derive(Properties, PartialEq)]
pub struct SeriesViewProps {
    pub entries: Shared<Vec<LibraryEntry>>,
    pub series: Option<Shared<SeriesShown>>,
    pub dispatcher: UseReducerDispatcher<State>,
    /// A file of the series asked of the worker (a CSV table, or JSON).
    pub on_request: Callback<LibraryRequest>,
}

#[function_component]
pub fn SeriesView(props: &SeriesViewProps) -> Html {
    let current = props.series.as_ref().filter(|s| {
        let mut shown = s.ids.clone();
        shown.sort_unstable();
        let mut kept: Vec<u32> = props.entries.iter().map(|e| e.id).collect();
        kept.sort_unstable();
        shown == kept
    });
    let body = match current {
        _ if props.entries.len() < 2 => html! {
            <p class="empty">{ "文库中至少要有两篇（最好三篇以上）不同年份的报告，才能看历年变化。" }</p>
        },
        None => html! { <p class="status">{ "正在计算…" }</p> },
        Some(shown) => html! {
            <SeriesBody shown={shown.clone()} dispatcher={props.dispatcher.clone()} on_request={props.on_request.clone()} />
        },
    };
    html! {
        <section class="panel series-panel" data-testid="series" aria-label="历年">
            <h2>{ "历年" }</h2>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SeriesBodyProps {
    shown: Shared<SeriesShown>,
    dispatcher: UseReducerDispatcher<State>,
    on_request: Callback<LibraryRequest>,
}

#[function_component]
fn SeriesBody(props: &SeriesBodyProps) -> Html {
    let series = &props.shown.series;
    let totals = props.shown.totals;
    let save_table = |table: Option<&'static str>| {
        props
            .on_request
            .reform(move |_: MouseEvent| LibraryRequest::SeriesFile {
                table: table.map(str::to_owned),
            })
    };
    // Drawn once per series, not on every render.
    let (trends, similarity) = (*use_memo(props.shown.clone(), |shown| {
        let series = &shown.series;
        let trends = Chart {
            svg: AttrValue::from(trends_svg(series, series.terms.len())),
            name: "report-lens-trends",
        };
        let similarity = Chart {
            svg: AttrValue::from(similarity_svg(series)),
            name: "report-lens-similarity",
        };
        (trends, similarity)
    }))
    .clone();
    html! {
        <div class="series-body">
            <p class="doc-meta">{ format!("{} 篇报告，按年份排列", series.reports.len()) }</p>
            <div class="actions">
                <button onclick={save_table(None)}>{ "导出 JSON" }</button>
                { for SERIES_TABLES.into_iter().map(|t| html! { <button onclick={save_table(Some(t))}>{ format!("CSV：{t}") }</button> }) }
            </div>
            <h3>{ "高频词历年变化（每万字）" }</h3>
            <ChartFigure chart={trends} alt="高频词在各年报告中每万字出现次数的热力图" testid="trends-chart" dispatcher={props.dispatcher.clone()} />
            { phrases_table(series, totals.phrases) }
            { targets_table(series, totals.targets) }
            { indicators_table(series, totals.indicators) }
            <h3>{ "报告相似度（词频余弦）" }</h3>
            <ChartFigure chart={similarity} alt="各年报告两两之间词频相似度的热力图" testid="similarity-chart" dispatcher={props.dispatcher.clone()} />
        </div>
    }
}

fn phrases_table(series: &Series, total: usize) -> Html {
    let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    html! {
        <>
            <h3>{ "提法的首现与末现" }</h3>
            { more_rows(series.phrases.len(), total) }
            <div class="table-block"><table data-testid="series-phrases">
                <thead><tr><th>{ "提法" }</th><th>{ "首次" }</th><th>{ "最近" }</th><th class="num">{ "篇数" }</th><th>{ "趋势" }</th></tr></thead>
                <tbody>
                    { for series.phrases.iter().map(|p| html! {
                        <tr>
                            <td>{ &p.text }</td><td>{ year(p.first_year) }</td><td>{ year(p.last_year) }</td>
                            <td class="num">{ p.reports }</td><td>{ p.trend.label() }</td>
                        </tr>
                    }) }
                </tbody>
            </table></div>
        </>
    }
}

/// What a table shown in part says of the rest.
fn more_rows(shown: usize, total: usize) -> Html {
    if shown < total {
        html! { <p class="hint">{ format!("显示 {shown} 项，共 {total} 项；完整表格请导出 CSV。") }</p> }
    } else {
        html! {}
    }
}

fn targets_table(series: &Series, total: usize) -> Html {
    html! {
        <>
            <h3>{ "目标与结果之链" }</h3>
            { more_rows(series.targets.len(), total) }
            <div class="table-block"><table data-testid="series-targets">
                <thead><tr><th>{ "年份" }</th><th>{ "指标" }</th><th>{ "目标" }</th><th>{ "结果" }</th><th>{ "状态" }</th></tr></thead>
                <tbody>
                    { for series.targets.iter().map(|t| html! {
                        <tr class={format!("status-{}", t.status.name())}>
                            <td>{ t.year.map(|y| y.to_string()).unwrap_or_default() }</td>
                            <td>{ &t.subject }</td><td>{ target_text(&t.target) }</td>
                            <td>{ t.result.as_ref().map(|r| r.text.clone()).unwrap_or_default() }</td>
                            <td>{ t.status.label() }</td>
                        </tr>
                    }) }
                </tbody>
            </table></div>
        </>
    }
}

/// The indicators sent, those most reports give first.
fn indicators_table(series: &Series, total: usize) -> Html {
    html! {
        <>
            <h3>{ "指标历年值" }</h3>
            { more_rows(series.indicators.len(), total) }
            <div class="wide-table">
                <table data-testid="series-indicators">
                    <thead><tr>
                        <th>{ "指标" }</th>
                        { for (0..series.reports.len()).map(|r| html! { <th>{ series.report_label(r) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for series.indicators.iter().map(|i| html! {
                            <tr>
                                <td>{ &i.subject }</td>
                                { for i.values.iter().map(|v| html! { <td>{ v.as_ref().map(|v| v.text.clone()).unwrap_or_default() }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}
