//! Entry point: mounts the app in the browser and does nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    bandwork::start();
}
