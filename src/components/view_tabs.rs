//! The page's views as tabs: 报告, 文库 (with how many reports it keeps),
//! 对比 and 历年. Each view keeps its state while another is open.

use yew::prelude::*;

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
    html! {
        <nav class="view-tabs" role="tablist" aria-label="视图">
            { for View::ALL.into_iter().map(|view| {
                let selected = view == props.view;
                let onclick = props.on_open.reform(move |_: MouseEvent| view);
                let label = match view {
                    View::Library => format!("{}（{}）", view.label(), props.kept),
                    _ => view.label().to_owned(),
                };
                // Only the open view's panel is in the page.
                let controls = selected.then_some(panel_id(view));
                html! {
                    <button role="tab" id={tab_id(view)} data-testid={tab_id(view)} aria-selected={selected.to_string()} aria-controls={controls}
                        class={classes!("tab", selected.then_some("selected"))} {onclick}>
                        { label }
                    </button>
                }
            }) }
        </nav>
    }
}
