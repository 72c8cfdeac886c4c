//! The size figures of the report.

use yew::prelude::*;

use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct StatsPanelProps {
    pub analysis: SharedAnalysis,
}

#[function_component]
pub fn StatsPanel(props: &StatsPanelProps) -> Html {
    let s = &props.analysis.report.stats;
    let items = [
        ("字符", s.characters.to_string()),
        ("汉字", s.han_characters.to_string()),
        ("段落", s.paragraphs.to_string()),
        ("句子", s.sentences.to_string()),
        ("词数", s.words.to_string()),
        ("不同词", s.unique_words.to_string()),
        ("章节", s.sections.to_string()),
        ("数据", s.metrics.to_string()),
        ("阅读", format!("约 {} 分钟", s.reading_minutes)),
    ];
    html! {
        <dl class="stats" data-testid="stats">
            { for items.iter().map(|(label, value)| html! {
                <div><dt>{ *label }</dt><dd>{ value }</dd></div>
            }) }
            <div class="aside"><dt>{ "格式" }</dt><dd data-testid="format">{ props.analysis.format.clone() }</dd></div>
            <div class="aside"><dt>{ "编码" }</dt><dd data-testid="encoding-detected">{ props.analysis.encoding.clone() }</dd></div>
            <div class="aside"><dt>{ "用时" }</dt><dd>{ format!("{:.0} ms", props.analysis.analysis_ms) }</dd></div>
        </dl>
    }
}
