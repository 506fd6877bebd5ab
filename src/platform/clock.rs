//! The wall clock, in whole milliseconds since the Unix epoch: the one time
//! source the workout player reads, and dates in the reader's own words
//! (through `Intl`, with a plain fallback where it is missing).

use wasm_bindgen::JsValue;

use super::js;

/// Now, from `Date.now()`.
pub fn now_ms() -> u64 {
    // Date.now() is a whole number of milliseconds well inside u64.
    js_sys::Date::now() as u64
}

/// A date formatter for the browser's language and time zone, made once:
/// making one per date costs more than the formatting itself, which adds
/// up over a screen of dates. None where `Intl` is missing or refuses.
fn formatter(fields: &[(&str, &str)]) -> Option<JsValue> {
    let options = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    let intl = js::get(&js::global()?, "Intl")?;
    let constructor = js::function(&intl, "DateTimeFormat")?;
    js::construct(&constructor, &[js_sys::Array::new().into(), options.into()])
}

fn format_with(formatter: Option<&JsValue>, ms: u64, with_time: bool) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    formatter
        .and_then(|formatter| js::call(formatter, "format", &[date.clone().into()]))
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| plain_date(&date, with_time))
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The date in fixed English words, where the browser can't format dates:
/// "21 Nov 2026", with ", 08:30" when `with_time`.
fn plain_date(date: &js_sys::Date, with_time: bool) -> String {
    let month = MONTHS.get(date.get_month() as usize).unwrap_or(&"");
    let day = format!("{} {month} {}", date.get_date(), date.get_full_year());
    if with_time {
        format!("{day}, {:02}:{:02}", date.get_hours(), date.get_minutes())
    } else {
        day
    }
}

thread_local! {
    static DATE_AND_TIME: Option<JsValue> = formatter(&[
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ]);
    static DATE_ONLY: Option<JsValue> =
        formatter(&[("day", "numeric"), ("month", "short"), ("year", "numeric")]);
}

/// A moment as a short local date and time, e.g. "Sat 21 Nov, 08:30", in
/// the browser's language and time zone.
pub fn local_date(ms: u64) -> String {
    DATE_AND_TIME.with(|f| format_with(f.as_ref(), ms, true))
}

/// A moment's local date alone, e.g. "21 Nov 2026", in the browser's
/// language and time zone.
pub fn short_date(ms: u64) -> String {
    DATE_ONLY.with(|f| format_with(f.as_ref(), ms, false))
}

/// The local time zone's offset from UTC at `ms`, in minutes east.
pub fn offset_min(ms: u64) -> i32 {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    // getTimezoneOffset is minutes *behind* UTC, and always whole minutes.
    -(date.get_timezone_offset() as i32)
}
