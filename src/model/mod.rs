//! Pure domain logic: no browser APIs and no Leptos, so everything here is
//! tested natively with `cargo test`.

pub mod backup;
pub mod backup_reminder;
pub mod band;
pub mod catalog;
pub mod cue;
pub mod cue_support;
pub mod dose;
pub mod estimate;
pub mod exercise;
pub mod export;
#[cfg(test)]
mod fixtures;
pub mod history_format;
pub mod library_filter;
pub mod playback;
pub mod progress;
pub mod progress_chart;
pub mod progression;
pub mod reorder;
pub mod resistance;
pub mod route;
pub mod routine;
pub mod routine_book;
pub mod settings;
pub mod share;
pub mod starter;
pub mod stats;
pub mod store;
pub mod timeline;
pub mod workout;
