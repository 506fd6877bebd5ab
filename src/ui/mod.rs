//! Leptos components: they turn model values into views and user events
//! into model and platform calls, and hold no logic worth a unit test.

pub mod add_choices;
pub mod add_chooser;
pub mod add_part;
pub mod app;
pub mod band_label;
pub mod band_type_note;
pub mod exercise_card;
pub mod first_run;
pub mod header;
pub mod icons;
pub mod library_filters;
pub mod log_fields;
pub mod notices;
pub mod on_demand;
pub mod placement_picture;
pub mod player;
pub mod prefetch;
pub mod resume_banner;
pub mod routine;
pub mod screens;
pub mod start_routine;
pub mod state;
pub mod status;
pub mod step_up_offer;
pub mod takeover;
pub mod today;
pub mod undo;
pub mod update_banner;
pub mod when;
