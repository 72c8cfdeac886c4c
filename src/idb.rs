//! The browser's IndexedDB, as the library needs it: one database with one
//! store of JSON strings keyed by number, opened from the worker (or the
//! page), each request awaited as a future.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbFactory, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

const DATABASE: &str = "report-lens";
const VERSION: u32 = 1;
/// The library's reports, by id.
const STORE: &str = "reports";

/// The IndexedDB of this global (a window or a worker), if the browser gives one.
fn factory() -> Result<IdbFactory, JsValue> {
    let global = js_sys::global();
    if let Some(window) = global.dyn_ref::<web_sys::Window>() {
        return window.indexed_db()?.ok_or_else(|| "no IndexedDB".into());
    }
    global
        .unchecked_into::<web_sys::WorkerGlobalScope>()
        .indexed_db()?
        .ok_or_else(|| "no IndexedDB".into())
}

/// Waits for a request to succeed; its result.
async fn settled(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(done).await?;
    request.result()
}

/// Waits for a write to be committed (a full disk fails it here, not at
/// its request).
async fn committed(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(done).await.map(drop)
}

/// The library's database, made on first use.
#[derive(Clone)]
pub struct Database(IdbDatabase);

impl Database {
    /// Opens it; fails (rather than waits) when another tab holds an older
    /// version open.
    pub async fn open() -> Result<Database, JsValue> {
        let request: IdbOpenDbRequest = factory()?.open_with_u32(DATABASE, VERSION)?;
        let upgrade = Closure::once(move |event: web_sys::Event| {
            let made = event
                .target()
                .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
                .and_then(|r| r.result().ok())
                .map(|db| db.unchecked_into::<IdbDatabase>());
            if let Some(db) = made {
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = js_sys::Promise::new(&mut |resolve, reject| {
            request.set_onsuccess(Some(&resolve));
            request.set_onerror(Some(&reject));
            request.set_onblocked(Some(&reject));
        });
        let opened = JsFuture::from(opened).await;
        request.set_onupgradeneeded(None);
        opened?;
        Ok(Database(request.result()?.unchecked_into()))
    }

    /// Every value stored, in key order.
    pub async fn all(&self) -> Result<Vec<String>, JsValue> {
        let transaction = self.0.transaction_with_str(STORE)?;
        let request = transaction.object_store(STORE)?.get_all()?;
        let values: js_sys::Array = settled(&request).await?.unchecked_into();
        Ok(values.iter().filter_map(|v| v.as_string()).collect())
    }

    /// Stores `value` under `key`, done when written.
    pub async fn put(&self, key: u32, value: &str) -> Result<(), JsValue> {
        let transaction = self
            .0
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
        let store = transaction.object_store(STORE)?;
        store.put_with_key(&JsValue::from_str(value), &JsValue::from(key))?;
        committed(&transaction).await
    }

    pub async fn delete(&self, key: u32) -> Result<(), JsValue> {
        let transaction = self
            .0
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
        transaction
            .object_store(STORE)?
            .delete(&JsValue::from(key))?;
        committed(&transaction).await
    }
}
