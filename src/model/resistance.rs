//! Band resistance in the user's units. Bands are rated in pounds by their
//! makers, so pounds are what the app stores; kilograms are for display.

use crate::model::settings::Units;

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

fn lb_to_whole_kg(lb: u16) -> u32 {
    // A u16 of pounds is at most about 29,727 kg, so this cannot overflow.
    (f64::from(lb) * KG_PER_LB).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_largest_rating_converts_without_overflow() {
        assert_eq!(
            PoundRange::new(u16::MAX, u16::MAX).display(Units::Kg),
            "29726 kg"
        );
    }
}
