//! The runner's own bands.
//!
//! - [`band`]: the kit itself, each band known by colour and level;
//! - [`resistance`]: a band's pull in pounds or kilograms.

pub mod band;
pub mod resistance;
