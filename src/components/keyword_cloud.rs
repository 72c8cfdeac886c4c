//! The keyword cloud: an SVG of the layout the worker computed.

use yew::prelude::*;

use crate::state::SharedAnalysis;

/// CJK fonts first, so the rendered boxes match the layout's estimate.
pub const FONT_STACK: &str =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif";

#[derive(Properties, PartialEq)]
pub struct KeywordCloudProps {
    pub analysis: SharedAnalysis,
}

#[function_component]
pub fn KeywordCloud(props: &KeywordCloudProps) -> Html {
    let cloud = &props.analysis.cloud;
    let view_box = format!("0 0 {} {}", cloud.width, cloud.height);
    html! {
        <section class="panel cloud-panel" aria-label="关键词云">
            <h2>{ "关键词云" }</h2>
            <svg data-testid="cloud" class="cloud" viewBox={view_box} role="img" aria-label="关键词云" font-family={FONT_STACK}>
                { for cloud.words.iter().map(|w| html! {
                    <text
                        x={format!("{:.1}", w.x)}
                        y={format!("{:.1}", w.y)}
                        font-size={format!("{:.1}", w.font_size)}
                        text-anchor="middle"
                        dominant-baseline="central"
                        class={format!("c{}", w.color)}
                    >
                        <title>{ format!("{}（权重 {:.4}）", w.word, w.weight) }</title>
                        { &w.word }
                    </text>
                }) }
            </svg>
        </section>
    }
}
