//! Files the reader opens (the file button or a drop): one over the size
//! limit is refused before reading, the rest read in the page and sent to
//! the worker to decode and analyze. One file is shown (and kept in 文库);
//! several at once are kept in 文库, with a progress bar. The last file
//! shown is kept (until one chosen after it cannot be read), so that a
//! chosen encoding can read it again. A PDF goes to the PDF reader first
//! (`pdf_reader`), and what it reads to the worker.

use std::cell::RefCell;
use std::rc::Rc;

use report_lens_analysis::{check_size, is_pdf, Encoding, OpenError};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::pdf_reader;
use crate::problem::Problem;
use crate::protocol::{Failure, Input};
use crate::state::{Action, ShelfAction, State};
use crate::worker_bridge::WorkerHandle;

/// A file's name and bytes, kept to read it again in another encoding.
struct LastFile {
    name: String,
    bytes: Rc<Vec<u8>>,
}

/// What the page does with files, and with a change of encoding.
pub struct FileCallbacks {
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_encoding: Callback<Option<Encoding>>,
}

/// The files of a list, in order.
pub fn list(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Keeps several files in the library: each read and sent to the worker,
/// the batch counted as they are answered.
fn add_all(files: Vec<web_sys::File>, state: &UseReducerHandle<State>, worker: &WorkerHandle) {
    let first = worker.upcoming_id();
    let total = files.len();
    state.dispatch(Action::Shelf(ShelfAction::BatchStarted { first, total }));
    let (state, worker) = (state.clone(), worker.clone());
    spawn_local(async move {
        for file in files {
            let name = file.name();
            let not_added = |message: String| {
                state.dispatch(Action::Shelf(ShelfAction::NotAdded(message)));
            };
            if let Err(error) = check_size(file.size() as u64) {
                not_added(Failure::Open { file: name, error }.to_string());
                continue;
            }
            match read_bytes(&file).await {
                Some(bytes) if is_pdf(&bytes) => match pdf_reader::read(bytes).await {
                    Ok(answer) => worker.add(Input::Pdf { name, answer }),
                    Err(reason) => {
                        let error = OpenError::PdfReaderStopped(reason);
                        not_added(Failure::Open { file: name, error }.to_string());
                    }
                },
                Some(bytes) => worker.add(Input::File {
                    name,
                    bytes,
                    encoding: state.encoding,
                }),
                None => not_added(Problem::Unreadable { file: name }.to_string()),
            }
        }
    });
}

/// Reads a PDF in the PDF reader and has its runs analyzed and shown; the
/// page shows the analysis pending meanwhile, and a reader that stopped
/// as the analysis's failure.
async fn read_pdf(
    name: String,
    bytes: Vec<u8>,
    state: &UseReducerHandle<State>,
    worker: &WorkerHandle,
) {
    let id = worker.reserve();
    match pdf_reader::read(bytes).await {
        Ok(answer) => worker.analyze_reserved(
            id,
            Input::Pdf { name, answer },
            &state.settings,
            state.cloud_aspect,
            true,
        ),
        Err(reason) => {
            let error = OpenError::PdfReaderStopped(reason);
            let result = Err(Failure::Open { file: name, error });
            state.dispatch(Action::Finished { id, result });
        }
    }
}

/// A file's bytes, read by the browser.
pub async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[hook]
pub fn use_files(state: &UseReducerHandle<State>, worker: &WorkerHandle) -> FileCallbacks {
    let last_file: Rc<RefCell<Option<LastFile>>> = use_mut_ref(|| None);
    let on_file = {
        let (state, worker, last_file) = (state.clone(), worker.clone(), last_file.clone());
        move |file: web_sys::File| {
            let name = file.name();
            // Refused before reading, as the worker would. The file kept
            // before is not this one: no encoding reads it in its place.
            if let Err(error) = check_size(file.size() as u64) {
                *last_file.borrow_mut() = None;
                let failure = Failure::Open { file: name, error };
                state.dispatch(Action::Problem(Problem::Failed(failure)));
                return;
            }
            let (state, worker, last_file) = (state.clone(), worker.clone(), last_file.clone());
            spawn_local(async move {
                let Some(bytes) = read_bytes(&file).await else {
                    *last_file.borrow_mut() = None;
                    state.dispatch(Action::Problem(Problem::Unreadable { file: name }));
                    return;
                };
                if is_pdf(&bytes) {
                    // No encoding reads a PDF again.
                    *last_file.borrow_mut() = None;
                    read_pdf(name, bytes, &state, &worker).await;
                    return;
                }
                *last_file.borrow_mut() = Some(LastFile {
                    name: name.clone(),
                    bytes: Rc::new(bytes.clone()),
                });
                let encoding = state.encoding;
                let input = Input::File {
                    name,
                    bytes,
                    encoding,
                };
                worker.analyze(input, &state.settings, state.cloud_aspect, true);
            });
        }
    };
    let on_files = {
        let (state, worker) = (state.clone(), worker.clone());
        Callback::from(move |mut files: Vec<web_sys::File>| {
            if files.len() == 1 {
                on_file(files.remove(0));
            } else {
                add_all(files, &state, &worker);
            }
        })
    };
    // Another encoding reads the last file again if it is the one on
    // screen, or the one that could not be read (State::rereads).
    let on_encoding = {
        let (state, worker) = (state.clone(), worker.clone());
        Callback::from(move |encoding: Option<Encoding>| {
            state.dispatch(Action::Encoding(encoding));
            let last = last_file.borrow();
            let Some(file) = last.as_ref().filter(|f| state.rereads(&f.name)) else {
                return;
            };
            let input = Input::File {
                name: file.name.clone(),
                bytes: file.bytes.to_vec(),
                encoding,
            };
            worker.analyze(input, &state.settings, state.cloud_aspect, true);
        })
    };
    FileCallbacks {
        on_files,
        on_encoding,
    }
}
