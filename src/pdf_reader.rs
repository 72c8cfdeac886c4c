//! The PDF reader: `pdf-reader.js` (the Rust reader `crates/pdf` as wasm,
//! and pdf.js with `www/pdf/runs.mjs` for what that declines; made by
//! `scripts/pdf-bundle.mjs`) in a worker of its own, fetched the first time
//! a PDF is opened and started afresh for every PDF. What it reads, the
//! PDF's runs, goes to the analysis worker, which lays them out. A reader
//! that throws, traps, runs out of memory or passes its time limit is
//! ended; the analysis worker and its dictionary are never touched.

use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the build puts the reader, relative to the page.
const READER_PATH: &str = "pdf-reader.js";
/// A PDF may take this long to read, plus [`MS_PER_MEGABYTE`] for each
/// megabyte: sized for pdf.js, which reads about 15 pages a second on a
/// slow machine (the Rust reader reads about 400 a second).
const BASE_TIME_LIMIT_MS: f64 = 15_000.0;
const MS_PER_MEGABYTE: f64 = 10_000.0;

/// The reader's script: the single-file build's blob URL
/// (`window.reportLensPdfReader`), else the file beside the page.
fn reader_script() -> String {
    web_sys::window()
        .and_then(|w| Reflect::get(&w, &"reportLensPdfReader".into()).ok())
        .and_then(|url| url.as_string())
        .unwrap_or_else(|| READER_PATH.to_owned())
}

/// The time limit for a PDF of `bytes` bytes.
fn time_limit_ms(bytes: usize) -> f64 {
    BASE_TIME_LIMIT_MS + bytes as f64 / 1_048_576.0 * MS_PER_MEGABYTE
}

/// Reads a PDF in a fresh reader: its answer (the runs, or why it read
/// none, as `report_lens_analysis::open_pdf` reads them), or why the
/// reader stopped before answering.
pub async fn read(bytes: Vec<u8>) -> Result<String, String> {
    let limit = time_limit_ms(bytes.len());
    let worker = web_sys::Worker::new(&reader_script())
        .map_err(|e| format!("无法启动：{}", describe(&e)))?;
    // One handler for the reader's messages, its errors and the time limit
    // (a call with no event).
    let mut handler: Option<Closure<dyn FnMut(JsValue)>> = None;
    let mut timer: Option<i32> = None;
    let answer = Promise::new(&mut |resolve, reject| {
        let on_event = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let kind = field(&event, "type").and_then(|t| t.as_string());
            match kind.as_deref() {
                Some("message") => {
                    let data = field(&event, "data").unwrap_or_default();
                    if let Some(answer) = field(&data, "answer") {
                        let _ = resolve.call1(&JsValue::NULL, &answer);
                    }
                }
                Some(_) => {
                    let message = field(&event, "message")
                        .and_then(|m| m.as_string())
                        .filter(|m| !m.is_empty())
                        .unwrap_or_else(|| "脚本出错".to_owned());
                    let _ = reject.call1(&JsValue::NULL, &message.into());
                }
                None => {
                    let seconds = (limit / 1000.0).round();
                    let _ =
                        reject.call1(&JsValue::NULL, &format!("超过 {seconds} 秒仍未读完").into());
                }
            }
        });
        let callback = on_event.as_ref().unchecked_ref();
        worker.set_onmessage(Some(callback));
        worker.set_onerror(Some(callback));
        // A message that could not be read is a stop too.
        worker.set_onmessageerror(Some(callback));
        if let Some(window) = web_sys::window() {
            timer = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback, limit as i32)
                .ok();
        }
        handler = Some(on_event);
    });
    let buffer = js_sys::Uint8Array::from(bytes.as_slice()).buffer();
    let message = js_sys::Object::new();
    let _ = Reflect::set(&message, &"bytes".into(), &buffer);
    let sent = worker.post_message_with_transfer(&message, &js_sys::Array::of1(&buffer));
    let result = match sent {
        Ok(()) => JsFuture::from(answer).await,
        Err(e) => Err(e),
    };
    // The reader's work is done, or it is stopped: either way it ends here.
    if let (Some(window), Some(id)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(id);
    }
    worker.terminate();
    worker.set_onmessage(None);
    worker.set_onerror(None);
    worker.set_onmessageerror(None);
    drop(handler);
    result
        .map(|answer| answer.as_string().unwrap_or_default())
        .map_err(|e| describe(&e))
}

fn field(value: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(value, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn describe(value: &JsValue) -> String {
    value
        .as_string()
        .or_else(|| field(value, "message").and_then(|m| m.as_string()))
        .unwrap_or_else(|| "未知错误".to_owned())
}
