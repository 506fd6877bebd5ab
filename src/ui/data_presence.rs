//! What the first load knows of the band kit and routines: whether either
//! is stored, and both once some screen has loaded them ([`AppData`], read
//! by code in chunks, so their readers and writers stay out of the first
//! load).

use leptos::prelude::*;

use crate::model::storage::keys::{KIT_KEY, ROUTINES_KEY};
use crate::platform::storage;
use crate::ui::data::AppData;

/// The kit and routines as the first screen sees them, through context.
#[derive(Clone, Copy)]
pub struct DataPresence {
    /// The kit and routines, once loaded (see [`AppData::get`]).
    pub loaded: RwSignal<Option<AppData>>,
    /// A kit or routines were stored when the app started.
    stored_at_start: bool,
    /// Goes up each time another tab saves the kit.
    pub kit_changed_elsewhere: RwSignal<u32>,
    /// Goes up each time another tab saves the routines.
    pub routines_changed_elsewhere: RwSignal<u32>,
}

impl DataPresence {
    /// Peeks at what is stored and makes the answer available to all.
    pub fn provide() -> Self {
        let presence = DataPresence {
            loaded: RwSignal::new(None),
            stored_at_start: is_stored(KIT_KEY) || is_stored(ROUTINES_KEY),
            kit_changed_elsewhere: RwSignal::new(0),
            routines_changed_elsewhere: RwSignal::new(0),
        };
        provide_context(presence);
        presence
    }

    /// The shared presence.
    pub fn get() -> Self {
        expect_context::<DataPresence>()
    }

    /// Whether the runner has set up bands or routines (a first-visit
    /// check).
    pub fn has_kit_or_routines(self) -> bool {
        match self.loaded.get() {
            Some(data) => {
                data.kit.with(Option::is_some) || data.book.with(|b| !b.routines.is_empty())
            }
            None => self.stored_at_start,
        }
    }

    /// Another tab saved the kit.
    pub fn other_tab_saved_kit(self) {
        self.kit_changed_elsewhere
            .update(|n| *n = n.wrapping_add(1));
    }

    /// Another tab saved the routines.
    pub fn other_tab_saved_routines(self) {
        self.routines_changed_elsewhere
            .update(|n| *n = n.wrapping_add(1));
    }
}

/// Whether anything is stored under `key` (unreadable storage: no).
pub fn is_stored(key: &str) -> bool {
    matches!(storage::read_text(key), Ok(Some(_)))
}
