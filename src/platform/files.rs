//! Files in and out: a download made from text or bytes in memory (a Blob behind a
//! short-lived object URL, clicked through a hidden `<a download>`), and the
//! text of a file the user picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::platform::document;

/// Offers `text` to the user as a file called `name`; false if the browser
/// refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    try_download(name, mime, text).is_some()
}

fn try_download(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    offer(name, &blob)
}

/// Offers `bytes` to the user as a file called `name`; false if the
/// browser refused.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .ok()
        .and_then(|blob| offer(name, &blob))
        .is_some()
}

/// Clicks a hidden link to `blob` named `name`.
fn offer(name: &str, blob: &web_sys::Blob) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let document = document();
    let link = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body()?;
    let added = body.append_child(&link).is_ok();
    link.click();
    if added {
        link.remove();
    }
    revoke_later(url);
    Some(())
}

/// Lets go of an object URL once the download has had time to start (some
/// browsers read it only after the click's task has ended).
fn revoke_later(url: String) {
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    // Without a timer the blob simply stays until the page closes.
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000);
    }
}

/// The first file chosen in `input`, if any.
pub fn picked(input: &web_sys::HtmlInputElement) -> Option<web_sys::File> {
    input.files()?.get(0)
}

/// The text of `file`, read as UTF-8; None if it could not be read (or
/// the browser is too old to have `Blob.text()`).
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    let reading = super::js::call(file, "text", &[])?;
    JsFuture::from(js_sys::Promise::resolve(&reading))
        .await
        .ok()?
        .as_string()
}
