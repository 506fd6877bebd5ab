//! What dragging needs from the browser: capturing a pointer, measuring the
//! items of a list, and scrolling the page.

use wasm_bindgen::JsCast;

/// Keeps sending a pointer's events to the element it went down on, even
/// when the finger or mouse leaves it, and gives that element keyboard
/// focus (so Escape can cancel the drag).
pub fn capture_pointer(event: &web_sys::PointerEvent) {
    if let Some(element) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.set_pointer_capture(event.pointer_id());
        let _ = element.focus();
    }
}

/// The vertical middles, in viewport coordinates, of the elements matching
/// `selector`, in document order.
pub fn middles(selector: &str) -> Vec<f64> {
    let Ok(list) = super::document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .map(|element| {
            let rect = element.get_bounding_client_rect();
            rect.top() + rect.height() / 2.0
        })
        .collect()
}

/// The viewport's height in CSS pixels.
pub fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// Scrolls the page by `dy` CSS pixels.
pub fn scroll_by(dy: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_by_with_x_and_y(0.0, dy);
    }
}

/// The top and bottom, in viewport coordinates, of the first element
/// matching `selector`.
pub fn vertical_extent(selector: &str) -> Option<(f64, f64)> {
    let element = super::document().query_selector(selector).ok().flatten()?;
    let rect = element.get_bounding_client_rect();
    Some((rect.top(), rect.bottom()))
}

/// How far the page is scrolled down, in CSS pixels.
pub fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}
