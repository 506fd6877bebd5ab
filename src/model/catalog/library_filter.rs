//! Finding exercises in the library: a search over names, aliases and
//! muscles, and over runners' words for what they want to fix
//! ([`super::runner_words`]), narrowed by filter chips.

use crate::model::catalog::exercise::{Category, Equipment, Exercise, Muscle, Placement};
use crate::model::catalog::own::is_own_id;
use crate::model::catalog::runner_words::{goal_in, Goal};

/// What the user has typed and picked on the library screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LibraryFilter {
    pub query: String,
    pub category: Option<Category>,
    pub muscle: Option<Muscle>,
    pub placement: Option<Placement>,
    /// Only exercises that need nothing to tie the band to.
    pub no_anchor: bool,
    /// Only exercises that suit a desk or a small room.
    pub desk_friendly: bool,
    /// Only the runner's own exercises.
    pub yours: bool,
}

impl LibraryFilter {
    /// How many filters beside the search are on (the chips and the two
    /// selects), for the folded filters' button: "Filters, 2 on".
    pub fn filters_on(&self) -> usize {
        [
            self.category.is_some(),
            self.muscle.is_some(),
            self.placement.is_some(),
            self.no_anchor,
            self.desk_friendly,
            self.yours,
        ]
        .into_iter()
        .filter(|on| *on)
        .count()
    }

    /// Whether an exercise passes every chip and matches every word typed.
    pub fn matches(&self, exercise: &Exercise) -> bool {
        self.matches_read(exercise, &self.read_query())
    }

    /// [`Self::matches`] with the query already read, so a whole list is
    /// checked against one reading of it.
    fn matches_read(&self, exercise: &Exercise, query: &Query) -> bool {
        self.category.is_none_or(|c| exercise.category == c)
            && self.muscle.is_none_or(|m| exercise.muscles.contains(&m))
            && self.placement.is_none_or(|p| exercise.placement == p)
            && (!self.no_anchor || !needs_anchor(exercise))
            && (!self.desk_friendly || exercise.desk_friendly)
            && (!self.yours || is_own_id(exercise.id))
            && query.matches(exercise)
    }

    fn read_query(&self) -> Query {
        match goal_in(&self.query) {
            Some((goal, rest)) => Query {
                goal: Some(goal),
                words: rest,
            },
            None => Query {
                goal: None,
                words: self.query.clone(),
            },
        }
    }

    /// The runner's goal the query names, if any ("Runner's knee").
    pub fn goal(&self) -> Option<&'static Goal> {
        goal_in(&self.query).map(|(goal, _)| goal)
    }

    /// Whether any chip or text narrows the list.
    pub fn is_active(&self) -> bool {
        *self != LibraryFilter::default()
    }
}

/// What was typed, read once: the runner's goal it names, if any, and the
/// other words. With a goal, an exercise must serve it (read word by word,
/// "IT band" would match nearly every exercise); every word must be in its
/// text.
struct Query {
    goal: Option<&'static Goal>,
    words: String,
}

impl Query {
    fn matches(&self, exercise: &Exercise) -> bool {
        self.goal.is_none_or(|goal| goal.served_by(exercise)) && words_match(&self.words, exercise)
    }
}

/// Whether every word of `query` is in the exercise's text.
fn words_match(query: &str, exercise: &Exercise) -> bool {
    let words: Vec<String> = query
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        return true;
    }
    let haystack = searchable_text(exercise);
    words.iter().all(|word| haystack.contains(word.as_str()))
}

fn needs_anchor(exercise: &Exercise) -> bool {
    exercise.placement.needs_anchor() || exercise.equipment.contains(&Equipment::Anchor)
}

/// Everything a search looks at, lowercased: name, aliases, muscles. ASCII
/// case folding is enough for the catalog, and spares the wasm the Unicode
/// case tables.
fn searchable_text(exercise: &Exercise) -> String {
    let mut text = exercise.name.to_ascii_lowercase();
    for alias in exercise.aliases {
        text.push(' ');
        text.push_str(&alias.to_ascii_lowercase());
    }
    for muscle in exercise.muscles {
        text.push(' ');
        text.push_str(&muscle.label().to_ascii_lowercase());
    }
    text
}

/// The exercises that pass, in catalog order.
pub fn filter<'a>(
    exercises: impl IntoIterator<Item = &'a Exercise>,
    filter: &LibraryFilter,
) -> Vec<&'a Exercise> {
    let query = filter.read_query();
    exercises
        .into_iter()
        .filter(|e| filter.matches_read(e, &query))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dose::Dose;
    use crate::model::kit::band_type::BandType;

    #[test]
    fn the_filters_on_are_counted_apart_from_the_search() {
        let mut filter = LibraryFilter {
            query: "hip".to_owned(),
            ..LibraryFilter::default()
        };
        assert_eq!(filter.filters_on(), 0);
        filter.category = Some(Category::Core);
        filter.yours = true;
        assert_eq!(filter.filters_on(), 2);
    }

    const BASE: Exercise = Exercise {
        id: "clamshell",
        name: "Clamshell",
        aliases: &["Clams", "Side-lying knee opener"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes],
        category: Category::Activation,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::Mat],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::reps(3, 12, 30).each_side(),
        range: None,
        variation_of: None,
        sources: &[0],
    };
    const ANCHORED: Exercise = Exercise {
        id: "standing-hip-abduction",
        name: "Standing hip abduction",
        aliases: &[],
        muscles: &[Muscle::GluteMedius],
        category: Category::Strength,
        placement: Placement::AnchoredAnkleHeight,
        equipment: &[Equipment::Anchor],
        ..BASE
    };
    const DESK: Exercise = Exercise {
        id: "seated-hip-abduction",
        name: "Seated hip abduction",
        aliases: &["Desk abduction"],
        category: Category::Activation,
        equipment: &[Equipment::ChairOrWall],
        desk_friendly: true,
        ..BASE
    };
    const CORE: Exercise = Exercise {
        id: "dead-bug",
        name: "Dead bug with band",
        aliases: &[],
        muscles: &[Muscle::Core, Muscle::HipFlexors],
        category: Category::Core,
        placement: Placement::FeetArches,
        ..BASE
    };
    const ALL: [Exercise; 4] = [BASE, ANCHORED, DESK, CORE];

    fn ids(filter: &LibraryFilter) -> Vec<&'static str> {
        super::filter(&ALL, filter).iter().map(|e| e.id).collect()
    }

    fn query(text: &str) -> LibraryFilter {
        LibraryFilter {
            query: text.into(),
            ..LibraryFilter::default()
        }
    }

    #[test]
    fn no_filter_lists_everything_in_order() {
        assert_eq!(ids(&LibraryFilter::default()).len(), 4);
        assert!(!LibraryFilter::default().is_active());
    }

    #[test]
    fn search_matches_name_alias_and_muscle_ignoring_case() {
        assert_eq!(ids(&query("CLAM")), ["clamshell"]);
        assert_eq!(ids(&query("desk")), ["seated-hip-abduction"]);
        assert_eq!(ids(&query("hip flexors")), ["dead-bug"]);
        assert_eq!(ids(&query("  glute   medius ")).len(), 3);
        assert!(query("clam").is_active());
    }

    #[test]
    fn every_word_must_match() {
        assert_eq!(ids(&query("hip standing")), ["standing-hip-abduction"]);
        assert_eq!(ids(&query("clamshell zebra")), Vec::<&str>::new());
    }

    #[test]
    fn chips_narrow_the_list_and_combine() {
        let category = LibraryFilter {
            category: Some(Category::Activation),
            ..LibraryFilter::default()
        };
        assert_eq!(ids(&category), ["clamshell", "seated-hip-abduction"]);
        let muscle = LibraryFilter {
            muscle: Some(Muscle::Core),
            ..LibraryFilter::default()
        };
        assert_eq!(ids(&muscle), ["dead-bug"]);
        let placement = LibraryFilter {
            placement: Some(Placement::AboveKnees),
            ..LibraryFilter::default()
        };
        assert_eq!(ids(&placement), ["clamshell", "seated-hip-abduction"]);
        let no_anchor = LibraryFilter {
            no_anchor: true,
            ..LibraryFilter::default()
        };
        assert!(!ids(&no_anchor).contains(&"standing-hip-abduction"));
        let desk = LibraryFilter {
            desk_friendly: true,
            query: "abduction".into(),
            ..LibraryFilter::default()
        };
        assert_eq!(ids(&desk), ["seated-hip-abduction"]);
    }

    #[test]
    fn a_runners_goal_finds_what_serves_it_and_other_words_still_narrow() {
        let all: Vec<_> = crate::model::catalog::all().collect();
        let ids = |query: &str| -> Vec<&str> {
            let chosen = LibraryFilter {
                query: query.into(),
                ..LibraryFilter::default()
            };
            filter(all.iter().copied(), &chosen)
                .iter()
                .map(|e| e.id)
                .collect()
        };
        let dead_butt = ids("dead butt");
        assert!(dead_butt.contains(&"clamshell"));
        assert!(!dead_butt.contains(&"ankle-dorsiflexion"));
        // "bridge" narrows the goal's exercises to the bridges.
        let bridges = ids("dead butt bridge");
        assert!(!bridges.is_empty() && bridges.len() < dead_butt.len());
        assert!(
            bridges.iter().all(|id| id.contains("bridge")),
            "{bridges:?}"
        );
        // Before goals, these found nothing, or (word by word) nearly all.
        for query in ["IT band", "achilles", "Runner's knee", "shin splints"] {
            let found = ids(query);
            assert!(
                !found.is_empty() && found.len() < all.len() * 2 / 3,
                "{query}: {found:?}"
            );
        }
        assert!(!ids("IT band").contains(&"ankle-dorsiflexion"));
        let chosen = LibraryFilter {
            query: "itb".into(),
            ..LibraryFilter::default()
        };
        assert_eq!(chosen.goal().map(|g| g.name), Some("IT band"));
    }
}
