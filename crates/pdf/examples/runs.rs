//! Prints a PDF's runs as `open_pdf` reads them, or why it was declined:
//!   cargo run --release -p report-lens-pdf --example runs -- FILE.pdf
fn main() {
    let path = std::env::args().nth(1).expect("usage: runs FILE.pdf");
    let bytes = std::fs::read(&path).expect("readable file");
    let started = std::time::Instant::now();
    match report_lens_pdf::read(&bytes) {
        Ok(runs) => {
            print!("{}", runs.answer());
            eprintln!("{} pages in {:?}", runs.pages.len(), started.elapsed());
        }
        Err(why) => {
            eprintln!("declined: {why}");
            std::process::exit(3);
        }
    }
}
