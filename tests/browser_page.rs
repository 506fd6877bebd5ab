//! Page-level wrappers (theme, location, focus, crash banner) in headless
//! Chromium.
#![cfg(target_arch = "wasm32")]

use bandwork::model::settings::Theme;
use bandwork::platform::{crash, location, theme};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn the_theme_is_set_on_the_root_element_and_read_back() {
    let root = document().document_element().unwrap();
    theme::apply(Theme::Dark);
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(theme::applied(), Theme::Dark);
    theme::apply(Theme::Light);
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("light"));
    theme::apply(Theme::System);
    assert_eq!(root.get_attribute("data-theme"), None);
    assert_eq!(theme::applied(), Theme::System);
}

#[wasm_bindgen_test]
fn the_current_hash_is_read_from_the_location() {
    let location = web_sys::window().unwrap().location();
    location.set_hash("/history").unwrap();
    assert_eq!(location::current_hash(), "#/history");
    location.set_hash("").unwrap();
    assert_eq!(location::current_hash(), "");
}

#[wasm_bindgen_test]
fn the_crash_banner_shows_once_as_an_alert_with_its_text_as_text() {
    crash::show_crash_banner("boom <img src=x onerror=alert(1)>");
    crash::show_crash_banner("a second panic");
    let document = document();
    let banners = document.query_selector_all("#crash-banner").unwrap();
    assert_eq!(banners.length(), 1);
    let banner = document.get_element_by_id("crash-banner").unwrap();
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let text = banner.text_content().unwrap();
    assert!(
        text.contains("Sorry, Bandwork ran into a problem"),
        "{text}"
    );
    assert!(text.contains("boom <img src=x onerror=alert(1)>"), "{text}");
    assert!(banner.query_selector("img").unwrap().is_none());
    let button = banner.query_selector("button").unwrap().unwrap();
    assert_eq!(button.text_content().as_deref(), Some("Reload Bandwork"));
    banner.remove();
}
