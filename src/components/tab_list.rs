//! A row of tabs (`role=tablist`), each a button naming the panel it opens:
//! the page's views and the report's panels are both drawn by it. As the
//! ARIA tabs pattern has it, only the open tab takes Tab; ← → Home End open
//! the tab before, after, first or last and move the focus to it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One tab: its element id (also its test id), what it says, the id of the
/// panel it opens when that panel is in the page, and whether it is open.
#[derive(Clone, PartialEq)]
pub struct Tab {
    pub id: &'static str,
    pub label: String,
    pub controls: Option<&'static str>,
    pub selected: bool,
}

#[derive(Properties, PartialEq)]
pub struct TabListProps {
    /// The row's name for screen readers.
    pub label: AttrValue,
    pub class: AttrValue,
    pub tabs: Vec<Tab>,
    /// The index of the tab clicked.
    pub on_open: Callback<usize>,
}

/// The tab a key moves to from tab `at` of `count`, if the key moves at all.
fn tab_key(at: usize, count: usize, key: &str) -> Option<usize> {
    match key {
        "ArrowRight" => Some((at + 1) % count),
        "ArrowLeft" => Some((at + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

#[function_component]
pub fn TabList(props: &TabListProps) -> Html {
    let count = props.tabs.len();
    let ids: Vec<&'static str> = props.tabs.iter().map(|t| t.id).collect();
    html! {
        <nav class={classes!("tab-list", props.class.clone())} role="tablist" aria-label={props.label.clone()}>
            { for props.tabs.iter().enumerate().map(|(i, tab)| {
                let onclick = props.on_open.reform(move |_: MouseEvent| i);
                let onkeydown = {
                    let (on_open, ids) = (props.on_open.clone(), ids.clone());
                    Callback::from(move |e: KeyboardEvent| {
                        let Some(to) = tab_key(i, count, &e.key()) else { return };
                        e.prevent_default();
                        on_open.emit(to);
                        let target = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id(ids[to]))
                            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                        if let Some(target) = target {
                            let _ = target.focus();
                        }
                    })
                };
                html! {
                    <button role="tab" id={tab.id} data-testid={tab.id} aria-selected={tab.selected.to_string()}
                        aria-controls={tab.controls} tabindex={if tab.selected { "0" } else { "-1" }}
                        class={classes!("tab", tab.selected.then_some("selected"))} {onclick} {onkeydown}>
                        { tab.label.clone() }
                    </button>
                }
            }) }
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_go_round_and_home_end_go_to_the_ends() {
        assert_eq!(tab_key(0, 4, "ArrowRight"), Some(1));
        assert_eq!(tab_key(3, 4, "ArrowRight"), Some(0));
        assert_eq!(tab_key(0, 4, "ArrowLeft"), Some(3));
        assert_eq!(tab_key(2, 4, "Home"), Some(0));
        assert_eq!(tab_key(1, 4, "End"), Some(3));
        assert_eq!(tab_key(1, 4, "Enter"), None);
    }
}
