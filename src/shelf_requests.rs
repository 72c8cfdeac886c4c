//! What 文库, 对比 and 历年 ask the worker: a comparison when the 对比 view
//! is open on a new pair or new cut-offs, a series when 历年 is open on a
//! new set of reports, the sentences of a phrase clicked, the library's
//! changes, and a library file to import.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::protocol::LibraryRequest;
use crate::state::{Action, ShelfAction, State, View};
use crate::worker_bridge::WorkerHandle;

/// The callbacks the library's views use.
pub struct ShelfCallbacks {
    pub on_request: Callback<LibraryRequest>,
    pub on_import: Callback<web_sys::File>,
    pub on_phrase: Callback<String>,
    pub on_open: Callback<View>,
}

/// Asks for the comparison and the series the open view shows, and makes
/// the views' callbacks.
#[hook]
pub fn use_shelf_requests(
    state: &UseReducerHandle<State>,
    worker: &WorkerHandle,
) -> ShelfCallbacks {
    let shelf = &state.shelf;
    let pair = shelf.pair();
    {
        let worker = worker.clone();
        let deps = (shelf.view == View::Compare, pair, shelf.keyness);
        use_effect_with(deps, move |(open, pair, options)| {
            if let (true, Some((a, b))) = (*open, *pair) {
                worker.library(LibraryRequest::Compare {
                    a,
                    b,
                    options: *options,
                });
            }
        });
    }
    {
        let worker = worker.clone();
        // Asked again when the library changes (a report added, removed or
        // renamed: the series' files name the reports).
        let deps = (shelf.view == View::Series, shelf.entries.clone());
        let ids = shelf.series_ids();
        use_effect_with(deps, move |(open, _)| {
            if *open && ids.len() >= 2 {
                worker.library(LibraryRequest::Series { ids });
            }
        });
    }
    // Made once (or once per pair), so the views they are given are not
    // drawn again on every change of the page's state.
    let on_request = use_callback(worker.clone(), |request, worker| worker.library(request));
    let on_import = use_callback(worker.clone(), |file: web_sys::File, worker| {
        let worker = worker.clone();
        spawn_local(async move {
            if let Some(bytes) = crate::files::read_bytes(&file).await {
                worker.library(LibraryRequest::Import { bytes });
            }
        });
    });
    let on_phrase = use_callback(
        (worker.clone(), state.dispatcher(), pair),
        |text: String, (worker, dispatcher, pair)| {
            dispatcher.dispatch(Action::Shelf(ShelfAction::Phrase(text.clone())));
            if let Some((a, b)) = *pair {
                for id in [a, b] {
                    worker.library(LibraryRequest::Sentences {
                        id,
                        text: text.clone(),
                    });
                }
            }
        },
    );
    let on_open = use_callback(state.dispatcher(), |view, dispatcher| {
        dispatcher.dispatch(Action::Shelf(ShelfAction::Open(view)))
    });
    ShelfCallbacks {
        on_request,
        on_import,
        on_phrase,
        on_open,
    }
}
