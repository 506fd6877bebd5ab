//! A short buzz where the device can (most phones; not desktops or iOS).

/// Buzzes for `millis`; returns whether the browser accepted it.
pub fn buzz(millis: u32) -> bool {
    web_sys::window()
        .map(|window| window.navigator().vibrate_with_duration(millis))
        .unwrap_or(false)
}
