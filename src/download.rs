//! Saving a file the page made: a Blob, an object URL and a clicked link.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

/// An object URL for `content` as a Blob of type `mime`; revoke it when done.
fn object_url(content: &str, mime: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    Url::create_object_url_with_blob(&blob)
}

fn document() -> Result<web_sys::Document, JsValue> {
    Ok(web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?)
}

/// Clicks a link that downloads `href` as `file_name`.
fn click_download(href: &str, file_name: &str) -> Result<(), JsValue> {
    let link: HtmlAnchorElement = document()?.create_element("a")?.dyn_into()?;
    link.set_href(href);
    link.set_download(file_name);
    link.click();
    Ok(())
}

/// Offers `content` as a download named `file_name`.
pub fn save(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let url = object_url(content, mime)?;
    click_download(&url, file_name)?;
    Url::revoke_object_url(&url)
}

/// Offers an SVG drawn onto a canvas (twice its size, on white) as a PNG
/// download, once the image has loaded. Fails if it does not load or the
/// canvas will not give its pixels; the object URL is freed either way.
pub async fn save_svg_as_png(
    svg: &str,
    width: f64,
    height: f64,
    file_name: &str,
) -> Result<(), JsValue> {
    let url = object_url(svg, "image/svg+xml;charset=utf-8")?;
    let png = draw_png(&url, width * 2.0, height * 2.0).await;
    Url::revoke_object_url(&url)?;
    click_download(&png?, file_name)
}

/// The image at `url` drawn on white, `width` × `height`, as a PNG data URL.
async fn draw_png(url: &str, width: f64, height: f64) -> Result<String, JsValue> {
    let image = HtmlImageElement::new()?;
    // The image's own handlers settle the promise: no closure to free.
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(url);
    JsFuture::from(loaded).await?;
    let canvas: HtmlCanvasElement = document()?.create_element("canvas")?.dyn_into()?;
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, width, height);
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height)?;
    canvas.to_data_url_with_type("image/png")
}
