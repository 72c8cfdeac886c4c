//! Warnings about the text itself: numbering, repeats, broken lines.

use report_lens_analysis::{Warning, WarningKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WarningsPanelProps {
    pub warnings: Vec<Warning>,
}

fn label(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::Numbering => "编号",
        WarningKind::DuplicateHeading => "重复标题",
        WarningKind::DuplicatePassage => "重复段落",
        WarningKind::LineBreak => "断行",
        WarningKind::PageMarker => "分版标记",
        WarningKind::Caption => "图片说明",
        WarningKind::Residue => "网页残留",
        WarningKind::Truncated => "文本不完整",
    }
}

#[function_component]
pub fn WarningsPanel(props: &WarningsPanelProps) -> Html {
    if props.warnings.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel warnings" data-testid="warnings" aria-label="文本提示">
            <h2>{ "文本提示" }<span class="count">{ props.warnings.len() }</span></h2>
            <ul>
                { for props.warnings.iter().map(|w| html! {
                    <li><span class="tag">{ label(w.kind) }</span>{ &w.message }</li>
                }) }
            </ul>
        </section>
    }
}
