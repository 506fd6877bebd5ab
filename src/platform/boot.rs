//! The "loading" placeholder that `index.html` shows until the app mounts.

/// Removes the placeholder once the app is about to take over the page.
pub fn remove_placeholder() {
    if let Some(placeholder) = super::document().get_element_by_id("boot") {
        placeholder.remove();
    }
}
