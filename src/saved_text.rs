//! The text being worked on, kept in the browser's localStorage as it changes
//! so a reload or a closed tab loses nothing; and the text last cleared, so
//! 清空 can be undone after a reload too.

const DRAFT_KEY: &str = "report-lens.draft";
const CLEARED_KEY: &str = "report-lens.cleared";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved draft and the text last cleared (None when never saved).
pub fn load() -> (Option<String>, Option<String>) {
    let Some(storage) = storage() else {
        return (None, None);
    };
    let draft = storage.get_item(DRAFT_KEY).ok().flatten();
    let cleared = storage
        .get_item(CLEARED_KEY)
        .ok()
        .flatten()
        .filter(|c| !c.is_empty());
    (draft, cleared)
}

/// Saves what changed: the draft (Some) and the cleared text (Some(None)
/// removes it); each is written only when given, as the draft changes on
/// every keystroke and the cleared text seldom. Err when the browser
/// refuses (storage full or disabled): the caller tells the reader.
pub fn save(draft: Option<&str>, cleared: Option<Option<&str>>) -> Result<(), ()> {
    let storage = storage().ok_or(())?;
    if let Some(draft) = draft {
        if storage.set_item(DRAFT_KEY, draft).is_err() {
            // An older draft must not come back after a reload as if it were this one.
            let _ = storage.remove_item(DRAFT_KEY);
            return Err(());
        }
    }
    match cleared {
        Some(Some(text)) => storage.set_item(CLEARED_KEY, text).map_err(|_| ()),
        Some(None) => storage.remove_item(CLEARED_KEY).map_err(|_| ()),
        None => Ok(()),
    }
}
