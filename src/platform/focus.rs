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

/// Scrolls the page back to its top, as opening a new page would.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The id of the element that has the focus, if it has one.
pub fn active_id() -> Option<String> {
    super::document()
        .active_element()
        .map(|element| element.id())
        .filter(|id| !id.is_empty())
}

/// Whether the focused element (not the page itself) reaches into the
/// bottom `band_px` pixels of the window, where a toast would cover it.
pub fn focus_near_bottom(band_px: f64) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let document = super::document();
    let Some(active) = document.active_element() else {
        return false;
    };
    if document.body().is_some_and(|body| *body == active) {
        return false;
    }
    let (top, seen) = seen_area(&window);
    let height = top + seen;
    height > 0.0 && active.get_bounding_client_rect().bottom() > height - band_px
}

/// Scrolls the element `anchor_id` to the top of what can be seen, when
/// the first element matching `watched` starts within `room_px` of its
/// bottom or below (as results under a search box with the on-screen
/// keyboard up). Nothing happens when either is missing.
pub fn bring_up_if_below(anchor_id: &str, watched: &str, room_px: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let document = super::document();
    let (Some(anchor), Some(watched)) = (
        document.get_element_by_id(anchor_id),
        document.query_selector(watched).ok().flatten(),
    ) else {
        return;
    };
    let (_, seen) = seen_area(&window);
    if seen > 0.0 && watched.get_bounding_client_rect().top() > seen - room_px {
        anchor.scroll_into_view_with_bool(true);
    }
}

/// What can be seen of the page: the visual viewport's top and height
/// (with an on-screen keyboard up, that is what is seen), or the window's
/// inner height from 0 where there is no visual viewport, or 0 if neither
/// answers.
fn seen_area(window: &web_sys::Window) -> (f64, f64) {
    window.visual_viewport().map_or_else(
        || {
            let height = window.inner_height().ok().and_then(|h| h.as_f64());
            (0.0, height.unwrap_or(0.0))
        },
        |visual| (visual.offset_top(), visual.height()),
    )
}
