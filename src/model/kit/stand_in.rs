//! A band of another kind doing a job it can do, and how: a flat band tied
//! into a loop does a mini loop's work; a long loop or a flat band tied to
//! the anchor does a tube's; a long loop or a tube held round the foot
//! does a flat band's. A small loop stands in for nothing else (it is too
//! short to anchor or to hold round a foot), and only a flat band, tied,
//! stands in for it.

use crate::model::kit::band_type::BandType;

/// The kinds of band, grouped as a stand-in sees them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    SmallLoop,
    LongLoop,
    Flat,
    Handles,
}

fn kind(band_type: BandType) -> Kind {
    match band_type {
        BandType::MiniLoop | BandType::FabricLoop => Kind::SmallLoop,
        BandType::LongLoop => Kind::LongLoop,
        BandType::Flat => Kind::Flat,
        BandType::Tube | BandType::FigureEight => Kind::Handles,
    }
}

/// How to use a band of type `band` for a move written for `needed`, in
/// one sentence; None when it cannot stand in (or is of the same kind, and
/// so needs no words).
pub fn how(needed: BandType, band: BandType) -> Option<&'static str> {
    Some(match (kind(needed), kind(band)) {
        (Kind::SmallLoop, Kind::Flat) => {
            "Tie your flat band into a loop the size of a mini loop, and use it as one."
        }
        (Kind::Handles, Kind::LongLoop) => {
            "Use your long loop as the tube: loop it round the anchor, and round your ankle or hand where the handle would be."
        }
        (Kind::Handles, Kind::Flat) => {
            "Tie your flat band to the anchor, and knot a loop in its end for your ankle or hand where the handle would be."
        }
        (Kind::LongLoop, Kind::Handles) => {
            "Use your tube as the long loop: anchor it the same way, with a handle where the loop would go."
        }
        (Kind::LongLoop, Kind::Flat) => {
            "Tie your flat band to the anchor, and knot a loop in its end where the long loop would go."
        }
        (Kind::Flat, Kind::LongLoop) => {
            "Hold your long loop round your foot as you would a flat band."
        }
        (Kind::Flat, Kind::Handles) => {
            "Hold your tube by its handles, round your foot, as you would the ends of a flat band."
        }
        _ => return None,
    })
}

/// Whether a band of type `band` can do the work of one of type `needed`
/// in another way (see [`how`]).
pub fn can(needed: BandType, band: BandType) -> bool {
    how(needed, band).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_band_tied_does_a_loops_work_but_a_loop_stands_in_for_nothing() {
        assert!(can(BandType::MiniLoop, BandType::Flat));
        assert!(can(BandType::FabricLoop, BandType::Flat));
        for needed in [BandType::Flat, BandType::Tube, BandType::LongLoop] {
            assert!(!can(needed, BandType::MiniLoop), "{needed:?}");
            assert!(!can(needed, BandType::FabricLoop), "{needed:?}");
        }
        assert!(!can(BandType::MiniLoop, BandType::LongLoop));
        assert!(!can(BandType::MiniLoop, BandType::Tube));
    }

    #[test]
    fn anchored_and_held_bands_stand_in_for_each_other() {
        assert!(can(BandType::Tube, BandType::LongLoop));
        assert!(can(BandType::FigureEight, BandType::Flat));
        assert!(can(BandType::LongLoop, BandType::Tube));
        assert!(can(BandType::Flat, BandType::LongLoop));
        assert!(can(BandType::Flat, BandType::FigureEight));
    }

    #[test]
    fn a_band_of_the_same_kind_needs_no_words() {
        for band_type in BandType::ALL {
            assert_eq!(how(band_type, band_type), None, "{band_type:?}");
        }
        assert_eq!(how(BandType::MiniLoop, BandType::FabricLoop), None);
        assert_eq!(how(BandType::Tube, BandType::FigureEight), None);
    }

    #[test]
    fn every_way_is_one_sentence() {
        for needed in BandType::ALL {
            for band in BandType::ALL {
                if let Some(words) = how(needed, band) {
                    assert!(words.ends_with('.'), "{words}");
                    assert_eq!(words.matches(". ").count(), 0, "{words}");
                }
            }
        }
    }
}
