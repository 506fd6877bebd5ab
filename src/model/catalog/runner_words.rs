//! Searching in runners' words. What a runner types ("dead butt", "IT
//! band", "shin splints") stands for the muscles and kinds of work that
//! help with it, as the source articles connect them: weak hip abductors
//! (glute medius) with runner's knee and IT band pain, the calves and feet
//! with the Achilles and the shins, glute activation with the warm-up. A
//! goal is backed by muscles and categories, never by a list of exercise
//! ids, so a new exercise joins every goal it serves by what it works.

use crate::model::catalog::exercise::{Category, Exercise, Muscle};

/// A runner's reason to search, and the work that answers it.
#[derive(Debug)]
pub struct Goal {
    /// The goal in a runner's words, as shown with the results.
    pub name: &'static str,
    /// What a runner might type, already in [`normalise`]d form.
    pub phrases: &'static [&'static str],
    /// An exercise that works any of these serves the goal...
    pub muscles: &'static [Muscle],
    /// ...and so does one of these kinds.
    pub categories: &'static [Category],
}

impl Goal {
    /// Whether `exercise` serves this goal.
    pub fn served_by(&self, exercise: &Exercise) -> bool {
        exercise.muscles.iter().any(|m| self.muscles.contains(m))
            || self.categories.contains(&exercise.category)
    }
}

/// Every goal the library understands.
pub const GOALS: &[Goal] = &[
    Goal {
        name: "Glute activation",
        phrases: &[
            "dead butt",
            "glute activation",
            "lazy glutes",
            "sleepy glutes",
            "glute amnesia",
        ],
        muscles: &[Muscle::Glutes, Muscle::GluteMedius],
        categories: &[Category::Activation],
    },
    Goal {
        name: "Runner's knee",
        phrases: &["runners knee", "runner knee", "knee pain", "patellofemoral"],
        muscles: &[Muscle::GluteMedius, Muscle::Quads],
        categories: &[],
    },
    Goal {
        name: "IT band",
        phrases: &["it band", "itb", "iliotibial"],
        muscles: &[Muscle::GluteMedius],
        categories: &[],
    },
    Goal {
        name: "Achilles and calves",
        phrases: &["achilles", "calf", "calves"],
        muscles: &[Muscle::Calves],
        categories: &[Category::FootAnkle],
    },
    Goal {
        name: "Shin splints",
        phrases: &["shin splints", "shin splint", "shin pain", "mtss"],
        muscles: &[Muscle::Shins, Muscle::Calves, Muscle::Feet],
        categories: &[],
    },
    Goal {
        name: "Hip stability",
        phrases: &["hip stability", "stable hips", "hip drop", "wobbly hips"],
        muscles: &[Muscle::GluteMedius, Muscle::Adductors],
        categories: &[],
    },
];

/// Lower case, apostrophes dropped, dashes and commas as spaces, single
/// spaces: "Runner's knee", "runners-knee" and "RUNNERS  KNEE" all read
/// the same. ASCII only, like the rest of the search.
pub fn normalise(text: &str) -> String {
    let spaced: String = text
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .map(|c| {
            if c == '-' || c == ',' {
                ' '
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The goal named in `query`, if any, and the rest of the query (what was
/// typed besides the goal's phrase). The longest phrase found wins, and a
/// phrase counts only as whole words.
pub fn goal_in(query: &str) -> Option<(&'static Goal, String)> {
    let query = normalise(query);
    let padded = format!(" {query} ");
    GOALS
        .iter()
        .flat_map(|goal| goal.phrases.iter().map(move |phrase| (goal, *phrase)))
        .filter(|(_, phrase)| padded.contains(&format!(" {phrase} ")))
        .max_by_key(|(_, phrase)| phrase.len())
        .map(|(goal, phrase)| {
            let rest = padded.replacen(&format!(" {phrase} "), " ", 1);
            (goal, rest.trim().to_owned())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog;

    fn found(query: &str) -> Vec<&'static str> {
        let (goal, _) = goal_in(query).unwrap_or_else(|| panic!("no goal in {query:?}"));
        catalog::all()
            .filter(|e| goal.served_by(e))
            .map(|e| e.id)
            .collect()
    }

    #[test]
    fn every_phrase_is_already_normalised_and_finds_exercises() {
        for goal in GOALS {
            for phrase in goal.phrases {
                assert_eq!(normalise(phrase), *phrase);
                assert!(!found(phrase).is_empty(), "{phrase}");
            }
        }
    }

    #[test]
    fn the_issues_words_find_what_helps() {
        assert!(found("dead butt").contains(&"clamshell"));
        assert!(found("Runner's knee").contains(&"clamshell"));
        assert!(found("IT band").contains(&"lateral-band-walk"));
        let achilles = found("Achilles");
        assert!(achilles.contains(&"ankle-plantar-flexion"), "{achilles:?}");
        assert!(found("shin splints").contains(&"ankle-dorsiflexion"));
        assert!(found("hip stability").contains(&"clamshell"));
        // Nothing for the shins is offered for a dead butt.
        assert!(!found("dead butt").contains(&"ankle-dorsiflexion"));
    }

    #[test]
    fn spelling_and_the_rest_of_the_query() {
        assert_eq!(normalise("  Runner’s-KNEE, please "), "runners knee please");
        let (goal, rest) = goal_in("standing runners knee").unwrap();
        assert_eq!((goal.name, rest.as_str()), ("Runner's knee", "standing"));
        // Whole words only: "kitbag" holds "itb" but is no IT band.
        assert!(goal_in("kitbag").is_none());
        assert!(goal_in("clamshell").is_none());
        // The longer phrase wins: "shin splints", not "shin splint".
        assert_eq!(goal_in("shin splints").unwrap().1, "");
    }
}
