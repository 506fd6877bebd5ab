//! What the player says about the band for a move when there is something
//! to say: how to use a band that stands in for the kind the move is
//! written for, or, with no band, what to do instead, so a move never
//! shows a band's picture with no band to put there.

use crate::model::catalog::exercise::Exercise;
use crate::model::kit::band::{Band, BandKit};
use crate::model::kit::band_match;
use crate::model::routine::swap;
use crate::model::routine::Routine;

/// The advice for `exercise` done with `bands` (the main band first), in
/// `routine`, with the runner's `kit` as it is now (None: never set up).
/// None when the band is the kind the move is written for.
pub fn advice(
    exercise: &Exercise,
    bands: &[Band],
    kit: Option<&BandKit>,
    routine: &Routine,
) -> Option<String> {
    if let Some(band) = bands.first() {
        return band_match::stand_in_words(exercise.band_type, band.band_type).map(str::to_owned);
    }
    let kit = kit.filter(|kit| !kit.bands.is_empty());
    let Some(kit) = kit else {
        return Some("No bands set up: do this move without one.".to_owned());
    };
    if swap::can_band(kit, exercise) {
        return Some(
            "No band chosen: do this move without one, or pick one in the routine.".to_owned(),
        );
    }
    let taken: Vec<&str> = routine
        .entries
        .iter()
        .map(|e| e.exercise.as_str())
        .collect();
    let needs = band_match::kind_words(exercise.band_type);
    Some(match swap::substitute(exercise, kit, &taken) {
        Some(to) => format!(
            "It needs a {needs}, and your kit has none: do it without a band, or swap it for {} in the routine.",
            to.name
        ),
        None => format!("It needs a {needs}, and your kit has none: do it without a band."),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog;
    use crate::model::kit::band::preset;
    use crate::model::routine::starter;

    fn exercise(id: &str) -> &'static Exercise {
        catalog::by_id(id).unwrap()
    }

    #[test]
    fn a_band_of_the_kind_asked_for_needs_no_words() {
        let kit = preset("mini-loop-5").unwrap().kit();
        let routine = Routine::new("Hips");
        assert_eq!(
            advice(
                exercise("clamshell"),
                &kit.bands[1..2],
                Some(&kit),
                &routine
            ),
            None
        );
    }

    #[test]
    fn a_stand_in_says_how_to_use_it() {
        let kit = preset("flat-8").unwrap().kit();
        let routine = Routine::new("Hips");
        assert_eq!(
            advice(
                exercise("clamshell"),
                &kit.bands[1..2],
                Some(&kit),
                &routine
            )
            .as_deref(),
            Some("Tie your flat band into a loop the size of a mini loop, and use it as one.")
        );
    }

    /// Issue 27 #6: the player showed "No band" beside a picture of an
    /// anchored band, with nothing to do instead.
    #[test]
    fn with_no_band_it_says_what_to_do_instead() {
        let kit = preset("mini-loop-5").unwrap().kit();
        let routine = starter::by_id("runners-ten").unwrap().build(&kit);
        assert_eq!(
            advice(exercise("standing-hip-abduction"), &[], Some(&kit), &routine).as_deref(),
            Some("It needs a band with handles, and your kit has none: do it without a band, or swap it for Banded toe taps in the routine.")
        );
        let stretch = starter::by_id("post-run-stretch").unwrap().build(&kit);
        assert_eq!(
            advice(
                exercise("seated-hamstring-stretch"),
                &[],
                Some(&kit),
                &stretch
            )
            .as_deref(),
            Some("It needs a flat band, and your kit has none: do it without a band.")
        );
        assert_eq!(
            advice(exercise("clamshell"), &[], Some(&kit), &routine).as_deref(),
            Some("No band chosen: do this move without one, or pick one in the routine.")
        );
        for none in [None, Some(&BandKit::default())] {
            assert_eq!(
                advice(exercise("clamshell"), &[], none, &routine).as_deref(),
                Some("No bands set up: do this move without one.")
            );
        }
    }
}
