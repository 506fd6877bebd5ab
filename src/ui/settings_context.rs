//! The user's settings, shared with every screen: loaded once at start-up
//! and changed through [`SettingsContext::change`], which saves through the
//! same stored-record path (and the same notice and retry) as every other
//! record.

use leptos::prelude::*;

use crate::model::settings::Settings;
use crate::model::storage::keys::SETTINGS_KEY;
use crate::ui::notices::Notices;
use crate::ui::persisted::{Refused, Spec, Stored};

const SETTINGS: Spec = Spec {
    key: SETTINGS_KEY,
    what: "settings",
    load_notice: "settings-load",
    save_notice: "settings-save",
    unsaved: "Your settings could not be saved.",
    refused: Refused::Quietly,
};

/// The user's settings, shared through context.
#[derive(Clone, Copy)]
pub struct SettingsContext {
    pub settings: RwSignal<Settings>,
    stored: Stored<Settings>,
}

impl SettingsContext {
    /// Loads the stored settings (saying what went wrong, if anything) and
    /// shares them.
    pub fn provide(notices: Notices) -> Self {
        let stored = Stored::load(&SETTINGS, notices);
        let context = Self {
            settings: stored.value,
            stored,
        };
        provide_context(context);
        context
    }

    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// Applies `edit` and saves. Returns whether it was saved; when it was
    /// not, the change still applies until the tab closes, and a notice
    /// says why (and keeps trying, where trying again can help).
    pub fn change(self, edit: impl FnOnce(&mut Settings)) -> bool {
        self.settings.update(edit);
        self.stored.save()
    }

    /// Whether changes are saved at all (not when the stored settings could
    /// not be read and kept safe, or come from a newer version).
    pub fn can_save(self) -> bool {
        self.stored.can_save()
    }

    /// Takes up settings another tab saved, if they read.
    pub fn follow_stored(self) {
        self.stored.follow_stored();
    }
}
