//! Leptos components: they turn model values into views and user events
//! into model and platform calls, and hold no logic worth a unit test.

pub mod add_chooser;
pub mod app;
pub mod band_label;
pub mod band_type_note;
pub mod data;
pub mod exercise_card;
pub mod first_run;
pub mod header;
pub mod icons;
pub mod lazy;
pub mod library_filters;
pub mod log_fields;
pub mod notices;
pub mod own_data;
pub mod persisted;
pub mod placement_picture;
pub mod plan_data;
pub mod plan_presence;
pub mod player;
pub mod prefetch;
pub mod resume_banner;
pub mod routine;
pub mod screens;
pub mod settings_context;
pub mod start_routine;
pub mod status;
pub mod step_up_offer;
pub mod sync;
pub mod today;
pub mod undo;
pub mod update_banner;
pub mod when;
pub mod workout_data;
