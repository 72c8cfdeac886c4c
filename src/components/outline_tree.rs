//! The section outline as a collapsible tree. Each entry shows its size
//! (characters and share of the report), its number of figures and its top
//! keywords; a click selects the section. A long outline (a paste of many
//! reports) starts folded to its top level. It is an ARIA tree: one entry
//! takes Tab, the arrow keys move between entries (↓ ↑ Home End), open and
//! close them (→ ←) and go to a parent (←).

use std::collections::HashSet;

use report_lens_analysis::{Metric, Section};
use wasm_bindgen::JsCast;
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

/// The sections shown, in order, with `folded` ones' subsections hidden.
fn visible(
    sections: &[Section],
    folded: &HashSet<usize>,
    parent: Option<usize>,
    out: &mut Vec<usize>,
) {
    for i in children(sections, parent) {
        out.push(i);
        if !folded.contains(&i) {
            visible(sections, folded, Some(i), out);
        }
    }
}

/// The section directly above `i`, if any: the nearest before it with a
/// lower level whose span holds it.
fn parent_of(sections: &[Section], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .find(|&p| sections[p].level < sections[i].level && sections[p].end > sections[i].start)
}

/// Where a key moves the focus from entry `i`, or which entry it opens or
/// closes: the tree's keyboard, as WAI-ARIA's tree pattern has it.
#[derive(Debug, PartialEq)]
enum TreeKey {
    Focus(usize),
    Toggle(usize),
}

fn tree_key(sections: &[Section], folded: &HashSet<usize>, i: usize, key: &str) -> Option<TreeKey> {
    let mut shown = Vec::new();
    visible(sections, folded, None, &mut shown);
    let at = shown.iter().position(|&s| s == i)?;
    let has_children = !children(sections, Some(i)).is_empty();
    match key {
        "ArrowDown" => shown.get(at + 1).copied().map(TreeKey::Focus),
        "ArrowUp" => at.checked_sub(1).map(|k| TreeKey::Focus(shown[k])),
        "Home" => shown.first().copied().map(TreeKey::Focus),
        "End" => shown.last().copied().map(TreeKey::Focus),
        "ArrowRight" if has_children && folded.contains(&i) => Some(TreeKey::Toggle(i)),
        "ArrowRight" if has_children => shown.get(at + 1).copied().map(TreeKey::Focus),
        "ArrowLeft" if has_children && !folded.contains(&i) => Some(TreeKey::Toggle(i)),
        "ArrowLeft" => parent_of(sections, i).map(TreeKey::Focus),
        _ => None,
    }
}

/// The element id of entry `i`'s button.
fn item_id(i: usize) -> String {
    format!("outline-item-{i}")
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
    // The entry Tab reaches: the selected one if shown, else the first.
    let mut shown = Vec::new();
    visible(sections, &folded, None, &mut shown);
    let tab_stop = props
        .selected
        .filter(|i| shown.contains(i))
        .or(shown.first().copied());
    let on_key = {
        let (analysis, folded, toggle) = (props.analysis.clone(), folded.clone(), toggle.clone());
        Callback::from(move |(i, e): (usize, KeyboardEvent)| {
            match tree_key(&analysis.report.outline, &folded, i, &e.key()) {
                Some(TreeKey::Focus(to)) => {
                    let target = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&item_id(to)))
                        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(target) = target {
                        let _ = target.focus();
                    }
                }
                Some(TreeKey::Toggle(to)) => toggle.emit(to),
                None => return,
            }
            e.prevent_default();
        })
    };
    let keys = TreeKeys { on_key, tab_stop };
    html! {
        <nav class="panel outline" data-testid="outline" aria-label="提纲">
            <h2>{ "提纲" }<span class="count" data-testid="outline-count">{ sections.len() }</span></h2>
            if sections.is_empty() {
                <p class="empty">{ "没有识别出章节标题" }</p>
            } else {
                { tree(props, &folded, &toggle, &keys, None) }
            }
        </nav>
    }
}

/// The keyboard of the tree: what a key on entry `i` does, and the entry
/// that Tab reaches.
struct TreeKeys {
    on_key: Callback<(usize, KeyboardEvent)>,
    tab_stop: Option<usize>,
}

fn tree(
    props: &OutlineTreeProps,
    folded: &HashSet<usize>,
    toggle: &Callback<usize>,
    keys: &TreeKeys,
    parent: Option<usize>,
) -> Html {
    let report = &props.analysis.report;
    let items = children(&report.outline, parent);
    if items.is_empty() {
        return html! {};
    }
    let role = if parent.is_none() { "tree" } else { "group" };
    html! {
        <ol {role} aria-label={parent.is_none().then_some("提纲")}>
            { for items.into_iter().map(|i| {
                let section = &report.outline[i];
                let has_children = !children(&report.outline, Some(i)).is_empty();
                let is_collapsed = folded.contains(&i);
                let on_toggle = toggle.reform(move |_: MouseEvent| i);
                let on_click = props.on_select.reform(move |_: MouseEvent| i);
                let on_keydown = keys.on_key.reform(move |e: KeyboardEvent| (i, e));
                let tabindex = if keys.tab_stop == Some(i) { "0" } else { "-1" };
                let selected = props.selected == Some(i);
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
                    <li key={i} role="treeitem" aria-level={section.level.to_string()}
                        aria-expanded={has_children.then(|| (!is_collapsed).to_string())}
                        aria-selected={selected.to_string()}>
                        <div class="outline-row">
                            if has_children {
                                <button class="toggle" data-testid="outline-toggle" onclick={on_toggle} tabindex="-1"
                                    aria-expanded={(!is_collapsed).to_string()}
                                    aria-label={if is_collapsed { "展开" } else { "收起" }}>
                                    { if is_collapsed { "▸" } else { "▾" } }
                                </button>
                            } else {
                                <span class="toggle-space"></span>
                            }
                            <button id={item_id(i)} data-testid="outline-item" data-level={section.level.to_string()} class={class} onclick={on_click} onkeydown={on_keydown} {tabindex} title={section.heading.clone()}>
                                <span class="heading">{ &section.heading }</span>
                                <span class="details">{ details }</span>
                            </button>
                        </div>
                        if !is_collapsed {
                            { tree(props, folded, toggle, keys, Some(i)) }
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

    /// 一 with 1 (holding a) and 2 under it, then 二.
    fn two_chapters() -> Vec<Section> {
        vec![
            section(1, 0, 50),
            section(2, 10, 30),
            section(3, 20, 30),
            section(2, 30, 50),
            section(1, 50, 60),
        ]
    }

    #[test]
    fn children_follow_levels() {
        let sections = two_chapters();
        assert_eq!(children(&sections, None), vec![0, 4]);
        assert_eq!(children(&sections, Some(0)), vec![1, 3]);
        assert_eq!(children(&sections, Some(1)), vec![2]);
    }

    #[test]
    fn arrow_keys_walk_the_shown_entries() {
        let sections = two_chapters();
        let open = HashSet::new();
        let key = |folded: &HashSet<usize>, i, k| tree_key(&sections, folded, i, k);
        assert_eq!(key(&open, 0, "ArrowDown"), Some(TreeKey::Focus(1)));
        assert_eq!(key(&open, 2, "ArrowDown"), Some(TreeKey::Focus(3)));
        assert_eq!(key(&open, 4, "ArrowDown"), None);
        assert_eq!(key(&open, 3, "ArrowUp"), Some(TreeKey::Focus(2)));
        assert_eq!(key(&open, 3, "End"), Some(TreeKey::Focus(4)));
        assert_eq!(key(&open, 3, "Home"), Some(TreeKey::Focus(0)));
        // → goes into an open entry, ← closes it, and from a leaf goes up.
        assert_eq!(key(&open, 0, "ArrowRight"), Some(TreeKey::Focus(1)));
        assert_eq!(key(&open, 1, "ArrowLeft"), Some(TreeKey::Toggle(1)));
        assert_eq!(key(&open, 2, "ArrowLeft"), Some(TreeKey::Focus(1)));
        assert_eq!(key(&open, 3, "ArrowLeft"), Some(TreeKey::Focus(0)));
        // A closed entry hides what is under it; → opens it.
        let closed: HashSet<usize> = [0].into();
        assert_eq!(key(&closed, 0, "ArrowDown"), Some(TreeKey::Focus(4)));
        assert_eq!(key(&closed, 0, "ArrowRight"), Some(TreeKey::Toggle(0)));
        assert_eq!(key(&closed, 0, "Enter"), None);
    }
}
