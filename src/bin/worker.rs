//! The analysis worker's entry point.

use yew_agent::Registrable;

fn main() {
    console_error_panic_hook::set_once();
    report_lens::agent::AnalysisWorker::registrar().register();
}
