//! The wall clock, in whole milliseconds since the Unix epoch: the one time
//! source the workout player reads.

/// Now, from `Date.now()`.
pub fn now_ms() -> u64 {
    // Date.now() is a whole number of milliseconds well inside u64.
    js_sys::Date::now() as u64
}

/// A moment as a short local date and time, e.g. "Sat 21 Nov, 08:30", in
/// the browser's language and time zone.
pub fn local_date(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    for (key, value) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_string("default", &options).into()
}

/// The local time zone's offset from UTC at `ms`, in minutes east.
pub fn offset_min(ms: u64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    // getTimezoneOffset is minutes *behind* UTC, and always whole minutes.
    -(date.get_timezone_offset() as i32)
}

/// A moment's local date alone, e.g. "21 Nov 2026", in the browser's
/// language and time zone.
pub fn short_date(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "short"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string("default", &options).into()
}
