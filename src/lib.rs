//! 报告透镜 (Report Lens), the page: a yew app that renders what the analysis
//! worker returns. It never analyzes on the main thread; the worker
//! ([`agent::AnalysisWorker`]) owns the dictionary and does all the work,
//! and the two speak [`protocol`].
//!
//! Two thin binaries use this crate: `app` sets the crate's theme
//! ([`apply_theme`]) and renders [`App`], `worker` registers the worker.

pub mod agent;
mod app;
mod cloud_shape;
mod components;
mod download;
mod drop_zone;
mod export;
mod files;
mod frames;
mod idb;
mod latest;
mod library;
mod pdf_reader;
mod problem;
pub mod protocol;
mod reveal;
mod settings;
mod shelf_export;
mod shelf_requests;
mod state;
mod storage;
mod theme;
mod worker_bridge;

pub use app::{App, SAMPLE};
pub use theme::apply as apply_theme;
