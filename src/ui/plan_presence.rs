//! What the first load knows of the runner's week: only whether it has
//! band work (for the Today card) and when another tab changed it. The week
//! itself ([`crate::ui::plan_data::PlanData`]) is read by the screens that
//! need it, which load as chunks, so its reader stays out of the first
//! load.

use leptos::prelude::*;

use crate::model::plan::week::stored_week_has_band_work;
use crate::model::storage::keys::PLAN_KEY;
use crate::platform::storage;

/// The app's root owner: shared state made later by a chunk lives under it.
#[derive(Clone)]
pub struct RootOwner(pub Owner);

/// Whether the week has band work, and a count of changes from other tabs.
#[derive(Clone, Copy)]
pub struct PlanPresence {
    pub has_band_work: RwSignal<bool>,
    /// Goes up each time another tab saves the week.
    pub changed_elsewhere: RwSignal<u32>,
}

impl PlanPresence {
    /// Peeks at the stored week and makes the answer available to all.
    pub fn provide() -> Self {
        if let Some(owner) = Owner::current() {
            provide_context(RootOwner(owner));
        }
        let presence = PlanPresence {
            has_band_work: RwSignal::new(peek()),
            changed_elsewhere: RwSignal::new(0),
        };
        provide_context(presence);
        presence
    }

    /// The shared presence.
    pub fn get() -> Self {
        expect_context::<PlanPresence>()
    }

    /// Another tab saved the week: look again, and tell whoever holds it.
    pub fn other_tab_saved(self) {
        self.has_band_work.set(peek());
        self.changed_elsewhere.update(|n| *n = n.wrapping_add(1));
    }
}

fn peek() -> bool {
    storage::read_text(PLAN_KEY)
        .ok()
        .flatten()
        .is_some_and(|text| stored_week_has_band_work(&text))
}
