//! 数说: the report's headline figures as cards; a click shows the figure's
//! sentence in the text.

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
    if report.headlines.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel headlines-panel" aria-label="数说">
            <h2>{ "数说" }<span class="count">{ report.headlines.len() }</span></h2>
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
        </section>
    }
}
