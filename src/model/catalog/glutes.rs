//! Glute builders: kickbacks and bridges.

use crate::model::catalog::exercise::{
    Category, Equipment, Exercise, Guide, Muscle, Placement, Range,
};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

pub const GLUTES: &[Exercise] = &[
    Exercise {
        id: "standing-kickback",
        name: "Standing kickback",
        aliases: &["Standing glute kickback", "Banded kickback"],
        muscles: &[Muscle::Glutes, Muscle::Hamstrings],
        category: Category::Strength,
        placement: Placement::Ankles,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::ChairOrWall],
        per_side: true,
        desk_friendly: true,
        default_dose: Dose::reps(3, 10, 30).each_side(),
        range: None,
        variation_of: None,
        sources: &[0, 3],
    },
    Exercise {
        id: "all-fours-kickback",
        name: "Kickback on all fours",
        aliases: &["Donkey kick", "Quadruped kickback", "Butt kickback"],
        muscles: &[Muscle::Glutes, Muscle::Hamstrings, Muscle::Core],
        category: Category::Strength,
        placement: Placement::FeetArches,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::Mat],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::reps(3, 12, 30).each_side(),
        range: None,
        variation_of: Some("standing-kickback"),
        sources: &[3],
    },
    Exercise {
        id: "glute-bridge",
        name: "Glute bridge with band",
        aliases: &["Banded glute bridge", "Hip bridge"],
        muscles: &[Muscle::Glutes, Muscle::GluteMedius, Muscle::Hamstrings],
        category: Category::Strength,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::Mat],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::timed(4, 30, 20),
        range: None,
        variation_of: None,
        sources: &[0],
    },
    Exercise {
        id: "glute-bridge-hold",
        name: "Glute bridge hold",
        aliases: &["Isometric glute bridge", "Bridge hold"],
        muscles: &[Muscle::Glutes, Muscle::Hamstrings, Muscle::Core],
        category: Category::Strength,
        placement: Placement::Thighs,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::Mat],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::holds(3, 10, 5, 30),
        range: Some(Range { low: 10, high: 12 }),
        variation_of: Some("glute-bridge"),
        sources: &[2],
    },
    Exercise {
        id: "bridge-march",
        name: "Bridge march",
        aliases: &["Marching bridge", "Banded bridge march"],
        muscles: &[
            Muscle::Glutes,
            Muscle::Core,
            Muscle::HipFlexors,
            Muscle::Hamstrings,
        ],
        category: Category::Strength,
        placement: Placement::AboveKnees,
        band_type: BandType::FabricLoop,
        equipment: &[Equipment::Mat],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::reps(1, 8, 30),
        range: Some(Range { low: 8, high: 12 }),
        variation_of: Some("glute-bridge"),
        sources: &[4],
    },
];

/// How to do each exercise above, apart from the list so that only the
/// exercise page carries these words (the first load does not).
pub const GLUTES_GUIDES: &[Guide] = &[
    Guide {
        id: "standing-kickback",
        steps: &[
            "Slide the band down until it sits just above your ankles.",
            "Face a wall or the back of a sturdy chair and rest your hands on it.",
            "Soften your knees, tighten your stomach and lift your left foot a little off the floor.",
            "Push the left heel straight back, pause briefly at the end, then return it under control.",
            "Repeat on the same leg for the whole set before switching.",
        ],
        cues: &[
            "Squeeze the glute to move the leg, not the lower back.",
            "Keep your chest still over your hips.",
        ],
        mistake: "Tipping the chest forward to swing the foot higher arches the back; brace your core and keep the kick short enough that the upper body stays still.",
    },
    Guide {
        id: "all-fours-kickback",
        steps: &[
            "Kneel on the mat with hands under shoulders and knees under hips.",
            "Loop the band around the arches of both feet.",
            "Push one foot back and up until that leg is straight behind you, in line with your body.",
            "Pause, then bring the knee back under your hip without letting the band go slack.",
            "Finish all reps on that leg, then change sides.",
        ],
        cues: &[
            "Keep your back flat like a table top.",
            "Lead with the heel.",
        ],
        mistake: "Lifting the leg above hip height makes the lower back sag; stop when the leg is level with your body and keep your belly drawn in.",
    },
    Guide {
        id: "glute-bridge",
        steps: &[
            "Lie on your back with the band just above your knees, knees bent and feet flat.",
            "Drive through your heels to lift your hips until your weight rests on your shoulders and feet.",
            "Squeeze your glutes at the top and press your knees out against the band.",
            "Either hold the top position or lower and lift in a slow rhythm until the 30 seconds are up.",
        ],
        cues: &[
            "Straight line from shoulders to knees.",
            "Knees stay wide the whole time.",
        ],
        mistake: "Pushing the hips too high arches the lower back instead of using the glutes; stop when your body is in a straight line and squeeze there.",
    },
    Guide {
        id: "glute-bridge-hold",
        steps: &[
            "Lie face up with the band around your thighs, knees bent and feet hip-width apart.",
            "Draw your navel in and flatten your lower back into the floor.",
            "Press through your feet to raise your hips level with your knees, squeezing your glutes.",
            "Hold for 5 seconds, then lower slowly until your hips touch down.",
        ],
        cues: &[
            "Stretch the holds toward 10 seconds as they get easy.",
            "Ribs down, glutes tight.",
        ],
        mistake: "Letting the knees fall inward during the hold shifts the load off the hips; keep a steady outward push on the band.",
    },
    Guide {
        id: "bridge-march",
        steps: &[
            "Lie on your back, fabric loop just above your knees, knees bent and feet flat.",
            "Lift into a bridge and press the knees out against the band.",
            "Keeping your hips level, raise one foot and bring that knee toward your chest.",
            "Put the foot back down, then do the same with the other leg: both sides make one rep.",
            "Lower your hips only when the set is done.",
        ],
        cues: &[
            "Hips stay level, as if balancing a glass on your belly.",
            "Push the standing heel into the floor.",
        ],
        mistake: "The hip on the lifting side usually drops; shorten the march and squeeze the standing glute harder to keep the pelvis flat.",
    },
];
