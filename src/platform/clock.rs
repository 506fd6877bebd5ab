//! The wall clock, in whole milliseconds since the Unix epoch: the one time
//! source the workout player reads.

/// Now, from `Date.now()`.
pub fn now_ms() -> u64 {
    // Date.now() is a whole number of milliseconds well inside u64.
    js_sys::Date::now() as u64
}

/// A date formatter for the browser's language and time zone, made once:
/// making one per date costs more than the formatting itself, which adds
/// up over a screen of dates.
fn formatter(fields: &[(&str, &str)]) -> js_sys::Intl::DateTimeFormat {
    let options = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options)
}

fn format_with(formatter: &js_sys::Intl::DateTimeFormat, ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    formatter
        .format()
        .call1(&wasm_bindgen::JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

thread_local! {
    static DATE_AND_TIME: js_sys::Intl::DateTimeFormat = formatter(&[
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ]);
    static DATE_ONLY: js_sys::Intl::DateTimeFormat =
        formatter(&[("day", "numeric"), ("month", "short"), ("year", "numeric")]);
}

/// A moment as a short local date and time, e.g. "Sat 21 Nov, 08:30", in
/// the browser's language and time zone.
pub fn local_date(ms: u64) -> String {
    DATE_AND_TIME.with(|f| format_with(f, ms))
}

/// A moment's local date alone, e.g. "21 Nov 2026", in the browser's
/// language and time zone.
pub fn short_date(ms: u64) -> String {
    DATE_ONLY.with(|f| format_with(f, ms))
}

/// The local time zone's offset from UTC at `ms`, in minutes east.
pub fn offset_min(ms: u64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    // getTimezoneOffset is minutes *behind* UTC, and always whole minutes.
    -(date.get_timezone_offset() as i32)
}
