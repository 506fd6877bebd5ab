//! Band resistance in the user's units. Bands are rated in pounds by their
//! makers, so pounds are what the app stores; kilograms are for display.

use std::fmt;

/// How band resistance is shown (a setting; the kit is always kept in
/// pounds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Units {
    #[default]
    Lb,
    Kg,
}

const KG_PER_LB: f64 = 0.453_592_37;

/// The resistance range of a band, in whole pounds as printed on the band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoundRange {
    pub min_lb: u16,
    pub max_lb: u16,
}

impl PoundRange {
    pub const fn new(min_lb: u16, max_lb: u16) -> Self {
        Self { min_lb, max_lb }
    }

    /// The range as shown to the user, e.g. `15-20 lb` or `7-9 kg`.
    /// Kilograms are rounded to whole numbers: band ratings are approximate,
    /// and decimals would suggest a precision the band does not have.
    pub fn display(self, units: Units) -> String {
        let (min, max, unit) = match units {
            Units::Lb => (u32::from(self.min_lb), u32::from(self.max_lb), "lb"),
            Units::Kg => (
                lb_to_whole_kg(self.min_lb),
                lb_to_whole_kg(self.max_lb),
                "kg",
            ),
        };
        if min == max {
            format!("{min} {unit}")
        } else {
            format!("{min}-{max} {unit}")
        }
    }
}

/// Why a rating typed by the user cannot be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatingEntryError {
    /// Not a plain number, e.g. `ten` or `10-15`.
    NotANumber,
    /// Below zero, or beyond what a band could be rated.
    OutOfRange,
}

/// The highest rating accepted, in the user's units: far above any real
/// band, so only a typo is refused.
const MAX_ENTRY: u64 = 1000;

/// Reads a rating the user typed in their units as whole pounds, the unit
/// stored. Empty text means no rating. Kilograms are converted to the
/// nearest pound; pounds may not have decimals, since bands print whole
/// pounds. Nothing is clamped: a value out of range is an error.
///
/// The arithmetic is done in whole thousandths rather than with `f64`
/// parsing, which would add its large conversion tables to the wasm.
pub fn pounds_from_entry(text: &str, units: Units) -> Result<Option<u16>, RatingEntryError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // A negative number is a number, just not a possible rating.
    if text
        .strip_prefix('-')
        .is_some_and(|rest| parse_thousandths(rest).is_some())
    {
        return Err(RatingEntryError::OutOfRange);
    }
    let thousandths = parse_thousandths(text).ok_or(RatingEntryError::NotANumber)?;
    if thousandths > MAX_ENTRY * 1000 {
        return Err(RatingEntryError::OutOfRange);
    }
    let pounds = match units {
        Units::Lb if thousandths % 1000 != 0 => return Err(RatingEntryError::NotANumber),
        Units::Lb => thousandths / 1000,
        // 1 kg = 2.20462262 lb; round half up to the nearest pound.
        Units::Kg => (thousandths * 2_204_623 + 500_000_000) / 1_000_000_000,
    };
    // At most 1000 kg, about 2205 lb: well inside a u16.
    u16::try_from(pounds)
        .map(Some)
        .map_err(|_| RatingEntryError::OutOfRange)
}

/// A non-negative decimal such as `12`, `12.5` or `12,75` in thousandths;
/// None for anything else (signs, exponents, more than three decimals).
fn parse_thousandths(text: &str) -> Option<u64> {
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    let empty = whole.is_empty() && fraction.is_empty();
    if empty || !digits(whole) || !digits(fraction) || fraction.len() > 3 {
        return None;
    }
    // Anything this long is far out of range; say so rather than overflow.
    if whole.len() > 12 {
        return Some(u64::MAX);
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let scale = 10u64.pow(3 - fraction.len() as u32);
    let fraction: u64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse::<u64>().ok()? * scale
    };
    whole.checked_mul(1000)?.checked_add(fraction)
}

/// Stored pounds as the user enters them: pounds as they are, kilograms
/// rounded to whole numbers as [`PoundRange::display`] shows them.
pub fn pounds_to_entry(lb: u16, units: Units) -> String {
    match units {
        Units::Lb => lb.to_string(),
        Units::Kg => lb_to_whole_kg(lb).to_string(),
    }
}

fn lb_to_whole_kg(lb: u16) -> u32 {
    // A u16 of pounds is at most about 29,727 kg, so this cannot overflow.
    (f64::from(lb) * KG_PER_LB).round() as u32
}

impl fmt::Display for RatingEntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: &str = {
            match self {
                RatingEntryError::NotANumber => "Enter a number, such as 15.",
                RatingEntryError::OutOfRange => "Enter a number from 0 to 1000.",
            }
        };
        f.write_str(text)
    }
}

impl std::error::Error for RatingEntryError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_read_exactly_without_floats() {
        assert_eq!(parse_thousandths("12"), Some(12_000));
        assert_eq!(parse_thousandths("12.5"), Some(12_500));
        assert_eq!(parse_thousandths("0,075"), Some(75));
        assert_eq!(parse_thousandths(".5"), Some(500));
        assert_eq!(parse_thousandths("7."), Some(7_000));
        for bad in [".", "1.2345", "-3", "+3", "1e3", "1.2.3", "abc", " 1"] {
            assert_eq!(parse_thousandths(bad), None, "{bad}");
        }
        assert_eq!(parse_thousandths("9999999999999999"), Some(u64::MAX));
        assert_eq!(
            pounds_from_entry("9999999999999999", Units::Lb),
            Err(RatingEntryError::OutOfRange)
        );
    }

    #[test]
    fn pounds_show_as_printed_on_the_band() {
        assert_eq!(PoundRange::new(15, 20).display(Units::Lb), "15-20 lb");
        assert_eq!(PoundRange::new(60, 150).display(Units::Lb), "60-150 lb");
    }

    #[test]
    fn kilograms_are_rounded_to_whole_numbers() {
        assert_eq!(PoundRange::new(15, 20).display(Units::Kg), "7-9 kg");
        assert_eq!(PoundRange::new(20, 37).display(Units::Kg), "9-17 kg");
        assert_eq!(PoundRange::new(60, 150).display(Units::Kg), "27-68 kg");
    }

    #[test]
    fn a_range_that_collapses_shows_one_number() {
        assert_eq!(PoundRange::new(5, 5).display(Units::Lb), "5 lb");
        // 4 lb is 1.81 kg.
        assert_eq!(PoundRange::new(4, 4).display(Units::Kg), "2 kg");
        assert_eq!(PoundRange::new(0, 0).display(Units::Kg), "0 kg");
    }

    #[test]
    fn typed_pounds_are_stored_as_they_are() {
        assert_eq!(pounds_from_entry(" 15 ", Units::Lb), Ok(Some(15)));
        assert_eq!(pounds_from_entry("0", Units::Lb), Ok(Some(0)));
        assert_eq!(pounds_from_entry("", Units::Lb), Ok(None));
        assert_eq!(pounds_from_entry("   ", Units::Kg), Ok(None));
        assert_eq!(pounds_from_entry("1000", Units::Lb), Ok(Some(1000)));
    }

    #[test]
    fn typed_kilograms_become_the_nearest_whole_pound() {
        // 7 kg is 15.4 lb, 9 kg is 19.8 lb, 6.5 kg is 14.3 lb.
        assert_eq!(pounds_from_entry("7", Units::Kg), Ok(Some(15)));
        assert_eq!(pounds_from_entry("9", Units::Kg), Ok(Some(20)));
        assert_eq!(pounds_from_entry("6.5", Units::Kg), Ok(Some(14)));
        assert_eq!(pounds_from_entry("6,5", Units::Kg), Ok(Some(14)));
        assert_eq!(pounds_from_entry("1000", Units::Kg), Ok(Some(2205)));
    }

    #[test]
    fn impossible_ratings_are_refused_not_clamped() {
        for text in ["ten", "10-15", "1e", "NaN", "inf", "12.5"] {
            assert_eq!(
                pounds_from_entry(text, Units::Lb),
                Err(RatingEntryError::NotANumber),
                "{text}"
            );
        }
        for text in ["-1", "1001", "70000"] {
            assert_eq!(
                pounds_from_entry(text, Units::Kg),
                Err(RatingEntryError::OutOfRange),
                "{text}"
            );
        }
        assert!(RatingEntryError::OutOfRange.to_string().ends_with('.'));
    }

    #[test]
    fn stored_pounds_are_offered_for_editing_in_the_users_units() {
        assert_eq!(pounds_to_entry(37, Units::Lb), "37");
        assert_eq!(pounds_to_entry(37, Units::Kg), "17");
        assert_eq!(
            pounds_to_entry(20, Units::Kg),
            PoundRange::new(20, 20)
                .display(Units::Kg)
                .replace(" kg", "")
        );
    }

    #[test]
    fn the_largest_rating_converts_without_overflow() {
        assert_eq!(
            PoundRange::new(u16::MAX, u16::MAX).display(Units::Kg),
            "29726 kg"
        );
    }
}
