//! Why a routine could not be put into a link, or a link could not be read,
//! each with a sentence in plain words to show the user.

use std::fmt;

use crate::model::dose::{DoseError, MAX_SECONDS};
use crate::model::routine::MAX_ROUNDS;

use super::limits::{
    FORMAT_VERSION, MAX_ENTRIES, MAX_EXERCISE_ID_BYTES, MAX_LEVEL, MAX_NAME_CHARS,
};

/// One problem with a share link or the routine behind it. Reading stops
/// at the first one found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The payload is longer than [`super::limits::MAX_PAYLOAD_CHARS`] (`len` in bytes).
    TooLong { len: usize },
    /// The payload has characters that base64url never uses, or a spelling
    /// of it Bandwork never writes.
    NotBase64,
    /// The format version byte is not one this build reads.
    UnknownVersion(u8),
    /// The data stops in the middle of a value.
    Truncated,
    /// Something follows the end of the routine.
    TrailingBytes,
    /// A number is too large to be stored in 32 bits.
    BadNumber,
    /// A piece of text is not valid UTF-8.
    BadText,
    /// The routine's name is longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// More than [`MAX_ENTRIES`] exercises.
    TooManyEntries,
    /// An exercise code this build's table does not have (a newer app).
    UnknownExercise(u32),
    /// An exercise given by name is empty or longer than
    /// [`MAX_EXERCISE_ID_BYTES`].
    BadExerciseId,
    /// An entry's header names no known kind of dose.
    BadShape,
    /// A dose value outside what the editor allows.
    BadDose(DoseError),
    /// A band level outside 1..=[`MAX_LEVEL`], or a reference to a band the
    /// link does not list.
    BadBand,
    /// A band colour whose name is too long or whose swatch is not `#rrggbb`.
    BadColour,
    /// A circuit of fewer than two exercises, past the end, overlapping
    /// another, or with rounds or rests out of range.
    BadCircuit,
    /// One of the runner's own exercises in the link breaks the form's
    /// limits (name, steps, cues, video link) or is listed twice.
    BadOwnExercise,
}

/// What went wrong, in words for the person holding the link (or making
/// it, for the few problems that can happen while sharing).
impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: String = {
            match self {
                ShareError::TooLong { .. } => {
                    "This routine is too big for a share link.".to_owned()
                }
                ShareError::NotBase64 => {
                    "This link is damaged: it has characters a Bandwork link never uses. \
             Ask for the link again."
                        .to_owned()
                }
                ShareError::UnknownVersion(version) if *version > FORMAT_VERSION => {
                    "This link was made by a newer version of Bandwork. Reload the app to \
             update it, then open the link again."
                        .to_owned()
                }
                ShareError::UnknownVersion(_) => {
                    "This link is not a Bandwork routine link.".to_owned()
                }
                ShareError::Truncated => {
                    "This link is incomplete: part of it may have been cut off when it was \
             copied. Ask for the link again."
                        .to_owned()
                }
                ShareError::TrailingBytes | ShareError::BadNumber | ShareError::BadShape => {
                    "This link is damaged and cannot be read. Ask for the link again.".to_owned()
                }
                ShareError::BadText => {
                    "This link is damaged: some of its text cannot be read. Ask for the link \
             again."
                        .to_owned()
                }
                ShareError::NameTooLong => format!(
                    "The routine's name is too long: keep it under {MAX_NAME_CHARS} characters."
                ),
                ShareError::TooManyEntries => {
                    format!("A shared routine can have at most {MAX_ENTRIES} exercises.")
                }
                ShareError::UnknownExercise(_) => {
                    "This routine uses an exercise this version of Bandwork does not know. \
             Reload the app to update it, then open the link again."
                        .to_owned()
                }
                ShareError::BadExerciseId => format!(
                    "An exercise in this routine has no name, or one longer than \
             {MAX_EXERCISE_ID_BYTES} letters."
                ),
                ShareError::BadDose(error) => {
                    format!("An exercise in this routine has an impossible dose. {error}")
                }
                ShareError::BadBand => {
                    format!("A band in this routine is not valid: levels go from 1 to {MAX_LEVEL}.")
                }
                ShareError::BadColour => {
                    "A band colour in this routine is not valid: it needs a short name and a \
             swatch colour."
                        .to_owned()
                }
                ShareError::BadOwnExercise => {
                    "An exercise the sender made in this routine is damaged or too long to \
             read. Ask for the link again."
                        .to_owned()
                }
                ShareError::BadCircuit => format!(
                    "A circuit in this routine is not valid: it needs two or more exercises in \
             a row, 1 to {MAX_ROUNDS} rounds and rests of at most {MAX_SECONDS} seconds."
                ),
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ShareError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_plain_sentence_without_internals() {
        let all = [
            ShareError::TooLong { len: 5000 },
            ShareError::NotBase64,
            ShareError::UnknownVersion(0),
            ShareError::UnknownVersion(9),
            ShareError::Truncated,
            ShareError::TrailingBytes,
            ShareError::BadNumber,
            ShareError::BadText,
            ShareError::NameTooLong,
            ShareError::TooManyEntries,
            ShareError::UnknownExercise(999),
            ShareError::BadExerciseId,
            ShareError::BadShape,
            ShareError::BadDose(DoseError::Reps),
            ShareError::BadBand,
            ShareError::BadColour,
            ShareError::BadCircuit,
            ShareError::BadOwnExercise,
        ];
        for error in all {
            let message = error.to_string();
            assert!(
                message.starts_with(|c: char| c.is_ascii_uppercase()),
                "{message}"
            );
            assert!(message.ends_with('.'), "{message}");
            for jargon in ["base64", "byte", "varint", "UTF", "payload", "Err"] {
                assert!(!message.contains(jargon), "{jargon} in {message}");
            }
        }
    }

    #[test]
    fn a_newer_link_says_to_update_and_an_older_one_does_not() {
        assert!(ShareError::UnknownVersion(200)
            .to_string()
            .contains("newer"));
        assert!(!ShareError::UnknownVersion(0).to_string().contains("newer"));
        assert!(ShareError::BadDose(DoseError::Reps)
            .to_string()
            .contains("Reps must be between 1 and"));
    }
}
