//! A keyword in context: every occurrence with the words around it, and a
//! bar per top section showing where it occurs; a click shows the place.

use yew::prelude::*;

use crate::state::SharedAnalysis;
use crate::theme::{cloud_class, cloud_fill, BAR_COLOR};

/// Characters of context on each side.
const CONTEXT: usize = 18;

#[derive(Properties, PartialEq)]
pub struct ConcordanceProps {
    pub analysis: SharedAnalysis,
    pub word: AttrValue,
    pub on_focus: Callback<(usize, usize)>,
}

#[function_component]
pub fn Concordance(props: &ConcordanceProps) -> Html {
    let report = &props.analysis.report;
    let Some(keyword) = report
        .keywords
        .iter()
        .find(|k| k.word == props.word.as_str())
    else {
        return html! {};
    };
    let chars: Vec<char> = props.analysis.text.chars().collect();
    let len = keyword.word.chars().count();
    let slice = |a: usize, b: usize| -> String {
        chars[a.min(chars.len())..b.min(chars.len())]
            .iter()
            .map(|&c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect()
    };
    let tops: Vec<usize> = (0..report.outline.len())
        .filter(|&i| report.outline[i].level == 1)
        .collect();
    let per_section: Vec<(usize, usize)> = tops
        .iter()
        .map(|&i| {
            let s = &report.outline[i];
            (
                i,
                keyword.positions.iter().filter(|&&p| s.contains(p)).count(),
            )
        })
        .collect();
    let most = per_section
        .iter()
        .map(|&(_, n)| n)
        .max()
        .unwrap_or(0)
        .max(1);
    html! {
        <section class="panel concordance" data-testid="concordance" aria-label="关键词上下文">
            <h2>{ format!("“{}”出现 {} 次", keyword.word, keyword.count) }</h2>
            if !per_section.is_empty() {
                <ul class="section-bars">
                    { for per_section.iter().map(|&(i, n)| html! {
                        <li data-testid="section-bar" title={report.outline[i].heading.clone()}>
                            <span class="bar-label">{ &report.outline[i].heading }</span>
                            // An SVG bar: no inline style, which the page's CSP forbids.
                            <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                                <rect width={(n * 100 / most).max(1).to_string()} height="1"
                                    fill={cloud_fill(BAR_COLOR)} class={cloud_class(BAR_COLOR)} />
                            </svg>
                            <span class="bar-count">{ n }</span>
                        </li>
                    }) }
                </ul>
            }
            <ol class="lines">
                { for keyword.positions.iter().map(|&p| {
                    let onclick = props.on_focus.reform(move |_: MouseEvent| (p, p + len));
                    html! {
                        <li><button data-testid="concordance-line" {onclick}>
                            <span class="left">{ slice(p.saturating_sub(CONTEXT), p) }</span>
                            <mark>{ slice(p, p + len) }</mark>
                            <span class="right">{ slice(p + len, p + len + CONTEXT) }</span>
                        </button></li>
                    }
                }) }
            </ol>
        </section>
    }
}
