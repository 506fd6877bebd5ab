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

#[wasm_bindgen_test]
fn list_item_middles_and_extent_come_from_the_layout() {
    let document = document();
    let list = document.create_element("ul").unwrap();
    list.set_class_name("measure-list");
    list.set_attribute(
        "style",
        "margin:0;padding:0;position:absolute;top:100px;list-style:none",
    )
    .unwrap();
    for _ in 0..3 {
        let item = document.create_element("li").unwrap();
        item.set_attribute("style", "height:40px;margin:0").unwrap();
        list.append_child(&item).unwrap();
    }
    document.body().unwrap().append_child(&list).unwrap();
    let scroll = web_sys::window().unwrap().scroll_y().unwrap();
    assert!(
        (bandwork::platform::drag::scroll_y() - scroll).abs() < 0.5,
        "scrolled to {scroll}"
    );
    let middles = bandwork::platform::drag::middles(".measure-list > li");
    let expected: Vec<f64> = [120.0, 160.0, 200.0].iter().map(|m| m - scroll).collect();
    assert_eq!(middles, expected);
    let (top, bottom) = bandwork::platform::drag::vertical_extent(".measure-list").unwrap();
    assert_eq!((top, bottom), (100.0 - scroll, 220.0 - scroll));
    assert!(bandwork::platform::drag::viewport_height() > 0.0);
    assert!(bandwork::platform::drag::middles(".no-such-thing > li").is_empty());
    list.remove();
}
