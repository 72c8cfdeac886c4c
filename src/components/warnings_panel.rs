//! Warnings about the text itself; a click shows the place in the text.

use report_lens_analysis::WarningKind;
use yew::prelude::*;

use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct WarningsPanelProps {
    pub analysis: SharedAnalysis,
    /// Called with the character range of a clicked warning.
    pub on_focus: Callback<(usize, usize)>,
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
        WarningKind::Footnote => "注释标记",
    }
}

#[function_component]
pub fn WarningsPanel(props: &WarningsPanelProps) -> Html {
    let warnings = &props.analysis.report.warnings;
    html! {
        <section class="panel warnings" data-testid="warnings" aria-label="文本提示">
            <h2>{ "文本提示" }<span class="count">{ warnings.len() }</span></h2>
            if warnings.is_empty() {
                <p class="muted">{ "没有发现需要留意的地方（编号跳号、重复的标题或段落、断行、分版标记、图片说明、文本不完整）。" }</p>
            }
            <ul>
                { for warnings.iter().map(|w| {
                    let range = w.start.zip(w.end);
                    let onclick = range.map(|r| props.on_focus.reform(move |_: MouseEvent| r));
                    html! {
                        <li>
                            <button class="warning" data-testid="warning" data-kind={format!("{:?}", w.kind)} {onclick} disabled={range.is_none()}>
                                <span class="tag">{ label(w.kind) }</span>{ &w.message }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
