//! The own-exercise form as typed: its fields, the checks on them, and the
//! error for each field in plain words. The form itself (in `ui/`) only
//! shows these.

use crate::model::catalog::exercise::{Category, Equipment, Muscle, Placement};

use crate::model::catalog::own::{
    OwnExercise, MAX_CUES, MAX_CUE_CHARS, MAX_NAME_CHARS, MAX_STEPS, MAX_STEP_CHARS,
    MAX_VIDEO_CHARS,
};
use crate::model::dose::Dose;
use crate::model::kit::band_type::BandType;

/// What the form holds: free text where the runner types, choices elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnDraft {
    pub name: String,
    pub muscles: Vec<Muscle>,
    pub category: Category,
    pub placement: Placement,
    pub band_type: BandType,
    pub equipment: Vec<Equipment>,
    pub dose: Dose,
    /// One step per line.
    pub steps: String,
    /// One cue per line.
    pub cues: String,
    pub video: String,
}

impl Default for OwnDraft {
    fn default() -> Self {
        OwnDraft {
            name: String::new(),
            muscles: Vec::new(),
            category: Category::Strength,
            placement: Placement::AboveKnees,
            band_type: BandType::MiniLoop,
            equipment: Vec::new(),
            dose: Dose::reps(3, 10, 30),
            steps: String::new(),
            cues: String::new(),
            video: String::new(),
        }
    }
}

/// A field the runner has to change before saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    NameEmpty,
    NameTooLong,
    /// Another exercise (catalog or own) has this name.
    NameTaken,
    TooManySteps,
    StepTooLong,
    TooManyCues,
    CueTooLong,
    /// Not an `https://` link to a host.
    VideoNotHttps,
    VideoTooLong,
    /// The dose has an impossible value (the dose editor names which).
    Dose,
}

/// The form's fields, for errors and focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Steps,
    Cues,
    Video,
    Dose,
}

impl FieldError {
    pub fn field(self) -> Field {
        match self {
            FieldError::NameEmpty | FieldError::NameTooLong | FieldError::NameTaken => Field::Name,
            FieldError::TooManySteps | FieldError::StepTooLong => Field::Steps,
            FieldError::TooManyCues | FieldError::CueTooLong => Field::Cues,
            FieldError::VideoNotHttps | FieldError::VideoTooLong => Field::Video,
            FieldError::Dose => Field::Dose,
        }
    }

    /// The error in plain words, shown under its field.
    pub fn words(self) -> String {
        match self {
            FieldError::NameEmpty => "Give the exercise a name.".to_owned(),
            FieldError::NameTooLong => {
                format!("Keep the name to {MAX_NAME_CHARS} characters or fewer.")
            }
            FieldError::NameTaken => {
                "An exercise with this name already exists. Choose another name.".to_owned()
            }
            FieldError::TooManySteps => format!("Write at most {MAX_STEPS} steps."),
            FieldError::StepTooLong => {
                format!("Keep each step to {MAX_STEP_CHARS} characters or fewer.")
            }
            FieldError::TooManyCues => format!("Write at most {MAX_CUES} cues."),
            FieldError::CueTooLong => {
                format!("Keep each cue to {MAX_CUE_CHARS} characters or fewer.")
            }
            FieldError::VideoNotHttps => {
                "The video link must start with https:// (or leave it empty).".to_owned()
            }
            FieldError::VideoTooLong => {
                format!("Keep the video link to {MAX_VIDEO_CHARS} characters or fewer.")
            }
            FieldError::Dose => "Check the starting dose.".to_owned(),
        }
    }
}

/// The non-empty lines of `text`, trimmed.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `link` is an https link to some host, with no spaces.
pub fn is_https_link(link: &str) -> bool {
    link.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty()
            && host != "."
            && !rest.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

impl OwnDraft {
    /// The form filled in from an exercise, for editing.
    pub fn from_exercise(exercise: &OwnExercise) -> OwnDraft {
        OwnDraft {
            name: exercise.name.clone(),
            muscles: exercise.muscles.clone(),
            category: exercise.category,
            placement: exercise.placement,
            band_type: exercise.band_type,
            equipment: exercise.equipment.clone(),
            dose: exercise.default_dose,
            steps: exercise.steps.join("\n"),
            cues: exercise.cues.join("\n"),
            video: exercise.video.clone().unwrap_or_default(),
        }
    }

    /// The exercise (with no id yet), or every field error, in the form's
    /// order. `name_taken` says whether another exercise has a name.
    pub fn check(&self, name_taken: impl Fn(&str) -> bool) -> Result<OwnExercise, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        let name_chars = name.chars().count();
        if name_chars == 0 {
            errors.push(FieldError::NameEmpty);
        } else if name_chars > MAX_NAME_CHARS {
            errors.push(FieldError::NameTooLong);
        } else if name_taken(name) {
            errors.push(FieldError::NameTaken);
        }
        if !self.dose.errors().is_empty() {
            errors.push(FieldError::Dose);
        }
        let steps = lines(&self.steps);
        if steps.len() > MAX_STEPS {
            errors.push(FieldError::TooManySteps);
        } else if steps.iter().any(|s| s.chars().count() > MAX_STEP_CHARS) {
            errors.push(FieldError::StepTooLong);
        }
        let cues = lines(&self.cues);
        if cues.len() > MAX_CUES {
            errors.push(FieldError::TooManyCues);
        } else if cues.iter().any(|c| c.chars().count() > MAX_CUE_CHARS) {
            errors.push(FieldError::CueTooLong);
        }
        let video = self.video.trim();
        if video.chars().count() > MAX_VIDEO_CHARS {
            errors.push(FieldError::VideoTooLong);
        } else if !video.is_empty() && !is_https_link(video) {
            errors.push(FieldError::VideoNotHttps);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut muscles = self.muscles.clone();
        muscles.dedup();
        let mut equipment = self.equipment.clone();
        equipment.dedup();
        Ok(OwnExercise {
            id: String::new(),
            name: name.to_owned(),
            muscles,
            category: self.category,
            placement: self.placement,
            band_type: self.band_type,
            equipment,
            default_dose: self.dose,
            steps,
            cues,
            video: (!video.is_empty()).then(|| video.to_owned()),
            deleted: false,
        })
    }
}
