//! A dose in a link, the same for a routine's entries and for an own
//! exercise's default dose: a header byte's shape and per-side bits, then
//! the sets, the shape's numbers and the rest, as varints.

use crate::model::dose::{Dose, Shape};

use super::error::ShareError;
use super::wire::{put_varint, saturate_u16, saturate_u8, Reader};

/// The header bit for a dose done on each side.
pub const HEADER_PER_SIDE: u8 = 1 << 3;
/// The header bits that hold the dose's shape.
pub const HEADER_SHAPE: u8 = 0b111;

/// Writes a dose's sets, numbers and rest; returns its header bits (shape
/// and per side).
pub fn put_dose(out: &mut Vec<u8>, dose: Dose) -> u8 {
    let (shape, numbers): (u8, &[u16]) = match &dose.shape {
        Shape::Reps { reps } => (0, &[*reps]),
        Shape::Timed { work_s } => (1, &[*work_s]),
        Shape::Holds { holds, hold_s } => (2, &[*holds, *hold_s]),
        Shape::StepsEachWay { steps } => (3, &[*steps]),
        Shape::Hold { hold_s } => (4, &[*hold_s]),
    };
    put_varint(out, u32::from(dose.sets));
    for number in numbers {
        put_varint(out, u32::from(*number));
    }
    put_varint(out, u32::from(dose.rest_s));
    if dose.per_side {
        shape | HEADER_PER_SIDE
    } else {
        shape
    }
}

/// Reads what [`put_dose`] wrote, with the header it returned.
pub fn read_dose(reader: &mut Reader, header: u8) -> Result<Dose, ShareError> {
    let sets = saturate_u8(reader.varint()?);
    let mut number = || reader.varint().map(saturate_u16);
    let shape = match header & HEADER_SHAPE {
        0 => Shape::Reps { reps: number()? },
        1 => Shape::Timed { work_s: number()? },
        2 => Shape::Holds {
            holds: number()?,
            hold_s: number()?,
        },
        3 => Shape::StepsEachWay { steps: number()? },
        4 => Shape::Hold { hold_s: number()? },
        _ => return Err(ShareError::BadShape),
    };
    let rest_s = number()?;
    Ok(Dose {
        sets,
        shape,
        rest_s,
        per_side: header & HEADER_PER_SIDE != 0,
    })
}
