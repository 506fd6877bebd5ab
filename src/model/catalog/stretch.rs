//! Post-run stretches with the lightest band.

use crate::model::catalog::exercise::{Category, Equipment, Exercise, Guide, Muscle, Placement};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

pub const STRETCH: &[Exercise] = &[
    Exercise {
        id: "butterfly-stretch",
        name: "Butterfly stretch",
        aliases: &[
            "Banded butterfly",
            "Seated groin stretch",
            "Bound angle stretch",
        ],
        muscles: &[Muscle::Adductors, Muscle::HipFlexors],
        category: Category::Mobility,
        placement: Placement::Thighs,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::Mat],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::hold(2, 30, 15),
        range: None,
        variation_of: None,
        sources: &[3],
    },
    Exercise {
        id: "seated-hamstring-stretch",
        name: "Seated hamstring stretch",
        aliases: &["Banded seated hamstring stretch", "Seated band toe pull"],
        muscles: &[Muscle::Hamstrings, Muscle::Calves],
        category: Category::Mobility,
        placement: Placement::ForefootHeld,
        band_type: BandType::Flat,
        equipment: &[Equipment::Mat],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::hold(2, 30, 10).each_side(),
        range: None,
        variation_of: None,
        sources: &[3],
    },
    Exercise {
        id: "standing-hamstring-stretch",
        name: "Standing hamstring stretch",
        aliases: &[
            "Banded standing hamstring stretch",
            "Standing band hinge stretch",
        ],
        muscles: &[Muscle::Hamstrings, Muscle::Calves],
        category: Category::Mobility,
        placement: Placement::ForefootHeld,
        band_type: BandType::Flat,
        equipment: &[],
        per_side: true,
        desk_friendly: true,
        default_dose: Dose::hold(2, 30, 10).each_side(),
        range: None,
        variation_of: Some("seated-hamstring-stretch"),
        sources: &[3],
    },
];

/// How to do each exercise above, apart from the list so that only the
/// exercise page carries these words (the first load does not).
pub const STRETCH_GUIDES: &[Guide] = &[
    Guide {
        id: "butterfly-stretch",
        steps: &[
            "Choose your lightest band and slide it around your thighs.",
            "Sit tall on the mat, bend your knees and bring the soles of your feet together.",
            "Let your knees fall out to the sides, easing them gently against the band.",
            "Hold the stretch for 30 seconds, breathing slowly, then bring the knees up and rest.",
        ],
        cues: &[
            "Sit up tall; lift from the top of your head.",
            "Ease into it, never bounce.",
        ],
        mistake: "Pushing the knees down with your hands or elbows forces the groin past a comfortable stretch; let gravity and time open the hips.",
    },
    Guide {
        id: "seated-hamstring-stretch",
        steps: &[
            "Sit on the mat with one leg straight and the other bent, its sole against the straight leg's thigh.",
            "Loop the lightest flat band around the ball of the straight leg's foot and hold one end in each hand.",
            "Sit tall, then hinge forward from the hips while gently drawing the band toward you.",
            "Stop at a mild pull behind the thigh and hold for 30 seconds before switching legs.",
        ],
        cues: &[
            "Lead with your chest, not your head.",
            "Keep the knee straight but not locked hard.",
        ],
        mistake: "Rounding the back to reach further stretches the spine rather than the hamstring; keep your back long and hinge only as far as it allows.",
    },
    Guide {
        id: "standing-hamstring-stretch",
        steps: &[
            "Stand tall and loop the lightest flat band around the ball of your right foot, holding the ends.",
            "Place the right foot half a step ahead with the heel down and the toes lifted by the band.",
            "Soften the back knee and fold forward from the hips, keeping your back straight.",
            "Hold for 30 seconds at a gentle pull behind the front thigh, then stand up and change legs.",
        ],
        cues: &[
            "Hips back, chest forward.",
            "Front leg straight, back knee soft.",
        ],
        mistake: "Bending over from the waist with a rounded back misses the hamstring; push your hips back as if closing a drawer behind you.",
    },
];
