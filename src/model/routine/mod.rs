//! Routines: what to do, in which order, and how much.
//!
//! - [`entries`]: a routine's entries and circuits, and the edits on them
//!   (re-exported here, so a routine is `model::routine::Routine`);
//! - [`routine_book`]: the runner's saved routines;
//! - [`starter`]: the ready-made routines built from the articles, and
//!   fitted to the runner's bands; [`first_offer`]: the ones the first
//!   run offers for the bands just chosen;
//! - [`swap`]: a move the runner's bands cannot do, swapped for one they
//!   can;
//! - [`own_merge`]: the runner's own exercises in routines: taking in the
//!   ones a share link brings, and deleting one from every routine;
//! - [`timeline`]: a routine expanded into the segments the player steps
//!   through, with every timing the app assumes;
//! - [`estimate`]: how long a routine takes;
//! - [`circuit_words`]: a circuit's plan in words;
//! - [`reorder`]: the arithmetic of dragging and keyboard moves.

pub mod circuit_words;
pub mod entries;
pub mod estimate;
pub mod first_offer;
pub mod own_merge;
pub mod reorder;
pub mod routine_book;
pub mod starter;
pub mod swap;
pub mod timeline;

pub use entries::*;
