//! Swapping a move the runner's bands cannot do for one they can.
//!
//! A move is written for one kind of band (`kit::band_match`); with a kit
//! of loops, a tube move has no band. Its substitute is a built-in move of
//! the same purpose that a band in the kit suits: one that works the same
//! body area as the move's main muscle, is a stretch when the move is a
//! stretch (and not otherwise), and needs no anchor or treadmill the move
//! did not. Among those the best scores highest on: the same family (a
//! variation of the same base move), the same main muscle, shared muscles,
//! the same category, and the same one-side-at-a-time shape; a tie goes to
//! the catalog's order. A move already in the routine is never offered, so
//! two gaps never swap for the same move.

use crate::model::catalog::{
    self,
    exercise::{Category, Equipment, Exercise, Muscle},
};
use crate::model::dose::Dose;
use crate::model::kit::band::BandKit;
use crate::model::kit::band_match;
use crate::model::kit::band_type::BandType;
use crate::model::routine::{BandChoice, EntryId, Routine};

/// Whether the kit has a band that suits this exercise.
pub fn can_band(kit: &BandKit, exercise: &Exercise) -> bool {
    band_match::has_suitable(kit, exercise.band_type)
}

/// A part of the body, for "the same body area".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Area {
    Hips,
    Thighs,
    LowerLeg,
    Trunk,
    Upper,
}

fn area(muscle: Muscle) -> Area {
    match muscle {
        Muscle::Glutes | Muscle::GluteMedius | Muscle::HipFlexors | Muscle::Adductors => Area::Hips,
        Muscle::Quads | Muscle::Hamstrings => Area::Thighs,
        Muscle::Calves | Muscle::Shins | Muscle::Feet => Area::LowerLeg,
        Muscle::Core | Muscle::Back => Area::Trunk,
        Muscle::Chest | Muscle::Shoulders | Muscle::Arms => Area::Upper,
    }
}

/// The move an exercise is a variation of, or itself.
fn family(exercise: &Exercise) -> &'static str {
    exercise.variation_of.unwrap_or(exercise.id)
}

/// Equipment a substitute may only need when the move did too.
const SPECIAL: [Equipment; 2] = [Equipment::Anchor, Equipment::Treadmill];

/// How well `to` stands in for `from`; None when it does not do the same
/// job at all.
fn score(from: &Exercise, to: &Exercise) -> Option<u32> {
    let main = from.muscles.first().copied()?;
    let same_area = to.muscles.iter().any(|m| area(*m) == area(main));
    let stretch = |e: &Exercise| e.category == Category::Mobility;
    let extra_kit = SPECIAL
        .iter()
        .any(|e| to.equipment.contains(e) && !from.equipment.contains(e));
    if !same_area || stretch(from) != stretch(to) || extra_kit {
        return None;
    }
    let shared = to
        .muscles
        .iter()
        .filter(|m| from.muscles.contains(m))
        .count();
    let mut score = u32::try_from(shared).unwrap_or(0);
    if family(from) == family(to) {
        score += 4;
    }
    if to.muscles.first() == Some(&main) {
        score += 3;
    }
    if to.category == from.category {
        score += 2;
    }
    if to.per_side == from.per_side {
        score += 1;
    }
    Some(score)
}

/// The built-in move that best does `from`'s job with a band `kit` has,
/// leaving out the moves in `taken`. None when no move like it suits the
/// kit.
pub fn substitute(from: &Exercise, kit: &BandKit, taken: &[&str]) -> Option<&'static Exercise> {
    let mut best: Option<(u32, &'static Exercise)> = None;
    for to in catalog::built_in() {
        if to.id == from.id || taken.contains(&to.id) || !can_band(kit, to) {
            continue;
        }
        if let Some(points) = score(from, to) {
            if best.is_none_or(|(top, _)| points > top) {
                best = Some((points, to));
            }
        }
    }
    best.map(|(_, to)| to)
}

/// The dose a substitute takes over: its own kind of set (reps, holds,
/// seconds) from the catalog, with the move's number of sets and rest, so
/// the routine keeps its length and shape.
pub fn swapped_dose(from: Dose, to: &Exercise) -> Dose {
    Dose {
        sets: from.sets,
        rest_s: from.rest_s,
        ..to.default_dose
    }
}

/// The words for the kit's band a substitute uses, e.g. `mini loop`.
fn band_words(kit: &BandKit, to: &Exercise) -> String {
    band_match::suitable(kit, to.band_type).first().map_or_else(
        || "band".to_owned(),
        |band| band.band_type.label().to_lowercase(),
    )
}

/// What fitting a routine to a kit did to one move the kit has no band for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The move as written.
    pub exercise: &'static str,
    /// The type of band it needs.
    pub needed: BandType,
    /// The move put in its place; None when it was left out.
    pub swapped_for: Option<&'static str>,
    /// The kit's band the substitute uses, in words (`mini loop`).
    pub with: String,
}

impl Change {
    /// `from` swapped for `to`, which uses a band from `kit`.
    pub fn swapped(from: &Exercise, to: &Exercise, kit: &BandKit) -> Self {
        Self {
            exercise: from.id,
            needed: from.band_type,
            swapped_for: Some(to.id),
            with: band_words(kit, to),
        }
    }

    /// `from` left out: nothing like it suits the kit.
    pub fn left_out(from: &Exercise) -> Self {
        Self {
            exercise: from.id,
            needed: from.band_type,
            swapped_for: None,
            with: String::new(),
        }
    }

    /// The change in a sentence, e.g. `Standing hip abduction needs a band
    /// with handles; swapped for Banded toe taps with your mini loop.`
    pub fn words(&self) -> String {
        let from = catalog::name_of(self.exercise);
        let needs = band_match::kind_words(self.needed);
        match self.swapped_for {
            Some(to) => format!(
                "{from} needs a {needs}; swapped for {} with your {}.",
                catalog::name_of(to),
                self.with
            ),
            None => {
                format!("{from} needs a {needs}, and no move like it suits your bands: left out.")
            }
        }
    }
}

/// One move of a routine the kit has no band for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gap {
    pub entry: EntryId,
    pub exercise: &'static Exercise,
    /// The move to offer instead, if one suits the kit.
    pub swap: Option<&'static Exercise>,
}

/// The moves of `routine` that no band in `kit` suits, in order, each with
/// a different substitute where there is one. Empty for an empty kit: with
/// no bands at all there is nothing to swap for.
pub fn gaps(routine: &Routine, kit: &BandKit) -> Vec<Gap> {
    let mut taken: Vec<&str> = routine
        .entries
        .iter()
        .map(|e| e.exercise.as_str())
        .collect();
    let mut gaps = Vec::new();
    for entry in &routine.entries {
        let Some(exercise) = catalog::by_id(&entry.exercise) else {
            continue;
        };
        if kit.bands.is_empty() || can_band(kit, exercise) {
            continue;
        }
        let swap = substitute(exercise, kit, &taken);
        if let Some(to) = swap {
            taken.push(to.id);
        }
        gaps.push(Gap {
            entry: entry.id,
            exercise,
            swap,
        });
    }
    gaps
}

/// Puts `to` in place of the entry `entry`: the same place and circuit,
/// the dose from [`swapped_dose`], and a starting band from `kit`. False
/// when the entry is gone.
pub fn swap_entry(routine: &mut Routine, entry: EntryId, to: &Exercise, kit: &BandKit) -> bool {
    let gentle = to.category == Category::Mobility;
    let main = band_match::starting_band(kit, to.band_type, gentle);
    let Some(entry) = routine.entry_mut(entry) else {
        return false;
    };
    to.id.clone_into(&mut entry.exercise);
    entry.dose = swapped_dose(entry.dose, to);
    entry.bands = BandChoice {
        main,
        stacked: None,
    };
    true
}

#[cfg(test)]
#[path = "swap_tests.rs"]
mod tests;
