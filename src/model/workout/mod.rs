//! The workout player's logic: the timer as a pure function of timestamps,
//! over the segments of [`crate::model::routine::timeline`].
//!
//! - [`playback`]: where a workout stands at any moment, replayed from its
//!   start time and the runner's taps;
//! - [`cue`]: the beeps, words and buzzes due since the last look;
//! - [`cue_support`]: which cues this device can give;
//! - [`shown`]: what the player shows and says about a segment;
//! - [`band_advice`]: how to use a stand-in band, or what to do with no
//!   band;
//! - [`how_to`]: the move's key step and all its steps, for the player;
//! - [`saved`]: the workout in progress as stored, and the session it becomes
//!   (re-exported here).

// Code here reads untrusted or stored input: it must not panic on it.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod band_advice;
pub mod cue;
pub mod cue_support;
pub mod how_to;
pub mod playback;
pub mod saved;
pub mod shown;

pub use saved::*;
