//! Pure domain logic: no browser APIs and no Leptos, so everything here is
//! tested natively with `cargo test`.
//!
//! Layers, bottom to top; each imports only layers below it, tests included:
//! dose, time, route, voice -> kit, prefetch -> settings, catalog -> routine -> history -> workout, plan, share -> fit, storage
//!
//! - [`dose`]: how much of an exercise to do, and its checks;
//! - [`kit`]: the runner's bands and the kinds of band;
//! - [`catalog`]: the exercises, and the runner's own;
//! - [`routine`]: routines, the starter routines, their timeline and
//!   estimate;
//! - [`history`]: stats, progress and progression from past sessions;
//! - [`workout`]: the player's timer, cues and the saved workout;
//! - [`plan`]: the runner's week, with band work planned around the runs;
//! - [`share`]: routines as links and QR codes;
//! - [`fit`]: a session as a FIT activity file for Garmin Connect and Strava;
//! - [`storage`]: the stored schema, backups, export and import;
//! - [`prefetch`]: which screens' code to fetch ahead, and when not to;
//! - [`settings`], [`route`] and [`time`]: the runner's settings, the app's
//!   URLs, and local days, weeks and clock readings;
//! - [`voice`]: the voice for spoken cues and the beeps' volume.

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
pub mod voice;
pub mod workout;
