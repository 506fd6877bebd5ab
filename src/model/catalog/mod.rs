//! The exercise catalog: static data compiled into the app.
//!
//! Every exercise comes from one or more of the five source articles (see
//! `../shared/seeds/README.md`), with its facts (band placement, sets, reps,
//! holds, timings) taken from them and every instruction written for
//! Bandwork. The data is split by area into one file each; [`all`] chains
//! them and [`by_id`] looks one up by its stable id.
//!
//! - the exercise data, by body area: `core`, `feet`, `glutes`, `hips`,
//!   `legs`, `stretch`, `upper`, `walks`;
//! - [`exercise`]: what an exercise is (muscles, placement, steps, dose);
//! - [`library_filter`]: the library's search and filter chips;
//! - [`runner_words`]: runners' words ("dead butt", "IT band") as goals
//!   backed by muscles and kinds of work;
//! - [`own`]: the runner's own exercises as stored; [`own_form`]: their
//!   form's checks; [`own_lookup`]: them as catalog entries, so [`all`],
//!   [`by_id`] and [`name_of`] find them too.
//!
//! The ready-made routines and taking in a link's own exercises use
//! routines, so they live in [`crate::model::routine`].

mod core;
pub mod exercise;
mod feet;
mod glutes;
mod hips;
mod legs;
pub mod library_filter;
pub mod own;
pub mod own_form;
pub mod own_lookup;
pub mod runner_words;
mod stretch;
mod upper;
mod walks;

use crate::model::catalog::exercise::{Exercise, Guide};

/// Every exercise in the catalog, then the runner's own (not deleted).
pub fn all() -> impl Iterator<Item = &'static Exercise> {
    built_in().chain(own_lookup::live())
}

/// The exercises that come with the app.
pub fn built_in() -> impl Iterator<Item = &'static Exercise> {
    walks::WALKS
        .iter()
        .chain(hips::HIPS)
        .chain(legs::LEGS)
        .chain(glutes::GLUTES)
        .chain(core::CORE)
        .chain(feet::FEET)
        .chain(stretch::STRETCH)
        .chain(upper::UPPER)
}

/// The exercise with this id: a catalog one, or one of the runner's own
/// (a deleted one too, so past sessions still find it).
pub fn by_id(id: &str) -> Option<&'static Exercise> {
    built_in()
        .find(|exercise| exercise.id == id)
        .or_else(|| own_lookup::find(id))
}

/// Whether an exercise that comes with the app has this name (ASCII case
/// ignored), so an own exercise may not take it.
pub fn built_in_name(name: &str) -> bool {
    let name = name.trim();
    built_in().any(|exercise| exercise.name.eq_ignore_ascii_case(name))
}

/// How to do the exercise with this id: its steps, cues and common mistake.
/// Only the exercise's page asks, so these words stay out of the first load.
pub fn guide(id: &str) -> Option<&'static Guide> {
    walks::WALKS_GUIDES
        .iter()
        .chain(hips::HIPS_GUIDES)
        .chain(legs::LEGS_GUIDES)
        .chain(glutes::GLUTES_GUIDES)
        .chain(core::CORE_GUIDES)
        .chain(feet::FEET_GUIDES)
        .chain(stretch::STRETCH_GUIDES)
        .chain(upper::UPPER_GUIDES)
        .find(|guide| guide.id == id)
}

/// The name of the exercise with this id. An id this version does not
/// know (from a newer version's link or export) is shown as it is, so the
/// user still sees which exercise it was.
pub fn name_of(id: &str) -> String {
    by_id(id).map_or_else(|| id.to_owned(), |exercise| exercise.name.to_owned())
}

#[cfg(test)]
mod doses_fixture;
#[cfg(test)]
pub(crate) mod own_tests;
#[cfg(test)]
mod tests;
