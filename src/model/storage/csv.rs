//! The history as CSV for a spreadsheet: RFC 4180, one row per exercise
//! of each session, every field defused against spreadsheet formulas.
//! Each exercise has its id and its name (the runner's own exercises by
//! the name they gave, kept after they are deleted).
//! An exercise done each side in turn has its sides' figures per set in
//! `left` and `right` ("12 11 12"), and any note in `note`.

use crate::model::catalog;
use crate::model::history::session::{History, SessionExercise};
use crate::model::time::iso_utc;

/// The CSV header.
const CSV_HEADER: [&str; 16] = [
    "date",
    "routine",
    "duration_s",
    "finished",
    "exercise",
    "exercise_name",
    "sets_done",
    "planned_sets",
    "planned_amount",
    "unit",
    "actual",
    "rating",
    "bands",
    "left",
    "right",
    "note",
];

/// The history as CSV (RFC 4180, CRLF line ends): a header, then one row
/// per exercise of each session. `duration_s` is workout time, pauses left
/// out; the date is the start, in UTC.
pub fn history_csv(history: &History) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().map(|s| (*s).to_owned()));
    for session in &history.sessions {
        for exercise in &session.exercises {
            let bands: Vec<&str> = exercise.bands.iter().map(|b| b.name.as_str()).collect();
            push_row(
                &mut out,
                [
                    iso_utc(session.started_at),
                    session.routine.clone(),
                    session.active_s.to_string(),
                    session.finished.to_string(),
                    exercise.exercise.clone(),
                    catalog::name_of(&exercise.exercise),
                    exercise.sets_done.to_string(),
                    exercise.dose.sets.to_string(),
                    exercise.planned().to_string(),
                    exercise.actual_unit().to_owned(),
                    exercise.actual.map(|a| a.to_string()).unwrap_or_default(),
                    exercise
                        .rating
                        .map(|r| r.label().to_owned())
                        .unwrap_or_default(),
                    bands.join(" + "),
                    side_column(exercise, 0),
                    side_column(exercise, 1),
                    exercise.note.clone(),
                ],
            );
        }
    }
    out
}

/// One side's figures per set, e.g. "12 11 12"; empty for an exercise not
/// done by side.
fn side_column(exercise: &SessionExercise, side: usize) -> String {
    exercise
        .side_figures()
        .unwrap_or_default()
        .iter()
        .filter_map(|pair| pair.get(side))
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

fn push_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(&field));
    }
    out.push_str("\r\n");
}

/// One field, defused against spreadsheet formulas and quoted if needed.
fn csv_field(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::session::sample_session as session;

    const T0: u64 = 1_700_000_000_000;

    fn history() -> History {
        History {
            sessions: vec![session(T0, "Hips"), session(T0 + 86_400_000, "Hips")],
        }
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_exercise() {
        let history = history();
        let csv = history_csv(&history);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 1 + 4 + 1, "{csv}");
        assert_eq!(
            lines[0],
            "date,routine,duration_s,finished,exercise,exercise_name,sets_done,planned_sets,planned_amount,unit,actual,rating,bands,left,right,note"
        );
        assert_eq!(
            lines[1],
            "2023-11-14T22:13:20Z,Hips,540,true,clamshell,Clamshell,3,3,12,reps,10,Too hard,\"Green, light\",,,"
        );
        assert_eq!(
            lines[2],
            "2023-11-14T22:13:20Z,Hips,540,true,walking-squat,Walking squat,2,2,30,seconds of work,,,,,,"
        );
        assert!(lines[3].starts_with("2023-11-15T22:13:20Z,"));
        assert_eq!(lines[5], "");
    }

    #[test]
    fn csv_keeps_both_sides_per_set_and_the_note() {
        let mut history = history();
        let clam = &mut history.sessions[0].exercises[0];
        clam.dose.per_side = true;
        clam.sides = vec![[12, 10], [11, 10], [12, 9]];
        clam.note = "left knee twinged, \"a bit\"".into();
        let csv = history_csv(&history);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(
            lines[1].ends_with(",12 11 12,10 10 9,\"left knee twinged, \"\"a bit\"\"\""),
            "{}",
            lines[1]
        );
        // Sides not given: each side did the one figure.
        history.sessions[0].exercises[0].sides.clear();
        let csv = history_csv(&history);
        assert!(csv.contains(",10 10 10,10 10 10,"), "{csv}");
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("+1"), "'+1");
        assert_eq!(csv_field("@sum"), "'@sum");
        assert_eq!(csv_field("-2"), "'-2");
        let history = History {
            sessions: vec![session(T0, "=cmd|' /C calc'!A0")],
        };
        let csv = history_csv(&history);
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(
            row.starts_with("2023-11-14T22:13:20Z,'=cmd|' /C calc'!A0,540,"),
            "{row}"
        );
        let history = History {
            sessions: vec![session(T0, "=HYPERLINK(\"x\",\"y\")")],
        };
        let csv = history_csv(&history);
        assert!(
            csv.contains(",\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",540,"),
            "{csv}"
        );
    }

    #[test]
    fn an_own_exercise_is_named_in_the_csv_even_after_it_is_deleted() {
        use crate::model::catalog::own::OwnExercises;
        use crate::model::catalog::own_lookup::set_own;
        use crate::model::catalog::own_tests::airplane;
        use crate::model::history::session::sample_session;
        let mut own = OwnExercises::default();
        let id = own.add(airplane());
        set_own(&own.exercises);
        let mut session = sample_session(1_700_000_000_000, "Physio");
        session.exercises[0].exercise.clone_from(&id);
        let history = History {
            sessions: vec![session],
        };
        let row = format!(",{id},Hip airplane,");
        assert!(
            history_csv(&history).contains(&row),
            "{}",
            history_csv(&history)
        );
        own.exercises[0].deleted = true;
        set_own(&own.exercises);
        assert!(history_csv(&history).contains(&row));
    }
}
