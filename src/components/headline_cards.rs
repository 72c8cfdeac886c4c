//! 数说: the report's headline figures as cards, and its formulations (提法)
//! with their counts; a click shows the place in the text.

use report_lens_analysis::Direction;
use yew::prelude::*;

use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct HeadlineCardsProps {
    pub analysis: SharedAnalysis,
    pub on_focus: Callback<(usize, usize)>,
}

#[function_component]
pub fn HeadlineCards(props: &HeadlineCardsProps) -> Html {
    let report = &props.analysis.report;
    if report.headlines.is_empty() && report.formulations.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel headlines-panel" aria-label="数说">
            if !report.headlines.is_empty() {
                <h2>{ "数说" }</h2>
                <div class="cards" data-testid="headlines">
                    { for report.headlines.iter().filter_map(|&i| report.metrics.get(i)).map(|m| {
                        let range = (m.sentence_start, m.sentence_end);
                        let onclick = props.on_focus.reform(move |_: MouseEvent| range);
                        let change = m.change.as_ref().map(|c| {
                            let word = if c.direction == Direction::Up { "增长" } else { "下降" };
                            format!("{}{word}", c.basis.as_deref().unwrap_or(""))
                        });
                        html! {
                            <button class="card" data-testid="headline" {onclick} title={m.sentence.clone()}>
                                <span class="card-subject">{ m.subject.clone().unwrap_or_default() }</span>
                                <span class="card-figure">{ change.map(|c| html! { <small>{ c }</small> }) }{ &m.text }</span>
                            </button>
                        }
                    }) }
                </div>
            }
            if !report.formulations.is_empty() {
                <h2>{ "提法" }<span class="count">{ report.formulations.len() }</span></h2>
                <ul class="formulations" data-testid="formulations">
                    { for report.formulations.iter().map(|f| {
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
