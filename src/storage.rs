//! What the page keeps in the browser's localStorage, so a reload or a
//! closed tab loses nothing: the draft, the text last cleared (so 清空 can
//! be undone after a reload too) and the settings. [`use_storage`] writes
//! each when it changes; the reducer only hears whether the browser took it.

use std::rc::Rc;

use yew::prelude::*;

use crate::settings::Settings;
use crate::state::{Action, SavedText, State};

const DRAFT_KEY: &str = "report-lens.draft";
const CLEARED_KEY: &str = "report-lens.cleared";
const SETTINGS_KEY: &str = "report-lens.settings";

/// The browser would not store a text: storage full (the text too large)
/// or disabled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StorageRefused;

fn storage() -> Result<web_sys::Storage, StorageRefused> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageRefused)
}

/// What the last visit left: its draft (empty when there was none) and the
/// text it had cleared.
pub struct Restored {
    pub draft: String,
    pub cleared: Option<String>,
    pub settings: Settings,
}

/// What the last visit left, or a first visit's empty page and defaults.
pub fn restore() -> Restored {
    let item = |key: &str| storage().ok().and_then(|s| s.get_item(key).ok().flatten());
    Restored {
        draft: item(DRAFT_KEY).unwrap_or_default(),
        cleared: item(CLEARED_KEY).filter(|c| !c.is_empty()),
        settings: item(SETTINGS_KEY)
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default(),
    }
}

/// Stores `text` under `key`, or forgets it (None). When the browser
/// refuses, the stored one is removed: an older text must not come back
/// after a reload as if it were this one.
fn store(key: &str, text: Option<&str>) -> Result<(), StorageRefused> {
    let storage = storage()?;
    let stored = match text {
        Some(text) => storage.set_item(key, text),
        None => storage.remove_item(key),
    };
    stored.map_err(|_| {
        let _ = storage.remove_item(key);
        StorageRefused
    })
}

/// Stores the settings; a browser that refuses (private mode) just forgets.
fn save_settings(settings: &Settings) {
    if let (Ok(storage), Ok(json)) = (storage(), serde_json::to_string(settings)) {
        let _ = storage.set_item(SETTINGS_KEY, &json);
    }
}

/// Runs `effect` each time `value` changes, but not for the value the page
/// started with (it came from storage).
#[hook]
fn use_on_change<T, F>(value: T, effect: F)
where
    T: PartialEq + 'static,
    F: FnOnce(&T) + 'static,
{
    let started = use_mut_ref(|| false);
    use_effect_with(value, move |value| {
        if std::mem::replace(&mut *started.borrow_mut(), true) {
            effect(value);
        }
    });
}

/// Writes the draft, the cleared text and the settings as they change,
/// each on its own (the draft changes on every keystroke, the cleared text
/// seldom), and tells the reducer whether the browser stored each text.
#[hook]
pub fn use_storage(state: &UseReducerHandle<State>) {
    let saved = |text: SavedText| {
        let dispatcher = state.dispatcher();
        move |result: Result<(), StorageRefused>| {
            let stored = result.is_ok();
            dispatcher.dispatch(Action::Saved { text, stored });
        }
    };
    let draft_saved = saved(SavedText::Draft);
    use_on_change(state.draft.clone(), move |draft: &Rc<str>| {
        draft_saved(store(DRAFT_KEY, Some(draft)))
    });
    let cleared_saved = saved(SavedText::Cleared);
    use_on_change(state.cleared.clone(), move |cleared: &Option<Rc<str>>| {
        cleared_saved(store(CLEARED_KEY, cleared.as_deref()))
    });
    use_on_change(state.settings.clone(), save_settings);
}
