//! The starters the first run offers for the bands just chosen, each
//! fitted to them (`Starter::fitted`), so no move of an offered starter is
//! left without a band.
//!
//! - With no bands (skipped), the four first starters, as they are: the
//!   first run already says each exercise will show no band.
//! - Otherwise, the first starters that fit once their moves are swapped,
//!   with the swaps to say. Those that would have to leave a move out are
//!   not offered, and the reason is given.
//! - If none of them fits (a kit of long loops, which no loop move suits),
//!   every starter that keeps at least half its moves once fitted, the
//!   first starters first, with what is left out said.

use crate::model::kit::band::BandKit;
use crate::model::routine::starter::{self, Fitted, Starter};

/// The starters offered for a first workout: short, and needing little
/// beyond a set of loops. The rest are in Routines.
pub const FIRST_STARTERS: [&str; 4] = [
    "runners-ten-quick",
    "hip-and-foot",
    "desk-and-travel",
    "post-run-stretch",
];

/// What the first run offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// Each offered starter with its routine fitted to the kit.
    pub offered: Vec<(&'static Starter, Fitted)>,
    /// First starters not offered, each with what fitting would leave out.
    pub not_offered: Vec<(&'static Starter, Fitted)>,
}

fn first_starters() -> impl Iterator<Item = &'static Starter> {
    FIRST_STARTERS.iter().filter_map(|id| starter::by_id(id))
}

/// Whether a fitted starter keeps at least half its moves.
fn keeps_half(starter: &Starter, fitted: &Fitted) -> bool {
    fitted.routine.entries.len() * 2 >= starter.exercise_ids().count()
}

/// The starters to offer for `kit` (None: no bands chosen).
pub fn for_kit(kit: Option<&BandKit>) -> Offer {
    let empty = BandKit::default();
    let kit = kit.unwrap_or(&empty);
    let (offered, not_offered): (Vec<_>, Vec<_>) = first_starters()
        .map(|starter| (starter, starter.fitted(kit)))
        .partition(|(_, fitted)| !fitted.leaves_out());
    if !offered.is_empty() {
        return Offer {
            offered,
            not_offered,
        };
    }
    let rest = starter::starters()
        .iter()
        .filter(|s| !FIRST_STARTERS.contains(&s.id));
    let offered = first_starters()
        .chain(rest)
        .map(|starter| (starter, starter.fitted(kit)))
        .filter(|(starter, fitted)| keeps_half(starter, fitted))
        .collect::<Vec<_>>();
    let not_offered = not_offered
        .into_iter()
        .filter(|(starter, _)| !offered.iter().any(|(s, _)| s.id == starter.id))
        .collect();
    Offer {
        offered,
        not_offered,
    }
}

#[cfg(test)]
#[path = "first_offer_tests.rs"]
mod tests;
