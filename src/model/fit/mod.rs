//! A session as a FIT activity file, the format Garmin devices write and
//! Garmin Connect and Strava import: written by our own small encoder for
//! just the messages a strength session needs. (The one FIT writer crate
//! found, `fit-rust` 0.1.8, writes only to a file path, which a browser
//! does not have, and brings `binrw` and about 200 kB of profile source.)
//!
//! - [`encoder`]: the FIT container: header, definition and data messages,
//!   and the CRC;
//! - [`activity`]: a [`crate::model::history::session::Session`] as those
//!   messages: file id, start and stop events, records, one `set` per set
//!   (active, with rests between), exercise titles, a lap, the session and
//!   the activity.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod activity;
pub mod encoder;
