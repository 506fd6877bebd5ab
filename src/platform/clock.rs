//! The wall clock, in whole milliseconds since the Unix epoch: the one time
//! source the workout player reads.

/// Now, from `Date.now()`.
pub fn now_ms() -> u64 {
    // Date.now() is a whole number of milliseconds well inside u64.
    js_sys::Date::now() as u64
}
