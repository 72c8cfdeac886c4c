//! Saving a file the page made: a Blob, an object URL and a clicked link.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

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

/// Offers an SVG drawn onto a canvas (twice its size, on white) as a PNG download.
pub fn save_svg_as_png(svg: &str, width: f64, height: f64, file_name: &str) -> Result<(), JsValue> {
    use wasm_bindgen::closure::Closure;
    use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement};

    let url = object_url(svg, "image/svg+xml;charset=utf-8")?;
    let canvas: HtmlCanvasElement = document()?.create_element("canvas")?.dyn_into()?;
    let scale = 2.0;
    canvas.set_width((width * scale) as u32);
    canvas.set_height((height * scale) as u32);
    let image = HtmlImageElement::new()?;
    let name = file_name.to_owned();
    let drawn = {
        let (image, canvas, url) = (image.clone(), canvas.clone(), url.clone());
        Closure::once(move || {
            let draw = || -> Result<(), JsValue> {
                let context: CanvasRenderingContext2d = canvas
                    .get_context("2d")?
                    .ok_or("no 2d context")?
                    .dyn_into()?;
                context.set_fill_style_str("#ffffff");
                context.fill_rect(0.0, 0.0, width * scale, height * scale);
                context.draw_image_with_html_image_element_and_dw_and_dh(
                    &image,
                    0.0,
                    0.0,
                    width * scale,
                    height * scale,
                )?;
                let png = canvas.to_data_url_with_type("image/png")?;
                click_download(&png, &name)?;
                Url::revoke_object_url(&url)
            };
            if let Err(e) = draw() {
                web_sys::console::error_1(&e);
            }
        })
    };
    image.set_onload(Some(drawn.as_ref().unchecked_ref()));
    drawn.forget(); // runs once, when the image has loaded
    image.set_src(&url);
    Ok(())
}
