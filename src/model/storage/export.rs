//! Everything the user made, as one JSON file to keep or move to another
//! device. Reading a file says in plain words why it cannot be used; importing merges by id, so the same
//! file imported twice adds nothing the second time.

use std::fmt;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::catalog::own::OwnExercises;
use crate::model::history::session::History;
use crate::model::kit::band::BandKit;
use crate::model::plan::week::{RoutineRef, Week};
use crate::model::routine::routine_book::RoutineBook;
use crate::model::routine::Routine;

/// What the `format` field of an export says.
pub const FORMAT: &str = "bandwork-export";
/// The export version this build writes.
pub const VERSION: u64 = 1;

/// A whole export. Settings are device preferences and are left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub version: u64,
    /// When it was made, in ms since the Unix epoch.
    pub exported_at: u64,
    pub kit: Option<BandKit>,
    pub routines: RoutineBook,
    pub history: History,
    /// The runner's week, if they planned one (exports before it have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Week>,
    /// The runner's own exercises (absent in exports made before them).
    #[serde(default, skip_serializing_if = "OwnExercises::is_empty")]
    pub exercises: OwnExercises,
}

impl Export {
    /// An export of the given data, made at `now` (ms).
    pub fn new(kit: Option<BandKit>, routines: RoutineBook, history: History, now: u64) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            exported_at: now,
            kit,
            routines,
            history,
            plan: None,
            exercises: OwnExercises::default(),
        }
    }

    /// The same export, with the runner's week.
    #[must_use]
    pub fn with_plan(mut self, plan: Option<Week>) -> Self {
        self.plan = plan;
        self
    }

    /// The export with the runner's own exercises in it.
    #[must_use]
    pub fn with_exercises(self, exercises: OwnExercises) -> Self {
        Self { exercises, ..self }
    }

    /// The export as JSON text.
    #[allow(
        clippy::expect_used,
        reason = "derived Serialize with string keys cannot fail"
    )]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an export always serialises")
    }

    /// Reads an export, checking what it is before what it holds.
    pub fn from_json(text: &str) -> Result<Self, ImportError> {
        let header: Header =
            serde_json::from_str(text).map_err(|_| {
                match serde_json::from_str::<Ignored>(text) {
                    Ok(_) => ImportError::NotBandwork,
                    Err(_) => ImportError::NotJson,
                }
            })?;
        if header.format.as_deref() != Some(FORMAT) {
            return Err(ImportError::NotBandwork);
        }
        let version = header.version.ok_or(ImportError::NotBandwork)?;
        if version > VERSION {
            return Err(ImportError::Newer(version));
        }
        // One more pass reads the whole body; only when it fails do the
        // parts go one by one, to name the part that is damaged.
        let Body {
            kit,
            routines,
            history,
            exported_at,
            plan,
            exercises,
        } = serde_json::from_str(text).map_err(|_| damaged_part(text))?;
        Ok(Self {
            format: FORMAT.to_owned(),
            version,
            exported_at,
            kit,
            routines,
            history,
            plan: plan.map(Week::clamped),
            exercises,
        })
    }
}

/// The first part of an export that does not read (for the message).
fn damaged_part(text: &str) -> ImportError {
    let damaged = if serde_json::from_str::<KitPart>(text).is_err() {
        "band kit"
    } else if serde_json::from_str::<RoutinesPart>(text).is_err() {
        "routines"
    } else if serde_json::from_str::<HistoryPart>(text).is_err() {
        "history"
    } else if serde_json::from_str::<PlanPart>(text).is_err() {
        "week plan"
    } else if serde_json::from_str::<ExercisesPart>(text).is_err() {
        "own exercises"
    } else {
        "export date"
    };
    ImportError::Damaged(damaged)
}

/// What an export holds; its header is read apart.
#[derive(Deserialize)]
struct Body {
    kit: Option<BandKit>,
    routines: RoutineBook,
    history: History,
    exported_at: u64,
    #[serde(default)]
    plan: Option<Week>,
    #[serde(default)]
    exercises: OwnExercises,
}

/// Any JSON value, read and thrown away.
type Ignored = serde::de::IgnoredAny;

/// What the file says it is; everything else is skipped unread.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

// Each part alone, read only to name the damaged one: the fields are
// checked, never used.
#[derive(Deserialize)]
#[allow(dead_code)]
struct KitPart {
    kit: Option<BandKit>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct RoutinesPart {
    routines: RoutineBook,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct HistoryPart {
    history: History,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct PlanPart {
    #[serde(default)]
    plan: Option<Week>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct ExercisesPart {
    #[serde(default)]
    exercises: OwnExercises,
}

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (a picture, a text note, a cut-off file).
    NotJson,
    /// JSON, but not something Bandwork exported.
    NotBandwork,
    /// Exported by a newer version of Bandwork.
    Newer(u64),
    /// A Bandwork export with one part that does not read.
    Damaged(&'static str),
}

/// The data after an import, with what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    pub kit: Option<BandKit>,
    pub routines: RoutineBook,
    pub history: History,
    pub tally: Tally,
}

/// What an import adds and what it finds already here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub added_sessions: usize,
    pub added_routines: usize,
    pub skipped_sessions: usize,
    pub skipped_routines: usize,
}

impl Tally {
    /// What importing would do, e.g. "12 workouts and 2 routines are new;
    /// 3 workouts are already here."
    pub fn preview(&self) -> String {
        if self.added_sessions == 0 && self.added_routines == 0 {
            return "Everything in this file is already here: importing adds nothing.".to_owned();
        }
        let new = format!(
            "{} and {} {} new",
            count(self.added_sessions, "workout"),
            count(self.added_routines, "routine"),
            if self.added_sessions + self.added_routines == 1 {
                "is"
            } else {
                "are"
            }
        );
        let skipped = self.skipped_sessions + self.skipped_routines;
        if skipped == 0 {
            return format!("{new}.");
        }
        let here = match (self.skipped_sessions, self.skipped_routines) {
            (s, 0) => count(s, "workout"),
            (0, r) => count(r, "routine"),
            (s, r) => format!("{} and {}", count(s, "workout"), count(r, "routine")),
        };
        let verb = if skipped == 1 { "is" } else { "are" };
        format!("{new}; {here} {verb} already here.")
    }

    /// What importing did, for the status line.
    pub fn result(&self) -> String {
        format!(
            "Imported {} and {}.",
            count(self.added_sessions, "workout"),
            count(self.added_routines, "routine")
        )
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Merges an import into the current data. Sessions are matched by id (the
/// start time) and kept oldest first; a routine is added unless one with
/// the same entries and name (or that name numbered by an earlier import)
/// is already here (a taken name gets a number);
/// the current kit stays, and the imported one is used only when there is
/// none. Imported routines' bands are matched to the kept kit by colour and
/// level name; a band the kit lacks becomes "no band".
pub fn merge(current: (Option<BandKit>, RoutineBook, History), imported: Export) -> Merged {
    let (kit, mut routines, mut history) = current;
    let kit = kit.or_else(|| imported.kit.clone());
    let mut tally = Tally::default();

    let mut known: HashSet<u64> = history.sessions.iter().map(|s| s.id).collect();
    for session in imported.history.sessions {
        if known.insert(session.id) {
            history.sessions.push(session);
            tally.added_sessions += 1;
        } else {
            tally.skipped_sessions += 1;
        }
    }
    history.sessions.sort_by_key(|s| s.id);

    for saved in &imported.routines.routines {
        let routine = match_bands(&saved.routine, imported.kit.as_ref(), kit.as_ref());
        if is_here(&routines, &routine) {
            tally.skipped_routines += 1;
        } else {
            routines.add(routine);
            tally.added_routines += 1;
        }
    }

    Merged {
        kit,
        routines,
        history,
        tally,
    }
}

/// The week after an import: the runner's own plan stays; with none, the
/// imported one is taken, its saved routines found again by name in the
/// merged routines (an import gives them new ids). A routine not found
/// leaves its day without band work.
pub fn merge_plan(
    current: Option<Week>,
    imported: Option<Week>,
    book: &RoutineBook,
) -> Option<Week> {
    if current.is_some() {
        return current;
    }
    let mut plan = imported?;
    for day in &mut plan.days {
        let Some(planned) = &mut day.band else {
            continue;
        };
        if let RoutineRef::Saved { id, name } = &mut planned.routine {
            let exact = book
                .routines
                .iter()
                .find(|r| r.routine.name.trim().eq_ignore_ascii_case(name.trim()));
            let found = exact.or_else(|| {
                book.routines
                    .iter()
                    .find(|r| same_name(&r.routine.name, name))
            });
            match found {
                Some(found) => {
                    *id = found.id;
                    name.clone_from(&found.routine.name);
                }
                None => day.band = None,
            }
        }
    }
    Some(plan)
}

/// What [`merge`] would add and skip, worked out without copying the
/// current data or the file's (a history can be megabytes): for the preview.
pub fn tally(current: (&Option<BandKit>, &RoutineBook, &History), imported: &Export) -> Tally {
    let (kit, book, history) = current;
    let kit = kit.as_ref().or(imported.kit.as_ref());
    let mut tally = Tally::default();
    let mut known: HashSet<u64> = history.sessions.iter().map(|s| s.id).collect();
    for session in &imported.history.sessions {
        if known.insert(session.id) {
            tally.added_sessions += 1;
        } else {
            tally.skipped_sessions += 1;
        }
    }
    let mut added: Vec<Routine> = Vec::new();
    for saved in &imported.routines.routines {
        let routine = match_bands(&saved.routine, imported.kit.as_ref(), kit);
        let added_already = added
            .iter()
            .any(|r| r.entries == routine.entries && same_name(&r.name, &routine.name));
        if is_here(book, &routine) || added_already {
            tally.skipped_routines += 1;
        } else {
            added.push(routine);
            tally.added_routines += 1;
        }
    }
    tally
}

/// Whether `book` holds `routine` already (the same entries, and its name
/// or that name numbered by an earlier import).
fn is_here(book: &RoutineBook, routine: &Routine) -> bool {
    book.routines
        .iter()
        .any(|r| r.routine.entries == routine.entries && same_name(&r.routine.name, &routine.name))
}

/// Whether `here` is `imported`'s name, perhaps numbered on an earlier
/// import because the name was taken (`Hips 2`).
fn same_name(here: &str, imported: &str) -> bool {
    let (here, imported) = (here.trim(), imported.trim());
    if here.eq_ignore_ascii_case(imported) {
        return true;
    }
    here.len() > imported.len()
        && here.is_char_boundary(imported.len())
        && here[..imported.len()].eq_ignore_ascii_case(imported)
        && here[imported.len()..]
            .strip_prefix(' ')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `routine` with its band ids pointing into `to` rather than `from`.
fn match_bands(routine: &Routine, from: Option<&BandKit>, to: Option<&BandKit>) -> Routine {
    let mut routine = routine.clone();
    // An export from before circuits did one set per round; a no-op since.
    routine.one_set_per_round();
    if from == to {
        return routine;
    }
    let map = |id: Option<u32>| {
        let band = from?.get(id?)?;
        to?.bands
            .iter()
            .find(|b| {
                b.colour
                    .name
                    .trim()
                    .eq_ignore_ascii_case(band.colour.name.trim())
                    && b.label.trim().eq_ignore_ascii_case(band.label.trim())
            })
            .map(|b| b.id)
    };
    for entry in &mut routine.entries {
        entry.bands.main = map(entry.bands.main);
        entry.bands.stacked = map(entry.bands.stacked);
    }
    routine
}

/// The problem in plain words, ending with what happened to the data.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: String = {
            let body = match self {
                ImportError::NotJson => {
                    "This file is not a Bandwork export: it is not JSON data.".to_owned()
                }
                ImportError::NotBandwork => {
                    "This file holds JSON data, but not a Bandwork export.".to_owned()
                }
                ImportError::Newer(version) => format!(
            "This export comes from a newer version of Bandwork (format {version}). Update \
             the app, then import it again."
        ),
                ImportError::Damaged(part) => {
                    format!("This Bandwork export is damaged: its {part} could not be read.")
                }
            };
            format!("{body} Nothing was imported.")
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
