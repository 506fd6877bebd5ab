//! The user's band kit and routines as shared signals. Every change goes
//! through here and is saved at once; a failed save leaves the change in
//! place on screen and tells the user.

use leptos::prelude::*;

use crate::model::kit::band::BandKit;
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
use crate::model::routine::Routine;
use crate::model::storage::keys::{KIT_KEY, ROUTINES_KEY};
use crate::platform::record_store;
use crate::ui::notices::{Notice, Notices};
use crate::ui::status::StatusMessage;

/// The kit and routines, shared through context.
#[derive(Clone, Copy)]
pub struct AppData {
    /// None until the user has picked a preset or built a kit.
    pub kit: RwSignal<Option<BandKit>>,
    pub book: RwSignal<RoutineBook>,
    /// The routine last opened in the editor: where the library's Add
    /// buttons put exercises.
    pub current: RwSignal<Option<RoutineId>>,
    kit_can_save: StoredValue<bool>,
    book_can_save: StoredValue<bool>,
    notices: Notices,
}

impl AppData {
    /// Loads both records and makes them available to every component.
    pub fn provide(notices: Notices) -> Self {
        let kit = record_store::load::<BandKit>(KIT_KEY, "band kit");
        let book = record_store::load::<RoutineBook>(ROUTINES_KEY, "routines");
        if let Some(text) = kit.notice {
            notices.show(Notice::on_load("kit-load", text, kit.kept, "band kit"));
        }
        if let Some(text) = book.notice {
            notices.show(Notice::on_load(
                "routines-load",
                text,
                book.kept,
                "routines",
            ));
        }
        let data = AppData {
            kit: RwSignal::new(kit.value),
            book: RwSignal::new(book.value.unwrap_or_default()),
            current: RwSignal::new(None),
            kit_can_save: StoredValue::new(kit.can_save),
            book_can_save: StoredValue::new(book.can_save),
            notices,
        };
        provide_context(data);
        data
    }

    /// The shared data.
    pub fn get() -> Self {
        expect_context::<AppData>()
    }

    /// Replaces the whole kit (e.g. from a preset) and saves it.
    pub fn set_kit(self, kit: BandKit) {
        self.kit.set(Some(kit));
        self.save_kit();
    }

    /// Changes the kit and saves it. Does nothing before a kit exists.
    pub fn change_kit<R>(self, change: impl FnOnce(&mut BandKit) -> R) -> Option<R> {
        let result = self
            .kit
            .try_update(|kit| kit.as_mut().map(change))
            .flatten();
        self.save_kit();
        result
    }

    /// Whether changes to the routines are being saved (false when the
    /// stored ones could not be read, so as not to overwrite them).
    pub fn saves_routines(self) -> bool {
        self.book_can_save.get_value()
    }

    /// Changes the routines and saves them.
    pub fn change_book<R>(self, change: impl FnOnce(&mut RoutineBook) -> R) -> R {
        let result = self
            .book
            .try_update(change)
            .expect("the routines signal is alive");
        self.save_book();
        result
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
            Some(kit) => {
                self.kit.set(Some(kit));
                self.save_kit()
            }
            None => true,
        };
        self.book.set(book);
        self.save_book() && kit_saved
    }

    /// Takes up the kit as another tab saved it (if it reads).
    pub fn reload_kit(self) {
        if let Some(kit) = record_store::current::<BandKit>(KIT_KEY) {
            self.kit.set(Some(kit));
        }
    }

    /// Takes up the routines as another tab saved them (if they read).
    pub fn reload_book(self) {
        if let Some(book) = record_store::current::<RoutineBook>(ROUTINES_KEY) {
            self.book.set(book);
        }
    }

    // Serialised in place: cloning the whole book on every change only to
    // write it out would be wasted work.
    fn save_kit(self) -> bool {
        let allowed = self.kit_can_save.get_value();
        self.kit.with_untracked(|kit| match kit {
            Some(kit) => self.save(KIT_KEY, kit, allowed, "kit-save", Self::save_kit),
            None => true,
        })
    }

    fn save_book(self) -> bool {
        let allowed = self.book_can_save.get_value();
        self.book.with_untracked(|book| {
            self.save(
                ROUTINES_KEY,
                book,
                allowed,
                "routines-save",
                Self::save_book,
            )
        })
    }

    /// Saves `value` under `key`; false when it was not saved, in which case
    /// the notice `notice` says so and `retry` is tried again later.
    fn save<T: crate::model::storage::store::Record>(
        self,
        key: &str,
        value: &T,
        allowed: bool,
        notice: &'static str,
        retry: fn(Self) -> bool,
    ) -> bool {
        if !allowed {
            StatusMessage::announce("Changed for now, not saved");
            return false;
        }
        match record_store::save(key, value) {
            Ok(()) => {
                self.notices.dismiss(notice);
                true
            }
            Err(error) => {
                self.notices
                    .save_failed(notice, error.message(), move || retry(self));
                false
            }
        }
    }
}
