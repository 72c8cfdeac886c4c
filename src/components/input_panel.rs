//! Where a report comes in: the textarea, the file picker and the buttons.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    pub draft: AttrValue,
    pub busy: bool,
    pub can_download: bool,
    pub on_edit: Callback<String>,
    pub on_analyze: Callback<()>,
    pub on_sample: Callback<()>,
    pub on_file: Callback<web_sys::File>,
    pub on_download: Callback<()>,
}

#[function_component]
pub fn InputPanel(props: &InputPanelProps) -> Html {
    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(area.value());
        })
    };
    let on_change = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            input.set_value("");
        })
    };
    let on_analyze = props.on_analyze.reform(|_: MouseEvent| ());
    let on_sample = props.on_sample.reform(|_: MouseEvent| ());
    let on_download = props.on_download.reform(|_: MouseEvent| ());
    html! {
        <section class="input-panel" aria-label="输入">
            <textarea
                data-testid="input"
                placeholder="在此粘贴报告全文，或选择文件……"
                value={props.draft.clone()}
                oninput={on_input}
                spellcheck="false"
            />
            <div class="actions">
                <button data-testid="analyze" class="primary" onclick={on_analyze} disabled={props.busy}>
                    { if props.busy { "分析中…" } else { "分析" } }
                </button>
                <button data-testid="sample" onclick={on_sample} disabled={props.busy}>{ "载入示例" }</button>
                <label class="file-button">
                    { "选择文件" }
                    <input data-testid="file" type="file" accept=".txt,.md,.text,.markdown,text/plain,text/markdown" onchange={on_change} />
                </label>
                <button data-testid="download-json" onclick={on_download} disabled={!props.can_download}>
                    { "下载 JSON" }
                </button>
            </div>
        </section>
    }
}
