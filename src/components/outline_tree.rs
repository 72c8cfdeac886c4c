//! The section outline as nested lists; a click selects a section.

use report_lens_analysis::Section;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutlineTreeProps {
    pub sections: Vec<Section>,
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

#[function_component]
pub fn OutlineTree(props: &OutlineTreeProps) -> Html {
    fn list(props: &OutlineTreeProps, parent: Option<usize>) -> Html {
        let items = children(&props.sections, parent);
        if items.is_empty() {
            return html! {};
        }
        html! {
            <ol>
                { for items.into_iter().map(|i| {
                    let section = &props.sections[i];
                    let on_click = props.on_select.reform(move |_: MouseEvent| i);
                    let class = classes!("outline-item", (props.selected == Some(i)).then_some("selected"));
                    html! {
                        <li key={i}>
                            <button data-testid="outline-item" data-level={section.level.to_string()} class={class} onclick={on_click} title={section.heading.clone()}>
                                { &section.heading }
                            </button>
                            { list(props, Some(i)) }
                        </li>
                    }
                }) }
            </ol>
        }
    }
    html! {
        <nav class="panel outline" data-testid="outline" aria-label="提纲">
            <h2>{ "提纲" }<span class="count">{ props.sections.len() }</span></h2>
            if props.sections.is_empty() {
                <p class="empty">{ "没有识别出章节标题" }</p>
            } else {
                { list(props, None) }
            }
        </nav>
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
