//! Pure domain logic: no browser APIs and no Leptos, so everything here is
//! tested natively with `cargo test`.
//!
//! - [`dose`]: how much of an exercise to do, and its checks;
//! - [`catalog`]: the exercises and the starter routines;
//! - [`kit`]: the runner's bands;
//! - [`routine`]: routines and their estimate;
//! - [`workout`]: the player's timer, cues and the saved workout;
//! - [`history`]: stats, progress and progression from past sessions;
//! - [`fit`]: a session as a FIT activity file for Garmin Connect and Strava;
//! - [`storage`]: the stored schema, backups, export and import;
//! - [`share`]: routines as links and QR codes;
//! - [`plan`]: the runner's week, with band work planned around the runs;
//! - [`prefetch`]: which screens' code to fetch ahead, and when not to;
//! - [`settings`], [`route`] and [`time`]: the runner's settings, the app's
//!   URLs, and local days, weeks and clock readings.

pub mod catalog;
pub mod dose;
pub mod fit;
pub mod history;
pub mod kit;
pub mod plan;
pub mod prefetch;
pub mod route;
pub mod routine;
pub mod settings;
pub mod share;
pub mod storage;
pub mod time;
pub mod workout;
