//! The binary form of a shared routine, versions 1 and 2, and its limits.
//!
//! ```text
//! version   1 byte: 1, or 2 when own exercises follow the circuits
//! name      text (length varint, then UTF-8)
//! bands     count, then per band: level varint, colour name text,
//!           swatch as 3 bytes (r, g, b)
//! entries   count, then per entry:
//!   exercise  varint code from the code table; 0 = text id follows
//!   header    1 byte: bits 0-2 shape, 3 per side, 4 main band, 5 stacked
//!   dose      sets, the shape's numbers, rest (all varints)
//!   bands     an index into the band list for each band the header names
//! circuits  count, then per circuit: first entry, length, rounds,
//!           transition seconds, round rest seconds (all varints)
//! own       version 2 only: the runner's own exercises the entries name
//!           by id (see `own_wire`)
//! ```
//!
//! Every number is a varint, so the usual values take one byte. The bytes
//! then go out as unpadded base64url. Reading checks the same limits as
//! writing ([`check`]), so whatever reads can be written again.

use crate::model::dose::MAX_SECONDS;
use crate::model::kit::band::Colour;
use crate::model::routine::MAX_ROUNDS;

use super::codes;
use super::dose_wire::{put_dose, read_dose, HEADER_PER_SIDE, HEADER_SHAPE};
use super::error::ShareError;
use super::limits::{
    FORMAT_VERSION, MAX_COLOUR_CHARS, MAX_ENTRIES, MAX_EXERCISE_ID_BYTES, MAX_LEVEL,
    MAX_NAME_CHARS, MAX_PAYLOAD_CHARS, OWN_EXERCISES_SINCE, PLAIN_FORMAT_VERSION,
};
use super::own_wire;
use super::shared::{SharedBand, SharedCircuit, SharedEntry, SharedRoutine};
use super::wire::{
    from_base64url, put_bytes, put_varint, saturate_u16, saturate_u8, to_base64url, Reader,
};

/// The most distinct bands one link lists: a main and a stacked band for
/// every entry.
const MAX_BANDS: usize = 2 * MAX_ENTRIES;
/// A character is at most four bytes of UTF-8.
const UTF8_MAX: usize = 4;

const HEADER_MAIN: u8 = 1 << 4;
const HEADER_STACKED: u8 = 1 << 5;

/// The payload for a shared routine, or the first limit it breaks.
pub fn encode(shared: &SharedRoutine) -> Result<String, ShareError> {
    check(shared)?;
    // A routine of catalog exercises only stays in version 1, which every
    // earlier build reads.
    let version = if shared.exercises.is_empty() {
        PLAIN_FORMAT_VERSION
    } else {
        FORMAT_VERSION
    };
    let mut out = vec![version];
    put_bytes(&mut out, shared.name.as_bytes());

    // Each distinct band once, in order of first use.
    let mut bands: Vec<&SharedBand> = Vec::new();
    let refs: Vec<(Option<u32>, Option<u32>)> = shared
        .entries
        .iter()
        .map(|entry| {
            (
                band_index(entry.main.as_ref(), &mut bands),
                band_index(entry.stacked.as_ref(), &mut bands),
            )
        })
        .collect();
    put_varint(&mut out, bands.len() as u32);
    for band in &bands {
        put_varint(&mut out, band.level as u32);
        put_bytes(&mut out, band.colour.name.as_bytes());
        out.extend_from_slice(&swatch_bytes(&band.colour.swatch).ok_or(ShareError::BadColour)?);
    }

    put_varint(&mut out, shared.entries.len() as u32);
    for (entry, (main, stacked)) in shared.entries.iter().zip(refs) {
        if let Some(code) = codes::code_of(&entry.exercise) {
            put_varint(&mut out, code);
        } else {
            put_varint(&mut out, 0);
            put_bytes(&mut out, entry.exercise.as_bytes());
        }
        let mut dose_bytes = Vec::new();
        let mut header = put_dose(&mut dose_bytes, entry.dose);
        if main.is_some() {
            header |= HEADER_MAIN;
        }
        if stacked.is_some() {
            header |= HEADER_STACKED;
        }
        out.push(header);
        out.extend_from_slice(&dose_bytes);
        for index in [main, stacked].into_iter().flatten() {
            put_varint(&mut out, index);
        }
    }

    put_varint(&mut out, shared.circuits.len() as u32);
    for circuit in &shared.circuits {
        put_varint(&mut out, circuit.start as u32);
        put_varint(&mut out, (circuit.end - circuit.start + 1) as u32);
        put_varint(&mut out, u32::from(circuit.rounds));
        put_varint(&mut out, u32::from(circuit.transition_s));
        put_varint(&mut out, u32::from(circuit.round_rest_s));
    }
    if version >= OWN_EXERCISES_SINCE {
        own_wire::put_exercises(&mut out, &shared.exercises);
    }

    let payload = to_base64url(&out);
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong { len: payload.len() });
    }
    Ok(payload)
}

/// Where `band` is in the list of bands, adding it if it is new.
fn band_index<'a>(band: Option<&'a SharedBand>, bands: &mut Vec<&'a SharedBand>) -> Option<u32> {
    let band = band?;
    let at = bands
        .iter()
        .position(|known| *known == band)
        .unwrap_or_else(|| {
            bands.push(band);
            bands.len() - 1
        });
    Some(at as u32)
}

/// The shared routine in a payload, or the first thing wrong with it.
pub fn decode(payload: &str) -> Result<SharedRoutine, ShareError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong { len: payload.len() });
    }
    let bytes = from_base64url(payload)?;
    let mut reader = Reader::new(&bytes);
    let version = reader.byte()?;
    if !(PLAIN_FORMAT_VERSION..=FORMAT_VERSION).contains(&version) {
        return Err(ShareError::UnknownVersion(version));
    }
    let name = reader.text(MAX_NAME_CHARS * UTF8_MAX, ShareError::NameTooLong)?;

    let band_count = reader.length()?;
    if band_count > MAX_BANDS {
        return Err(ShareError::BadBand);
    }
    let mut bands = Vec::with_capacity(band_count);
    for _ in 0..band_count {
        let level = reader.length()?;
        let colour_name = reader.text(MAX_COLOUR_CHARS * UTF8_MAX, ShareError::BadColour)?;
        let [r, g, b] = reader
            .take(3)?
            .try_into()
            .map_err(|_| ShareError::Truncated)?;
        bands.push(SharedBand {
            level,
            colour: Colour {
                name: colour_name,
                swatch: format!("#{r:02x}{g:02x}{b:02x}"),
            },
        });
    }

    let entry_count = reader.length()?;
    if entry_count > MAX_ENTRIES {
        return Err(ShareError::TooManyEntries);
    }
    let mut entries = Vec::with_capacity(entry_count);
    for _ in 0..entry_count {
        entries.push(read_entry(&mut reader, &bands)?);
    }

    // Every circuit needs two entries of its own, so a larger count is
    // wrong before any circuit is read.
    let circuit_count = reader.length()?;
    if circuit_count > entry_count / 2 {
        return Err(ShareError::BadCircuit);
    }
    let mut circuits = Vec::with_capacity(circuit_count);
    for _ in 0..circuit_count {
        let start = reader.length()?;
        let len = reader.length()?;
        if len < 2 {
            return Err(ShareError::BadCircuit);
        }
        circuits.push(SharedCircuit {
            start,
            end: start.saturating_add(len - 1),
            rounds: saturate_u8(reader.varint()?),
            transition_s: saturate_u16(reader.varint()?),
            round_rest_s: saturate_u16(reader.varint()?),
        });
    }
    let exercises = if version >= OWN_EXERCISES_SINCE {
        own_wire::read_exercises(&mut reader)?
    } else {
        Vec::new()
    };
    reader.finish()?;

    let shared = SharedRoutine {
        name,
        entries,
        circuits,
        exercises,
    };
    check(&shared)?;
    Ok(shared)
}

fn read_entry(reader: &mut Reader, bands: &[SharedBand]) -> Result<SharedEntry, ShareError> {
    let exercise = match reader.varint()? {
        0 => reader.text(MAX_EXERCISE_ID_BYTES, ShareError::BadExerciseId)?,
        code => codes::id_of(code)
            .ok_or(ShareError::UnknownExercise(code))?
            .to_owned(),
    };
    let header = reader.byte()?;
    if header & !(HEADER_SHAPE | HEADER_PER_SIDE | HEADER_MAIN | HEADER_STACKED) != 0 {
        return Err(ShareError::BadShape);
    }
    let dose = read_dose(reader, header)?;
    let mut band = |present: bool| -> Result<Option<SharedBand>, ShareError> {
        if !present {
            return Ok(None);
        }
        let at = reader.length()?;
        bands.get(at).cloned().map(Some).ok_or(ShareError::BadBand)
    };
    let main = band(header & HEADER_MAIN != 0)?;
    let stacked = band(header & HEADER_STACKED != 0)?;
    Ok(SharedEntry {
        exercise,
        dose,
        main,
        stacked,
    })
}

/// `#rrggbb` (either case) as three bytes.
fn swatch_bytes(swatch: &str) -> Option<[u8; 3]> {
    let hex = swatch
        .strip_prefix('#')
        .filter(|hex| hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()))?;
    let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// The limits every shared routine keeps, written or read.
pub fn check(shared: &SharedRoutine) -> Result<(), ShareError> {
    if shared.name.chars().count() > MAX_NAME_CHARS {
        return Err(ShareError::NameTooLong);
    }
    if shared.entries.len() > MAX_ENTRIES {
        return Err(ShareError::TooManyEntries);
    }
    for entry in &shared.entries {
        let known = codes::code_of(&entry.exercise).is_some();
        let id_len = entry.exercise.len();
        if !known && !(1..=MAX_EXERCISE_ID_BYTES).contains(&id_len) {
            return Err(ShareError::BadExerciseId);
        }
        if let Some(&error) = entry.dose.errors().first() {
            return Err(ShareError::BadDose(error));
        }
        for band in [&entry.main, &entry.stacked].into_iter().flatten() {
            if !(1..=MAX_LEVEL).contains(&band.level) {
                return Err(ShareError::BadBand);
            }
            if band.colour.name.chars().count() > MAX_COLOUR_CHARS
                || swatch_bytes(&band.colour.swatch).is_none()
            {
                return Err(ShareError::BadColour);
            }
        }
    }
    let mut free_from = 0;
    for circuit in &shared.circuits {
        let fits = circuit.start >= free_from
            && circuit.start < circuit.end
            && circuit.end < shared.entries.len();
        let settings_ok = (1..=MAX_ROUNDS).contains(&circuit.rounds)
            && circuit.transition_s <= MAX_SECONDS
            && circuit.round_rest_s <= MAX_SECONDS;
        if !fits || !settings_ok {
            return Err(ShareError::BadCircuit);
        }
        free_from = circuit.end + 1;
    }
    own_wire::check_exercises(&shared.exercises)
}
