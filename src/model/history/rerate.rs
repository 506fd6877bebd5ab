//! Rating an exercise of a past session, later, from History: the same
//! three answers as the summary gives, changed as often as the runner
//! likes, and taken up by the next step-up suggestions.

use crate::model::history::session::{History, Rating};

impl History {
    /// Sets the rating of exercise `exercise` (its index in the session)
    /// of the session with id `session`; None clears it. False when there
    /// is no such session or exercise, and nothing changes.
    pub fn set_rating(&mut self, session: u64, exercise: usize, rating: Option<Rating>) -> bool {
        let Some(done) = self
            .sessions
            .iter_mut()
            .find(|s| s.id == session)
            .and_then(|s| s.exercises.get_mut(exercise))
        else {
            return false;
        };
        done.rating = rating;
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::model::history::session::{sample_session, History, Rating};

    #[test]
    fn a_past_exercise_can_be_rated_and_rated_again() {
        let mut history = History {
            sessions: vec![sample_session(1, "Evening"), sample_session(2, "Evening")],
        };
        assert!(history.set_rating(1, 1, Some(Rating::TooEasy)));
        assert_eq!(
            history.sessions[0].exercises[1].rating,
            Some(Rating::TooEasy)
        );
        // The other session, and the other exercise, are untouched.
        assert_eq!(history.sessions[1].exercises[1].rating, None);
        assert_eq!(
            history.sessions[0].exercises[0].rating,
            Some(Rating::TooHard)
        );
        assert!(history.set_rating(1, 1, Some(Rating::JustRight)));
        assert_eq!(
            history.sessions[0].exercises[1].rating,
            Some(Rating::JustRight)
        );
        assert!(history.set_rating(1, 1, None));
        assert_eq!(history.sessions[0].exercises[1].rating, None);
    }

    #[test]
    fn rating_what_is_not_there_changes_nothing() {
        let mut history = History {
            sessions: vec![sample_session(1, "Evening")],
        };
        let before = history.clone();
        assert!(!history.set_rating(9, 0, Some(Rating::TooEasy)));
        assert!(!history.set_rating(1, 2, Some(Rating::TooEasy)));
        assert_eq!(history, before);
    }
}
