//! Banded walks and steps: sideways, forward and back, and on the treadmill.

use crate::model::catalog::exercise::{
    Category, Equipment, Exercise, Guide, Muscle, Placement, Range,
};

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

pub const WALKS: &[Exercise] = &[
    Exercise {
        id: "lateral-band-walk",
        name: "Lateral band walk",
        aliases: &["Lateral banded walk", "Band side steps", "Crab walk"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes, Muscle::Quads],
        category: Category::Activation,
        placement: Placement::Ankles,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::steps_each_way(3, 15, 30),
        range: None,
        variation_of: None,
        sources: &[0, 2, 3],
    },
    Exercise {
        id: "lateral-walk-above-knees",
        name: "Lateral walk, band above knees",
        aliases: &["Lateral band walk above knees", "Knee band side steps"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes],
        category: Category::Activation,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::steps_each_way(3, 15, 30),
        range: None,
        variation_of: Some("lateral-band-walk"),
        sources: &[3],
    },
    Exercise {
        id: "lateral-squat-step",
        name: "Lateral squat step",
        aliases: &["Squat side step", "Lateral step", "Lateral squat walk"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes, Muscle::Quads],
        category: Category::Activation,
        placement: Placement::AboveKnees,
        band_type: BandType::FabricLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::steps_each_way(1, 8, 30),
        range: Some(Range { low: 8, high: 12 }),
        variation_of: Some("lateral-band-walk"),
        sources: &[4],
    },
    Exercise {
        id: "monster-walk",
        name: "Monster walk",
        aliases: &["Banded monster walk", "Forward band walk"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes, Muscle::Quads],
        category: Category::Activation,
        placement: Placement::AboveKnees,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::steps_each_way(3, 10, 30),
        range: None,
        variation_of: None,
        sources: &[1],
    },
    Exercise {
        id: "sideways-treadmill-walk",
        name: "Sideways treadmill walk",
        aliases: &["Treadmill side shuffle", "Banded treadmill side walk"],
        muscles: &[Muscle::GluteMedius, Muscle::Glutes, Muscle::Adductors],
        category: Category::Activation,
        placement: Placement::Thighs,
        band_type: BandType::MiniLoop,
        equipment: &[Equipment::Treadmill],
        per_side: true,
        desk_friendly: false,
        default_dose: Dose::timed(2, 60, 30).each_side(),
        range: None,
        variation_of: None,
        sources: &[3],
    },
    Exercise {
        id: "ankle-jumping-jacks",
        name: "Ankle band jumping jacks",
        aliases: &["Banded jumping jacks", "Band jacks"],
        muscles: &[Muscle::GluteMedius, Muscle::Calves, Muscle::Glutes],
        category: Category::Activation,
        placement: Placement::Ankles,
        band_type: BandType::MiniLoop,
        equipment: &[],
        per_side: false,
        desk_friendly: false,
        default_dose: Dose::timed(3, 30, 30),
        range: None,
        variation_of: None,
        sources: &[3],
    },
];

/// How to do each exercise above, apart from the list so that only the
/// exercise page carries these words (the first load does not).
pub const WALKS_GUIDES: &[Guide] = &[
    Guide {
        id: "lateral-band-walk",
        steps: &[
            "Slip the loop over both feet and settle it around your ankles.",
            "Stand with feet under your shoulders, sit back into a shallow quarter squat and brace your trunk.",
            "Step sideways with your right foot, wide enough that the band pulls hard.",
            "Follow with your left foot only until your feet are shoulder-width again, keeping the band taut.",
            "Count 15 steps to the right, then 15 back to the left for one set.",
        ],
        cues: &[
            "Knees track out over your toes.",
            "Stay at the same height: no bobbing up and down.",
            "Slow and wide beats quick and short.",
        ],
        mistake: "Letting the knees cave in and the band go slack between steps turns it into a shuffle; press the knees outward and never bring your feet closer than shoulder-width.",
    },
    Guide {
        id: "lateral-walk-above-knees",
        steps: &[
            "Pull the loop up your legs until it sits just above both knees.",
            "Set your feet hip-width apart, bend your knees a little and push them out into the band.",
            "Step to the right with a wide stride, then bring the left foot halfway in.",
            "Go 15 steps to your right, then lead with the left foot for 15 steps back.",
        ],
        cues: &[
            "Push the knees apart the whole time.",
            "Keep your hips level and your chest up.",
        ],
        mistake: "Swinging the trunk side to side to drag the leg along takes the work off the hip; keep your shoulders still and let the legs do the stepping.",
    },
    Guide {
        id: "lateral-squat-step",
        steps: &[
            "Place the fabric loop just above your knees.",
            "Sink into a half squat with your weight in your heels and your hands in front of your chest.",
            "Lead with your right leg and step sideways 8 times, staying low the whole way.",
            "Lead with your left leg to step the same number back to where you started.",
            "Add a step each way per session until you reach 12.",
        ],
        cues: &[
            "Stay in the squat: your head should not rise between steps.",
            "Press the knees out against the band.",
        ],
        mistake: "Standing up taller with every step removes most of the load; pick a squat depth you can hold for the whole set and keep it.",
    },
    Guide {
        id: "monster-walk",
        steps: &[
            "Put the loop just above your knees; for a harder version, add a second band around your ankles.",
            "Bend into a quarter squat and press your knees outward against the band.",
            "Walk forward 10 steps, each foot landing wider than your hips so the band stays stretched.",
            "Walk backward 10 steps the same way to finish one set.",
        ],
        cues: &[
            "Feel the outer hips burn, not the lower back.",
            "Keep the quarter squat from the first step to the last.",
        ],
        mistake: "Stepping narrow, one foot in front of the other, lets the band go loose; plant each foot out wide, as if walking along two lines a stride apart.",
    },
    Guide {
        id: "sideways-treadmill-walk",
        steps: &[
            "Loop a light, stretchy band around your thighs before you get on.",
            "Stand on the side rails, start the belt at its slowest walking speed and hold the handrails.",
            "Turn sideways and step onto the belt, side-stepping against its movement without crossing your feet.",
            "Walk for 60 seconds, step back onto the rails, then turn to face the other way for the next 60.",
        ],
        cues: &[
            "Keep the belt slow and hold the rails until the footwork feels natural.",
            "Short, even steps with the band always stretched.",
        ],
        mistake: "Raising the speed before the pattern is automatic is how people trip; learn it at a crawl and only speed up once you no longer look at your feet.",
    },
    Guide {
        id: "ankle-jumping-jacks",
        steps: &[
            "Loop the band around both ankles and stand with your feet together.",
            "Jump your feet out wide against the band while swinging your arms overhead.",
            "Jump your feet back together as your arms come down to your sides.",
            "Keep a steady rhythm for 30 seconds, then rest for 30.",
        ],
        cues: &[
            "Land softly on the balls of your feet.",
            "Jump wide enough to feel the band every time.",
        ],
        mistake: "Letting the feet only half open once you tire means the band stops working; slow the rhythm down rather than shorten the jump.",
    },
];
