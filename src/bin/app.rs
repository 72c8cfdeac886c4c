//! The page's entry point.

fn main() {
    console_error_panic_hook::set_once();
    report_lens::apply_theme();
    yew::Renderer::<report_lens::App>::new().render();
}
