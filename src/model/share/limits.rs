//! The link format's version and limits: what a link may hold at most, so
//! that reading an untrusted one stays small and fast. The codec enforces
//! them; the error messages name them.

use crate::model::routine::routine_book;

/// The newest format this build writes and reads: version 2 carries the
/// runner's own exercises after the circuits.
pub const FORMAT_VERSION: u8 = 2;
/// The first format: a link with no own exercises is still written in it,
/// so older builds read it too.
pub const PLAIN_FORMAT_VERSION: u8 = 1;
/// The first format with own exercises.
pub const OWN_EXERCISES_SINCE: u8 = 2;
/// The most own exercises one link carries.
pub const MAX_OWN_EXERCISES: usize = 20;
/// The longest payload read at all, in bytes of text; longer ones are
/// refused before any decoding.
pub const MAX_PAYLOAD_CHARS: usize = 2000;
/// The most exercises a shared routine can have.
pub const MAX_ENTRIES: usize = 100;
/// The longest routine name, as the routine book allows.
pub const MAX_NAME_CHARS: usize = routine_book::MAX_NAME_CHARS;
/// The longest exercise id spelled out in a link.
pub const MAX_EXERCISE_ID_BYTES: usize = 64;
/// The highest band level (a kit's size).
pub const MAX_LEVEL: usize = 100;
/// The longest band colour name.
pub const MAX_COLOUR_CHARS: usize = 30;
