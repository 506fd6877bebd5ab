//! What the player shows and says about the current segment: the
//! exercise's name, its bands, where the band goes and the spoken line.

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
