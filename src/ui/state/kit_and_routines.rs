//! The runner's band kit and routines: two stores, loaded the first time a
//! screen asks, read and changed together through [`AppData`]. Every change
//! is saved at once; a failed save leaves the change in place on screen and
//! tells the runner.

use leptos::prelude::*;

use super::record::Stored;
use super::stores::Stores;
use crate::model::kit::band::BandKit;
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
use crate::model::routine::Routine;
use crate::model::storage::keys::LAST_ROUTINE_KEY;
use crate::platform::storage;
use crate::ui::notices::{Notice, Notices};

/// The kit and routines.
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
    /// The shared kit and routines, loaded on first use.
    pub fn get() -> Self {
        let stores = Stores::get();
        let stored_kit = stores.kit.get(|_| {}, Stored::follow_stored);
        let current = stores.current_routine;
        let stored_book = stores.routines.get(
            move |book| {
                if let Some(text) = book
                    .value
                    .with_untracked(RoutineBook::circuits_changed_words)
                {
                    Notices::get().show(Notice::problem("circuits-changed", text));
                }
                current.set(last_routine(&book.value));
                // Remembered across visits, so Add offers the same routine first.
                Effect::new(move |_| {
                    if let Some(id) = current.get() {
                        let _ = storage::write_text(LAST_ROUTINE_KEY, &id.to_string());
                    }
                });
            },
            Stored::follow_stored,
        );
        AppData {
            kit: stored_kit.value,
            book: stored_book.value,
            current,
            stored_kit,
            stored_book,
        }
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
