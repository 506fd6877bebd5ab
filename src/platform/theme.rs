//! Applies the chosen colour theme to the page. The stylesheet reads the
//! `data-theme` attribute of the root element; without it, the device's
//! light or dark preference wins.

use crate::model::settings::{Choice, Theme};

/// Sets the page's theme.
pub fn apply(theme: Theme) {
    let Some(root) = super::document().document_element() else {
        return;
    };
    // Setting an attribute on the root element cannot fail in a page.
    let _ = match theme {
        Theme::System => root.remove_attribute("data-theme"),
        Theme::Light | Theme::Dark => root.set_attribute("data-theme", theme.code()),
    };
}

/// The theme currently applied to the page.
pub fn applied() -> Theme {
    super::document()
        .document_element()
        .and_then(|root| root.get_attribute("data-theme"))
        .and_then(|code| Theme::from_code(&code))
        .unwrap_or_default()
}
