//! How to do the move, from the player: one key point for Get ready, and
//! every step and cue for the steps sheet. A catalog move's words come from
//! its guide; an own move's from what the runner wrote.

use crate::model::catalog;
use crate::model::catalog::own::OwnExercises;

/// A move's steps and cues, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HowTo {
    pub steps: Vec<String>,
    pub cues: Vec<String>,
}

impl HowTo {
    /// The words for the exercise with this id (a deleted own exercise's
    /// too), or None when there are none.
    pub fn of(exercise: &str, own: &OwnExercises) -> Option<HowTo> {
        let how = match (catalog::guide(exercise), own.get(exercise)) {
            (Some(guide), _) => HowTo {
                steps: guide.steps.iter().map(|s| (*s).to_owned()).collect(),
                cues: guide.cues.iter().map(|s| (*s).to_owned()).collect(),
            },
            (None, Some(mine)) => HowTo {
                steps: clean(&mine.steps),
                cues: clean(&mine.cues),
            },
            (None, None) => return None,
        };
        (!how.steps.is_empty() || !how.cues.is_empty()).then_some(how)
    }

    /// The one line to keep in mind while getting ready: the first cue,
    /// which is short and says what matters most, or else the first step.
    pub fn key_step(&self) -> Option<&str> {
        self.cues.first().or(self.steps.first()).map(String::as_str)
    }
}

/// The runner's lines without blank ones.
fn clean(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::own_tests::airplane;

    #[test]
    fn a_catalog_move_has_its_guides_steps_and_its_first_cue_as_the_key_step() {
        let how = HowTo::of("clamshell", &OwnExercises::default()).unwrap();
        let guide = catalog::guide("clamshell").unwrap();
        assert_eq!(how.steps.len(), guide.steps.len());
        assert_eq!(how.key_step(), Some(guide.cues[0]));
    }

    #[test]
    fn every_catalog_move_has_a_key_step_of_one_short_line() {
        for exercise in catalog::built_in() {
            let how = HowTo::of(exercise.id, &OwnExercises::default())
                .unwrap_or_else(|| panic!("{} has no steps", exercise.id));
            let key = how.key_step().unwrap();
            assert!(key.chars().count() <= 80, "{}: {key}", exercise.id);
        }
    }

    #[test]
    fn an_own_move_uses_its_own_words_without_blank_lines() {
        let mut own = OwnExercises::default();
        let mut mine = airplane();
        mine.steps = vec![
            "Stand on one leg.".into(),
            "  ".into(),
            "Turn the hips open.".into(),
        ];
        mine.cues = vec![];
        let id = own.add(mine);
        let how = HowTo::of(&id, &own).unwrap();
        assert_eq!(how.steps, ["Stand on one leg.", "Turn the hips open."]);
        assert_eq!(how.key_step(), Some("Stand on one leg."));
        assert_eq!(HowTo::of("own-99", &own), None);
    }
}
