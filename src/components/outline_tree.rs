//! The section outline as a collapsible tree. Each entry shows its size
//! (characters and share of the report), its number of figures and its top
//! keywords; a click selects the section. A long outline (a paste of many
//! reports) starts folded to its top level.

use std::collections::HashSet;

use report_lens_analysis::{Metric, Section};
use yew::prelude::*;

use crate::components::analysis_state::use_analysis_state;
use crate::state::SharedAnalysis;

/// An outline with more sections than this starts folded: drawing a
/// thousand entries at once held the page for over 100 ms.
const FOLDED_ABOVE: usize = 200;

#[derive(Properties, PartialEq)]
pub struct OutlineTreeProps {
    pub analysis: SharedAnalysis,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
}

/// Indices of the sections directly under `parent` (None: the top).
fn children(sections: &[Section], parent: Option<usize>) -> Vec<usize> {
    let (from, level, until) = match parent {
        Some(p) => (p + 1, sections[p].level, sections[p].end),
        None => (0, 0, usize::MAX),
    };
    let mut out = Vec::new();
    let mut depth = usize::MAX;
    for (i, s) in sections.iter().enumerate().skip(from) {
        if s.level <= level || s.start >= until {
            break;
        }
        depth = depth.min(s.level);
        if s.level == depth {
            out.push(i);
        }
    }
    out
}

/// Figures whose start lies inside the section (its subsections included).
fn figures_in(metrics: &[Metric], section: &Section) -> usize {
    metrics.iter().filter(|m| section.contains(m.start)).count()
}

/// The sections folded when a report is first shown: none, or for a long
/// outline every section that has subsections.
fn folded_at_first(sections: &[Section]) -> HashSet<usize> {
    if sections.len() <= FOLDED_ABOVE {
        return HashSet::new();
    }
    (0..sections.len())
        .filter(|&i| !children(sections, Some(i)).is_empty())
        .collect()
}

#[function_component]
pub fn OutlineTree(props: &OutlineTreeProps) -> Html {
    let (folded, set_folded) =
        use_analysis_state(&props.analysis, |a| folded_at_first(&a.report.outline));
    let toggle = {
        let folded = folded.clone();
        Callback::from(move |i: usize| {
            let mut next = (*folded).clone();
            if !next.remove(&i) {
                next.insert(i);
            }
            set_folded.emit(next);
        })
    };

    let sections = &props.analysis.report.outline;
    html! {
        <nav class="panel outline" data-testid="outline" aria-label="提纲">
            <h2>{ "提纲" }<span class="count" data-testid="outline-count">{ sections.len() }</span></h2>
            if sections.is_empty() {
                <p class="empty">{ "没有识别出章节标题" }</p>
            } else {
                { tree(props, &folded, &toggle, None) }
            }
        </nav>
    }
}

fn tree(
    props: &OutlineTreeProps,
    folded: &HashSet<usize>,
    toggle: &Callback<usize>,
    parent: Option<usize>,
) -> Html {
    let report = &props.analysis.report;
    let items = children(&report.outline, parent);
    if items.is_empty() {
        return html! {};
    }
    html! {
        <ol>
            { for items.into_iter().map(|i| {
                let section = &report.outline[i];
                let has_children = !children(&report.outline, Some(i)).is_empty();
                let is_collapsed = folded.contains(&i);
                let on_toggle = toggle.reform(move |_: MouseEvent| i);
                let on_click = props.on_select.reform(move |_: MouseEvent| i);
                let chars = section.end - section.start;
                let share = chars as f64 * 100.0 / report.stats.characters.max(1) as f64;
                let figures = figures_in(&report.metrics, section);
                let class = classes!("outline-item", (props.selected == Some(i)).then_some("selected"));
                let details = format!(
                    "{chars} 字 · {share:.1}%{}{}",
                    if figures > 0 { format!(" · {figures} 个数据") } else { String::new() },
                    if section.keywords.is_empty() { String::new() } else { format!(" · {}", section.keywords.join("、")) },
                );
                html! {
                    <li key={i}>
                        <div class="outline-row">
                            if has_children {
                                <button class="toggle" data-testid="outline-toggle" onclick={on_toggle}
                                    aria-expanded={(!is_collapsed).to_string()}
                                    aria-label={if is_collapsed { "展开" } else { "收起" }}>
                                    { if is_collapsed { "▸" } else { "▾" } }
                                </button>
                            } else {
                                <span class="toggle-space"></span>
                            }
                            <button data-testid="outline-item" data-level={section.level.to_string()} class={class} onclick={on_click} title={section.heading.clone()}>
                                <span class="heading">{ &section.heading }</span>
                                <span class="details">{ details }</span>
                            </button>
                        </div>
                        if !is_collapsed {
                            { tree(props, folded, toggle, Some(i)) }
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(level: usize, start: usize, end: usize) -> Section {
        Section {
            level,
            heading: String::new(),
            start,
            end,
            keywords: Vec::new(),
        }
    }

    #[test]
    fn children_follow_levels() {
        let sections = vec![
            section(1, 0, 50),
            section(2, 10, 30),
            section(3, 20, 30),
            section(2, 30, 50),
            section(1, 50, 60),
        ];
        assert_eq!(children(&sections, None), vec![0, 4]);
        assert_eq!(children(&sections, Some(0)), vec![1, 3]);
        assert_eq!(children(&sections, Some(1)), vec![2]);
    }
}
