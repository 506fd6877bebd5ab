//! The user's own bands. A band is known by its colour *and* its level in the
//! kit: colour names mean different things across brands, so the order and
//! the pounds always come from the kit, never from the colour.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::kit::band_type::BandType;
use crate::model::kit::resistance::PoundRange;
use crate::model::kit::resistance::Units;

/// A band's identity within one kit; stable across edits and reordering.
pub type BandId = u32;

/// A colour as the user names it, with the swatch shown beside the name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Colour {
    pub name: String,
    /// `#rrggbb`.
    pub swatch: String,
}

/// One band the user owns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub id: BandId,
    pub colour: Colour,
    /// The maker's word for its strength, e.g. `heavy`.
    pub label: String,
    pub band_type: BandType,
    /// The rating printed on the band, when the maker gives one.
    pub pounds: Option<(u16, u16)>,
}

impl Band {
    /// The band in words, e.g. `Red, heavy` (what a radio button says).
    pub fn name(&self) -> String {
        format!("{}, {}", self.colour.name, self.label)
    }

    /// The band in words with its rating, e.g. `Red, heavy, 15-20 lb`.
    pub fn describe(&self, units: Units) -> String {
        match self.pounds {
            Some((min, max)) => format!(
                "{}, {}",
                self.name(),
                PoundRange::new(min, max).display(units)
            ),
            None => self.name(),
        }
    }
}

/// Why a band as entered cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandError {
    NoColourName,
    BadSwatch,
    NoLabel,
    PoundsReversed,
}

impl Band {
    /// Everything wrong with the band as entered; empty when it is fine.
    pub fn errors(&self) -> Vec<BandError> {
        let mut errors = Vec::new();
        if self.colour.name.trim().is_empty() {
            errors.push(BandError::NoColourName);
        }
        if !is_swatch(&self.colour.swatch) {
            errors.push(BandError::BadSwatch);
        }
        if self.label.trim().is_empty() {
            errors.push(BandError::NoLabel);
        }
        if self.pounds.is_some_and(|(min, max)| min > max) {
            errors.push(BandError::PoundsReversed);
        }
        errors
    }
}

fn is_swatch(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// The bands a user owns, lightest first: a band's level is its place here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandKit {
    pub bands: Vec<Band>,
    /// The id the next added band gets; ids are never reused, so a routine
    /// can never end up pointing at a different band.
    #[serde(default)]
    next_id: BandId,
}

impl BandKit {
    /// The band with this id.
    pub fn get(&self, id: BandId) -> Option<&Band> {
        self.bands.iter().find(|band| band.id == id)
    }

    /// The band's level, 1 for the lightest.
    pub fn level(&self, id: BandId) -> Option<usize> {
        self.bands
            .iter()
            .position(|band| band.id == id)
            .map(|i| i + 1)
    }

    /// The next band up from this one, if the kit has one.
    pub fn next_heavier(&self, id: BandId) -> Option<&Band> {
        self.level(id).and_then(|level| self.bands.get(level))
    }

    /// The next band up from this one of the same kind (a mini loop after
    /// a mini loop), if the kit has one: a heavier band of another kind is
    /// no use for a move done with this one.
    pub fn next_heavier_of_kind(&self, id: BandId) -> Option<&Band> {
        let at = self.bands.iter().position(|band| band.id == id)?;
        let kind = self.bands.get(at)?.band_type;
        self.bands
            .iter()
            .skip(at + 1)
            .find(|band| band.band_type == kind)
    }

    /// The lightest band, used for stretching.
    pub fn lightest(&self) -> Option<&Band> {
        self.bands.first()
    }

    /// The band to start a new exercise with: the lightest for a gentle
    /// stretch, otherwise the second-lightest (light but not the easiest),
    /// so there is room to move up.
    pub fn starting_band(&self, gentle: bool) -> Option<BandId> {
        let level = usize::from(!(gentle || self.bands.len() < 2));
        self.bands.get(level).map(|band| band.id)
    }

    /// Adds a band at the heavy end and returns its id. The band's own id is
    /// replaced by a fresh one.
    pub fn add(&mut self, mut band: Band) -> BandId {
        let highest = self.bands.iter().map(|band| band.id).max().unwrap_or(0);
        let id = self.next_id.max(highest + 1);
        self.next_id = id + 1;
        band.id = id;
        self.bands.push(band);
        id
    }

    /// Moves a band one level lighter (`-1`) or heavier (`+1`). Returns
    /// false when it is already at that end.
    pub fn shift(&mut self, id: BandId, heavier: bool) -> bool {
        let Some(at) = self.bands.iter().position(|band| band.id == id) else {
            return false;
        };
        let to = if heavier { at + 1 } else { at.wrapping_sub(1) };
        if to >= self.bands.len() {
            return false;
        }
        self.bands.swap(at, to);
        true
    }

    /// Removes a band and returns it with its place, for Undo.
    pub fn remove(&mut self, id: BandId) -> Option<(usize, Band)> {
        let at = self.bands.iter().position(|band| band.id == id)?;
        Some((at, self.bands.remove(at)))
    }

    /// Puts back a band removed by [`BandKit::remove`].
    pub fn restore(&mut self, at: usize, band: Band) {
        let at = at.min(self.bands.len());
        self.bands.insert(at, band);
    }
}

/// A ready-made kit matching a common band set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    band_type: BandType,
    bands: &'static [PresetBand],
}

/// A preset band: colour name, swatch, level name, pound rating.
type PresetBand = (&'static str, &'static str, &'static str, Option<(u16, u16)>);

impl Preset {
    /// The kit this preset describes, lightest first.
    pub fn kit(&self) -> BandKit {
        let mut kit = BandKit::default();
        for &(colour, swatch, label, pounds) in self.bands {
            kit.add(Band {
                id: 0,
                colour: Colour {
                    name: colour.into(),
                    swatch: swatch.into(),
                },
                label: label.into(),
                band_type: self.band_type,
                pounds,
            });
        }
        kit
    }

    /// How many bands the preset has.
    pub fn len(&self) -> usize {
        self.bands.len()
    }

    /// Always false: every preset has bands.
    pub fn is_empty(&self) -> bool {
        self.bands.is_empty()
    }
}

/// The presets offered on first use, from the source articles.
pub const PRESETS: [Preset; 4] = [
    Preset {
        id: "mini-loop-5",
        name: "Mini loop bands, set of 5",
        description: "Small latex loops from extra light to extra heavy.",
        band_type: BandType::MiniLoop,
        bands: &[
            ("Green", "#2e7d32", "extra light", None),
            ("Blue", "#1565c0", "light", None),
            ("Yellow", "#f9a825", "medium", None),
            ("Red", "#c62828", "heavy", None),
            ("Black", "#212121", "extra heavy", None),
        ],
    },
    Preset {
        id: "fabric-loop-3",
        name: "Fabric loop bands, set of 3",
        description: "Woven loops that do not roll or pinch.",
        band_type: BandType::FabricLoop,
        bands: &[
            ("Green", "#2e7d32", "light", Some((20, 37))),
            ("Grey", "#757575", "medium", Some((30, 46))),
            ("Black", "#212121", "heavy", Some((40, 55))),
        ],
    },
    Preset {
        id: "long-loop-3",
        name: "Long loop bands, set of 3",
        description:
            "Large loops for anchored and upper-body work. Rename the colours to match yours.",
        band_type: BandType::LongLoop,
        bands: &[
            ("Red", "#c62828", "light", Some((10, 35))),
            ("Black", "#212121", "medium", Some((40, 80))),
            ("Purple", "#6a1b9a", "heavy", Some((60, 150))),
        ],
    },
    Preset {
        id: "flat-8",
        name: "Flat therapy bands, set of 8",
        description: "The common colour ladder of flat bands, lightest to heaviest.",
        band_type: BandType::Flat,
        bands: &[
            ("Tan", "#c8a97e", "extra light", None),
            ("Yellow", "#f9a825", "light", None),
            ("Red", "#c62828", "medium", None),
            ("Green", "#2e7d32", "heavy", None),
            ("Blue", "#1565c0", "extra heavy", None),
            ("Black", "#212121", "special heavy", None),
            ("Silver", "#9e9e9e", "super heavy", None),
            ("Gold", "#b8860b", "maximum", None),
        ],
    },
];

/// The preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|preset| preset.id == id)
}

impl fmt::Display for BandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: &str = {
            match self {
                BandError::NoColourName => "Give the band a colour name, such as Red.",
                BandError::BadSwatch => "Pick a swatch colour for the band.",
                BandError::NoLabel => "Give the band a level name, such as heavy.",
                BandError::PoundsReversed => {
                    "The lower pound figure must not be above the higher one."
                }
            }
        };
        f.write_str(text)
    }
}

impl std::error::Error for BandError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(kit: &BandKit) -> Vec<String> {
        kit.bands.iter().map(Band::name).collect()
    }

    #[test]
    fn the_article_presets_are_in_order_with_their_ratings() {
        let mini = preset("mini-loop-5").unwrap().kit();
        assert_eq!(
            names(&mini),
            [
                "Green, extra light",
                "Blue, light",
                "Yellow, medium",
                "Red, heavy",
                "Black, extra heavy"
            ]
        );
        let fabric = preset("fabric-loop-3").unwrap().kit();
        let ratings: Vec<_> = fabric.bands.iter().map(|b| b.pounds).collect();
        assert_eq!(ratings, [Some((20, 37)), Some((30, 46)), Some((40, 55))]);
        let long = preset("long-loop-3").unwrap().kit();
        let ratings: Vec<_> = long.bands.iter().map(|b| b.pounds).collect();
        assert_eq!(ratings, [Some((10, 35)), Some((40, 80)), Some((60, 150))]);
        let flat = preset("flat-8").unwrap().kit();
        let colours: Vec<_> = flat.bands.iter().map(|b| b.colour.name.as_str()).collect();
        assert_eq!(
            colours,
            ["Tan", "Yellow", "Red", "Green", "Blue", "Black", "Silver", "Gold"]
        );
    }

    #[test]
    fn every_preset_band_is_valid_with_a_unique_id() {
        for preset in PRESETS {
            let kit = preset.kit();
            assert_eq!(kit.bands.len(), preset.len());
            let mut ids: Vec<_> = kit.bands.iter().map(|b| b.id).collect();
            ids.dedup();
            assert_eq!(ids.len(), preset.len(), "{}", preset.id);
            for band in &kit.bands {
                assert_eq!(band.errors(), vec![], "{} {}", preset.id, band.name());
            }
        }
    }

    #[test]
    fn the_same_colour_has_a_different_level_in_different_kits() {
        let red_level = |kit: &BandKit| {
            let red = kit.bands.iter().find(|b| b.colour.name == "Red").unwrap();
            kit.level(red.id).unwrap()
        };
        assert_eq!(red_level(&preset("mini-loop-5").unwrap().kit()), 4);
        assert_eq!(red_level(&preset("flat-8").unwrap().kit()), 3);
        assert_eq!(red_level(&preset("long-loop-3").unwrap().kit()), 1);
    }

    #[test]
    fn a_band_is_described_in_words_and_units() {
        let fabric = preset("fabric-loop-3").unwrap().kit();
        let grey = &fabric.bands[1];
        assert_eq!(grey.describe(Units::Lb), "Grey, medium, 30-46 lb");
        assert_eq!(grey.describe(Units::Kg), "Grey, medium, 14-21 kg");
        let mini = preset("mini-loop-5").unwrap().kit();
        assert_eq!(mini.bands[3].describe(Units::Lb), "Red, heavy");
    }

    #[test]
    fn reordering_changes_levels_but_not_ids() {
        let mut kit = preset("fabric-loop-3").unwrap().kit();
        let black = kit.bands[2].id;
        assert!(kit.shift(black, false));
        assert_eq!(kit.level(black), Some(2));
        assert!(kit.shift(black, false));
        assert!(!kit.shift(black, false), "already the lightest");
        assert_eq!(kit.level(black), Some(1));
        assert_eq!(kit.lightest().unwrap().id, black);
        let last = kit.bands[2].id;
        assert!(!kit.shift(last, true), "already the heaviest");
        assert!(!kit.shift(999, true), "no such band");
    }

    #[test]
    fn new_exercises_start_light_and_stretches_lightest() {
        let kit = preset("mini-loop-5").unwrap().kit();
        let name = |id| kit.get(id).unwrap().name();
        assert_eq!(name(kit.starting_band(false).unwrap()), "Blue, light");
        assert_eq!(name(kit.starting_band(true).unwrap()), "Green, extra light");
        let mut single = BandKit::default();
        let only = single.add(kit.bands[3].clone());
        assert_eq!(single.starting_band(false), Some(only));
        assert_eq!(BandKit::default().starting_band(false), None);
    }

    #[test]
    fn next_heavier_follows_the_kit_order() {
        let kit = preset("mini-loop-5").unwrap().kit();
        let yellow = kit.bands[2].id;
        assert_eq!(kit.next_heavier(yellow).unwrap().name(), "Red, heavy");
        let black = kit.bands[4].id;
        assert_eq!(kit.next_heavier(black), None);
    }

    #[test]
    fn added_bands_get_fresh_ids_and_removal_can_be_undone() {
        let mut kit = preset("fabric-loop-3").unwrap().kit();
        let mut band = kit.bands[0].clone();
        band.colour.name = "Pink".into();
        let id = kit.add(band);
        assert_eq!(id, 4);
        assert_eq!(kit.level(id), Some(4));
        let grey = kit.bands[1].id;
        let (at, removed) = kit.remove(grey).unwrap();
        assert_eq!(kit.bands.len(), 3);
        kit.restore(at, removed);
        assert_eq!(kit.level(grey), Some(2));
        assert_eq!(kit.remove(999), None);
        // Ids are never reused, even after the heaviest is removed.
        kit.remove(id);
        assert_eq!(kit.add(kit.bands[0].clone()), 5);
    }

    #[test]
    fn bad_bands_are_explained_field_by_field() {
        let mut band = preset("fabric-loop-3").unwrap().kit().bands[0].clone();
        band.colour.name = "  ".into();
        band.colour.swatch = "red".into();
        band.label = String::new();
        band.pounds = Some((40, 20));
        assert_eq!(
            band.errors(),
            [
                BandError::NoColourName,
                BandError::BadSwatch,
                BandError::NoLabel,
                BandError::PoundsReversed
            ]
        );
        for error in band.errors() {
            assert!(error.to_string().ends_with('.'));
        }
    }
}
