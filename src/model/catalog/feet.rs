//! Foot and ankle work with a flat band: pulling the toes up and pointing them down.

use crate::model::catalog::exercise::{
    Category, Equipment, Exercise, Guide, Muscle, Placement, Range,
};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

pub const FEET: &[Exercise] = &[
    Exercise {
        id: "ankle-dorsiflexion",
        name: "Ankle dorsiflexion",
        aliases: &["Banded toe pull", "Shin raise with band", "Foot flex"],
        muscles: &[Muscle::Shins, Muscle::Feet],
        category: Category::FootAnkle,
        placement: Placement::ForefootHeld,
        band_type: BandType::Flat,
        equipment: &[Equipment::Mat],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::reps(3, 12, 30).each_side(),
        range: Some(Range { low: 12, high: 16 }),
        variation_of: None,
        sources: &[0],
    },
    Exercise {
        id: "ankle-plantar-flexion",
        name: "Ankle plantar flexion",
        aliases: &["Banded calf press", "Seated band calf raise", "Toe point"],
        muscles: &[Muscle::Calves, Muscle::Feet],
        category: Category::FootAnkle,
        placement: Placement::ForefootHeld,
        band_type: BandType::Flat,
        equipment: &[Equipment::Mat],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::holds(3, 8, 5, 30).each_side(),
        range: Some(Range { low: 8, high: 12 }),
        variation_of: None,
        sources: &[2],
    },
];

/// How to do each exercise above, apart from the list so that only the
/// exercise page carries these words (the first load does not).
pub const FEET_GUIDES: &[Guide] = &[
    Guide {
        id: "ankle-dorsiflexion",
        steps: &[
            "Sit on the mat with both legs out straight, then slide your right heel back a little so the left foot sits further forward.",
            "Lay the middle of the band over the top of your right forefoot.",
            "Pass both ends around the sole of your left foot and hold them, so the band pulls your right toes away from you.",
            "Keeping the heel down, draw your right toes up toward your shin as far as they will go.",
            "Let the foot return slowly against the band, then repeat; switch feet after the set.",
        ],
        cues: &[
            "Move only at the ankle; the knee stays still.",
            "Slow on the way back.",
        ],
        mistake: "If the band pulls the foot toward you it helps the lift instead of resisting it; make sure the band runs away from the working foot, around the other foot or a low anchor.",
    },
    Guide {
        id: "ankle-plantar-flexion",
        steps: &[
            "Sit on the mat with both legs stretched out in front of you.",
            "Wrap the band around the ball of your right foot and hold one end in each hand near your hips, with no slack.",
            "Point the foot away from you, pressing the ball of the foot into the band.",
            "Hold the pointed position for 5 seconds, then ease the foot back slowly.",
            "Do every hold on this foot, then switch.",
        ],
        cues: &[
            "Push through the big toe, not just the little toes.",
            "Keep your hands still; let the foot do the work.",
        ],
        mistake: "Pulling the band toward you with your arms while the foot pushes makes the hold feel harder without loading the calf more; fix your hands and let the foot do the moving.",
    },
];
