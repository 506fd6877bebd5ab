//! The first screen that `index.html` carries as static HTML until the app
//! mounts: the library as a first visit shows it, written in at build time
//! by `scripts/prerender.mjs` (an inert copy under `#boot`), or, in a debug
//! build, a "loading" line.

/// Removes the static first screen. Called in the task that finishes the
/// app's first mount (`ui/takeover.rs`), so no frame shows both or neither.
pub fn remove_prerendered() {
    if let Some(prerendered) = super::document().get_element_by_id("boot") {
        prerendered.remove();
    }
}
