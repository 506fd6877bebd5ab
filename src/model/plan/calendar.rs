//! The week's band sessions as an iCalendar file (RFC 5545) for any
//! calendar app: one weekly repeating event per planned session, in
//! floating local time (it stays at 07:00 wherever the runner travels),
//! with a reminder and the routine's share link.
//!
//! Written by hand: the `icalendar` crate would add its builder, `chrono`
//! and a parser to the wasm for the dozen lines this file needs (see
//! ARCHITECTURE.md for the measured sizes). The runner's text is escaped as
//! the RFC asks (backslash, semicolon, comma, newline) and every line is
//! folded at 75 octets, never inside a character, so a routine name can
//! neither break a line nor add a property.

use super::week::{Day, Week, When, DAYS};
use crate::model::time::{civil_from_days, iso_utc};

/// One planned session, with its routine resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// 0 = Monday.
    pub weekday: usize,
    /// Minutes after midnight, local time.
    pub start_min: u16,
    pub duration_min: u16,
    pub routine_name: String,
    /// When in the day, in words ("Before your easy run (30 min)").
    pub context: String,
    /// The routine's share link (opens it in Bandwork), if it has one.
    pub link: Option<String>,
}

/// A routine as the calendar needs it: its name, length and link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub name: String,
    pub seconds: u32,
    pub link: Option<String>,
}

/// Minutes between band work and the run it goes with.
const GAP_MIN: u16 = 5;
/// A run's length when the runner gave none, for placing work after it.
const DEFAULT_RUN_MIN: u16 = 45;
const DAY_CODES: [&str; DAYS] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The week's sessions; `resolve` gives each planned routine's name,
/// length and link (None for one that no longer exists, which is left out).
pub fn sessions(week: &Week, resolve: impl Fn(&Day) -> Option<Resolved>) -> Vec<Session> {
    let mut out = Vec::new();
    for (weekday, day) in week.days.iter().enumerate() {
        let (Some(planned), Some(routine)) = (&day.band, resolve(day)) else {
            continue;
        };
        let duration_min = routine.seconds.div_ceil(60).clamp(1, 24 * 60) as u16;
        let run = day.minutes.unwrap_or(DEFAULT_RUN_MIN);
        let (start, context) = match planned.when {
            When::BeforeRun if day.run.is_run() => (
                i32::from(week.run_clock) - i32::from(duration_min) - i32::from(GAP_MIN),
                format!("Before your {}", run_words(day)),
            ),
            When::AfterRun if day.run.is_run() => (
                i32::from(week.run_clock) + i32::from(run) + i32::from(GAP_MIN),
                format!("After your {}", run_words(day)),
            ),
            When::BeforeRun | When::AfterRun => (i32::from(week.run_clock), "Band work".to_owned()),
            When::At(clock) => (i32::from(clock), "Band work".to_owned()),
        };
        out.push(Session {
            weekday,
            start_min: start.clamp(0, 24 * 60 - 1) as u16,
            duration_min,
            routine_name: routine.name,
            context,
            link: routine.link,
        });
    }
    out
}

fn run_words(day: &Day) -> String {
    let kind = day.run.noun();
    match day.minutes {
        Some(minutes) => format!("{kind} ({minutes} min)"),
        None => kind.to_owned(),
    }
}

/// The calendar file. `monday` is the local day (days since 1970-01-01)
/// of this week's Monday: each event starts on its weekday of this week and
/// repeats weekly. `now_ms` stamps the file; `reminder_min` is how long
/// before each session the calendar reminds.
pub fn ics(sessions: &[Session], monday: i64, now_ms: u64, reminder_min: u16) -> String {
    let stamp = iso_utc(now_ms).replace(['-', ':'], "");
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Bandwork//Your week//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "X-WR-CALNAME:Bandwork".to_owned(),
    ];
    for session in sessions {
        let day = monday + session.weekday as i64;
        let (year, month, date) = civil_from_days(day.max(0) as u64);
        let code = DAY_CODES[session.weekday % DAYS];
        let summary = format!("Band work: {}", session.routine_name);
        let mut description = format!("{}: {}.", session.context, session.routine_name);
        if let Some(link) = &session.link {
            description.push_str(&format!("\nOpen it in Bandwork: {link}"));
        }
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:bandwork-week-{}@bandwork", code.to_lowercase()),
            format!("DTSTAMP:{stamp}"),
            format!(
                "DTSTART:{year:04}{month:02}{date:02}T{:02}{:02}00",
                session.start_min / 60,
                session.start_min % 60
            ),
            format!("DURATION:PT{}M", session.duration_min),
            format!("RRULE:FREQ=WEEKLY;BYDAY={code}"),
            format!("SUMMARY:{}", escape(&summary)),
            format!("DESCRIPTION:{}", escape(&description)),
        ]);
        if let Some(link) = &session.link {
            lines.push(format!("URL:{}", uri_text(link)));
        }
        lines.extend([
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", escape(&summary)),
            format!("TRIGGER:-PT{reminder_min}M"),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in &lines {
        fold_into(line, &mut out);
    }
    out
}

/// Text as an iCalendar TEXT value: backslash, semicolon and comma
/// escaped, a newline as `\n`, other control characters left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A link as a URI value: it has no escapes, so anything that could end
/// the line or the value is left out (a share link never has such).
fn uri_text(link: &str) -> String {
    link.chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

/// Appends `line` folded at 75 octets (a continuation starts with a space,
/// which counts), ending each physical line with CRLF.
pub fn fold_into(line: &str, out: &mut String) {
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
}

// Property tests: proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "calendar_tests.rs"]
mod tests;
