//! What the library's Add chooser ([`crate::ui::add_chooser`], in the first
//! load) hands to its on-demand inside ([`crate::ui::add_choices`]): which
//! part to draw, what the last pick did, and which chooser is open.

use leptos::prelude::*;

use crate::model::catalog::exercise::Exercise;
use crate::model::routine::routine_book::RoutineId;

/// A part of the Add chooser that reads or changes the routines.
pub enum AddPart {
    /// The open dialog.
    Choices {
        exercise: &'static Exercise,
        open_one: OpenChooser,
        added: RwSignal<Option<Added>>,
    },
    /// The note after a pick.
    Note {
        exercise: &'static Exercise,
        done: Added,
    },
}

/// What the last pick did, for the note under the button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub routine: RoutineId,
    pub name: String,
}

/// Which exercise's chooser is open on this screen: one at a time.
#[derive(Clone, Copy)]
pub struct OpenChooser(RwSignal<Option<&'static str>>);

impl OpenChooser {
    /// Gives the screen's choosers one shared "open" state.
    pub fn provide() {
        provide_context(OpenChooser(RwSignal::new(None)));
    }

    /// The screen's shared state (a chooser alone gets its own).
    pub fn get() -> Self {
        use_context::<OpenChooser>().unwrap_or_else(|| OpenChooser(RwSignal::new(None)))
    }

    /// Which exercise's chooser is open (tracked).
    pub fn open(self) -> Option<&'static str> {
        self.0.get()
    }

    /// Opens the chooser of the exercise with this id (closing any other).
    pub fn open_for(self, id: &'static str) {
        self.0.set(Some(id));
    }

    /// Closes whichever chooser is open.
    pub fn close(self) {
        self.0.set(None);
    }
}
