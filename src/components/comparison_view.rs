//! 对比: two reports of the library side by side, A the earlier and B the
//! later — keyness (a diverging bar chart and a table, with the cut-offs the
//! reader sets), 新提法 and those no longer used (a click shows the
//! sentences), the top sections aligned, the same indicator in both, and
//! A's targets against B's results; with the exports of each.

use report_lens_analysis::{keyness_svg, number, Comparison, KeyWord, KeynessOptions};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::chart_figure::ChartFigure;
use crate::library::LibraryEntry;
use crate::shelf_export::{comparison_table_names, save_comparison, Chart, ComparisonFile};
use crate::state::{Action, Compared, Sentences, Shared, ShelfAction, Side, State};

/// Key words listed on each side of the table.
const TABLE_WORDS: usize = 20;

#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    pub entries: Shared<Vec<LibraryEntry>>,
    /// The two reports chosen (A, B), if the library holds two.
    pub pair: Option<(u32, u32)>,
    pub keyness: KeynessOptions,
    /// The comparison last made (it may be of another pair, until the new one comes).
    pub compared: Option<Shared<Compared>>,
    /// The phrase clicked and its sentences in each report.
    pub phrase: Option<(String, Vec<Sentences>)>,
    pub dispatcher: UseReducerDispatcher<State>,
    /// A phrase clicked: its sentences are asked for.
    pub on_phrase: Callback<String>,
    /// What the library could not do (a comparison refused).
    pub problem: Option<String>,
}

/// The name a report is listed by.
fn entry_label(entry: &LibraryEntry) -> String {
    match entry.year {
        Some(year) => format!("{year} · {}", entry.name),
        None => entry.name.clone(),
    }
}

#[function_component]
pub fn ComparisonView(props: &ComparisonViewProps) -> Html {
    let Some((a, b)) = props.pair else {
        return html! {
            <section class="panel compare-panel" data-testid="compare" aria-label="对比">
                <h2>{ "对比" }</h2>
                <p class="empty">{ "文库中至少要有两篇报告才能对比：打开或拖入两个年份的报告。" }</p>
            </section>
        };
    };
    let pick = |side: Side| {
        props.dispatcher.to_callback().reform(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            Action::Shelf(ShelfAction::Pick(side, select.value().parse().unwrap_or(0)))
        })
    };
    let select = |side: Side, chosen: u32, testid: &'static str| {
        html! {
            <select data-testid={testid} onchange={pick(side)} aria-label={if side == Side::A { "报告 A（较早）" } else { "报告 B（较晚）" }}>
                { for props.entries.iter().map(|e| html! {
                    <option value={e.id.to_string()} selected={e.id == chosen}>{ entry_label(e) }</option>
                }) }
            </select>
        }
    };
    let shown = props.compared.as_ref().filter(|c| c.a == a && c.b == b);
    html! {
        <section class="panel compare-panel" data-testid="compare" aria-label="对比">
            <h2>{ "对比" }</h2>
            <div class="compare-choice">
                <label>{ "A（较早）" }{ select(Side::A, a, "compare-a") }</label>
                <label>{ "B（较晚）" }{ select(Side::B, b, "compare-b") }</label>
                <Cutoffs keyness={props.keyness} dispatcher={props.dispatcher.clone()} />
            </div>
            if let Some(problem) = &props.problem {
                <p class="notice" role="alert">{ problem }</p>
            }
            if let Some(compared) = shown {
                <ComparisonBody compared={compared.clone()} phrase={props.phrase.clone()}
                    entries={props.entries.clone()} dispatcher={props.dispatcher.clone()} on_phrase={props.on_phrase.clone()} />
            } else {
                <p class="status">{ "正在对比…" }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CutoffsProps {
    keyness: KeynessOptions,
    dispatcher: UseReducerDispatcher<State>,
}

/// The keyness cut-offs: least G² and least |log ratio|.
#[function_component]
fn Cutoffs(props: &CutoffsProps) -> Html {
    let options = props.keyness;
    let set = |field: fn(&mut KeynessOptions, f64)| {
        props.dispatcher.to_callback().reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = options;
            if let Ok(value) = input.value().parse::<f64>() {
                field(&mut next, value.max(0.0));
            }
            Action::Shelf(ShelfAction::Keyness(next))
        })
    };
    html! {
        <>
            <label title="对数似然 G²：6.63 即 p < 0.01">{ "G² ≥" }
                <input type="number" step="0.01" min="0" data-testid="min-g2" value={options.min_g2.to_string()}
                    onchange={set(|o, v| o.min_g2 = v)} />
            </label>
            <label title="Log Ratio：1 即相对频率相差一倍">{ "|对数比| ≥" }
                <input type="number" step="0.1" min="0" data-testid="min-log-ratio" value={options.min_log_ratio.to_string()}
                    onchange={set(|o, v| o.min_log_ratio = v)} />
            </label>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ComparisonBodyProps {
    compared: Shared<Compared>,
    phrase: Option<(String, Vec<Sentences>)>,
    entries: Shared<Vec<LibraryEntry>>,
    dispatcher: UseReducerDispatcher<State>,
    on_phrase: Callback<String>,
}

#[function_component]
fn ComparisonBody(props: &ComparisonBodyProps) -> Html {
    let comparison = &props.compared.comparison;
    // Drawn once per comparison, not on every render.
    let (chart, tables) = (*use_memo(props.compared.clone(), |compared| {
        let chart = Chart {
            svg: AttrValue::from(keyness_svg(&compared.comparison)),
            name: "report-lens-keyness",
        };
        (chart, comparison_table_names(&compared.comparison))
    }))
    .clone();
    let save = |file: ComparisonFile| {
        let (compared, dispatcher) = (props.compared.clone(), props.dispatcher.clone());
        Callback::from(move |_: MouseEvent| {
            save_comparison(&compared.comparison, file, &dispatcher)
        })
    };
    let side = |s: &report_lens_analysis::Side| {
        let title = s.title.clone().unwrap_or_else(|| "（无标题）".to_owned());
        let year = s.year.map(|y| format!("{y}年 · ")).unwrap_or_default();
        format!("{year}{title}，{} 字", s.characters)
    };
    html! {
        <div class="comparison" data-testid="comparison" data-compare-ms={format!("{:.1}", props.compared.compare_ms)}>
            <p class="doc-meta">{ format!("A：{}", side(&comparison.a)) }<br />{ format!("B：{}", side(&comparison.b)) }</p>
            <div class="actions">
                <button onclick={save(ComparisonFile::Json)}>{ "导出 JSON" }</button>
                <button onclick={save(ComparisonFile::Page)}>{ "导出对比报告" }</button>
                { for tables.into_iter().map(|name| html! {
                    <button onclick={save(ComparisonFile::Table(name))}>{ format!("CSV：{name}") }</button>
                }) }
            </div>
            <h3>{ "关键词对比（对数似然 G² 与对数比）" }</h3>
            <ChartFigure chart={chart} alt="关键词对比条形图：左为 A 更多使用的词，右为 B 更多使用的词，长度为 G²" testid="keyness-chart" dispatcher={props.dispatcher.clone()} />
            { keyness_table(comparison, &props.on_phrase) }
            { phrase_lists(comparison, &props.on_phrase) }
            if let Some((phrase, found)) = &props.phrase {
                { phrase_sentences(phrase, found, &props.entries) }
            }
            { targets_table(comparison) }
            { indicators_table(comparison) }
            { sections_table(comparison) }
        </div>
    }
}

/// Per 10,000 characters, one decimal.
fn per10k(value: f64) -> String {
    format!("{value:.1}")
}

fn keyness_rows(words: Vec<&KeyWord>, on_phrase: &Callback<String>) -> Html {
    html! {
        { for words.into_iter().map(|k| {
            let word = k.word.clone();
            let onclick = on_phrase.reform(move |_: MouseEvent| word.clone());
            html! {
                <tr>
                    <td><button class="link" {onclick}>{ &k.word }</button></td>
                    <td class="num">{ k.count_a }</td><td class="num">{ per10k(k.per10k_a) }</td>
                    <td class="num">{ k.count_b }</td><td class="num">{ per10k(k.per10k_b) }</td>
                    <td class="num">{ format!("{:.1}", k.g2) }</td><td class="num">{ format!("{:.2}", k.log_ratio) }</td>
                </tr>
            }
        }) }
    }
}

fn keyness_table(comparison: &Comparison, on_phrase: &Callback<String>) -> Html {
    let side = |positive: bool| -> Vec<&KeyWord> {
        let words = comparison
            .keyness
            .iter()
            .filter(|k| (k.g2 > 0.0) == positive);
        words.take(TABLE_WORDS).collect()
    };
    let head = html! {
        <thead><tr>
            <th>{ "词" }</th><th class="num">{ "A 次数" }</th><th class="num">{ "A 每万字" }</th>
            <th class="num">{ "B 次数" }</th><th class="num">{ "B 每万字" }</th><th class="num">{ "G²" }</th><th class="num">{ "对数比" }</th>
        </tr></thead>
    };
    html! {
        <div class="keyness-tables">
            <table data-testid="keyness-b"><caption>{ "B 更多使用" }</caption>{ head.clone() }<tbody>{ keyness_rows(side(true), on_phrase) }</tbody></table>
            <table data-testid="keyness-a"><caption>{ "A 更多使用" }</caption>{ head }<tbody>{ keyness_rows(side(false), on_phrase) }</tbody></table>
        </div>
    }
}

fn phrase_lists(comparison: &Comparison, on_phrase: &Callback<String>) -> Html {
    let list = |title: &str,
                testid: &'static str,
                phrases: &[report_lens_analysis::PhraseCount]| {
        html! {
            <div class="phrase-list">
                <h3>{ format!("{title}（{}）", phrases.len()) }</h3>
                <ul data-testid={testid}>
                    { for phrases.iter().map(|p| {
                        let text = p.text.clone();
                        let onclick = on_phrase.reform(move |_: MouseEvent| text.clone());
                        html! { <li><button class="link" {onclick}>{ &p.text }</button>{ format!(" ×{}", p.count) }</li> }
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <div class="phrase-lists">
            { list("新提法（B 有 A 无）", "new-in-b", &comparison.new_in_b) }
            { list("不再提及（A 有 B 无）", "dropped-in-b", &comparison.dropped_in_b) }
        </div>
    }
}

fn phrase_sentences(phrase: &str, found: &[Sentences], entries: &[LibraryEntry]) -> Html {
    let name = |id: u32| {
        entries
            .iter()
            .find(|e| e.id == id)
            .map(entry_label)
            .unwrap_or_default()
    };
    html! {
        <div class="phrase-sentences" data-testid="phrase-sentences" aria-live="polite">
            <h3>{ format!("“{phrase}”所在的句子") }</h3>
            { for found.iter().map(|s| html! {
                <div>
                    <h4>{ name(s.report) }</h4>
                    if s.sentences.is_empty() {
                        <p class="empty">{ "（未使用）" }</p>
                    }
                    { for s.sentences.iter().map(|t| html! { <p class="sentence">{ t }</p> }) }
                </div>
            }) }
        </div>
    }
}

/// A target as written, with its qualifier (7.5%左右, 3%以内).
pub fn target_text(target: &report_lens_analysis::Target) -> String {
    match &target.qualifier {
        Some(q) if !target.text.contains(q.as_str()) => format!("{}{q}", target.text),
        _ => target.text.clone(),
    }
}

fn targets_table(comparison: &Comparison) -> Html {
    html! {
        <>
            <h3>{ "目标与结果（A 的预期目标，B 报告的完成情况）" }</h3>
            <p class="hint">{ "“以上/不低于”：结果不低于目标；“以内/以下/控制在”：不高于；区间：落在其中；“左右”：与目标相差不超过目标值的 5%。物价涨幅、失业率、赤字率按上限读。" }</p>
            <div class="table-block"><table data-testid="targets">
                <thead><tr><th>{ "指标" }</th><th>{ "年份" }</th><th>{ "目标" }</th><th>{ "结果" }</th><th>{ "状态" }</th></tr></thead>
                <tbody>
                    { for comparison.targets.iter().map(|t| html! {
                        <tr class={format!("status-{}", t.status.name())}>
                            <td>{ &t.subject }</td>
                            <td>{ t.year.map(|y| y.to_string()).unwrap_or_default() }</td>
                            <td>{ target_text(&t.target) }</td>
                            <td>{ t.result.as_ref().map(|r| r.text.clone()).unwrap_or_default() }</td>
                            <td>{ t.status.label() }</td>
                        </tr>
                    }) }
                    { for comparison.no_target_in_b.iter().map(|i| html! {
                        <tr class="status-no-target"><td>{ &i.subject }</td><td></td><td colspan="2">{ "B 未再提出该指标的目标" }</td><td>{ "未提目标" }</td></tr>
                    }) }
                </tbody>
            </table></div>
        </>
    }
}

fn indicators_table(comparison: &Comparison) -> Html {
    html! {
        <>
            <h3>{ format!("同一指标（{}）", comparison.indicators.len()) }</h3>
            <div class="table-block"><table data-testid="indicators">
                <thead><tr><th>{ "指标" }</th><th>{ "A" }</th><th>{ "B" }</th><th class="num">{ "变化" }</th></tr></thead>
                <tbody>
                    { for comparison.indicators.iter().map(|i| html! {
                        <tr>
                            <td>{ &i.subject }</td><td>{ &i.a.text }</td><td>{ &i.b.text }</td>
                            <td class="num">{ format!("{}{}", number((i.change * 100.0).round() / 100.0), i.unit) }</td>
                        </tr>
                    }) }
                </tbody>
            </table></div>
        </>
    }
}

fn sections_table(comparison: &Comparison) -> Html {
    let share = |s: Option<f64>| s.map(|s| format!("{:.0}%", s * 100.0)).unwrap_or_default();
    html! {
        <>
            <h3>{ "提纲对照（一级标题按相似度对齐，占全文比例）" }</h3>
            <div class="table-block"><table data-testid="sections">
                <thead><tr><th>{ "A" }</th><th class="num">{ "占比" }</th><th>{ "B" }</th><th class="num">{ "占比" }</th><th class="num">{ "相似度" }</th></tr></thead>
                <tbody>
                    { for comparison.sections.iter().map(|s| html! {
                        <tr>
                            <td>{ s.heading_a.clone().unwrap_or_default() }</td><td class="num">{ share(s.share_a) }</td>
                            <td>{ s.heading_b.clone().unwrap_or_default() }</td><td class="num">{ share(s.share_b) }</td>
                            <td class="num">{ format!("{:.2}", s.similarity) }</td>
                        </tr>
                    }) }
                </tbody>
            </table></div>
        </>
    }
}
