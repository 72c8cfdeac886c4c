//! A row of tabs (`role=tablist`), each a button naming the panel it opens:
//! the page's views and the report's panels are both drawn by it.

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

#[function_component]
pub fn TabList(props: &TabListProps) -> Html {
    html! {
        <nav class={props.class.clone()} role="tablist" aria-label={props.label.clone()}>
            { for props.tabs.iter().enumerate().map(|(i, tab)| {
                let onclick = props.on_open.reform(move |_: MouseEvent| i);
                html! {
                    <button role="tab" id={tab.id} data-testid={tab.id} aria-selected={tab.selected.to_string()}
                        aria-controls={tab.controls} class={classes!("tab", tab.selected.then_some("selected"))} {onclick}>
                        { tab.label.clone() }
                    </button>
                }
            }) }
        </nav>
    }
}
