//! The user's band kit. On first use, a ready-made set is picked (or the
//! first band entered by hand); then the bands are listed lightest first and
//! can be reordered, edited, added and removed. Removing a band that routines
//! use asks which band they should use instead, and a removal can be undone.

mod band_form;
mod first_use;
mod kit_editor;
mod remove_dialog;

use std::time::Duration;

use leptos::prelude::*;

use crate::ui::when::When;

use crate::model::kit::band::{Band, BandError, BandId, BandKit, Colour, Preset, PRESETS};
use crate::model::kit::band_type::BandType;
use crate::model::kit::resistance::Units;
use crate::model::kit::resistance::{pounds_from_entry, pounds_to_entry};
use crate::model::routine::routine_book::RoutineBook;
use crate::model::settings::Choice;
use crate::platform::focus;
use crate::ui::band_label::{BandChip, BandSwatch};
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;
use crate::ui::undo::Undo;

use band_form::BandForm;
use first_use::FirstUse;
use kit_editor::{remove_band, KitEditor};
use remove_dialog::RemoveDialog;

/// The swatch a new band starts with, before the user picks one.
const NEW_BAND_SWATCH: &str = "#1565c0";

/// Which band form is open; only one at a time, so field ids stay unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Editing {
    NewBand,
    Band(BandId),
}

/// What the screen is doing, shared by its parts.
#[derive(Clone, Copy)]
struct ScreenState {
    editing: RwSignal<Option<Editing>>,
    removing: RwSignal<Option<BandId>>,
    /// Why the last action was refused, shown as an alert.
    refusal: RwSignal<Option<String>>,
}

impl ScreenState {
    fn new() -> Self {
        Self {
            editing: RwSignal::new(None),
            removing: RwSignal::new(None),
            refusal: RwSignal::new(None),
        }
    }

    /// Closes whatever is open before another action starts.
    fn settle(self) {
        self.editing.set(None);
        self.removing.set(None);
        self.refusal.set(None);
    }
}

/// The units the user chose for band ratings.
fn units() -> Signal<Units> {
    let settings = SettingsContext::get().settings;
    Signal::derive(move || settings.with(|s| s.units))
}

/// Focuses the element with this id once the view has caught up.
fn focus_soon(id: String) {
    set_timeout(
        move || focus::focus_selector(&format!("#{id}")),
        Duration::ZERO,
    );
}

fn blank_band(band_type: BandType) -> Band {
    Band {
        id: 0,
        colour: Colour {
            name: String::new(),
            swatch: NEW_BAND_SWATCH.into(),
        },
        label: String::new(),
        band_type,
        pounds: None,
    }
}

/// The swatch the ready-made sets give a colour name, e.g. red for "red".
fn known_swatch(name: &str) -> Option<String> {
    PRESETS
        .iter()
        .flat_map(|preset| preset.kit().bands)
        .find(|band| band.colour.name.eq_ignore_ascii_case(name.trim()))
        .map(|band| band.colour.swatch)
}

/// "1 routine" or "3 routines".
fn routines_count(count: usize) -> String {
    match count {
        1 => "1 routine".into(),
        n => format!("{n} routines"),
    }
}

/// The names of the routines that use a band.
fn routines_using(book: &RoutineBook, id: BandId) -> Vec<String> {
    book.routines
        .iter()
        .filter(|saved| saved.routine.uses_band(id))
        .map(|saved| saved.routine.name.clone())
        .collect()
}

#[component]
pub fn BandsScreen() -> impl IntoView {
    let data = AppData::get();
    let has_kit = Memo::new(move |_| data.kit.with(Option::is_some));
    let state = ScreenState::new();

    view! {
        <section class="screen bands-screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Your bands"</h1>
            <When when=Signal::derive(move || has_kit.get()) fallback=move || view! { <FirstUse state /> }>
                <KitEditor state />
            </When>
        </section>
    }
}
