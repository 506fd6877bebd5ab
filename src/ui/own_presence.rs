//! What the first load knows of the runner's own exercises: whether any
//! are stored, and the exercises once loaded ([`OwnData`], read by code in
//! chunks, so their reader and writer stay out of the first load). Stored
//! ones are loaded at once, in their own chunk, and every screen loaded on
//! demand waits for them ([`crate::ui::lazy`]), so it finds them by id like
//! catalog ones; the library adds their cards when they arrive.

use leptos::prelude::*;

use crate::model::storage::keys::OWN_EXERCISES_KEY;
use crate::ui::data_presence::is_stored;
use crate::ui::lazy;
use crate::ui::own_data::OwnData;

/// The own exercises as the first screen sees them, through context.
#[derive(Clone, Copy)]
pub struct OwnPresence {
    /// The own exercises, once loaded (see [`OwnData::get`]).
    pub loaded: RwSignal<Option<OwnData>>,
    /// Goes up each time another tab saves them.
    pub changed_elsewhere: RwSignal<u32>,
}

impl OwnPresence {
    /// Makes the presence available to all, and loads the stored
    /// exercises, if any.
    pub fn provide() -> Self {
        let presence = OwnPresence {
            loaded: RwSignal::new(None),
            changed_elsewhere: RwSignal::new(0),
        };
        provide_context(presence);
        if is_stored(OWN_EXERCISES_KEY) {
            leptos::task::spawn_local_scoped(async move {
                // A chunk that cannot be fetched leaves only the catalog in
                // the library; the next screen opened tries again.
                let _ = lazy::load_own().await;
            });
        }
        presence
    }

    /// The shared presence.
    pub fn get() -> Self {
        expect_context::<OwnPresence>()
    }

    /// Subscribes the caller to the own exercises: it runs again when they
    /// load or change.
    pub fn track(self) {
        self.loaded.with(|data| {
            if let Some(data) = data {
                data.exercises.track();
            }
        });
    }

    /// Whether screens must wait for them: some are stored, none loaded.
    pub fn must_load(self) -> bool {
        self.loaded.with_untracked(Option::is_none) && is_stored(OWN_EXERCISES_KEY)
    }

    /// Another tab saved the own exercises: the loaded ones follow, and
    /// the first ones made elsewhere are loaded.
    pub fn other_tab_saved(self) {
        self.changed_elsewhere.update(|n| *n = n.wrapping_add(1));
        if self.must_load() {
            leptos::task::spawn_local_scoped(async move {
                let _ = lazy::load_own().await;
            });
        }
    }
}
