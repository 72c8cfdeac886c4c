//! A chart the analysis crate drew as SVG, shown as an image (a data URL:
//! the report's words in it are never markup in the page) with its SVG and
//! PNG downloads.

use yew::prelude::*;

use crate::shelf_export::{save_chart, svg_size, Chart};
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: Chart,
    /// What the chart shows, for screen readers.
    pub alt: AttrValue,
    pub testid: &'static str,
    pub dispatcher: UseReducerDispatcher<State>,
}

#[function_component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let save = |png: bool| {
        let (chart, dispatcher) = (props.chart.clone(), props.dispatcher.clone());
        Callback::from(move |_: MouseEvent| save_chart(&chart, png, &dispatcher))
    };
    let src = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&props.chart.svg))
    );
    // The box is reserved before the image is parsed.
    let (width, height) = svg_size(&props.chart.svg);
    html! {
        <figure class="chart" data-testid={props.testid}>
            // Each chart parsed on its own, when it comes near the screen.
            <img {src} alt={props.alt.clone()} width={format!("{width:.0}")} height={format!("{height:.0}")}
                loading="lazy" decoding="async" />
            <figcaption class="actions">
                <button onclick={save(false)} aria-label={format!("下载{}（SVG）", props.alt)}>{ "SVG" }</button>
                <button onclick={save(true)} aria-label={format!("下载{}（PNG）", props.alt)}>{ "PNG" }</button>
            </figcaption>
        </figure>
    }
}
