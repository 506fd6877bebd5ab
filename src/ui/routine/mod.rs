//! The routine editor's parts: entries, dose and band editors, circuits,
//! the add panel, dragging, and the moves no band suits (`band_gaps`).

pub mod add_panel;
pub mod band_gaps;
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
use crate::model::routine::routine_book::RoutineId;
use crate::ui::state::kit_and_routines::AppData;

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
    let kit = data.kit.get_untracked();
    data.change_routine(routine, |r| r.add_exercise(exercise, at, kit.as_ref()))
}
