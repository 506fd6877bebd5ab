//! The sender's bands for someone who has none yet: a link carries each
//! band's level and colour, so the recipient can see them and, if they
//! like, take them as a kit of their own, which the routine then uses
//! band for band.
//!
//! A link does not carry a band's level name ("heavy") or its type, so a
//! band taken this way is named as the kit names bands, by its place among
//! the bands taken ("Grey, medium"), and gets the type of the first
//! exercise that uses it; both can be changed in the kit.

use crate::model::catalog;
use crate::model::kit::band::{Band, BandKit, Colour};
use crate::model::kit::band_type::BandType;
use crate::model::kit::strength;
use crate::model::routine::Routine;

use super::shared::{SharedBand, SharedRoutine};

/// The colour name given to a shared band whose name is blank.
const UNNAMED_COLOUR: &str = "Band";

impl SharedBand {
    /// The band as the sender's kit had it, e.g. `Blue, level 2`.
    pub fn describe(&self) -> String {
        format!("{}, level {}", colour_name(&self.colour), self.level)
    }
}

fn colour_name(colour: &Colour) -> &str {
    let name = colour.name.trim();
    if name.is_empty() {
        UNNAMED_COLOUR
    } else {
        name
    }
}

impl SharedRoutine {
    /// The distinct bands the routine uses, lightest first (by the sender's
    /// level, then in order of first use), each with the type of the first
    /// exercise that uses it.
    pub fn senders_bands(&self) -> Vec<(SharedBand, BandType)> {
        let mut bands: Vec<(SharedBand, BandType)> = Vec::new();
        for entry in &self.entries {
            let band_type =
                catalog::by_id(&entry.exercise).map_or(BandType::MiniLoop, |e| e.band_type);
            for band in [&entry.main, &entry.stacked].into_iter().flatten() {
                if !bands.iter().any(|(known, _)| known == band) {
                    bands.push((band.clone(), band_type));
                }
            }
        }
        // A stable sort keeps first use among bands of one level.
        bands.sort_by_key(|(band, _)| band.level);
        bands
    }

    /// A kit of the sender's bands, lightest first, and the routine using
    /// them band for band (the levels of the new kit close any gaps in the
    /// sender's, so they are not matched by level).
    pub fn with_senders_kit(&self) -> (BandKit, Routine) {
        let mut kit = BandKit::default();
        let mut ids = Vec::new();
        let bands = self.senders_bands();
        let count = bands.len();
        for (at, (band, band_type)) in bands.into_iter().enumerate() {
            let id = kit.add(Band {
                id: 0,
                colour: Colour {
                    name: colour_name(&band.colour).to_owned(),
                    swatch: band.colour.swatch.clone(),
                },
                label: strength::word(at + 1, count),
                band_type,
                pounds: None,
            });
            ids.push((band, id));
        }
        let routine = self.to_routine_with(|band| {
            ids.iter()
                .find(|(known, _)| known == band)
                .map(|(_, id)| *id)
        });
        (kit, routine)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::kit::band::{preset, Band, BandKit};
    use crate::model::kit::band_type::BandType;
    use crate::model::routine::starter;
    use crate::model::share::{decode, encode};

    #[test]
    fn a_recipient_without_a_kit_sees_the_senders_colours_and_levels() {
        let mini = preset("mini-loop-5").unwrap().kit();
        let sent = starter::by_id("hip-and-foot").unwrap().build(&mini);
        let shared = decode(&encode(&sent, &mini).unwrap()).unwrap();
        let bands: Vec<(String, String, BandType)> = shared
            .senders_bands()
            .into_iter()
            .map(|(band, band_type)| (band.describe(), band.colour.swatch, band_type))
            .collect();
        assert_eq!(
            bands,
            [
                (
                    "Green, level 1".to_owned(),
                    "#2e7d32".to_owned(),
                    BandType::MiniLoop
                ),
                (
                    "Blue, level 2".to_owned(),
                    "#1565c0".to_owned(),
                    BandType::MiniLoop
                ),
            ]
        );
    }

    /// "Hips and feet" on the mini loop preset, as format 1 writes it.
    const FORMAT_1_LINK: &str =
        "AQ1IaXBzIGFuZCBmZWV0AgIEQmx1ZRVlwAEFR3JlZW4ufTIEDRADDB4ABxgDCh4ABDMDCh4AAQoYAgoeAAA";

    #[test]
    fn a_link_written_before_this_release_still_shows_its_bands() {
        let shared = decode(FORMAT_1_LINK).unwrap();
        assert_eq!(shared.name, "Hips and feet");
        let bands: Vec<String> = shared
            .senders_bands()
            .iter()
            .map(|(band, _)| band.describe())
            .collect();
        assert_eq!(bands, ["Green, level 1", "Blue, level 2"]);
        let (kit, routine) = shared.with_senders_kit();
        assert_eq!(kit.bands.len(), 2);
        assert_eq!(routine.entries.len(), 4);
    }

    #[test]
    fn the_senders_bands_become_a_kit_the_routine_uses_band_for_band() {
        // The sender's kit: mini loops, then flat bands; the routine uses
        // mini loop level 2 and the flat band at level 6 (a gap between).
        let mut sender = preset("mini-loop-5").unwrap().kit();
        for band in preset("flat-8").unwrap().kit().bands {
            sender.add(band);
        }
        let sent = starter::by_id("runners-ten-quick").unwrap().build(&sender);
        let shared = decode(&encode(&sent, &sender).unwrap()).unwrap();
        let (kit, routine) = shared.with_senders_kit();
        let names: Vec<String> = kit
            .bands
            .iter()
            .map(|b| format!("{} {}", b.name(), b.band_type.label()))
            .collect();
        // The sender has no tube, so the flat band, tied to the anchor,
        // does the standing hip abduction too; that is its first use, so
        // it is taken as a tube (a link carries no band type).
        assert_eq!(
            names,
            ["Blue, light Mini loop", "Yellow, heavy Tube with handles"]
        );
        for band in &kit.bands {
            assert_eq!(band.errors(), vec![], "{}", band.name());
        }
        let band_of = |id: &str| {
            let entry = routine.entries.iter().find(|e| e.exercise == id).unwrap();
            entry.bands.main.and_then(|b| kit.get(b)).map(Band::name)
        };
        assert_eq!(band_of("clamshell").as_deref(), Some("Blue, light"));
        assert_eq!(
            band_of("ankle-dorsiflexion").as_deref(),
            Some("Yellow, heavy")
        );
        assert_eq!(
            band_of("standing-hip-abduction").as_deref(),
            Some("Yellow, heavy"),
            "the sender's flat band, standing in for a tube"
        );
        assert_eq!(routine.name, sent.name);
        assert_eq!(routine.blocks(), sent.blocks());
    }

    #[test]
    fn a_routine_without_bands_gives_an_empty_kit_and_blank_colours_get_a_name() {
        let sent = starter::by_id("hip-and-foot")
            .unwrap()
            .build(&BandKit::default());
        let shared = decode(&encode(&sent, &BandKit::default()).unwrap()).unwrap();
        let (kit, routine) = shared.with_senders_kit();
        assert!(kit.bands.is_empty());
        assert_eq!(routine.entries.len(), 4);

        let mut blank = preset("fabric-loop-3").unwrap().kit();
        for band in &mut blank.bands {
            band.colour.name = "  ".into();
        }
        let sent = starter::by_id("hip-and-foot").unwrap().build(&blank);
        let shared = decode(&encode(&sent, &blank).unwrap()).unwrap();
        let (kit, _) = shared.with_senders_kit();
        assert_eq!(kit.bands[0].name(), "Band, light");
        assert!(kit.bands.iter().all(|b| b.errors().is_empty()));
    }
}
