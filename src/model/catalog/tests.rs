//! Tests for `catalog`.

use super::*;

#[test]
fn a_name_is_the_catalog_name_or_else_the_id_itself() {
    assert_eq!(name_of("clamshell"), "Clamshell");
    assert_eq!(name_of("hip-airplane"), "hip-airplane");
}
use crate::model::catalog::exercise::Equipment;
use crate::model::dose::Shape;
use std::collections::HashSet;

/// The number the range describes: reps, steps, holds, or seconds for
/// the timed shapes.
fn main_number(exercise: &Exercise) -> u16 {
    match exercise.default_dose.shape {
        Shape::Reps { reps } => reps,
        Shape::StepsEachWay { steps } => steps,
        Shape::Holds { holds, .. } => holds,
        Shape::Timed { work_s } => work_s,
        Shape::Hold { hold_s } => hold_s,
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn catalog_holds_at_least_28_exercises() {
    let count = all().count();
    assert!(count >= 28, "only {count} exercises");
}

#[test]
fn ids_are_unique_lowercase_kebab() {
    let mut seen = HashSet::new();
    for exercise in all() {
        assert!(is_kebab(exercise.id), "bad id {:?}", exercise.id);
        assert!(seen.insert(exercise.id), "duplicate id {}", exercise.id);
    }
}

#[test]
fn by_id_finds_every_exercise_and_nothing_else() {
    for exercise in all() {
        assert_eq!(by_id(exercise.id), Some(exercise), "{}", exercise.id);
    }
    assert_eq!(by_id("no-such-exercise"), None);
    assert_eq!(by_id(""), None);
    assert_eq!(by_id("Clamshell"), None, "ids are case-sensitive");
}

#[test]
fn names_are_unique_and_no_alias_is_another_name() {
    let mut names = HashSet::new();
    for exercise in all() {
        let name = exercise.name.to_lowercase();
        assert!(names.insert(name), "duplicate name {}", exercise.name);
    }
    let mut aliases = HashSet::new();
    for exercise in all() {
        for alias in exercise.aliases {
            let alias = alias.to_lowercase();
            assert!(
                !names.contains(&alias),
                "{}: alias {alias:?} is an exercise name",
                exercise.id
            );
            assert!(
                aliases.insert(alias.clone()),
                "{}: alias {alias:?} is used twice",
                exercise.id
            );
        }
    }
}

#[test]
fn every_exercise_has_one_guide_and_every_guide_an_exercise() {
    for exercise in all() {
        let guide = guide(exercise.id);
        assert_eq!(guide.map(|g| g.id), Some(exercise.id), "{}", exercise.id);
    }
    let guides = walks::WALKS_GUIDES.len()
        + hips::HIPS_GUIDES.len()
        + legs::LEGS_GUIDES.len()
        + glutes::GLUTES_GUIDES.len()
        + core::CORE_GUIDES.len()
        + feet::FEET_GUIDES.len()
        + stretch::STRETCH_GUIDES.len()
        + upper::UPPER_GUIDES.len();
    assert_eq!(guides, all().count());
    assert_eq!(guide("no-such-exercise"), None);
}

#[test]
fn every_text_field_is_filled_in() {
    for exercise in all() {
        let id = exercise.id;
        let guide = guide(id).unwrap();
        assert!(!exercise.name.trim().is_empty(), "{id}: name");
        assert!(!guide.mistake.trim().is_empty(), "{id}: mistake");
        assert!(!exercise.aliases.is_empty(), "{id}: aliases");
        assert!(!exercise.muscles.is_empty(), "{id}: muscles");
        for text in exercise.aliases.iter().chain(guide.steps).chain(guide.cues) {
            assert!(!text.trim().is_empty(), "{id}: empty text");
        }
    }
}

#[test]
fn lists_have_sensible_lengths_and_no_repeats() {
    for exercise in all() {
        let id = exercise.id;
        assert!((1..=4).contains(&exercise.aliases.len()), "{id}: aliases");
        let guide = guide(id).unwrap();
        assert!((3..=6).contains(&guide.steps.len()), "{id}: steps");
        assert!((1..=3).contains(&guide.cues.len()), "{id}: cues");
        let muscles: HashSet<_> = exercise.muscles.iter().collect();
        assert_eq!(muscles.len(), exercise.muscles.len(), "{id}: muscles");
        let equipment: HashSet<_> = exercise.equipment.iter().collect();
        assert_eq!(equipment.len(), exercise.equipment.len(), "{id}: equipment");
    }
}

#[test]
fn steps_start_with_a_capital_and_end_with_a_full_stop() {
    for exercise in all() {
        let guide = guide(exercise.id).unwrap();
        for text in guide.steps.iter().chain(guide.cues).chain([&guide.mistake]) {
            let first = text.chars().next();
            assert!(
                first.is_some_and(|c| c.is_ascii_uppercase()),
                "{}: {text:?}",
                exercise.id
            );
            assert!(text.ends_with('.'), "{}: {text:?}", exercise.id);
        }
    }
}

#[test]
fn default_doses_are_valid() {
    for exercise in all() {
        assert_eq!(
            exercise.default_dose.errors(),
            vec![],
            "{}: {:?}",
            exercise.id,
            exercise.default_dose
        );
    }
}

#[test]
fn per_side_matches_the_dose() {
    for exercise in all() {
        assert_eq!(
            exercise.per_side, exercise.default_dose.per_side,
            "{}",
            exercise.id
        );
    }
}

#[test]
fn ranges_are_ordered_and_contain_the_default() {
    for exercise in all() {
        if let Some(range) = exercise.range {
            assert!(range.low >= 1, "{}: {range:?}", exercise.id);
            assert!(range.low <= range.high, "{}: {range:?}", exercise.id);
            let number = main_number(exercise);
            assert!(
                (range.low..=range.high).contains(&number),
                "{}: {number} outside {range:?}",
                exercise.id
            );
        }
    }
}

#[test]
fn variations_point_at_an_existing_base_exercise() {
    for exercise in all() {
        if let Some(base_id) = exercise.variation_of {
            assert_ne!(base_id, exercise.id, "{} varies itself", exercise.id);
            let base =
                by_id(base_id).unwrap_or_else(|| panic!("{}: no base {base_id}", exercise.id));
            assert_eq!(
                base.variation_of, None,
                "{}: base {base_id} is itself a variation",
                exercise.id
            );
        }
    }
}

#[test]
fn anchored_placements_list_an_anchor() {
    for exercise in all() {
        if exercise.placement.needs_anchor() {
            assert!(
                exercise.equipment.contains(&Equipment::Anchor),
                "{}: placement {:?}, equipment {:?}",
                exercise.id,
                exercise.placement,
                exercise.equipment
            );
        }
    }
}

#[test]
fn desk_friendly_exercises_need_no_mat_anchor_or_treadmill() {
    let desk: Vec<_> = all().filter(|exercise| exercise.desk_friendly).collect();
    assert!(desk.len() >= 2, "too few desk-friendly exercises");
    for exercise in desk {
        for needs in [Equipment::Mat, Equipment::Anchor, Equipment::Treadmill] {
            assert!(
                !exercise.equipment.contains(&needs),
                "{} is desk-friendly but needs {needs:?}",
                exercise.id
            );
        }
    }
}

#[test]
fn sources_are_article_indexes() {
    for exercise in all() {
        assert!(!exercise.sources.is_empty(), "{}: no source", exercise.id);
        let unique: HashSet<_> = exercise.sources.iter().collect();
        assert_eq!(unique.len(), exercise.sources.len(), "{}", exercise.id);
        for &source in exercise.sources {
            assert!(source <= 4, "{}: article {source}", exercise.id);
        }
    }
}

/// The exercises each article names, by article index.
const ARTICLE_EXERCISES: [&[&str]; 5] = [
    &[
        "lateral-band-walk",
        "clamshell",
        "standing-hip-abduction",
        "walking-squat",
        "dead-bug",
        "banded-plank",
        "standing-kickback",
        "lying-leg-extension",
        "ankle-dorsiflexion",
        "glute-bridge",
    ],
    &[
        "banded-squat",
        "clamshell",
        "monster-walk",
        "banded-toe-taps",
    ],
    &[
        "ankle-plantar-flexion",
        "lateral-band-walk",
        "squat-side-leg-lift",
        "banded-plank",
        "banded-plank-hold",
        "standing-leg-extension",
        "isometric-lunge-row",
        "anchored-dead-bug",
        "glute-bridge-hold",
    ],
    &[
        "ankle-jumping-jacks",
        "lateral-band-walk",
        "lateral-walk-above-knees",
        "seated-hip-abduction",
        "seated-pedalling",
        "standing-kickback",
        "all-fours-kickback",
        "sideways-treadmill-walk",
        "butterfly-stretch",
        "seated-hamstring-stretch",
        "standing-hamstring-stretch",
    ],
    &[
        "squat-side-leg-lift",
        "lateral-squat-step",
        "bridge-march",
        "resisted-bicycle",
        "band-assisted-push-up",
    ],
];

#[test]
fn every_article_exercise_is_present_and_credits_its_article() {
    assert_eq!(ARTICLE_EXERCISES[0].len(), 10, "article 0 names ten");
    for (article, ids) in ARTICLE_EXERCISES.iter().enumerate() {
        let article = u8::try_from(article).unwrap();
        for id in *ids {
            let exercise = by_id(id).unwrap_or_else(|| panic!("article {article}: {id}"));
            assert!(
                exercise.sources.contains(&article),
                "{id} does not credit article {article}"
            );
        }
    }
}

#[test]
fn every_exercise_is_named_by_the_articles_it_credits() {
    for exercise in all() {
        for &article in exercise.sources {
            assert!(
                ARTICLE_EXERCISES[usize::from(article)].contains(&exercise.id),
                "{} credits article {article}, which is not listed as naming it",
                exercise.id
            );
        }
    }
}
