//! Loads and saves the user's settings. Text that cannot be read is copied to
//! a backup key before anything else happens, so no later save can lose it.

use super::storage::{self, StorageError};
use crate::model::settings::{Settings, SettingsProblem};
use crate::model::storage::keys::SETTINGS_KEY;

/// Settings as found at start-up, ready to use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsLoad {
    pub settings: Settings,
    /// What the user should be told about how loading went, if anything.
    pub notice: Option<String>,
    /// False when saving could destroy something (a record from a newer
    /// version, or an unreadable one that could not be backed up).
    pub can_save: bool,
    /// The backup key holding the text that could not be read, if any.
    pub kept: Option<String>,
}

/// Reads the stored settings, backing up anything unreadable.
pub fn load() -> SettingsLoad {
    let raw = match storage::read_text(SETTINGS_KEY) {
        Ok(raw) => raw,
        Err(error) => {
            return SettingsLoad {
                settings: Settings::default(),
                notice: Some(error.message()),
                can_save: false,
                kept: None,
            }
        }
    };
    let loaded = Settings::from_stored(raw.as_deref());
    let (Some(problem), Some(raw)) = (loaded.problem, raw) else {
        return SettingsLoad {
            settings: loaded.settings,
            notice: None,
            can_save: true,
            kept: None,
        };
    };
    let backed_up = storage::keep_unreadable(SETTINGS_KEY, &raw);
    let notice = match &backed_up {
        Ok(_) => problem.message(),
        Err(error) => format!(
            "Your saved settings could not be read, and no safe copy could be made ({}). \
             Bandwork will not save over them.",
            error.message()
        ),
    };
    SettingsLoad {
        settings: loaded.settings,
        notice: Some(notice),
        can_save: backed_up.is_ok() && !matches!(problem, SettingsProblem::NewerVersion(_)),
        kept: backed_up.ok(),
    }
}

/// The settings as stored now, if they read cleanly: to take up what
/// another tab saved. Unlike [`load`], this never writes (no backup is made;
/// problems are reported by [`load`] at start-up).
pub fn current() -> Option<Settings> {
    let raw = storage::read_text(SETTINGS_KEY).ok().flatten()?;
    let loaded = Settings::from_stored(Some(&raw));
    loaded.problem.is_none().then_some(loaded.settings)
}

/// Saves settings.
pub fn save(settings: Settings) -> Result<(), StorageError> {
    storage::write_record(SETTINGS_KEY, &settings.to_record())
}
