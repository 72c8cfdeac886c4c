//! The reader's choices that outlive a page load — keyword method, 过滤套话,
//! the user dictionary, vertical words — kept in the browser's localStorage.

use report_lens_analysis::AnalyzeOptions;
use serde::{Deserialize, Serialize};

const KEY: &str = "report-lens.settings";

/// What is saved.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    pub options: AnalyzeOptions,
    /// Set some cloud words vertically.
    pub vertical: bool,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved settings, or the defaults.
pub fn load() -> Settings {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Saves the settings; a browser that refuses (private mode) just forgets.
pub fn save(settings: &Settings) {
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(settings)) {
        let _ = storage.set_item(KEY, &json);
    }
}
