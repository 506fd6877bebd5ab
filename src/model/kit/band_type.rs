//! The kinds of band there are: what an exercise is written for and what
//! each of the runner's bands is.

/// The kind of band an exercise is meant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BandType {
    /// A small latex loop (mini band).
    MiniLoop,
    /// A small woven fabric loop that does not roll.
    FabricLoop,
    /// A long loop (pull-up or power band).
    LongLoop,
    /// A flat sheet band, tied or held.
    Flat,
    /// A tube with handles.
    Tube,
    /// A figure-8 band with two handles.
    FigureEight,
}

impl BandType {
    pub const ALL: [BandType; 6] = [
        BandType::MiniLoop,
        BandType::FabricLoop,
        BandType::LongLoop,
        BandType::Flat,
        BandType::Tube,
        BandType::FigureEight,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BandType::MiniLoop => "Mini loop",
            BandType::FabricLoop => "Fabric loop",
            BandType::LongLoop => "Long loop",
            BandType::Flat => "Flat band",
            BandType::Tube => "Tube with handles",
            BandType::FigureEight => "Figure-8",
        }
    }
}
