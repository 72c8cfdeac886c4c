//! 提法: the report's fixed formulations (“四个意识”, 八项规定…) with how
//! often each is used; a click shows its first use in the text.

use yew::prelude::*;

use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct FormulationsPanelProps {
    pub analysis: SharedAnalysis,
    pub on_focus: Callback<(usize, usize)>,
}

#[function_component]
pub fn FormulationsPanel(props: &FormulationsPanelProps) -> Html {
    let formulations = &props.analysis.report.formulations;
    html! {
        <section class="panel formulations-panel" aria-label="提法">
            <h2>{ "提法" }<span class="count">{ formulations.len() }</span></h2>
            if formulations.is_empty() {
                <p class="muted">{ "这篇报告里没有找到固定提法。" }</p>
            } else {
                <ul class="formulations" data-testid="formulations">
                    { for formulations.iter().map(|f| {
                        let at = f.positions[0];
                        let range = (at, at + f.text.chars().count());
                        let onclick = props.on_focus.reform(move |_: MouseEvent| range);
                        html! {
                            <li><button data-testid="formulation" {onclick}>{ format!("“{}”", f.text) }<span class="count">{ format!("×{}", f.count) }</span></button></li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
