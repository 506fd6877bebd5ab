//! The runner's own bands.
//!
//! - [`band_type`]: the kinds of band, which exercises are written for;
//! - [`band`]: the kit itself, each band known by colour and level;
//! - [`band_match`]: which bands suit an exercise, by band type;
//! - [`stand_in`]: a band of another kind doing the job another way (a
//!   flat band tied into a loop), and how;
//! - [`resistance`]: a band's pull in pounds or kilograms;
//! - [`strength`]: the words for a band's strength, by its place in the kit.

pub mod band;
pub mod band_match;
pub mod band_type;
pub mod resistance;
pub mod stand_in;
pub mod strength;
