//! What an exercise is: the fields every catalog entry carries, and the
//! vocabularies (muscles, categories, band placements, equipment) used to
//! describe and filter them; the band type comes from [`crate::model::kit`].

use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

/// A muscle group an exercise works.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Muscle {
    Glutes,
    GluteMedius,
    HipFlexors,
    Adductors,
    Quads,
    Hamstrings,
    Calves,
    Shins,
    Feet,
    Core,
    Back,
    Chest,
    Shoulders,
    Arms,
}

impl Muscle {
    pub const ALL: [Muscle; 14] = [
        Muscle::Glutes,
        Muscle::GluteMedius,
        Muscle::HipFlexors,
        Muscle::Adductors,
        Muscle::Quads,
        Muscle::Hamstrings,
        Muscle::Calves,
        Muscle::Shins,
        Muscle::Feet,
        Muscle::Core,
        Muscle::Back,
        Muscle::Chest,
        Muscle::Shoulders,
        Muscle::Arms,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Muscle::Glutes => "Glutes",
            Muscle::GluteMedius => "Glute medius",
            Muscle::HipFlexors => "Hip flexors",
            Muscle::Adductors => "Inner thighs",
            Muscle::Quads => "Quads",
            Muscle::Hamstrings => "Hamstrings",
            Muscle::Calves => "Calves",
            Muscle::Shins => "Shins",
            Muscle::Feet => "Feet",
            Muscle::Core => "Core",
            Muscle::Back => "Back",
            Muscle::Chest => "Chest",
            Muscle::Shoulders => "Shoulders",
            Muscle::Arms => "Arms",
        }
    }
}

/// What an exercise is for, as the library groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Activation,
    Strength,
    Core,
    FootAnkle,
    Mobility,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Activation,
        Category::Strength,
        Category::Core,
        Category::FootAnkle,
        Category::Mobility,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Activation => "Activation",
            Category::Strength => "Strength",
            Category::Core => "Core",
            Category::FootAnkle => "Foot & ankle",
            Category::Mobility => "Mobility & stretch",
        }
    }
}

/// Where the band goes on the body (or what it is tied to).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    Ankles,
    AboveKnees,
    Thighs,
    FeetArches,
    ForefootHeld,
    AnchoredAnkleHeight,
    AnchoredHipHeight,
    Arms,
}

impl Placement {
    pub const ALL: [Placement; 8] = [
        Placement::Ankles,
        Placement::AboveKnees,
        Placement::Thighs,
        Placement::FeetArches,
        Placement::ForefootHeld,
        Placement::AnchoredAnkleHeight,
        Placement::AnchoredHipHeight,
        Placement::Arms,
    ];

    /// Where the band goes, in a few words.
    pub fn label(self) -> &'static str {
        match self {
            Placement::Ankles => "Around the ankles",
            Placement::AboveKnees => "Just above the knees",
            Placement::Thighs => "Around the thighs",
            Placement::FeetArches => "Around the feet",
            Placement::ForefootHeld => "Under the forefoot, ends in your hands",
            Placement::AnchoredAnkleHeight => "Tied to an anchor at ankle height",
            Placement::AnchoredHipHeight => "Tied to an anchor at hip height",
            Placement::Arms => "Around the arms",
        }
    }

    /// Whether the placement needs something sturdy to tie the band to.
    pub fn needs_anchor(self) -> bool {
        matches!(
            self,
            Placement::AnchoredAnkleHeight | Placement::AnchoredHipHeight
        )
    }
}

/// What else an exercise needs besides the band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Equipment {
    Mat,
    Anchor,
    ChairOrWall,
    Treadmill,
}

impl Equipment {
    pub const ALL: [Equipment; 4] = [
        Equipment::Mat,
        Equipment::Anchor,
        Equipment::ChairOrWall,
        Equipment::Treadmill,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Equipment::Mat => "Mat",
            Equipment::Anchor => "Anchor point",
            Equipment::ChairOrWall => "Chair or wall",
            Equipment::Treadmill => "Treadmill",
        }
    }
}

/// The source article an exercise's facts come from (see
/// `../shared/seeds/README.md`), by its index 0 to 4.
pub type ArticleIndex = u8;

/// A rep (or step, or seconds) range the articles give, used by progression:
/// work up to the top, then make it harder and start again at the bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub low: u16,
    pub high: u16,
}

/// One exercise of the catalog. Every text is written for Bandwork.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exercise {
    /// Stable slug, used in routines, history and share links. Never change
    /// one once released.
    pub id: &'static str,
    pub name: &'static str,
    /// Other names people search for.
    pub aliases: &'static [&'static str],
    /// The main muscles first.
    pub muscles: &'static [Muscle],
    pub category: Category,
    pub placement: Placement,
    pub band_type: BandType,
    /// Empty when nothing but the band is needed.
    pub equipment: &'static [Equipment],
    /// Done on one side, then the other.
    pub per_side: bool,
    /// Can be done seated at a desk or in a small room in work clothes.
    pub desk_friendly: bool,
    /// The dose the articles give, as a starting point.
    pub default_dose: Dose,
    /// The range the articles give for the dose's main number, if any.
    pub range: Option<Range>,
    /// The id of the base exercise, when this is a variation of it.
    pub variation_of: Option<&'static str>,
    /// Which articles describe it.
    pub sources: &'static [ArticleIndex],
}

/// How to do an exercise: its steps, form cues and common mistake. Kept
/// apart from [`Exercise`] and read only by the exercise's page (see
/// [`super::guide`]), so these words load with that page, not at start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    /// The exercise it belongs to.
    pub id: &'static str,
    /// 3 to 6 steps, in order.
    pub steps: &'static [&'static str],
    /// 1 to 3 short form cues.
    pub cues: &'static [&'static str],
    /// The most common mistake, and how to avoid it.
    pub mistake: &'static str,
}
