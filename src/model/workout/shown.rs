//! What the player shows and says about the current segment: the
//! exercise's name, its bands, where the band goes and the spoken line.
//! Decided here, from the saved workout alone, so it is tested natively.

use crate::model::catalog;
use crate::model::catalog::exercise::Placement;
use crate::model::kit::band::Band;
use crate::model::workout::cue::spoken;
use crate::model::workout::timeline::{Phase, Segment};
use crate::model::workout::Workout;

/// What the screen shows about the current segment's exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub segment: Segment,
    pub name: String,
    pub bands: Vec<Band>,
    /// Where the band goes; None once the workout is done.
    pub placement: Option<Placement>,
    pub spoken: String,
}

/// The exercise, bands and spoken line for a segment of `workout`.
pub fn describe(workout: &Workout, segment: &Segment) -> Shown {
    let entry = workout.routine.entries.get(segment.entry);
    let exercise = entry.map(|e| e.exercise.as_str()).unwrap_or_default();
    let bands: Vec<Band> = entry
        .map(|e| {
            [e.bands.main, e.bands.stacked]
                .into_iter()
                .flatten()
                .filter_map(|id| workout.band(id).cloned())
                .collect()
        })
        .unwrap_or_default();
    let band_words = bands.first().map(|b| b.colour.name.clone());
    let found = catalog::by_id(exercise).filter(|_| segment.phase != Phase::Done);
    let name = match found {
        Some(e) => e.name.to_owned(),
        None if segment.phase == Phase::Done => "Workout complete".to_owned(),
        None => catalog::name_of(exercise),
    };
    Shown {
        placement: found.map(|e| e.placement),
        spoken: spoken(segment, &name, band_words.as_deref()),
        segment: *segment,
        name,
        bands,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::kit::band::preset;
    use crate::model::routine::dose::Dose;
    use crate::model::routine::{BandChoice, Routine};

    const T0: u64 = 1_700_000_000_000;

    fn workout() -> Workout {
        let kit = preset("fabric-loop-3").unwrap().kit();
        let mut routine = Routine::new("Evening");
        let bands = BandChoice {
            main: Some(kit.bands[1].id),
            stacked: Some(kit.bands[0].id),
        };
        routine.push("clamshell", Dose::reps(1, 10, 0), bands);
        routine.push(
            "not-in-this-version",
            Dose::timed(1, 30, 0),
            BandChoice::default(),
        );
        Workout::start(&routine, &kit, T0, crate::model::catalog::name_of).unwrap()
    }

    #[test]
    fn a_segment_shows_its_exercise_bands_and_placement_and_says_them() {
        let workout = workout();
        let timeline = workout.timeline().unwrap();
        let shown = describe(&workout, &timeline.segments[0]);
        assert_eq!(shown.name, "Clamshell");
        let colours: Vec<&str> = shown.bands.iter().map(|b| b.colour.name.as_str()).collect();
        assert_eq!(colours.len(), 2, "the main band and the stacked one");
        assert_eq!(
            shown.placement,
            Some(crate::model::catalog::by_id("clamshell").unwrap().placement)
        );
        assert!(shown.spoken.contains("Clamshell"), "{}", shown.spoken);
        assert!(shown.spoken.contains(colours[0]), "{}", shown.spoken);
    }

    #[test]
    fn an_unknown_exercise_shows_its_id_and_done_says_complete() {
        let workout = workout();
        let timeline = workout.timeline().unwrap();
        let unknown = timeline.segments.iter().find(|s| s.entry == 1).unwrap();
        let shown = describe(&workout, unknown);
        assert_eq!(shown.name, "not-in-this-version");
        assert_eq!(shown.placement, None);
        let done = describe(&workout, timeline.segments.last().unwrap());
        assert_eq!(done.name, "Workout complete");
        assert_eq!(done.placement, None);
    }
}
