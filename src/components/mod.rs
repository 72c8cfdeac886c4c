//! The page's parts, each a function component with its own `XxxProps`.

pub mod analysis_state;
pub mod chart_figure;
pub mod comparison_view;
pub mod concordance;
pub mod dictionary;
pub mod formulations_panel;
pub mod headline_cards;
pub mod help_panel;
pub mod input_panel;
pub mod keyword_cloud;
pub mod library_panel;
pub mod metrics_table;
pub mod outline_tree;
pub mod result_view;
pub mod series_view;
pub mod stats_panel;
pub mod tab_list;
pub mod text_view;
pub mod view_tabs;
pub mod warnings_panel;
