//! The calendar file: its text pinned for one week, escaping, folding,

#![allow(
    clippy::unnecessary_wraps,
    reason = "helpers shaped as the code under test wants them"
)]
//! and where sessions land in the day.

use proptest::prelude::*;

use super::*;
use crate::model::plan::week::{Planned, RoutineRef, RunKind, When};

/// Monday 30 November 2026, as a day since 1970-01-01.
const MONDAY: i64 = 20_787;
/// 30 November 2026, 10:30:00 UTC.
const NOW: u64 = 1_796_034_600_000;

fn planned(when: When) -> Option<Planned> {
    Some(Planned {
        routine: RoutineRef::Starter("runners-ten-quick".to_owned()),
        when,
        by_hand: false,
        kind: None,
    })
}

fn quick(_: &Day) -> Option<Resolved> {
    Some(Resolved {
        name: "Runner's ten, quick".to_owned(),
        seconds: 700,
        link: Some("https://bandwork.example/#/r/AbC-1_x".to_owned()),
    })
}

#[test]
fn the_dates_used_here_are_what_they_say() {
    assert_eq!(civil_from_days(MONDAY as u64), (2026, 11, 30));
    assert_eq!(iso_utc(NOW), "2026-11-30T10:30:00Z");
}

#[test]
fn a_week_is_written_as_the_rfc_asks() {
    let mut week = Week::default();
    week.days[1].run = RunKind::Easy;
    week.days[1].minutes = Some(30);
    week.days[1].band = planned(When::BeforeRun);
    let text = ics(&sessions(&week, quick), MONDAY, NOW, 15);
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Bandwork//Your week//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Bandwork",
        "BEGIN:VEVENT",
        "UID:bandwork-week-tu@bandwork",
        "DTSTAMP:20261130T103000Z",
        "DTSTART:20261201T064300",
        "DURATION:PT12M",
        "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "SUMMARY:Band work: Runner's ten\\, quick",
        "DESCRIPTION:Before your easy run (30 min): Runner's ten\\, quick.\\nOpen it i",
        " n Bandwork: https://bandwork.example/#/r/AbC-1_x",
        "URL:https://bandwork.example/#/r/AbC-1_x",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Band work: Runner's ten\\, quick",
        "TRIGGER:-PT15M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    .join("\r\n");
    assert_eq!(text, expected);
}

#[test]
fn sessions_land_around_the_run_or_at_their_time() {
    let mut week = Week {
        run_clock: 7 * 60,
        ..Week::default()
    };
    week.days[0].run = RunKind::Long;
    week.days[0].minutes = Some(90);
    week.days[0].band = planned(When::AfterRun);
    week.days[2].band = planned(When::At(18 * 60 + 30));
    week.days[3].run = RunKind::Easy;
    week.days[3].band = planned(When::AfterRun);
    week.days[4].band = planned(When::BeforeRun);
    let found = sessions(&week, quick);
    let starts: Vec<(usize, u16)> = found.iter().map(|s| (s.weekday, s.start_min)).collect();
    assert_eq!(
        starts,
        vec![
            (0, 7 * 60 + 95),
            (2, 18 * 60 + 30),
            (3, 7 * 60 + 50),
            (4, 7 * 60),
        ],
        "after 90 min plus 5; at 18:30; after a run of unknown length (45 min) plus 5; \
         no run to go before, so at the usual time"
    );
    assert_eq!(found[0].context, "After your long run (90 min)");
    assert_eq!(found[3].context, "Band work");
    // A routine that no longer exists is left out.
    assert!(sessions(&week, |_| None).is_empty());
}

#[test]
fn an_early_run_never_puts_band_work_on_the_day_before() {
    let mut week = Week {
        run_clock: 5,
        ..Week::default()
    };
    week.days[0].run = RunKind::Easy;
    week.days[0].band = planned(When::BeforeRun);
    assert_eq!(sessions(&week, quick)[0].start_min, 0);
}

#[test]
fn a_hostile_name_stays_one_text_value() {
    let name = "Hills; easy, then strides\\\nEND:VEVENT\r\nX-EVIL:1";
    assert_eq!(
        escape(name),
        "Hills\\; easy\\, then strides\\\\\\nEND:VEVENT\\nX-EVIL:1"
    );
    let mut week = Week::default();
    week.days[0].band = planned(When::At(600));
    let text = ics(
        &sessions(&week, |_| {
            Some(Resolved {
                name: name.to_owned(),
                seconds: 60,
                link: Some("https://x.example/#/r/a\r\nX-EVIL:2".to_owned()),
            })
        }),
        MONDAY,
        NOW,
        15,
    );
    let unfolded = text.replace("\r\n ", "");
    assert!(!unfolded.lines().any(|line| line.starts_with("X-EVIL")));
    assert_eq!(
        unfolded
            .lines()
            .filter(|l| l.starts_with("END:VEVENT"))
            .count(),
        1
    );
}

#[test]
fn long_lines_fold_at_75_octets_between_characters() {
    let mut out = String::new();
    let line = format!("SUMMARY:{}", "é".repeat(60));
    fold_into(&line, &mut out);
    for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(physical.len() <= 75, "{} octets", physical.len());
    }
    assert_eq!(out.replace("\r\n ", "").trim_end(), line);
}

proptest! {
    #[test]
    fn any_name_reads_back_exactly(name in "\\PC{0,200}") {
        let escaped = escape(&name);
        let mut folded = String::new();
        fold_into(&format!("SUMMARY:{escaped}"), &mut folded);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            prop_assert!(physical.len() <= 75);
        }
        let value = folded.replace("\r\n ", "");
        let value = value.trim_end_matches("\r\n").trim_start_matches("SUMMARY:");
        // Unescape as a reader would.
        let mut read = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => read.push('\n'),
                    Some(other) => read.push(other),
                    None => {}
                }
            } else {
                read.push(c);
            }
        }
        let kept: String = name.chars().filter(|c| !c.is_control() || *c == '\n').collect();
        prop_assert_eq!(read, kept);
    }
}
