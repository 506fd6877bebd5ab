//! The runner's settings (units, theme, workout cues), shared with every
//! screen that needs them: loaded the first time one asks (the first screen
//! needs none: `assets/early.js` applies the stored theme before it
//! paints), and changed through [`SettingsContext::change`], which saves
//! through the same path, notice and retry as every other record. Once
//! loaded, the page's theme follows them.

use leptos::prelude::*;

use super::record::Stored;
use super::stores::Stores;
use crate::model::settings::Settings;
use crate::platform::theme;

/// The runner's settings.
#[derive(Clone, Copy)]
pub struct SettingsContext {
    pub settings: RwSignal<Settings>,
    stored: Stored<Settings>,
}

impl SettingsContext {
    /// The shared settings, loaded on first use.
    pub fn get() -> Self {
        let stored = Stores::get().settings.get(
            |stored| {
                Effect::new(move |_| theme::apply(stored.value.with(|s| s.theme)));
            },
            Stored::follow_stored,
        );
        Self {
            settings: stored.value,
            stored,
        }
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
}
