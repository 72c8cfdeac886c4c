//! The page's views as tabs: 报告, 文库 (with how many reports it keeps),
//! 对比 and 历年. Each view keeps its state while another is open.

use yew::prelude::*;

use crate::components::tab_list::{Tab, TabList};
use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub view: View,
    /// Reports in the library.
    pub kept: usize,
    pub on_open: Callback<View>,
}

/// The id of the element that shows a view (its tab panel).
pub fn panel_id(view: View) -> &'static str {
    match view {
        View::Report => "view-report",
        View::Library => "view-library",
        View::Compare => "view-compare",
        View::Series => "view-series",
    }
}

/// The test id of a view's tab.
pub fn tab_id(view: View) -> &'static str {
    match view {
        View::Report => "tab-report",
        View::Library => "tab-library",
        View::Compare => "tab-compare",
        View::Series => "tab-series",
    }
}

#[function_component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let tabs: Vec<Tab> = View::ALL
        .into_iter()
        .map(|view| {
            let selected = view == props.view;
            Tab {
                id: tab_id(view),
                label: match view {
                    View::Library => format!("{}（{}）", view.label(), props.kept),
                    _ => view.label().to_owned(),
                },
                // Only the open view's panel is in the page.
                controls: selected.then_some(panel_id(view)),
                selected,
            }
        })
        .collect();
    let on_open = props.on_open.reform(|i: usize| View::ALL[i]);
    html! { <TabList label="视图" class="view-tabs" {tabs} {on_open} /> }
}
