//! The user's band kit and routines as shared signals, read the first time
//! a screen asks (see [`DataPresence`] for what the first screen knows
//! before that). Every change goes through here and is saved at once; a
//! failed save leaves the change in place on screen and tells the user.

use leptos::prelude::*;

use crate::model::kit::band::BandKit;
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
use crate::model::routine::Routine;
use crate::model::storage::keys::{KIT_KEY, LAST_ROUTINE_KEY, ROUTINES_KEY};
use crate::platform::storage;
use crate::ui::data_presence::DataPresence;
use crate::ui::notices::{Notice, Notices};
use crate::ui::persisted::{Refused, Spec, Stored};
use crate::ui::plan_presence::RootOwner;

const KIT: Spec = Spec {
    key: KIT_KEY,
    what: "band kit",
    load_notice: "kit-load",
    save_notice: "kit-save",
    unsaved: "Your bands could not be saved.",
    refused: Refused::Announce,
};

const ROUTINES: Spec = Spec {
    key: ROUTINES_KEY,
    what: "routines",
    load_notice: "routines-load",
    save_notice: "routines-save",
    unsaved: "Your routines could not be saved.",
    refused: Refused::Announce,
};

/// The kit and routines, shared through context.
#[derive(Clone, Copy)]
pub struct AppData {
    /// None until the user has picked a preset or built a kit.
    pub kit: RwSignal<Option<BandKit>>,
    pub book: RwSignal<RoutineBook>,
    /// The routine last opened in the editor: where the library's Add
    /// buttons put exercises.
    pub current: RwSignal<Option<RoutineId>>,
    stored_kit: Stored<Option<BandKit>>,
    stored_book: Stored<RoutineBook>,
}

impl AppData {
    /// The shared kit and routines, loaded on first use. This runs in
    /// chunk code only, under the app's root owner, so it outlives the
    /// screen that asked.
    pub fn get() -> Self {
        let presence = DataPresence::get();
        if let Some(data) = presence.loaded.get_untracked() {
            return data;
        }
        let load = move || {
            let notices = Notices::get();
            let stored_kit = Stored::load(&KIT, notices);
            let stored_book = Stored::load(&ROUTINES, notices);
            if let Some(text) = stored_book
                .value
                .with_untracked(RoutineBook::circuits_changed_words)
            {
                notices.show(Notice::problem("circuits-changed", text));
            }
            let data = AppData {
                kit: stored_kit.value,
                book: stored_book.value,
                current: RwSignal::new(last_routine(&stored_book.value)),
                stored_kit,
                stored_book,
            };
            presence.loaded.set(Some(data));
            // Remembered across visits, so Add offers the same routine first.
            Effect::new(move |_| {
                if let Some(id) = data.current.get() {
                    let _ = storage::write_text(LAST_ROUTINE_KEY, &id.to_string());
                }
            });
            data.follow_other_tabs(presence);
            data
        };
        match use_context::<RootOwner>() {
            Some(RootOwner(root)) => root.with(load),
            None => load(),
        }
    }

    /// Takes up what another tab saves, for the life of the page.
    fn follow_other_tabs(self, presence: DataPresence) {
        Effect::new(move |seen: Option<u32>| {
            let count = presence.kit_changed_elsewhere.get();
            if seen.is_some_and(|seen| seen != count) {
                self.reload_kit();
            }
            count
        });
        Effect::new(move |seen: Option<u32>| {
            let count = presence.routines_changed_elsewhere.get();
            if seen.is_some_and(|seen| seen != count) {
                self.reload_book();
            }
            count
        });
    }

    /// Replaces the whole kit (e.g. from a preset) and saves it.
    pub fn set_kit(self, kit: BandKit) {
        self.stored_kit.replace(Some(kit));
    }

    /// Changes the kit and saves it. Does nothing before a kit exists.
    pub fn change_kit<R>(self, change: impl FnOnce(&mut BandKit) -> R) -> Option<R> {
        let result = self
            .kit
            .try_update(|kit| kit.as_mut().map(change))
            .flatten();
        if result.is_some() {
            self.stored_kit.save();
        }
        result
    }

    /// Whether changes to the routines are being saved (false when the
    /// stored ones could not be read, so as not to overwrite them).
    pub fn saves_routines(self) -> bool {
        self.stored_book.can_save()
    }

    /// Changes the routines and saves them.
    pub fn change_book<R>(self, change: impl FnOnce(&mut RoutineBook) -> R) -> R {
        self.stored_book.change(change)
    }

    /// Changes one routine and saves; None when it no longer exists.
    pub fn change_routine<R>(
        self,
        id: RoutineId,
        change: impl FnOnce(&mut Routine) -> R,
    ) -> Option<R> {
        self.change_book(|book| book.get_mut(id).map(change))
    }

    /// Puts in the kit and routines of an import (the kit only when there
    /// is one) and saves them; false if either could not be saved.
    pub fn replace(self, kit: Option<BandKit>, book: RoutineBook) -> bool {
        let kit_saved = match kit {
            Some(kit) => self.stored_kit.replace(Some(kit)),
            None => true,
        };
        self.stored_book.replace(book) && kit_saved
    }

    /// Takes up the kit as another tab saved it (if it reads).
    pub fn reload_kit(self) {
        self.stored_kit.follow_stored();
    }

    /// Takes up the routines as another tab saved them (if they read).
    pub fn reload_book(self) {
        self.stored_book.follow_stored();
    }
}

/// The routine last opened or added to, as remembered, if it still exists.
fn last_routine(book: &RwSignal<RoutineBook>) -> Option<RoutineId> {
    let id = storage::read_text(LAST_ROUTINE_KEY)
        .ok()
        .flatten()?
        .trim()
        .parse::<RoutineId>()
        .ok()?;
    book.with_untracked(|b| b.get(id).is_some()).then_some(id)
}
