//! The runner's own exercises in a version-2 link, after the circuits:
//!
//! ```text
//! count     varint, at most MAX_OWN_EXERCISES, then per exercise:
//!   id        text, `own-<n>` as the sender has it (entries name it)
//!   name      text
//!   header    1 byte: bits 0-2 the default dose's shape, 3 per side
//!   dose      sets, the shape's numbers, rest (varints)
//!   facts     category, placement, band type: one byte each (their index)
//!   muscles   count, then one byte each (index), main muscle first
//!   equipment count, then one byte each (index)
//!   steps     count, then text each
//!   cues      count, then text each
//!   video     text, empty for none
//! ```
//!
//! Reading checks the same limits as the form ([`check_exercises`]), so a
//! link can't bring an exercise the runner could not have typed.

use crate::model::catalog::exercise::{Category, Equipment, Muscle, Placement};

use crate::model::catalog::own::{
    is_own_id, OwnExercise, MAX_CUES, MAX_CUE_CHARS, MAX_NAME_CHARS, MAX_STEPS, MAX_STEP_CHARS,
    MAX_VIDEO_CHARS,
};
use crate::model::catalog::own_form::is_https_link;
use crate::model::kit::band_type::BandType;

use super::dose_wire::{put_dose, read_dose, HEADER_PER_SIDE, HEADER_SHAPE};
use super::error::ShareError;
use super::limits::{MAX_EXERCISE_ID_BYTES, MAX_OWN_EXERCISES};
use super::wire::{put_bytes, put_varint, Reader};

/// A character is at most four bytes of UTF-8.
const UTF8_MAX: usize = 4;

/// Writes the own exercises (already checked).
pub fn put_exercises(out: &mut Vec<u8>, exercises: &[OwnExercise]) {
    put_varint(out, exercises.len() as u32);
    for exercise in exercises {
        put_bytes(out, exercise.id.as_bytes());
        put_bytes(out, exercise.name.as_bytes());
        let mut dose = Vec::new();
        let header = put_dose(&mut dose, exercise.default_dose);
        out.push(header);
        out.extend_from_slice(&dose);
        out.push(index_of(&Category::ALL, exercise.category));
        out.push(index_of(&Placement::ALL, exercise.placement));
        out.push(index_of(&BandType::ALL, exercise.band_type));
        put_indexes(out, &Muscle::ALL, &exercise.muscles);
        put_indexes(out, &Equipment::ALL, &exercise.equipment);
        put_texts(out, &exercise.steps);
        put_texts(out, &exercise.cues);
        put_bytes(
            out,
            exercise.video.as_deref().unwrap_or_default().as_bytes(),
        );
    }
}

fn index_of<T: PartialEq>(all: &[T], value: T) -> u8 {
    all.iter()
        .position(|known| *known == value)
        .and_then(|at| u8::try_from(at).ok())
        .unwrap_or(u8::MAX)
}

fn put_indexes<T: PartialEq + Copy>(out: &mut Vec<u8>, all: &[T], values: &[T]) {
    put_varint(out, values.len() as u32);
    for value in values {
        out.push(index_of(all, *value));
    }
}

fn put_texts(out: &mut Vec<u8>, texts: &[String]) {
    put_varint(out, texts.len() as u32);
    for text in texts {
        put_bytes(out, text.as_bytes());
    }
}

/// Reads the own exercises; [`check_exercises`] runs on the whole routine
/// afterwards.
pub fn read_exercises(reader: &mut Reader) -> Result<Vec<OwnExercise>, ShareError> {
    let count = reader.length()?;
    if count > MAX_OWN_EXERCISES {
        return Err(ShareError::BadOwnExercise);
    }
    let mut exercises = Vec::with_capacity(count);
    for _ in 0..count {
        exercises.push(read_exercise(reader)?);
    }
    Ok(exercises)
}

fn read_exercise(reader: &mut Reader) -> Result<OwnExercise, ShareError> {
    let bad = ShareError::BadOwnExercise;
    let id = reader.text(MAX_EXERCISE_ID_BYTES, bad)?;
    let name = reader.text(MAX_NAME_CHARS * UTF8_MAX, bad)?;
    let header = reader.byte()?;
    if header & !(HEADER_SHAPE | HEADER_PER_SIDE) != 0 {
        return Err(ShareError::BadShape);
    }
    let default_dose = read_dose(reader, header)?;
    let category = pick(&Category::ALL, reader.byte()?)?;
    let placement = pick(&Placement::ALL, reader.byte()?)?;
    let band_type = pick(&BandType::ALL, reader.byte()?)?;
    let muscles = read_indexes(reader, &Muscle::ALL)?;
    let equipment = read_indexes(reader, &Equipment::ALL)?;
    let steps = read_texts(reader, MAX_STEPS, MAX_STEP_CHARS)?;
    let cues = read_texts(reader, MAX_CUES, MAX_CUE_CHARS)?;
    let video = reader.text(MAX_VIDEO_CHARS * UTF8_MAX, bad)?;
    Ok(OwnExercise {
        id,
        name,
        muscles,
        category,
        placement,
        band_type,
        equipment,
        default_dose,
        steps,
        cues,
        video: (!video.is_empty()).then_some(video),
        deleted: false,
    })
}

fn pick<T: Copy>(all: &[T], index: u8) -> Result<T, ShareError> {
    all.get(usize::from(index))
        .copied()
        .ok_or(ShareError::BadOwnExercise)
}

fn read_indexes<T: Copy>(reader: &mut Reader, all: &[T]) -> Result<Vec<T>, ShareError> {
    let count = reader.length()?;
    if count > all.len() {
        return Err(ShareError::BadOwnExercise);
    }
    (0..count).map(|_| pick(all, reader.byte()?)).collect()
}

fn read_texts(reader: &mut Reader, most: usize, chars: usize) -> Result<Vec<String>, ShareError> {
    let count = reader.length()?;
    if count > most {
        return Err(ShareError::BadOwnExercise);
    }
    (0..count)
        .map(|_| reader.text(chars * UTF8_MAX, ShareError::BadOwnExercise))
        .collect()
}

/// The limits every own exercise in a link keeps, written or read: the
/// form's limits, an `own-<n>` id used once, no deleted one, and no
/// muscle or piece of equipment named twice.
pub fn check_exercises(exercises: &[OwnExercise]) -> Result<(), ShareError> {
    if exercises.len() > MAX_OWN_EXERCISES {
        return Err(ShareError::BadOwnExercise);
    }
    for (at, exercise) in exercises.iter().enumerate() {
        let fits = |texts: &[String], most: usize, chars: usize| {
            texts.len() <= most
                && texts
                    .iter()
                    .all(|t| !t.trim().is_empty() && t.chars().count() <= chars)
        };
        let name_chars = exercise.name.chars().count();
        let video_ok = exercise
            .video
            .as_deref()
            .is_none_or(|v| v.chars().count() <= MAX_VIDEO_CHARS && is_https_link(v));
        let ok = is_own_id(&exercise.id)
            && exercise.id.len() <= MAX_EXERCISE_ID_BYTES
            && !exercises.iter().take(at).any(|e| e.id == exercise.id)
            && (1..=MAX_NAME_CHARS).contains(&name_chars)
            && !exercise.name.trim().is_empty()
            && !exercise.deleted
            && no_repeats(&exercise.muscles)
            && no_repeats(&exercise.equipment)
            && fits(&exercise.steps, MAX_STEPS, MAX_STEP_CHARS)
            && fits(&exercise.cues, MAX_CUES, MAX_CUE_CHARS)
            && video_ok;
        if !ok {
            return Err(ShareError::BadOwnExercise);
        }
        if let Some(&error) = exercise.default_dose.errors().first() {
            return Err(ShareError::BadDose(error));
        }
    }
    Ok(())
}

fn no_repeats<T: PartialEq>(values: &[T]) -> bool {
    values
        .iter()
        .enumerate()
        .all(|(at, value)| !values.iter().take(at).any(|earlier| earlier == value))
}
