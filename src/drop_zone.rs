//! Drag and drop anywhere on the page: files are opened like those chosen
//! with the file button; text or rich text dropped from another page is analyzed
//! (the draft it replaces is kept for 撤销). Drags that start on the page
//! (moving a phrase in the textarea) and text dropped into the textarea are
//! the browser's to handle.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::DragEvent;
use yew::prelude::*;

use crate::latest::use_latest;

/// What a drag over the page did.
pub enum Dropped {
    /// A drag with files entered the page (true) or left it (false).
    Hovering(bool),
    /// One file or several.
    Files(Vec<web_sys::File>),
    /// Rich text, as HTML, with its plain text.
    Html {
        html: String,
        plain: String,
    },
    Text(String),
}

fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .map(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

fn dropped(event: &DragEvent) -> Option<Dropped> {
    let data = event.data_transfer()?;
    let files = data.files().map(|list| crate::files::list(&list));
    if let Some(files) = files.filter(|f| !f.is_empty()) {
        return Some(Dropped::Files(files));
    }
    let html = data.get_data("text/html").unwrap_or_default();
    let plain = data.get_data("text/plain").unwrap_or_default();
    if !html.trim().is_empty() {
        return Some(Dropped::Html { html, plain });
    }
    (!plain.trim().is_empty()).then_some(Dropped::Text(plain))
}

/// A drop onto the textarea with no file: the browser inserts the text.
fn onto_textarea(event: &DragEvent) -> bool {
    let on_textarea = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.tag_name().eq_ignore_ascii_case("textarea"));
    on_textarea && !carries_files(event)
}

/// Listens for drags over the whole window while the component lives;
/// `on_drop` is the latest one given (each render may pass a new one).
#[hook]
pub fn use_drop_zone(on_drop: Callback<Dropped>) {
    let latest = use_latest(on_drop);
    use_effect_with((), move |_| {
        let emit = move |what: Dropped| {
            let on_drop = latest.borrow().clone();
            on_drop.emit(what);
        };
        // A drag that started on this page is not an arrival.
        let internal = Rc::new(Cell::new(false));
        let start = {
            let internal = internal.clone();
            move |_: &DragEvent| internal.set(true)
        };
        let end = {
            let internal = internal.clone();
            move |_: &DragEvent| internal.set(false)
        };
        let over = {
            let (emit, internal) = (emit.clone(), internal.clone());
            move |event: &DragEvent| {
                if internal.get() || onto_textarea(event) {
                    return;
                }
                event.prevent_default();
                if carries_files(event) {
                    emit(Dropped::Hovering(true));
                }
            }
        };
        let leave = {
            let emit = emit.clone();
            move |event: &DragEvent| {
                // Leaving the window, not moving between elements.
                if event.related_target().is_none() {
                    emit(Dropped::Hovering(false));
                }
            }
        };
        let land = move |event: &DragEvent| {
            if internal.replace(false) || onto_textarea(event) {
                return;
            }
            event.prevent_default();
            emit(Dropped::Hovering(false));
            if let Some(what) = dropped(event) {
                emit(what);
            }
        };
        let listeners = web_sys::window().map(|window| {
            [
                on_drag(&window, "dragstart", start),
                on_drag(&window, "dragend", end),
                on_drag(&window, "dragover", over),
                on_drag(&window, "dragleave", leave),
                on_drag(&window, "drop", land),
            ]
        });
        // Dropping the listeners removes them.
        move || drop(listeners)
    });
}

/// A listener for drag events on `target` that may prevent their default;
/// removed when dropped.
fn on_drag(
    target: &web_sys::EventTarget,
    name: &'static str,
    handle: impl Fn(&DragEvent) + 'static,
) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(target, name, options, move |event| {
        if let Some(event) = event.dyn_ref::<DragEvent>() {
            handle(event);
        }
    })
}
