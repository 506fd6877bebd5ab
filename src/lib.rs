//! Bandwork: resistance-band training for runners, running entirely in the
//! browser.
//!
//! Three layers, arrows pointing down only:
//! - [`model`]: pure Rust (no browser, no Leptos), tested natively;
//! - `platform`: thin wrappers over browser APIs (wasm only);
//! - `ui`: Leptos components (wasm only).

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Starts the app in the browser: installs the crash banner and mounts.
/// The app builds itself under the static first screen that `index.html`
/// showed until now, and replaces it once built (`ui/takeover.rs`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    platform::crash::install_hook();
    leptos::mount::mount_to_body(ui::app::App);
}
