//! Hip moves done in place: abduction, clamshells, toe taps and hip flexor kicks.

use crate::model::catalog::exercise::{
    Category, Equipment, Exercise, Guide, Muscle, Placement, Range,
};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

pub const HIPS: &[Exercise] = &[
    Exercise {
        id: "clamshell",
        name: "Clamshell",
        aliases: &["Clams", "Banded clamshell", "Side-lying clamshell"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes],
        category: Category::Activation,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::Mat],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::reps(3, 12, 30).each_side(),
        range: Some(Range { low: 10, high: 15 }),
        variation_of: None,
        sources: &[0, 1],
    },
    Exercise {
        id: "standing-hip-abduction",
        name: "Standing hip abduction",
        aliases: &["Banded hip abduction", "Standing side leg raise"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes, Muscle::Core],
        category: Category::Strength,
        placement: Placement::AnchoredAnkleHeight,
        band_type: BandType::Tube,
        equipment: &[Equipment::Anchor],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::reps(3, 12, 30).each_side(),
        range: Some(Range { low: 12, high: 16 }),
        variation_of: None,
        sources: &[0],
    },
    Exercise {
        id: "seated-hip-abduction",
        name: "Seated hip abduction",
        aliases: &["Desk hip abduction", "Seated band knee press"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes],
        category: Category::Activation,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::ChairOrWall],
        per_side: false,
        desk_friendly: true,
        default_dose: Dose::reps(3, 15, 30),
        range: Some(Range { low: 12, high: 15 }),
        variation_of: None,
        sources: &[3],
    },
    Exercise {
        id: "banded-toe-taps",
        name: "Banded toe taps",
        aliases: &["Star toe taps", "Banded front side back taps"],
        muscles: &[Muscle::GluteMedius, Muscle::Feet, Muscle::Core],
        category: Category::Activation,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: true,
        desk_friendly: true,
        default_dose: Dose::reps(2, 10, 30).each_side(),
        range: None,
        variation_of: None,
        sources: &[1],
    },
    Exercise {
        id: "standing-leg-extension",
        name: "Standing leg extension",
        aliases: &[
            "Hip flexor kick",
            "Banded front kick",
            "Standing hip flexion",
        ],
        muscles: &[Muscle::HipFlexors, Muscle::Quads, Muscle::Core],
        category: Category::Strength,
        placement: Placement::AnchoredAnkleHeight,
        band_type: BandType::LongLoop,
        equipment: &[Equipment::Anchor],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::holds(2, 10, 5, 30).each_side(),
        range: None,
        variation_of: None,
        sources: &[2],
    },
];

/// How to do each exercise above, apart from the list so that only the
/// exercise page carries these words (the first load does not).
pub const HIPS_GUIDES: &[Guide] = &[
    Guide {
        id: "clamshell",
        steps: &[
            "Lie on your side with the band just above your knees and your head resting on your lower arm or hand.",
            "Stack your hips and shoulders, then bend your knees to about 45 degrees with your heels in line with your bottom.",
            "Keeping your heels touching, lift the top knee as far as it will go without your pelvis rolling back.",
            "Pause for a moment at the top, then lower the knee slowly against the band.",
            "Finish every rep on this side before turning over.",
        ],
        cues: &[
            "Top hip stays stacked over the bottom one.",
            "Heels glued together.",
            "Slow on the way down.",
        ],
        mistake: "Rolling the top hip backward to get the knee higher hands the work to the lower back; lift only as high as you can with the hips stacked.",
    },
    Guide {
        id: "standing-hip-abduction",
        steps: &[
            "Fix one end of the tube to something solid near the floor and the other around the ankle farther from it.",
            "Stand side-on to the anchor, tall, with a hand on a wall or chair back if your balance wobbles.",
            "Brace your trunk and, with a straight knee, sweep the banded leg out to the side away from the anchor.",
            "Hold for a second at the end of the swing, then let the leg come back slowly.",
            "Do all the reps, then turn around and work the other leg.",
        ],
        cues: &[
            "Hips face straight ahead the whole time.",
            "Toes point forward, not up to the sky.",
        ],
        mistake: "Leaning the upper body away or turning the hip out to lift the foot higher cheats the glute; keep the trunk upright and accept a smaller swing.",
    },
    Guide {
        id: "seated-hip-abduction",
        steps: &[
            "Sit toward the front of a sturdy chair with the band just above your knees.",
            "Plant your feet flat, hip-width apart, and sit tall without leaning on the backrest.",
            "Press your knees apart against the band as far as they will comfortably go.",
            "Hold for a breath, then let the knees come back together under control.",
        ],
        cues: &[
            "Move only at the hips; the feet stay put.",
            "Control the return, do not let the band snap you back.",
        ],
        mistake: "Rocking the upper body to bounce the knees apart wastes the rep; keep your back still and make each press slow and deliberate.",
    },
    Guide {
        id: "banded-toe-taps",
        steps: &[
            "Place the band just above your knees and press them slightly apart.",
            "Shift your weight onto one foot and soften that knee.",
            "Tap the free foot out in front, then out to the side, then behind you: that is one rep.",
            "Touch the floor lightly between taps for balance, or keep the foot up the whole time to make it harder.",
            "Do 10 reps, then swap legs.",
        ],
        cues: &[
            "Grip the floor with the standing foot's arch.",
            "Keep the standing knee pointing over your toes.",
        ],
        mistake: "Putting weight on the tapping foot turns it into a step; let the foot only brush the floor so the standing leg keeps all the load.",
    },
    Guide {
        id: "standing-leg-extension",
        steps: &[
            "Loop the band around a table leg or post close to the floor.",
            "Step one foot into the loop, slide the band up onto your shin and stand facing away from the anchor.",
            "Walk forward until the band is taut, stand tall and hold a wall or chair if needed.",
            "Kick the banded leg forward until it is straight, and hold it there for 5 seconds.",
            "Lower the leg slowly back to the start; finish the set, then switch legs.",
        ],
        cues: &[
            "Stay tall; do not lean back to lift the leg.",
            "Lock the knee straight at the top of the kick.",
        ],
        mistake: "Leaning the trunk backward lets the lower back do the lifting; keep your ribs stacked over your hips, even if the leg rises less.",
    },
];
