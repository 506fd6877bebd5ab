//! Squats and lunges: the big leg moves, with the band adding the sideways load.

use crate::model::catalog::exercise::{
    Category, Equipment, Exercise, Guide, Muscle, Placement, Range,
};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

pub const LEGS: &[Exercise] = &[
    Exercise {
        id: "walking-squat",
        name: "Walking squat",
        aliases: &["Banded squat walk", "Squat walk"],
        muscles: &[
            Muscle::Glutes,
            Muscle::Quads,
            Muscle::Hamstrings,
            Muscle::Calves,
        ],
        category: Category::Strength,
        placement: Placement::Ankles,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::timed(4, 30, 20),
        range: None,
        variation_of: None,
        sources: &[0],
    },
    Exercise {
        id: "banded-squat",
        name: "Banded squat",
        aliases: &["Mini band squat", "Squat with band"],
        muscles: &[Muscle::Glutes, Muscle::Quads, Muscle::GluteMedius],
        category: Category::Strength,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::reps(3, 12, 30),
        range: Some(Range { low: 12, high: 15 }),
        variation_of: None,
        sources: &[1],
    },
    Exercise {
        id: "squat-side-leg-lift",
        name: "Squat with side leg lift",
        aliases: &[
            "Squat to alternating leg lift",
            "Banded squat with side leg lift",
            "Squat and abduction",
        ],
        muscles: &[
            Muscle::Glutes,
            Muscle::GluteMedius,
            Muscle::Quads,
            Muscle::HipFlexors,
        ],
        category: Category::Strength,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::reps(3, 10, 30),
        range: Some(Range { low: 10, high: 12 }),
        variation_of: None,
        sources: &[2, 4],
    },
    Exercise {
        id: "isometric-lunge-row",
        name: "Isometric lunge and row",
        aliases: &["Lunge hold with row", "Split squat row"],
        muscles: &[Muscle::Glutes, Muscle::Quads, Muscle::Back, Muscle::Core],
        category: Category::Strength,
        placement: Placement::AnchoredHipHeight,
        band_type: BandType::Tube,
        equipment: &[Equipment::Anchor, Equipment::Mat],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::holds(3, 10, 5, 30).each_side(),
        range: Some(Range { low: 10, high: 12 }),
        variation_of: None,
        sources: &[2],
    },
];

/// How to do each exercise above, apart from the list so that only the
/// exercise page carries these words (the first load does not).
pub const LEGS_GUIDES: &[Guide] = &[
    Guide {
        id: "walking-squat",
        steps: &[
            "Put the mini band around your ankles and stand with your feet shoulder-width apart.",
            "Sit down into a squat, hips back and chest lifted.",
            "Staying low, take a few short steps forward, then the same number backward to your start spot.",
            "Keep walking forward and back for 30 seconds, then stand up and rest for 20.",
        ],
        cues: &[
            "Keep your hips at one height as you step.",
            "Push each step out against the band.",
        ],
        mistake: "Rising out of the squat as the legs tire turns it into ordinary walking; take smaller steps instead of standing up.",
    },
    Guide {
        id: "banded-squat",
        steps: &[
            "Set the loop around your legs, just above the knees.",
            "Stand with your feet a little wider than your hips and your toes turned out slightly.",
            "Press your knees out into the band before you move.",
            "Squat down under control, keeping that outward pressure all the way.",
            "Drive up through your whole foot, still pushing the knees apart as you stand.",
        ],
        cues: &[
            "Knees follow your toes, never inside them.",
            "Chest up, weight spread over the whole foot.",
        ],
        mistake: "The knees tend to pull inward on the way up; that is the moment to push hardest against the band, so slow the rise if you need to.",
    },
    Guide {
        id: "squat-side-leg-lift",
        steps: &[
            "Loop the band around your legs just above the knees and stand with feet shoulder-width apart.",
            "Brace, lift your chest and squat by sending your hips back.",
            "Stand up and, in the same motion, raise your right leg straight out to the side.",
            "Lower the foot, squat again and raise the left leg: the two squats and two lifts make one rep.",
        ],
        cues: &[
            "Keep the lifted leg's knee straight and toes forward.",
            "Stay tall on the standing leg; do not lean away.",
        ],
        mistake: "Tipping the upper body sideways to kick the leg higher skips the glute work; a lift of a hand's width with a still trunk is enough.",
    },
    Guide {
        id: "isometric-lunge-row",
        steps: &[
            "Fix the tube to a post or door anchor at hip height and take the handle in your right hand.",
            "Face the anchor and step back until the tube is taut with your arm reaching straight forward.",
            "Drop into a lunge with the left foot forward and the right knee hovering above the mat.",
            "Row the handle to the side of your ribs and hold for 5 seconds while keeping the lunge still.",
            "Straighten the arm and rise, then repeat; after the set, swap to the left hand and right foot forward.",
        ],
        cues: &[
            "Squeeze the shoulder blade back as you row.",
            "Front knee stays over the ankle.",
        ],
        mistake: "Twisting the chest toward the pulling arm lets the trunk rotate; keep both shoulders square to the anchor so the core resists the pull.",
    },
];
