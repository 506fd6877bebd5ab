//! Upper-body work, where the band assists rather than resists.

use crate::model::catalog::exercise::{
    Category, Equipment, Exercise, Guide, Muscle, Placement, Range,
};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

pub const UPPER: &[Exercise] = &[Exercise {
    id: "band-assisted-push-up",
    name: "Band-assisted push-up",
    aliases: &["Banded push-up", "Assisted push-up", "Band-assisted pushup"],
    muscles: &[Muscle::Chest, Muscle::Arms, Muscle::Shoulders, Muscle::Core],
    category: Category::Strength,
    placement: Placement::Arms,
    band_type: BandType::FabricLoop,
    equipment: &[Equipment::Mat],
    per_side: false,
    desk_friendly: false,
    default_dose: Dose::reps(1, 8, 30),
    range: Some(Range { low: 8, high: 12 }),
    variation_of: None,
    sources: &[4],
}];

/// How to do each exercise above, apart from the list so that only the
/// exercise page carries these words (the first load does not).
pub const UPPER_GUIDES: &[Guide] = &[
    Guide {
        id: "band-assisted-push-up",
        steps: &[
            "Slide the fabric loop over both arms so it sits around your upper arms, just above the elbows.",
            "Set up in a high plank, hands a little wider than your shoulders and body straight.",
            "Bend your elbows to lower your chest; the band stretches across your chest and cushions the bottom.",
            "Use that lift to push back up to the plank, keeping your body in one line.",
        ],
        cues: &[
            "Elbows angle back about 45 degrees, not straight out.",
            "Squeeze your glutes so the hips do not sag.",
        ],
        mistake: "Dropping fast and bouncing off the band skips the hardest part; lower under control so the band only helps at the very bottom.",
    },
];
