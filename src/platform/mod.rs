//! Thin wrappers over browser APIs, one API per file. This is the only layer
//! that touches `web_sys`; it is tested in headless Chromium with
//! wasm-bindgen-test.

pub mod boot;
pub mod clock;
pub mod connection;
pub mod crash;
pub mod device;
pub mod drag;
pub mod files;
pub mod focus;
pub mod idle;
pub mod js;
pub mod location;
pub mod persist;
pub mod service_worker;
pub mod share;
pub mod sound;
pub mod speech;
pub mod storage;
pub mod storage_events;
pub mod stylesheet;
pub mod theme;
pub mod vibrate;
pub mod visibility;
pub mod wake_lock;

/// The page's document. The app only runs in a page, so its absence is a
/// bug worth a crash banner rather than a silent failure.
pub(crate) fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("Bandwork runs in a web page with a document")
}
