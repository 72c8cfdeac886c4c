//! 报告透镜 (Report Lens), the page: a yew app that renders what the analysis
//! worker returns. It never analyzes on the main thread; the worker
//! ([`agent::AnalysisWorker`]) owns the dictionary and does all the work.
//!
//! Two thin binaries use this crate: `app` renders [`App`], `worker` registers
//! the worker.

pub mod agent;
mod app;
mod components;
mod download;
mod drop_zone;
mod frames;
mod saved_text;
mod settings;
mod state;

pub use app::{App, SAMPLE};
