//! One component per top-level screen.

mod bands;
mod cue_sound;
mod data_card;
mod exercise_detail;
mod exercise_form;
mod exercise_progress;
mod history;
mod keep_data;
mod library;
mod own_parts;
mod plan;
mod routine_editor;
mod routines;
mod settings;
mod shared;
mod shared_saved;

pub use bands::BandsScreen;
pub use exercise_detail::ExerciseDetail;
pub use exercise_form::ExerciseForm;
pub use history::HistoryScreen;
pub use library::LibraryScreen;
pub use plan::PlanScreen;
pub use routine_editor::RoutineEditor;
pub use routines::RoutinesScreen;
pub use settings::SettingsScreen;
pub use shared::SharedRoutineScreen;
