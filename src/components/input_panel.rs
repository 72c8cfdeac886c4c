//! Where a report comes in: the textarea (typed, pasted or rich text), the
//! file picker with its encoding choice, and the buttons.

use report_lens_analysis::Encoding;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::export::Export;

/// What the file picker offers; drag and drop takes the same.
const ACCEPT: &str = ".txt,.md,.markdown,.text,.docx,.html,.htm,.csv,text/plain,text/markdown,text/html,text/csv,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Encodings a reader can force when the guess is wrong: (label, shown);
/// "" is the guess, every other label an encoding's (a test checks).
const ENCODINGS: &[(&str, &str)] = &[
    ("", "自动识别"),
    ("utf-8", "UTF-8"),
    ("gb18030", "GBK / GB18030"),
    ("big5", "Big5（繁体）"),
    ("utf-16le", "UTF-16 LE"),
    ("utf-16be", "UTF-16 BE"),
];

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    /// A report is on screen: the panel is one line (the textarea one line
    /// high, taller while it has the focus) beside its buttons.
    pub collapsed: bool,
    pub draft: AttrValue,
    pub busy: bool,
    pub can_download: bool,
    pub can_undo_clear: bool,
    /// The chosen encoding, None for the guess.
    pub encoding: Option<Encoding>,
    pub on_edit: Callback<String>,
    pub on_analyze: Callback<()>,
    pub on_sample: Callback<()>,
    /// The files chosen: one is opened and shown, several are kept in 文库.
    pub on_files: Callback<Vec<web_sys::File>>,
    /// 下载 JSON and 导出报告 (the standalone HTML page).
    pub on_export: Callback<Export>,
    pub on_clear: Callback<()>,
    pub on_undo_clear: Callback<()>,
    pub on_encoding: Callback<Option<Encoding>>,
    /// Rich text pasted over the whole textarea: its HTML and plain text.
    pub on_paste_html: Callback<(String, String)>,
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
    // Rich text pasted into an empty (or wholly selected) textarea is read
    // as HTML, so its headings and bold leads reach the outline; a paste
    // into the middle of the text stays plain.
    let on_paste = {
        let on_paste_html = props.on_paste_html.clone();
        Callback::from(move |e: Event| {
            let Some(event) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let length = area.value().encode_utf16().count() as u32;
            let replaces_all = area.selection_start().ok().flatten() == Some(0)
                && area.selection_end().ok().flatten() == Some(length);
            let Some(data) = event.clipboard_data() else {
                return;
            };
            let html = data.get_data("text/html").unwrap_or_default();
            if replaces_all && !html.trim().is_empty() {
                e.prevent_default();
                let plain = data.get_data("text/plain").unwrap_or_default();
                on_paste_html.emit((html, plain));
            }
        })
    };
    let on_change = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files = input.files().map(|list| crate::files::list(&list));
            if let Some(files) = files.filter(|f| !f.is_empty()) {
                on_files.emit(files);
            }
            input.set_value("");
        })
    };
    let on_encoding = {
        let on_encoding = props.on_encoding.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            // Every label offered is one an Encoding has; "" is the guess.
            on_encoding.emit(Encoding::for_label(&select.value()).ok());
        })
    };
    let on_analyze = props.on_analyze.reform(|_: MouseEvent| ());
    let on_sample = props.on_sample.reform(|_: MouseEvent| ());
    let on_download = props.on_export.reform(|_: MouseEvent| Export::Json);
    let on_export_report = props.on_export.reform(|_: MouseEvent| Export::ReportPage);
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let on_undo_clear = props.on_undo_clear.reform(|_: MouseEvent| ());
    html! {
        <section class={classes!("input-panel", props.collapsed.then_some("collapsed"))} aria-label="输入">
            <textarea
                data-testid="input"
                placeholder="在此粘贴报告全文，或把文件拖到页面任意位置（.txt .md .docx .html .csv）……"
                value={props.draft.clone()}
                oninput={on_input}
                onpaste={on_paste}
                spellcheck="false"
            />
            <div class="actions">
                <button data-testid="analyze" class="primary" onclick={on_analyze} disabled={props.busy}>
                    { if props.busy { "分析中…" } else { "分析" } }
                </button>
                <button data-testid="sample" onclick={on_sample} disabled={props.busy}>{ "载入示例" }</button>
                <label class="file-button">
                    { "选择文件（可多选）" }
                    <input data-testid="file" type="file" multiple=true accept={ACCEPT} onchange={on_change} />
                </label>
                <label class="encoding">
                    { "编码" }
                    <select data-testid="encoding" onchange={on_encoding}>
                        { for ENCODINGS.iter().map(|(label, shown)| html! {
                            <option value={*label} selected={props.encoding == Encoding::for_label(label).ok()}>{ *shown }</option>
                        }) }
                    </select>
                </label>
                <button data-testid="clear" onclick={on_clear} disabled={props.draft.is_empty()}>{ "清空" }</button>
                if props.can_undo_clear {
                    <button data-testid="undo-clear" onclick={on_undo_clear}>
                        { if props.draft.is_empty() { "撤销清空" } else { "换回之前的文本" } }
                    </button>
                }
                <button data-testid="export-report" onclick={on_export_report} disabled={!props.can_download}
                    title="一个独立的 HTML 文件：提纲、词云、数据表和提示，离线可读，不含脚本">
                    { "导出报告" }
                </button>
                <button data-testid="download-json" onclick={on_download} disabled={!props.can_download}>
                    { "下载 JSON" }
                </button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_offered_but_the_guess_is_a_label_and_each_is_another_encoding() {
        assert_eq!(ENCODINGS[0], ("", "自动识别"));
        let chosen: Vec<Encoding> = ENCODINGS[1..]
            .iter()
            .map(|(label, _)| Encoding::for_label(label).expect(label))
            .collect();
        for (i, encoding) in chosen.iter().enumerate() {
            assert!(!chosen[i + 1..].contains(encoding), "{encoding} twice");
        }
        assert!(Encoding::for_label("").is_err(), "the guess is no encoding");
    }
}
