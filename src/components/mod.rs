//! The page's parts, each a function component with its own `XxxProps`.

pub mod analysis_state;
pub mod concordance;
pub mod dictionary;
pub mod headline_cards;
pub mod input_panel;
pub mod keyword_cloud;
pub mod metrics_table;
pub mod outline_tree;
pub mod result_view;
pub mod stats_panel;
pub mod text_view;
pub mod warnings_panel;
