//! What the runner has done, read back.
//!
//! - [`session`]: a finished workout and the history of them;
//! - [`rerate`]: rating a past session's exercise later;
//! - [`sides`]: left and right figures, the weaker side, and notes;
//! - [`past`]: a workout added afterwards, and edits with their undo;
//! - [`stats`]: workouts by day and week, the weekly goal and the streak;
//! - [`heat_labels`]: the heat map's weekday and month labels;
//! - [`progress`]: one exercise's figures over time;
//! - [`progress_chart`]: those figures drawn as SVG paths and put in words;
//! - [`progression`]: when and how to make an exercise harder;
//! - [`step_ups`]: those suggestions for a whole routine, and applying them.

pub mod heat_labels;
pub mod past;
pub mod progress;
pub mod progress_chart;
pub mod progression;
pub mod rerate;
pub mod session;
pub mod sides;
pub mod stats;
pub mod step_ups;
