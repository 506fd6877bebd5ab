//! Which of the runner's bands suit an exercise. An exercise is written for
//! one type of band; a band of that type is best, a band of the same shape
//! will do (a mini loop for a fabric loop, a figure-8 for a tube), and a
//! band of another shape will do only as a stand-in used another way
//! (`kit::stand_in`: a flat band tied into a loop, a long loop anchored as
//! a tube), and otherwise not at all (a mini loop cannot stand in for a
//! flat band held in the hands). Within the bands that suit, levels still
//! come from the kit's order, lightest first.

use crate::model::kit::band::{Band, BandId, BandKit};
use crate::model::kit::band_type::BandType;
use crate::model::kit::stand_in;

/// Bands that can stand in for each other, by their shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Mini loops and fabric loops go around the legs the same way.
    SmallLoop,
    LongLoop,
    Flat,
    /// Tubes and figure-8 bands are both held by handles.
    Handles,
}

fn shape(band_type: BandType) -> Shape {
    match band_type {
        BandType::MiniLoop | BandType::FabricLoop => Shape::SmallLoop,
        BandType::LongLoop => Shape::LongLoop,
        BandType::Flat => Shape::Flat,
        BandType::Tube | BandType::FigureEight => Shape::Handles,
    }
}

/// Whether a band of type `band` can be used where `needed` is asked for.
pub fn fits(needed: BandType, band: BandType) -> bool {
    shape(needed) == shape(band)
}

/// Whether a band of type `band` can be used where `needed` is asked for,
/// as it is or as a stand-in.
fn usable(needed: BandType, band: BandType) -> bool {
    fits(needed, band) || stand_in::can(needed, band)
}

/// The bands of `kit` an exercise written for `needed` can use, lightest
/// first: the bands of that very type when the kit has any, otherwise the
/// bands of the same shape, otherwise the bands that can stand in. Empty
/// when the kit has none that suit.
pub fn suitable(kit: &BandKit, needed: BandType) -> Vec<&Band> {
    let tiers: [&dyn Fn(BandType) -> bool; 3] = [
        &|band| band == needed,
        &|band| fits(needed, band),
        &|band| stand_in::can(needed, band),
    ];
    for tier in tiers {
        let bands: Vec<&Band> = kit
            .bands
            .iter()
            .filter(|band| tier(band.band_type))
            .collect();
        if !bands.is_empty() {
            return bands;
        }
    }
    Vec::new()
}

/// Whether the kit has a band an exercise written for `needed` can use.
pub fn has_suitable(kit: &BandKit, needed: BandType) -> bool {
    kit.bands.iter().any(|band| usable(needed, band.band_type))
}

/// How to use `band` for an exercise written for `needed`, when it is a
/// stand-in of another shape (`kit::stand_in::how`); None when it is of
/// the shape asked for.
pub fn stand_in_words(needed: BandType, band: BandType) -> Option<&'static str> {
    stand_in::how(needed, band)
}

/// The band to start an exercise written for `needed` with: among the
/// bands that suit, the lightest for a gentle stretch, otherwise the
/// second-lightest (light, with room to move up), or the only one. None
/// when the kit has no band that suits.
pub fn starting_band(kit: &BandKit, needed: BandType, gentle: bool) -> Option<BandId> {
    let bands = suitable(kit, needed);
    let level = usize::from(!(gentle || bands.len() < 2));
    bands.get(level).map(|band| band.id)
}

/// The lightest band that suits `needed`.
pub fn lightest(kit: &BandKit, needed: BandType) -> Option<BandId> {
    suitable(kit, needed).first().map(|band| band.id)
}

/// The kind of band an exercise written for `needed` asks for, by its
/// shape, e.g. `flat band` (a long loop is not a small loop, so each is
/// named for what it is).
pub fn kind_words(needed: BandType) -> &'static str {
    match shape(needed) {
        Shape::SmallLoop => "loop band",
        Shape::LongLoop => "long loop band",
        Shape::Flat => "flat band",
        Shape::Handles => "band with handles",
    }
}

/// What to say when the kit has no band of the type an exercise needs,
/// e.g. `No flat band in your kit`.
pub fn missing_text(needed: BandType) -> String {
    format!("No {} in your kit", kind_words(needed))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::kit::band::preset;

    /// The mini loops and the flat bands in one kit, in that order.
    pub(crate) fn mini_and_flat() -> BandKit {
        let mut kit = preset("mini-loop-5").unwrap().kit();
        for band in preset("flat-8").unwrap().kit().bands {
            kit.add(band);
        }
        kit
    }

    pub(crate) fn name(kit: &BandKit, id: Option<BandId>) -> Option<String> {
        id.and_then(|id| kit.get(id))
            .map(|band| format!("{} {}", band.name(), band.band_type.label()))
    }

    #[test]
    fn a_flat_band_exercise_gets_a_flat_band_not_a_mini_loop() {
        let kit = mini_and_flat();
        assert_eq!(
            name(&kit, starting_band(&kit, BandType::Flat, false)).as_deref(),
            Some("Yellow, light Flat band")
        );
        assert_eq!(
            name(&kit, starting_band(&kit, BandType::Flat, true)).as_deref(),
            Some("Tan, extra light Flat band")
        );
        assert_eq!(
            name(&kit, starting_band(&kit, BandType::MiniLoop, false)).as_deref(),
            Some("Blue, light Mini loop")
        );
    }

    #[test]
    fn a_kit_without_the_type_gives_no_band() {
        let mini = preset("mini-loop-5").unwrap().kit();
        for needed in [BandType::Flat, BandType::Tube, BandType::LongLoop] {
            assert_eq!(starting_band(&mini, needed, false), None, "{needed:?}");
            assert!(!has_suitable(&mini, needed), "{needed:?}");
            assert!(suitable(&mini, needed).is_empty(), "{needed:?}");
        }
        assert_eq!(
            starting_band(&BandKit::default(), BandType::MiniLoop, false),
            None
        );
        assert_eq!(missing_text(BandType::Flat), "No flat band in your kit");
        assert_eq!(
            missing_text(BandType::Tube),
            "No band with handles in your kit"
        );
        assert_eq!(
            missing_text(BandType::LongLoop),
            "No long loop band in your kit",
            "a kit of mini loops has loops, just not long ones"
        );
        assert_eq!(
            missing_text(BandType::FabricLoop),
            "No loop band in your kit"
        );
    }

    #[test]
    fn bands_of_the_same_shape_stand_in_for_each_other() {
        let fabric = preset("fabric-loop-3").unwrap().kit();
        assert!(has_suitable(&fabric, BandType::MiniLoop));
        assert_eq!(
            starting_band(&fabric, BandType::MiniLoop, false),
            Some(fabric.bands[1].id)
        );
        assert!(fits(BandType::Tube, BandType::FigureEight));
        assert!(!fits(BandType::MiniLoop, BandType::LongLoop));
        assert!(!fits(BandType::Flat, BandType::Tube));
    }

    #[test]
    fn the_exact_type_is_preferred_over_a_stand_in() {
        let mut kit = preset("mini-loop-5").unwrap().kit();
        let fabric: Vec<BandId> = preset("fabric-loop-3")
            .unwrap()
            .kit()
            .bands
            .into_iter()
            .map(|band| kit.add(band))
            .collect();
        let only_fabric: Vec<BandId> = suitable(&kit, BandType::FabricLoop)
            .iter()
            .map(|band| band.id)
            .collect();
        assert_eq!(only_fabric, fabric);
        assert_eq!(
            lightest(&kit, BandType::FabricLoop),
            fabric.first().copied()
        );
        assert_eq!(lightest(&kit, BandType::MiniLoop), Some(kit.bands[0].id));
    }

    #[test]
    fn a_stand_in_is_used_only_when_no_band_of_the_shape_is_there() {
        let flat = preset("flat-8").unwrap().kit();
        assert!(has_suitable(&flat, BandType::MiniLoop));
        assert_eq!(
            name(&flat, starting_band(&flat, BandType::MiniLoop, false)).as_deref(),
            Some("Yellow, light Flat band"),
            "a flat band, tied into a loop"
        );
        assert_eq!(
            stand_in_words(BandType::MiniLoop, BandType::Flat),
            Some("Tie your flat band into a loop the size of a mini loop, and use it as one.")
        );
        let mixed = mini_and_flat();
        assert_eq!(
            name(&mixed, starting_band(&mixed, BandType::MiniLoop, false)).as_deref(),
            Some("Blue, light Mini loop"),
            "a loop of the kit before a tied flat band"
        );
        let long = preset("long-loop-3").unwrap().kit();
        assert!(has_suitable(&long, BandType::Tube));
        assert!(has_suitable(&long, BandType::Flat));
        assert!(!has_suitable(&long, BandType::MiniLoop));
        assert_eq!(stand_in_words(BandType::LongLoop, BandType::LongLoop), None);
    }

    #[test]
    fn one_band_that_suits_is_used_for_any_exercise_of_its_type() {
        let mut kit = preset("mini-loop-5").unwrap().kit();
        let tube = kit.add(Band {
            band_type: BandType::Tube,
            ..kit.bands[0].clone()
        });
        assert_eq!(starting_band(&kit, BandType::Tube, false), Some(tube));
        assert_eq!(starting_band(&kit, BandType::FigureEight, true), Some(tube));
    }
}
