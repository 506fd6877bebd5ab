//! The user's band kit. On first use, a ready-made set is picked (or the
//! first band entered by hand); then the bands are listed lightest first and
//! can be reordered, edited, added and removed. Removing a band that routines
//! use asks which band they should use instead, and a removal can be undone.

use std::time::Duration;

use leptos::prelude::*;

use crate::ui::when::When;

use crate::model::band::{Band, BandError, BandId, BandKit, Colour, Preset, PRESETS};
use crate::model::exercise::BandType;
use crate::model::resistance::{pounds_from_entry, pounds_to_entry};
use crate::model::routine_book::RoutineBook;
use crate::model::settings::{Choice, Units};
use crate::platform::focus;
use crate::ui::app::SettingsContext;
use crate::ui::band_label::{BandChip, BandSwatch};
use crate::ui::data::AppData;
use crate::ui::status::StatusMessage;
use crate::ui::undo::Undo;

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
    let settings = expect_context::<SettingsContext>().settings;
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

/// First use: pick a ready-made set, or enter the first band by hand.
#[component]
fn FirstUse(state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let building = move || state.editing.get() == Some(Editing::NewBand);
    let pick = Callback::new(move |preset: &'static Preset| {
        data.set_kit(preset.kit());
        StatusMessage::announce(format!("Saved your bands: {}", preset.name));
        focus_soon("screen-title".into());
    });
    let save_first = Callback::new(move |band: Band| {
        let name = band.name();
        let mut kit = BandKit::default();
        kit.add(band);
        state.settle();
        data.set_kit(kit);
        StatusMessage::announce(format!("Saved {name}. Add your next band when ready"));
        focus_soon("add-band".into());
    });
    let cancel = Callback::new(move |()| {
        state.settle();
        focus_soon("build-own".into());
    });

    view! {
        <p class="lead">
            "Bandwork knows each band by its colour and its place in your kit, lightest to heaviest. "
            "Pick the set closest to yours: you can rename, reorder and add bands afterwards."
        </p>
        <When when=Signal::derive(building) fallback=move || {
                view! {
                    <PresetList pick />
                    <div class="card build-own">
                        <div>
                            <h2 class="build-own-title">"Your set is not here?"</h2>
                            <p class="muted">"Enter your bands one by one, starting with the lightest."</p>
                        </div>
                        <button
                            type="button"
                            id="build-own"
                            class="button button-quiet"
                            on:click=move |_| {
                                state.editing.set(Some(Editing::NewBand));
                                focus_soon("band-new-colour-name".into());
                            }
                        >
                            "Build my own"
                        </button>
                    </div>
                }
            }>
            <div class="card">
                <BandForm
                    prefix="band-new"
                    title="Your lightest band".into()
                    initial=blank_band(BandType::MiniLoop)
                    submit_label="Save band"
                    on_save=save_first
                    on_cancel=cancel
                />
            </div>
        </When>
    }
}

/// The ready-made sets, each with its bands in words.
#[component]
fn PresetList(pick: Callback<&'static Preset>) -> impl IntoView {
    let units = units();
    view! {
        <ul class="preset-list" aria-label="Ready-made band sets">
            {PRESETS
                .iter()
                .map(|preset| {
                    let title_id = format!("preset-{}", preset.id);
                    let bands = preset.kit().bands;
                    view! {
                        <li class="card preset" aria-labelledby=title_id.clone()>
                            <h2 class="preset-name" id=title_id.clone()>{preset.name}</h2>
                            <p class="muted">{preset.description}</p>
                            <ul class="preset-bands" aria-label=format!("Bands in the {}", preset.name.to_ascii_lowercase())>
                                {bands
                                    .into_iter()
                                    .map(|band| {
                                        view! {
                                            <li>
                                                {move || view! { <BandChip band=band.clone() units=units.get() /> }}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <button
                                type="button"
                                class="button button-primary"
                                aria-label=format!("Use these bands: {}", preset.name)
                                on:click=move |_| pick.run(preset)
                            >
                                "Use these bands"
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The kit as a list, lightest first, with the form to add a band.
#[component]
fn KitEditor(state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let ids = Memo::new(move |_| {
        data.kit.with(|kit| {
            kit.iter()
                .flat_map(|kit| kit.bands.iter().map(|band| band.id))
                .collect::<Vec<_>>()
        })
    });
    let adding = move || state.editing.get() == Some(Editing::NewBand);
    let new_band_type = move || {
        data.kit.with_untracked(|kit| {
            kit.as_ref()
                .and_then(|kit| kit.bands.last())
                .map_or(BandType::MiniLoop, |band| band.band_type)
        })
    };
    let save_new = Callback::new(move |band: Band| {
        let name = band.name();
        let added = data.change_kit(|kit| {
            let id = kit.add(band);
            (kit.level(id).unwrap_or(0), kit.bands.len())
        });
        state.settle();
        if let Some((level, count)) = added {
            StatusMessage::announce(format!("Added {name} as level {level} of {count}"));
        }
        focus_soon("add-band".into());
    });
    let cancel_new = Callback::new(move |()| {
        state.settle();
        focus_soon("add-band".into());
    });

    view! {
        <p class="lead">
            "Lightest first. A band's level is its place in this list, so routines follow your own bands whatever their colours."
        </p>
        {move || {
            state
                .refusal
                .get()
                .map(|text| view! { <p class="inline-alert" role="alert">{text}</p> })
        }}
        <ol class="band-list" aria-label="Band kit">
            <For each=move || ids.get() key=|id| *id let:id>
                <BandRow id state />
            </For>
        </ol>
        <When when=Signal::derive(adding) fallback=move || {
                view! {
                    <button
                        type="button"
                        id="add-band"
                        class="button button-primary add-band"
                        on:click=move |_| {
                            state.settle();
                            state.editing.set(Some(Editing::NewBand));
                            focus_soon("band-new-colour-name".into());
                        }
                    >
                        <svg class="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                            <path d="M12 5v14M5 12h14" />
                        </svg>
                        "Add a band"
                    </button>
                }
            }>
            <div class="card">
                <BandForm
                    prefix="band-new"
                    title="Add a band".into()
                    initial=blank_band(new_band_type())
                    submit_label="Add band"
                    hint="New bands go at the heavy end; move them to their place afterwards."
                    on_save=save_new
                    on_cancel=cancel_new
                />
            </div>
        </When>
    }
}

/// One band in the kit: what it is, its level, and what can be done to it.
#[component]
fn BandRow(id: BandId, state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let units = units();
    let band = Memo::new(move |_| {
        data.kit
            .with(|kit| kit.as_ref().and_then(|kit| kit.get(id).cloned()))
    });
    let level = Memo::new(move |_| {
        data.kit
            .with(|kit| kit.as_ref().and_then(|kit| kit.level(id)).unwrap_or(0))
    });
    let count = Memo::new(move |_| {
        data.kit
            .with(|kit| kit.as_ref().map_or(0, |kit| kit.bands.len()))
    });
    let name = move || band.with(|band| band.as_ref().map(Band::name).unwrap_or_default());
    let editing = move || state.editing.get() == Some(Editing::Band(id));
    let removing = move || state.removing.get() == Some(id);

    let shift = move |heavier: bool| {
        state.settle();
        let moved = data
            .change_kit(|kit| kit.shift(id, heavier))
            .unwrap_or(false);
        if !moved {
            return;
        }
        let (level, count) = (level.get_untracked(), count.get_untracked());
        StatusMessage::announce(format!("{} is now level {level} of {count}", name()));
        // Keep focus on the button pressed, or on the other one when the
        // band has reached the end of the list.
        let at_end = if heavier { level == count } else { level == 1 };
        let direction = if heavier != at_end {
            "heavier"
        } else {
            "lighter"
        };
        focus_soon(format!("band-{id}-{direction}"));
    };

    let start_remove = move |_| {
        state.settle();
        let name = name();
        if count.get_untracked() <= 1 {
            state.refusal.set(Some(format!(
                "A kit needs at least one band, so {name} cannot be removed. Add another band first."
            )));
            return;
        }
        let used = data
            .book
            .with_untracked(|book| routines_using(book, id).len());
        if used == 0 {
            remove_band(data, state, id, None);
        } else {
            state.removing.set(Some(id));
            focus_soon(format!("band-{id}-remove-title"));
        }
    };

    let save_edit = Callback::new(move |edited: Band| {
        let name = edited.name();
        data.change_kit(|kit| {
            if let Some(band) = kit.bands.iter_mut().find(|band| band.id == id) {
                *band = Band { id, ..edited };
            }
        });
        state.settle();
        StatusMessage::announce(format!("Saved {name}"));
        focus_soon(format!("band-{id}-edit"));
    });
    let cancel_edit = Callback::new(move |()| {
        state.settle();
        focus_soon(format!("band-{id}-edit"));
    });

    view! {
        <li class="band-row" class:is-open=move || editing() || removing()>
            <When when=Signal::derive(editing) fallback=move || {
                    view! {
                        <div class="band-row-main">
                            {move || band.get().map(|band| view! { <BandSwatch colour=band.colour /> })}
                            <div class="band-row-text">
                                <p class="band-row-name">
                                    {move || band.with(|band| band.as_ref().map(|band| band.describe(units.get())))}
                                </p>
                                <p class="band-row-meta">
                                    <span class="level-tag">
                                        {move || format!("Level {} of {}", level.get(), count.get())}
                                    </span>
                                    <span>{move || band.with(|band| band.as_ref().map(|band| band.band_type.label()))}</span>
                                </p>
                            </div>
                        </div>
                        <div class="band-row-actions">
                            <button
                                type="button"
                                id=format!("band-{id}-lighter")
                                class="kit-move"
                                aria-label=move || format!("Move {} lighter", name())
                                title="Move lighter"
                                disabled=move || { level.get() <= 1 }
                                on:click=move |_| shift(false)
                            >
                                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                    <path d="M6 15l6-6 6 6" />
                                </svg>
                            </button>
                            <button
                                type="button"
                                id=format!("band-{id}-heavier")
                                class="kit-move"
                                aria-label=move || format!("Move {} heavier", name())
                                title="Move heavier"
                                disabled=move || { level.get() >= count.get() }
                                on:click=move |_| shift(true)
                            >
                                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                    <path d="M6 9l6 6 6-6" />
                                </svg>
                            </button>
                            <button
                                type="button"
                                id=format!("band-{id}-edit")
                                class="button button-quiet button-small push-end"
                                aria-label=move || format!("Edit {}", name())
                                on:click=move |_| {
                                    state.settle();
                                    state.editing.set(Some(Editing::Band(id)));
                                    focus_soon(format!("band-{id}-colour-name"));
                                }
                            >
                                "Edit"
                            </button>
                            <button
                                type="button"
                                id=format!("band-{id}-remove")
                                class="button button-quiet button-small button-danger"
                                aria-label=move || format!("Remove {}", name())
                                on:click=start_remove
                            >
                                "Remove"
                            </button>
                        </div>
                    }
                }>
                <BandForm
                    prefix=format!("band-{id}")
                    title=format!("Edit {}", name())
                    initial=band.get_untracked().unwrap_or_else(|| blank_band(BandType::MiniLoop))
                    submit_label="Save changes"
                    on_save=save_edit
                    on_cancel=cancel_edit
                />
            </When>
            <When when=Signal::derive(removing)>
                <RemoveDialog id state />
            </When>
        </li>
    }
}

/// Removes a band from the kit, first moving every routine that uses it to
/// `replacement` (when given), and offers Undo.
fn remove_band(data: AppData, state: ScreenState, id: BandId, replacement: Option<Option<BandId>>) {
    let replacement_name = replacement.flatten().and_then(|new| {
        data.kit
            .with_untracked(|kit| kit.as_ref().and_then(|kit| kit.get(new)).map(Band::name))
    });
    let repointed = match replacement {
        Some(new) => data.change_book(|book| {
            book.routines
                .iter_mut()
                .map(|saved| saved.routine.replace_band(id, new))
                .filter(|&changed| changed > 0)
                .count()
        }),
        None => 0,
    };
    state.settle();
    let Some((at, band)) = data.change_kit(|kit| kit.remove(id)).flatten() else {
        return;
    };
    let mut message = format!("Removed {}", band.name());
    if repointed > 0 {
        let now_uses = replacement_name.unwrap_or_else(|| "no band".into());
        let verb = if repointed == 1 {
            "now uses"
        } else {
            "now use"
        };
        message.push_str(&format!(
            "; {} {verb} {now_uses}",
            routines_count(repointed)
        ));
    }
    // Focus moves to the band that took its place, else the one before.
    let next = data.kit.with_untracked(|kit| {
        kit.as_ref()
            .and_then(|kit| kit.bands.get(at).or(kit.bands.last()))
            .map(|band| band.id)
    });
    if let Some(next) = next {
        focus_soon(format!("band-{next}-remove"));
    }
    // Undo puts the band back in its place in the kit, but cannot move the
    // routines back to it: they were moved on purpose, and may have been
    // edited since.
    Undo::get().offer(message, move || {
        let name = band.name();
        data.change_kit(|kit| {
            if kit.get(id).is_none() {
                kit.restore(at, band);
            }
        });
        StatusMessage::announce(format!("Put back {name}"));
        focus_soon(format!("band-{id}-remove"));
    });
}

/// Asks which band the routines using a band should use once it is gone.
#[component]
fn RemoveDialog(id: BandId, state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let units = units();
    let (band, others, suggested) = data.kit.with_untracked(|kit| {
        let kit = kit.clone().unwrap_or_default();
        let band = kit.get(id).cloned();
        // The nearest band: the next heavier one, else the next lighter one.
        let suggested = kit.next_heavier(id).map(|band| band.id).or_else(|| {
            let at = kit.level(id)?;
            at.checked_sub(2)
                .and_then(|i| kit.bands.get(i))
                .map(|band| band.id)
        });
        let others: Vec<Band> = kit.bands.into_iter().filter(|band| band.id != id).collect();
        (band, others, suggested)
    });
    let name = band.as_ref().map(Band::name).unwrap_or_default();
    let users = data.book.with_untracked(|book| routines_using(book, id));
    let choice = RwSignal::new(suggested);
    let title_id = format!("band-{id}-remove-title");
    let text_id = format!("band-{id}-remove-text");
    let group = format!("band-{id}-replacement");

    let cancel = move || {
        state.removing.set(None);
        focus_soon(format!("band-{id}-remove"));
    };
    let used_in = format!(
        "{} {} it: {}.",
        routines_count(users.len()),
        if users.len() == 1 { "uses" } else { "use" },
        users.join(", ")
    );

    view! {
        <div
            class="remove-dialog"
            role="alertdialog"
            aria-labelledby=title_id.clone()
            aria-describedby=text_id.clone()
            on:keydown=move |event| {
                if event.key() == "Escape" {
                    cancel();
                }
            }
        >
            <h2 class="dialog-title" id=title_id.clone() tabindex="-1">"Remove " {name.clone()} "?"</h2>
            <p id=text_id.clone()>{used_in} " Choose the band to use instead."</p>
            <fieldset class="choice-group">
                <legend class="visually-hidden">"Use instead of " {name}</legend>
                <div class="replacement-choices">
                    {others
                        .into_iter()
                        .map(|other| {
                            let other_id = other.id;
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=group.clone()
                                        prop:checked=move || choice.get() == Some(other_id)
                                        on:change=move |_| choice.set(Some(other_id))
                                    />
                                    {move || view! { <BandChip band=other.clone() units=units.get() /> }}
                                </label>
                            }
                        })
                        .collect_view()}
                    <label class="choice">
                        <input
                            type="radio"
                            name=group.clone()
                            prop:checked=move || choice.get().is_none()
                            on:change=move |_| choice.set(None)
                        />
                        <span class="band-chip">
                            <span class="band-swatch band-swatch-none" aria-hidden="true"></span>
                            <span>"No band"</span>
                        </span>
                    </label>
                </div>
            </fieldset>
            <div class="dialog-actions">
                <button
                    type="button"
                    class="button button-danger-solid"
                    on:click=move |_| remove_band(data, state, id, Some(choice.get_untracked()))
                >
                    "Confirm"
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| cancel()>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}

/// A field of the band form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    ColourName,
    Swatch,
    Label,
    Lower,
    Higher,
}

impl Field {
    const ALL: [Field; 5] = [
        Field::ColourName,
        Field::Swatch,
        Field::Label,
        Field::Lower,
        Field::Higher,
    ];

    fn slug(self) -> &'static str {
        match self {
            Field::ColourName => "colour-name",
            Field::Swatch => "swatch",
            Field::Label => "label",
            Field::Lower => "lower",
            Field::Higher => "higher",
        }
    }
}

/// The band as entered, and what is wrong with it, field by field.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Checked {
    band: Band,
    errors: Vec<(Field, &'static str)>,
}

/// What the user typed into the band form.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entered {
    colour_name: String,
    swatch: String,
    label: String,
    lower: String,
    higher: String,
    band_type: BandType,
}

impl Entered {
    /// The form's starting text for a band, ratings in the user's units.
    fn from_band(band: &Band, units: Units) -> Self {
        let rating = |pick: fn((u16, u16)) -> u16| {
            band.pounds
                .map(|pounds| pounds_to_entry(pick(pounds), units))
                .unwrap_or_default()
        };
        Self {
            colour_name: band.colour.name.clone(),
            swatch: band.colour.swatch.clone(),
            label: band.label.clone(),
            lower: rating(|(min, _)| min),
            higher: rating(|(_, max)| max),
            band_type: band.band_type,
        }
    }

    /// Checks the entry. A rating left as it was keeps its stored pounds,
    /// so that opening and saving a band in kilograms never changes it.
    fn check(&self, initial: &Band, initial_entry: &Entered, units: Units) -> Checked {
        let mut errors = Vec::new();
        let pounds = if (&self.lower, &self.higher) == (&initial_entry.lower, &initial_entry.higher)
        {
            initial.pounds
        } else {
            let lower = pounds_from_entry(&self.lower, units);
            let higher = pounds_from_entry(&self.higher, units);
            for (field, entry) in [(Field::Lower, lower), (Field::Higher, higher)] {
                if let Err(error) = entry {
                    errors.push((field, error.message()));
                }
            }
            const BOTH: &str = "Fill in both figures, or leave both empty.";
            match (lower, higher) {
                (Ok(Some(min)), Ok(Some(max))) => Some((min, max)),
                (Ok(Some(_)), Ok(None)) => {
                    errors.push((Field::Higher, BOTH));
                    None
                }
                (Ok(None), Ok(Some(_))) => {
                    errors.push((Field::Lower, BOTH));
                    None
                }
                _ => None,
            }
        };
        let band = Band {
            id: initial.id,
            colour: Colour {
                name: self.colour_name.trim().to_owned(),
                swatch: self.swatch.to_ascii_lowercase(),
            },
            label: self.label.trim().to_owned(),
            band_type: self.band_type,
            pounds,
        };
        for error in band.errors() {
            let field = match error {
                BandError::NoColourName => Field::ColourName,
                BandError::BadSwatch => Field::Swatch,
                BandError::NoLabel => Field::Label,
                BandError::PoundsReversed => Field::Higher,
            };
            errors.push((field, error.message()));
        }
        // In the order the fields appear on the form.
        let errors = Field::ALL
            .iter()
            .flat_map(|field| errors.iter().filter(move |(f, _)| f == field).copied())
            .collect();
        Checked { band, errors }
    }
}

/// Adds or edits one band. Errors show beside their fields once Save has
/// been pressed, and nothing is saved until every field is right.
#[component]
fn BandForm(
    /// Starts every field id, so the form's ids are unique on the page.
    #[prop(into)]
    prefix: String,
    title: String,
    initial: Band,
    submit_label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    on_save: Callback<Band>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let units = units().get_untracked();
    let initial_entry = Entered::from_band(&initial, units);
    let entered = RwSignal::new(initial_entry.clone());
    let tried = RwSignal::new(false);
    // A new band's swatch follows its colour name (Red gives red) until the
    // user picks a swatch themselves.
    let swatch_picked = RwSignal::new(!initial.colour.name.is_empty());
    let checked = Memo::new(move |_| entered.with(|e| e.check(&initial, &initial_entry, units)));
    let field_id = {
        let prefix = prefix.clone();
        move |field: Field| format!("{prefix}-{}", field.slug())
    };
    let error_of = move |field: Field| {
        Signal::derive(move || {
            if !tried.get() {
                return None;
            }
            checked.with(|c| c.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| *m))
        })
    };
    let title_id = format!("{prefix}-title");
    let type_id = format!("{prefix}-type");
    let rating_hint_id = format!("{prefix}-rating-hint");
    let unit = units.code();
    let rating_hint = match units {
        Units::Lb => "Optional: the range printed on the band, in pounds.",
        Units::Kg => "Optional: the range printed on the band. Bands are rated in pounds, so kilograms are kept as the nearest pound.",
    };

    let submit = {
        let field_id = field_id.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            tried.set(true);
            let result = checked.get_untracked();
            match result.errors.first() {
                Some((field, _)) => focus_soon(field_id(*field)),
                None => on_save.run(result.band),
            }
        }
    };

    // One text field with its label, optional hint and error.
    let text_field = {
        let field_id = field_id.clone();
        move |field: Field,
              label: String,
              placeholder: &'static str,
              hint: Option<&'static str>,
              read: fn(&Entered) -> String,
              write: fn(&mut Entered, String)| {
            let id = field_id(field);
            let error = error_of(field);
            let error_id = format!("{id}-error");
            let hint_id = format!("{id}-hint");
            let described_by = {
                let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
                move || {
                    let mut ids = Vec::new();
                    if hint.is_some() {
                        ids.push(hint_id.clone());
                    }
                    if error.get().is_some() {
                        ids.push(error_id.clone());
                    }
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
            };
            view! {
                <div class="kit-field">
                    <label for=id.clone()>{label}</label>
                    <input
                        type="text"
                        id=id
                        autocomplete="off"
                        placeholder=placeholder
                        inputmode=if matches!(field, Field::Lower | Field::Higher) { Some("decimal") } else { None }
                        aria-invalid=move || error.get().map(|_| "true")
                        aria-describedby=described_by
                        prop:value=move || entered.with(read)
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            if field == Field::ColourName && !swatch_picked.get_untracked() {
                                if let Some(swatch) = known_swatch(&value) {
                                    entered.update(|e| e.swatch = swatch);
                                }
                            }
                            entered.update(|e| write(e, value));
                        }
                    />
                    {hint.map(|hint| view! { <p class="kit-hint" id=hint_id>{hint}</p> })}
                    // The rating's errors go below both of its fields.
                    {(!matches!(field, Field::Lower | Field::Higher))
                        .then(|| view! { <FieldError id=error_id error /> })}
                </div>
            }
        }
    };

    let swatch_id = field_id(Field::Swatch);
    let swatch_error = error_of(Field::Swatch);
    let swatch_error_id = format!("{swatch_id}-error");

    view! {
        <form class="band-form" novalidate aria-labelledby=title_id.clone() on:submit=submit>
            <h2 class="form-title" id=title_id.clone()>{title}</h2>
            {hint.map(|hint| view! { <p class="muted form-hint">{hint}</p> })}
            <div class="kit-field-row colour-row">
                {text_field(
                    Field::ColourName,
                    "Colour name".into(),
                    "e.g. Red",
                    None,
                    |e| e.colour_name.clone(),
                    |e, v| e.colour_name = v,
                )}
                <div class="kit-field kit-field-swatch">
                    <label for=swatch_id.clone()>"Swatch"</label>
                    <input
                        type="color"
                        id=swatch_id.clone()
                        aria-invalid=move || swatch_error.get().map(|_| "true")
                        aria-describedby={
                            let swatch_error_id = swatch_error_id.clone();
                            move || swatch_error.get().map(|_| swatch_error_id.clone())
                        }
                        prop:value=move || entered.with(|e| e.swatch.clone())
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            swatch_picked.set(true);
                            entered.update(|e| e.swatch = value);
                        }
                    />
                </div>
            </div>
            <FieldError id=swatch_error_id error=swatch_error />
            {text_field(
                Field::Label,
                "Level name".into(),
                "e.g. heavy",
                Some("The maker's word for its strength, such as light or heavy."),
                |e| e.label.clone(),
                |e, v| e.label = v,
            )}
            <fieldset class="rating" aria-describedby=rating_hint_id.clone()>
                <legend>"Rating"</legend>
                <p class="kit-hint" id=rating_hint_id.clone()>{rating_hint}</p>
                <div class="kit-field-row rating-row">
                    {text_field(
                        Field::Lower,
                        format!("From ({unit})"),
                        "",
                        None,
                        |e| e.lower.clone(),
                        |e, v| e.lower = v,
                    )}
                    <span class="rating-dash" aria-hidden="true">"–"</span>
                    {text_field(
                        Field::Higher,
                        format!("To ({unit})"),
                        "",
                        None,
                        |e| e.higher.clone(),
                        |e, v| e.higher = v,
                    )}
                </div>
                <FieldError id=format!("{}-error", field_id(Field::Lower)) error=error_of(Field::Lower) />
                <FieldError id=format!("{}-error", field_id(Field::Higher)) error=error_of(Field::Higher) />
            </fieldset>
            <div class="kit-field">
                <label for=type_id.clone()>"Band type"</label>
                <select
                    id=type_id
                    class="select-input"
                    on:change=move |event| {
                        let picked = event_target_value(&event).parse::<usize>().ok();
                        if let Some(&band_type) = picked.and_then(|i| BandType::ALL.get(i)) {
                            entered.update(|e| e.band_type = band_type);
                        }
                    }
                >
                    {BandType::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, &band_type)| {
                            view! {
                                <option value=i.to_string() selected=entered.with_untracked(|e| e.band_type == band_type)>
                                    {band_type.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="form-actions">
                <button type="submit" class="button button-primary">{submit_label}</button>
                <button type="button" class="button button-quiet" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

/// A field's error, read out as soon as it appears.
#[component]
fn FieldError(id: String, error: Signal<Option<&'static str>>) -> impl IntoView {
    move || {
        error
            .get()
            .map(|message| view! { <p class="kit-error" id=id.clone() role="alert">{message}</p> })
    }
}
