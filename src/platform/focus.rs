//! Moving keyboard focus, for skip links and screen changes.

use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector`, if there is one. The
/// element must be focusable (a control, or `tabindex="-1"`).
pub fn focus_selector(selector: &str) {
    let found = super::document().query_selector(selector).ok().flatten();
    if let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
