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

/// Starts the app in the browser: installs the crash banner, mounts, and
/// then removes the static first screen that `index.html` showed until now.
/// Mounting builds the whole first screen synchronously, so both happen in
/// one task: the browser paints the static copy, then the app, never both
/// or neither (the layout is the same, see `scripts/prerender.mjs`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    platform::crash::install_hook();
    leptos::mount::mount_to_body(ui::app::App);
    platform::boot::remove_prerendered();
}
