//! Leptos components: they turn model values into views and user events
//! into model and platform calls, and hold no logic worth a unit test.

pub mod app;
pub mod header;
pub mod notices;
pub mod screens;
pub mod status;
