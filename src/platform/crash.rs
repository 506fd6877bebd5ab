//! What the user sees if the app panics: a plain-words banner with a reload
//! button instead of a blank or frozen page. Built with the DOM directly, as
//! the UI framework may be in no state to render it.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Routes every panic to the console (for bug reports) and the banner.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.as_str().into());
        show_crash_banner(&detail);
    }));
}

/// Shows the crash banner at the top of the page, with `detail` available
/// behind a disclosure. Every text is set as text, never parsed as HTML.
pub fn show_crash_banner(detail: &str) {
    let document = super::document();
    let Some(body) = document.body() else {
        return;
    };
    if document.get_element_by_id("crash-banner").is_some() {
        return;
    }
    let Ok(banner) = build_banner(&document, detail) else {
        return;
    };
    let _ = body.prepend_with_node_1(&banner);
}

/// An element holding `text` as plain text.
fn text_element(
    document: &web_sys::Document,
    tag: &str,
    class: &str,
    text: &str,
) -> Result<web_sys::Element, JsValue> {
    let node = document.create_element(tag)?;
    if !class.is_empty() {
        node.set_class_name(class);
    }
    node.set_text_content(Some(text));
    Ok(node)
}

/// Appends a new element holding `text` to `parent`, and returns it.
fn append_text(
    parent: &web_sys::Element,
    tag: &str,
    class: &str,
    text: &str,
) -> Result<web_sys::Element, JsValue> {
    let document = super::document();
    let node = text_element(&document, tag, class, text)?;
    parent.append_child(&node)?;
    Ok(node)
}

fn build_banner(document: &web_sys::Document, detail: &str) -> Result<web_sys::Element, JsValue> {
    let banner = text_element(document, "div", "crash-banner", "")?;
    banner.set_id("crash-banner");
    banner.set_attribute("role", "alert")?;
    append_text(
        &banner,
        "p",
        "crash-title",
        "Sorry, Bandwork ran into a problem and stopped.",
    )?;
    append_text(
        &banner,
        "p",
        "",
        "Your saved routines and settings are safe. Reloading the page usually fixes this.",
    )?;
    let reload = append_text(
        &banner,
        "button",
        "button button-primary",
        "Reload Bandwork",
    )?;
    reload.set_attribute("type", "button")?;
    let on_click = Closure::<dyn Fn()>::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    reload.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
    // The banner lives until the page reloads, so its handler does too.
    on_click.forget();
    let details = append_text(&banner, "details", "", "")?;
    append_text(&details, "summary", "", "Technical details")?;
    append_text(&details, "pre", "", detail)?;
    Ok(banner)
}
