//! Routines: what to do, in which order, and how much.
//!
//! - [`entries`]: a routine's entries and circuits, and the edits on them
//!   (re-exported here, so a routine is `model::routine::Routine`);
//! - [`routine_book`]: the runner's saved routines;
//! - [`estimate`]: how long a routine takes;
//! - [`circuit_words`]: a circuit's plan in words;
//! - [`reorder`]: the arithmetic of dragging and keyboard moves.

pub mod circuit_words;
pub mod entries;
pub mod estimate;
pub mod reorder;
pub mod routine_book;

pub use entries::*;
