//! The routine editor's parts: entries, dose and band editors, circuits,
//! the add panel, and dragging.

pub mod add_panel;
pub mod band_picker;
pub mod circuit_settings;
pub mod dose_editor;
pub mod drag;
pub mod entry_row;
pub mod share_panel;
pub mod start_button;
pub mod suggestions;

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::catalog::exercise::Category;
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::BandChoice;
use crate::ui::data::AppData;

/// Adds a catalog exercise to a routine at `at` (the end when None), with
/// its default dose and a starting band from the user's kit. Returns the
/// new entry's position.
pub fn add_exercise(
    data: AppData,
    routine: RoutineId,
    exercise: &str,
    at: Option<usize>,
) -> Option<usize> {
    let exercise = catalog::by_id(exercise)?;
    let gentle = exercise.category == Category::Mobility;
    let main = data
        .kit
        .with_untracked(|kit| kit.as_ref().and_then(|k| k.starting_band(gentle)));
    let bands = BandChoice {
        main,
        stacked: None,
    };
    data.change_routine(routine, |r| {
        let at = at.unwrap_or(r.entries.len()).min(r.entries.len());
        r.insert(at, exercise.id, exercise.default_dose, bands);
        at
    })
}
