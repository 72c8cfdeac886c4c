//! The reader as the page's PDF worker calls it: a wasm module with no
//! imports. The worker asks for an input buffer (`input`), copies the PDF
//! in, calls `read`, and reads `answer` (its length returned by `read`):
//! the runs as `open_pdf` reads them, or `declined`, a tab and the reason
//! (pdf.js then reads the file). A trap ends only this instance.

use std::cell::RefCell;

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static ANSWER: RefCell<String> = const { RefCell::new(String::new()) };
}

/// A buffer of `len` bytes for the PDF; its address.
#[no_mangle]
pub extern "C" fn input(len: usize) -> *mut u8 {
    INPUT.with(|i| {
        let mut i = i.borrow_mut();
        *i = vec![0; len];
        i.as_mut_ptr()
    })
}

/// Reads the PDF in the input buffer; the answer's length in bytes.
#[no_mangle]
pub extern "C" fn read() -> usize {
    let bytes = INPUT.with(|i| std::mem::take(&mut *i.borrow_mut()));
    let answer = match crate::read(&bytes) {
        Ok(runs) => runs.answer(),
        Err(why) => format!("declined\t{why}"),
    };
    ANSWER.with(|a| {
        *a.borrow_mut() = answer;
        a.borrow().len()
    })
}

/// The answer's address.
#[no_mangle]
pub extern "C" fn answer() -> *const u8 {
    ANSWER.with(|a| a.borrow().as_ptr())
}
