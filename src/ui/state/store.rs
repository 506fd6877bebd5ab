//! One stored record as the app holds it. Nothing is read at start-up: the
//! first load only peeks whether the key is stored. The record is loaded
//! the first time code asks for it (code in the on-demand chunk, so its
//! reader and writer stay out of the first load), under the app's root
//! owner so that it outlives the screen that asked, and from then on it
//! takes up what other tabs save. Code that only needs to know that the
//! record changed elsewhere follows a counter instead of reading it.

use leptos::prelude::*;

use super::record::{Spec, Stored};
use crate::model::storage::load::Persisted;
use crate::platform::storage;
use crate::ui::notices::Notices;

/// A stored record, loaded on first use.
pub struct Store<T: Send + Sync + 'static> {
    spec: &'static Spec,
    loaded: RwSignal<Option<Stored<T>>>,
    /// Goes up each time another tab saves the record.
    saved_elsewhere: RwSignal<u32>,
    /// The app's root owner, under which the record lives once loaded.
    root: StoredValue<Option<Owner>>,
}

impl<T: Send + Sync + 'static> Clone for Store<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Store<T> {}

impl<T: Send + Sync + 'static> Store<T> {
    /// A store for the record `spec` describes, under the current owner
    /// (the app's root). Reads nothing.
    pub fn new(spec: &'static Spec) -> Self {
        Self {
            spec,
            loaded: RwSignal::new(None),
            saved_elsewhere: RwSignal::new(0),
            root: StoredValue::new(Owner::current()),
        }
    }

    /// Whether anything is stored under the record's key now (unreadable
    /// storage: no).
    pub fn is_stored(self) -> bool {
        matches!(storage::read_text(self.spec.key), Ok(Some(_)))
    }

    /// The record, once loaded (tracked: the caller runs again when it
    /// loads).
    pub fn loaded(self) -> Option<Stored<T>> {
        self.loaded.get()
    }

    /// Subscribes the caller to the record's value once loaded: it runs
    /// again when the record loads or changes.
    pub fn track(self) {
        self.loaded.with(|stored| {
            if let Some(stored) = stored {
                stored.value.track();
            }
        });
    }

    /// The record, once loaded, without following it.
    pub fn loaded_untracked(self) -> Option<Stored<T>> {
        self.loaded.get_untracked()
    }

    /// Whether code that finds records by id must wait for this one: it
    /// is stored but not loaded yet.
    pub fn must_load(self) -> bool {
        self.loaded.with_untracked(Option::is_none) && self.is_stored()
    }

    /// Another tab saved the record: once loaded, it takes that up.
    pub fn other_tab_saved(self) {
        self.saved_elsewhere.update(|n| *n = n.wrapping_add(1));
    }

    /// How many times another tab saved the record (tracked).
    pub fn saves_elsewhere(self) -> u32 {
        self.saved_elsewhere.get()
    }

    /// Runs `f` under the app's root owner, so that what it makes (signals,
    /// effects, context) lives as long as the app.
    pub fn at_root<R>(self, f: impl FnOnce() -> R) -> R {
        match self.root.get_value() {
            Some(root) => root.with(f),
            None => f(),
        }
    }
}

impl<T: Persisted + Default + Send + Sync + 'static> Store<T> {
    /// The record, loaded on first use (with a notice when it could not be
    /// read): `first` runs once, right after it loads; `follow` takes up
    /// what another tab saved, each time one does.
    pub fn get(self, first: impl FnOnce(Stored<T>), follow: fn(Stored<T>)) -> Stored<T> {
        if let Some(stored) = self.loaded.get_untracked() {
            return stored;
        }
        self.at_root(move || {
            let stored = Stored::load(self.spec, Notices::get());
            self.loaded.set(Some(stored));
            first(stored);
            let saved_elsewhere = self.saved_elsewhere;
            Effect::new(move |seen: Option<u32>| {
                let count = saved_elsewhere.get();
                if seen.is_some_and(|seen| seen != count) {
                    follow(stored);
                }
                count
            });
            stored
        })
    }
}
