//! The size figures of the report.

use yew::prelude::*;

use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct StatsPanelProps {
    pub analysis: SharedAnalysis,
}

#[function_component]
pub fn StatsPanel(props: &StatsPanelProps) -> Html {
    let items = props.analysis.report.stats.labelled();
    html! {
        <dl class="stats" data-testid="stats">
            { for items.iter().map(|(label, value)| html! {
                <div><dt>{ *label }</dt><dd>{ value }</dd></div>
            }) }
            <div class="aside"><dt>{ "格式" }</dt><dd data-testid="format">{ props.analysis.format.label() }</dd></div>
            <div class="aside"><dt>{ "编码" }</dt><dd data-testid="encoding-detected">{ props.analysis.encoding.name() }</dd></div>
            <div class="aside"><dt>{ "用时" }</dt><dd>{ format!("{:.0} ms", props.analysis.analysis_ms) }</dd></div>
        </dl>
    }
}
