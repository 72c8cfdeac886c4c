//! 文库: the reports kept in this browser — name (edited in place), title,
//! year, region and size — with 删除, the export of the whole library as one
//! file and its import, several files opened at once, and a progress bar
//! while they are read.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::library::LibraryEntry;
use crate::protocol::LibraryRequest;
use crate::state::{Batch, Shared};

#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    pub entries: Shared<Vec<LibraryEntry>>,
    pub batch: Option<Batch>,
    /// What the library could not do.
    pub problem: Option<String>,
    pub on_request: Callback<LibraryRequest>,
    /// Files to keep (each read and analyzed).
    pub on_files: Callback<Vec<web_sys::File>>,
    /// A library file to import.
    pub on_import: Callback<web_sys::File>,
}

/// The files of an `<input type=file>` that changed, the input emptied.
fn chosen(e: &Event) -> Vec<web_sys::File> {
    let input: HtmlInputElement = e.target_unchecked_into();
    let files = input
        .files()
        .map(|list| crate::files::list(&list))
        .unwrap_or_default();
    input.set_value("");
    files
}

#[function_component]
pub fn LibraryPanel(props: &LibraryPanelProps) -> Html {
    let on_add = props.on_files.reform(|e: Event| chosen(&e));
    let on_import = {
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = chosen(&e).into_iter().next() {
                on_import.emit(file);
            }
        })
    };
    let on_export = props
        .on_request
        .reform(|_: MouseEvent| LibraryRequest::Export);
    html! {
        <section class="panel library-panel" data-testid="library" aria-label="文库">
            <h2>{ "文库" }</h2>
            <p class="hint">{ "打开过的报告都保存在本机浏览器（IndexedDB）中，刷新后仍在；可选两篇对比，或按年份看历年变化。" }</p>
            <div class="actions">
                <label class="file-button">
                    { "加入文件（可多选）" }
                    <input data-testid="library-files" type="file" multiple=true onchange={on_add} />
                </label>
                <button data-testid="library-export" onclick={on_export} disabled={props.entries.is_empty()}>{ "导出文库" }</button>
                <label class="file-button">
                    { "导入文库" }
                    <input data-testid="library-import" type="file" accept=".json,application/json" onchange={on_import} />
                </label>
            </div>
            if let Some(batch) = &props.batch {
                <BatchProgress batch={batch.clone()} />
            }
            if let Some(problem) = &props.problem {
                <p class="notice" role="alert" data-testid="library-problem">{ problem }</p>
            }
            if props.entries.is_empty() {
                <p class="empty">{ "文库还是空的：打开、粘贴或拖入报告即会加入。" }</p>
            } else {
                <EntryTable entries={props.entries.clone()} on_request={props.on_request.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct BatchProgressProps {
    batch: Batch,
}

#[function_component]
fn BatchProgress(props: &BatchProgressProps) -> Html {
    let batch = &props.batch;
    let label = if batch.finished() {
        format!("已处理 {} 个文件", batch.total)
    } else {
        format!("正在读取并分析 {}/{} 个文件…", batch.done, batch.total)
    };
    html! {
        <div class="batch" data-testid="batch" data-done={batch.finished().to_string()}>
            <progress max={batch.total.to_string()} value={batch.done.to_string()} aria-label={label.clone()} />
            <span>{ label }</span>
            { for batch.failed.iter().map(|f| html! { <p class="notice">{ f }</p> }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EntryTableProps {
    entries: Shared<Vec<LibraryEntry>>,
    on_request: Callback<LibraryRequest>,
}

#[function_component]
fn EntryTable(props: &EntryTableProps) -> Html {
    html! {
        <table class="library-table" data-testid="library-table">
            <thead><tr>
                <th>{ "名称" }</th><th>{ "标题" }</th><th>{ "年份" }</th><th>{ "地区" }</th>
                <th class="num">{ "字数" }</th><th>{ "操作" }</th>
            </tr></thead>
            <tbody>
                { for props.entries.iter().map(|entry| {
                    let id = entry.id;
                    let on_rename = {
                        let (on_request, name) = (props.on_request.clone(), entry.name.clone());
                        Callback::from(move |e: Event| {
                            let input: HtmlInputElement = e.target_unchecked_into();
                            // A blank name is no name: the one it had comes back.
                            if input.value().trim().is_empty() {
                                input.set_value(&name);
                            } else {
                                on_request.emit(LibraryRequest::Rename { id, name: input.value() });
                            }
                        })
                    };
                    let on_remove = props.on_request.reform(move |_: MouseEvent| LibraryRequest::Remove { id });
                    let region = match (&entry.region, &entry.level) {
                        (Some(r), Some(l)) => format!("{r}（{l}）"),
                        _ => String::new(),
                    };
                    html! {
                        <tr key={id} data-testid="library-entry">
                            <td><input class="entry-name" aria-label="名称（可修改）" value={entry.name.clone()} onchange={on_rename} /></td>
                            <td>{ entry.title.clone().unwrap_or_default() }</td>
                            <td>{ entry.year.map(|y| y.to_string()).unwrap_or_default() }</td>
                            <td>{ region }</td>
                            <td class="num">{ entry.characters }</td>
                            <td><button class="remove" aria-label={format!("删除 {}", entry.name)} onclick={on_remove}>{ "删除" }</button></td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
