//! The user's settings, shared with every screen: loaded once at start-up
//! and changed through [`SettingsContext::change`], which saves and, when
//! the save fails, reports it through the same notice-and-retry path as
//! every other record.

use leptos::prelude::*;

use crate::model::settings::Settings;
use crate::platform::settings_store;
use crate::ui::notices::{Notice, Notices};

/// The user's settings, shared through context.
#[derive(Clone, Copy)]
pub struct SettingsContext {
    pub settings: RwSignal<Settings>,
    /// False when saving could destroy data that could not be read.
    can_save: StoredValue<bool>,
    notices: Notices,
}

impl SettingsContext {
    /// Loads the stored settings (saying what went wrong, if anything) and
    /// shares them.
    pub fn provide(notices: Notices) -> Self {
        let loaded = settings_store::load();
        if let Some(notice) = loaded.notice {
            notices.show(Notice::on_load(
                "settings-load",
                notice,
                loaded.kept,
                "settings",
            ));
        }
        let context = Self {
            settings: RwSignal::new(loaded.settings),
            can_save: StoredValue::new(loaded.can_save),
            notices,
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
        self.save()
    }

    /// Whether changes are saved at all (not when the stored settings could
    /// not be read and kept safe, or come from a newer version).
    pub fn can_save(self) -> bool {
        self.can_save.get_value()
    }

    /// Takes up settings another tab saved, if they read.
    pub fn follow_stored(self) {
        if let Some(settings) = settings_store::current() {
            self.settings.set(settings);
        }
    }

    fn save(self) -> bool {
        if !self.can_save() {
            return false;
        }
        match settings_store::save(self.settings.get_untracked()) {
            Ok(()) => {
                self.notices.dismiss("settings-save");
                true
            }
            Err(error) => {
                self.notices.save_failed(
                    "settings-save",
                    format!("Your settings could not be saved. {}", error.message()),
                    move || self.save(),
                );
                false
            }
        }
    }
}
