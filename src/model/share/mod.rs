//! Share links: a routine packed into the URL fragment (`#/r/<payload>`),
//! which browsers never send to a server, and read back on another phone.
//!
//! - [`shared`]: the routine as a link carries it, bands as level and
//!   colour, and how it maps onto the recipient's kit.
//! - [`senders_kit`]: the sender's bands, shown to (and taken as a kit by)
//!   someone who has no bands yet.
//! - [`codec`]: the versioned binary format.
//! - [`dose_wire`]: a dose's bytes, shared by the entries and own exercises.
//! - [`limits`]: its version and the most a link may hold.
//! - [`wire`]: varints and base64url.
//! - [`codes`]: the append-only numbers for catalog exercises.
//! - [`own_wire`]: the runner's own exercises in a link (version 2).
//! - [`error`]: what can go wrong, in plain words.
//! - [`qr`]: the link as a QR code, in SVG.
//! - [`mark`]: the calendar's links to the runner's own routine.
//! - [`already_saved`]: whether a link's routine is one saved already.
//!
//! A link is untrusted input: reading it never panics, and anything it
//! holds is plain text for the page to show as text.

// Code here reads untrusted or stored input: it must not panic on it.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

pub mod already_saved;
pub mod codec;
pub mod codes;
pub mod dose_wire;
pub mod error;
pub mod limits;
pub mod mark;
pub mod own_wire;
pub mod qr;
pub mod senders_kit;
pub mod shared;
pub mod wire;

// Native only: their dev-dependencies do not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod own_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use crate::model::kit::band::BandKit;
use crate::model::routine::Routine;

pub use error::ShareError;
pub use limits::{FORMAT_VERSION, MAX_ENTRIES, MAX_NAME_CHARS, MAX_PAYLOAD_CHARS};
pub use shared::{SharedBand, SharedCircuit, SharedEntry, SharedRoutine};

/// What comes before the payload in a share link's fragment.
pub const LINK_PREFIX: &str = "#/r/";

/// The payload for a routine, with bands looked up in the sender's kit.
pub fn encode(routine: &Routine, kit: &BandKit) -> Result<String, ShareError> {
    SharedRoutine::from_routine(routine, kit).encode()
}

/// The shared routine in a payload (the text after [`LINK_PREFIX`]).
pub fn decode(payload: &str) -> Result<SharedRoutine, ShareError> {
    codec::decode(payload)
}

/// How many characters the routine's payload takes.
pub fn payload_len(routine: &Routine, kit: &BandKit) -> Result<usize, ShareError> {
    encode(routine, kit).map(|payload| payload.len())
}

/// The fragment for a payload: `#/r/<payload>`.
pub fn link_hash(payload: &str) -> String {
    format!("{LINK_PREFIX}{payload}")
}

/// The payload in a location hash, when the hash is a share link.
pub fn payload_in_hash(hash: &str) -> Option<&str> {
    hash.strip_prefix(LINK_PREFIX)
}

impl SharedRoutine {
    /// This routine's payload, or the first limit it breaks.
    pub fn encode(&self) -> Result<String, ShareError> {
        codec::encode(self)
    }
}
