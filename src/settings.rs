//! The reader's choices that outlive a page load — keyword method, 过滤套话,
//! the user dictionary, vertical words — and the worker options they make.
//! `storage` keeps them in the browser.

use report_lens_analysis::{AnalyzeOptions, CloudOptions};
use serde::{Deserialize, Serialize};

/// What is saved.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    pub options: AnalyzeOptions,
    /// Set some cloud words vertically.
    pub vertical: bool,
}

impl Settings {
    /// Cloud options for these settings and a cloud box of this shape
    /// (height over width).
    pub fn cloud_options(&self, aspect: f64) -> CloudOptions {
        let defaults = CloudOptions::default();
        CloudOptions {
            height: (defaults.width * aspect).round(),
            vertical_share: if self.vertical { 0.3 } else { 0.0 },
            ..defaults
        }
    }

    /// Whether going from `self` to `next` changes the keywords (the text
    /// must be analyzed again), or only how the cloud is laid out.
    pub fn change_to(&self, next: &Settings) -> SettingsChange {
        let (now, then) = (&self.options, &next.options);
        if now.method != then.method || now.filter_boilerplate != then.filter_boilerplate {
            SettingsChange::Keywords
        } else if self.vertical != next.vertical {
            SettingsChange::Layout
        } else {
            SettingsChange::NextAnalysis
        }
    }
}

/// What a change of settings asks of the analysis on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsChange {
    /// Other keywords: analyze the text again.
    Keywords,
    /// The same keywords laid out again.
    Layout,
    /// Nothing now: the dictionary applies from the next analysis.
    NextAnalysis,
}

#[cfg(test)]
mod tests {
    use report_lens_analysis::KeywordMethod;

    use super::*;

    #[test]
    fn a_change_of_method_or_filter_needs_new_keywords_vertical_words_a_new_layout() {
        let now = Settings::default();
        let mut next = now.clone();
        next.options.user_words.push("新质生产力".into());
        assert_eq!(now.change_to(&next), SettingsChange::NextAnalysis);
        next.vertical = true;
        assert_eq!(now.change_to(&next), SettingsChange::Layout);
        next.options.method = KeywordMethod::TextRank;
        assert_eq!(now.change_to(&next), SettingsChange::Keywords);
        let mut unfiltered = now.clone();
        unfiltered.options.filter_boilerplate = !now.options.filter_boilerplate;
        assert_eq!(now.change_to(&unfiltered), SettingsChange::Keywords);
    }

    #[test]
    fn the_cloud_box_follows_the_aspect() {
        let vertical = Settings {
            vertical: true,
            ..Settings::default()
        };
        let options = vertical.cloud_options(1.0);
        assert_eq!((options.width, options.height), (800.0, 800.0));
        assert_eq!(options.vertical_share, 0.3);
        assert_eq!(Settings::default().cloud_options(0.6).vertical_share, 0.0);
    }
}
