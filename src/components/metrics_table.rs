//! The metrics table: every figure with its unit, qualifier, subject and sentence.

use yew::prelude::*;

use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct MetricsTableProps {
    pub analysis: SharedAnalysis,
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

#[function_component]
pub fn MetricsTable(props: &MetricsTableProps) -> Html {
    let report = &props.analysis.report;
    html! {
        <section class="panel metrics-panel" aria-label="数据">
            <h2>{ "数据" }<span class="count">{ report.metrics.len() }</span></h2>
            <div class="table-scroll">
                <table data-testid="metrics">
                    <thead>
                        <tr>
                            <th>{ "原文" }</th><th>{ "数值" }</th><th>{ "单位" }</th><th>{ "限定" }</th>
                            <th>{ "对象" }</th><th>{ "章节" }</th><th class="sentence">{ "句子" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for report.metrics.iter().map(|m| {
                            let section = m.section.and_then(|i| report.outline.get(i)).map(|s| s.heading.clone()).unwrap_or_default();
                            html! {
                                <tr data-testid="metric-row">
                                    <td class="figure">{ &m.text }</td>
                                    <td class="num">{ number(m.value) }</td>
                                    <td>{ &m.unit }</td>
                                    <td>{ m.qualifier.clone().unwrap_or_default() }</td>
                                    <td>{ m.subject.clone().unwrap_or_default() }</td>
                                    <td class="section" title={section.clone()}>{ section }</td>
                                    <td class="sentence">{ &m.sentence }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
