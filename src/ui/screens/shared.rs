//! A routine someone shared as a link (`#/r/<payload>`): a preview with
//! the bands matched to my own kit, and Save to my routines. Nothing is
//! saved before that button, and a bad link only explains itself. A
//! routine saved here already is not saved twice unasked: Save says so,
//! with Open it and Save a copy (`shared_saved.rs`). A calendar's link to
//! the runner's own routine (`model::share::mark`) opens that routine
//! instead, ready to start, when this phone has it.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::catalog::own::OwnExercise;
use crate::model::kit::band::BandKit;
use crate::model::kit::resistance::Units;
use crate::model::route::{Location, Route};
use crate::model::routine::estimate::describe;
use crate::model::routine::own_merge::{follow_ids, take_in};
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::Routine;
use crate::model::share::{self, already_saved, mark, SharedRoutine};
use crate::platform::location;
use crate::ui::band_label::BandChip;
use crate::ui::screens::shared_saved::AlreadySaved;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::own::OwnData;
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;

#[component]
pub fn SharedRoutineScreen(payload: String) -> impl IntoView {
    let data = AppData::get();
    let kit = data.kit.get_untracked().unwrap_or_default();
    let marked = mark::read(&payload);
    match share::decode(marked.payload) {
        Err(problem) => view! {
            <section class="screen" aria-labelledby="screen-title">
                <h1 id="screen-title" tabindex="-1">"This link can't be opened"</h1>
                <p class="notice" role="alert">{problem.to_string()}</p>
                <p class="lead">"Nothing was saved, and your routines are as they were."</p>
                <a class="button button-quiet" href=Route::Routines.href()>"Your routines"</a>
            </section>
        }
        .into_any(),
        Ok(shared) => {
            let mine = marked.mine.and_then(|mark| saved_mine(&shared, mark));
            match mine {
                Some(id) => view! { <OpenMine id name=shared.name /> }.into_any(),
                None => preview(shared, kit),
            }
        }
    }
}

/// The preview of `shared`, with its bands in `kit`, or the sender's for
/// a recipient with none.
fn preview(shared: SharedRoutine, kit: BandKit) -> AnyView {
    if !kit.bands.is_empty() {
        let routine = shared.to_routine(&kit);
        return view! { <Preview routine kit senders=None shared /> }.into_any();
    }
    // No bands of my own: show the sender's, and offer to take them.
    let (kit, routine) = shared.with_senders_kit();
    let senders = (!kit.bands.is_empty()).then(|| SendersBands {
        kit: kit.clone(),
        without: shared.to_routine(&BandKit::default()),
    });
    view! { <Preview routine kit senders shared /> }.into_any()
}

/// The saved routine a link marked as the runner's own is to, on this
/// phone (see [`already_saved::mine`]).
fn saved_mine(shared: &SharedRoutine, mark: mark::Mine) -> Option<RoutineId> {
    let data = AppData::get();
    let own = OwnData::get();
    own.exercises.with_untracked(|own| {
        data.book
            .with_untracked(|book| already_saved::mine(shared, mark, book, own))
    })
}

/// The first saved routine that is the one `shared` carries.
fn saved_already(shared: &SharedRoutine) -> Option<(RoutineId, String)> {
    let data = AppData::get();
    let own = OwnData::get();
    own.exercises.with_untracked(|own| {
        data.book.with_untracked(|book| {
            let id = already_saved::already_saved(shared, book, own)?;
            Some((id, book.get(id)?.name.clone()))
        })
    })
}

/// A calendar's link to a routine saved here: straight on to it, ready to
/// start, in place of the link in the browser's history (so Back goes
/// where the runner was, not to the link again).
#[component]
fn OpenMine(id: RoutineId, name: String) -> impl IntoView {
    // After this render: the handle now, as the task runs outside it.
    let status = expect_context::<StatusMessage>();
    queue_microtask(move || {
        status.say(format!("Your routine {name}, ready to start."));
        location::replace(&Location::routine_href(id));
    });
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Opening your routine"</h1>
        </section>
    }
}

/// For a recipient with no bands: the sender's bands as a kit, and the
/// routine without any bands, saved if they turn the kit down.
#[derive(Clone)]
struct SendersBands {
    kit: BandKit,
    without: Routine,
}

#[component]
fn Preview(
    routine: Routine,
    kit: BandKit,
    senders: Option<SendersBands>,
    /// The routine as the link carries it.
    shared: SharedRoutine,
) -> impl IntoView {
    // The sender's own exercises the routine uses.
    let theirs: Vec<OwnExercise> = shared.exercises.clone();
    let data = AppData::get();
    let own = OwnData::get();
    let units = SettingsContext::get().settings.with_untracked(|s| s.units);
    let summary = describe(&routine);
    let name = routine.name.clone();
    let items = routine
        .entries
        .iter()
        .map(|entry| {
            let sent = theirs.iter().find(|e| e.id == entry.exercise);
            let title = match (sent, catalog::by_id(&entry.exercise)) {
                (Some(exercise), _) => exercise.name.clone(),
                (None, Some(_)) => catalog::name_of(&entry.exercise),
                (None, None) => format!(
                    "{} (not in this app's library)",
                    catalog::name_of(&entry.exercise)
                ),
            };
            let sent = sent.map(|exercise| {
                format!(
                    "The sender's own exercise, added to your library when you save. {}.",
                    exercise.placement.label()
                )
            });
            let in_circuit = entry
                .circuit
                .and_then(|id| routine.circuit(id))
                .map(|c| format!("In a circuit of {} rounds", c.rounds));
            let bands = [entry.bands.main, entry.bands.stacked]
                .into_iter()
                .flatten()
                .filter_map(|id| kit.get(id).cloned())
                .map(|band| view! { <BandChip band units /> }.into_any())
                .collect::<Vec<_>>();
            let bands = if bands.is_empty() {
                view! { <span class="band-chip">"No band"</span> }.into_any()
            } else {
                bands.into_iter().collect_view().into_any()
            };
            view! {
                <li class="card shared-item">
                    <p class="shared-item-name">{title}</p>
                    {sent.map(|text| view! { <p class="hint">{text}</p> })}
                    <p class="shared-item-dose">{entry.dose.summary()}</p>
                    {in_circuit.map(|text| view! { <p class="hint">{text}</p> })}
                    <p class="shared-item-bands">{bands}</p>
                </li>
            }
            .into_any()
        })
        .collect_view();
    let take_bands = RwSignal::new(true);
    let offer = senders.clone().map(|senders| {
        view! { <SendersOffer kit=senders.kit take_bands units /> }
    });
    let has_offer = senders.is_some();
    let routine = StoredValue::new(routine);
    let senders = StoredValue::new(senders);
    let theirs = StoredValue::new(theirs);
    let shared = StoredValue::new(shared);
    // The routine saved here already, once Save found it.
    let existing = RwSignal::new(None::<(RoutineId, String)>);
    let save_now = move || {
        let (mut to_save, kit_too) = match senders.get_value() {
            Some(senders) if take_bands.get_untracked() => (routine.get_value(), Some(senders.kit)),
            Some(senders) => (senders.without, None),
            None => (routine.get_value(), None),
        };
        // Their own exercises join my library (an identical one is reused).
        let ids = theirs.with_value(|theirs| {
            (!theirs.is_empty())
                .then(|| own.change(|mine| take_in(mine, theirs, catalog::built_in_name)))
        });
        if let Some(ids) = ids {
            follow_ids(&mut to_save, &ids);
        }
        let no_bands = kit_too.is_none() && has_offer;
        if let Some(kit) = kit_too {
            data.set_kit(kit);
        }
        let id = data.change_book(|book| book.add(to_save));
        let saved = data
            .book
            .with_untracked(|b| b.get(id).map(|r| r.name.clone()));
        let name = saved.unwrap_or_default();
        StatusMessage::announce(if !data.saves_routines() {
            format!("Added {name} for now, but not saved: your saved routines could not be read.")
        } else if no_bands {
            format!("Saved {name} to your routines. It shows no band until you set up your bands.")
        } else {
            format!("Saved {name} to your routines.")
        });
        location::go(&Location::routine_href(id));
    };
    let save = move |_| match shared.with_value(saved_already) {
        Some(found) => existing.set(Some(found)),
        None => save_now(),
    };
    let actions = move || {
        let Some((id, name)) = existing.get() else {
            return view! {
                <div class="shared-actions">
                    <button type="button" class="button button-primary" on:click=save>
                        "Save to my routines"
                    </button>
                    <a class="button button-quiet" href=Route::Routines.href()>"Not now"</a>
                </div>
            }
            .into_any();
        };
        let on_copy = Callback::new(move |()| save_now());
        view! { <AlreadySaved id name on_copy /> }.into_any()
    };
    view! {
        <section class="screen shared" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Shared routine"</h1>
            <p class="shared-name">{name}</p>
            <p class="routine-summary">{summary}</p>
            {if has_offer {
                offer.into_any()
            } else {
                view! {
                    <p class="hint">
                        "Bands are matched to your kit by level: the sender's second-lightest band becomes your second-lightest."
                    </p>
                }
                .into_any()
            }}
            <ul class="shared-list" aria-label="Exercises in the shared routine">{items}</ul>
            {actions}
        </section>
    }
}

/// The sender's bands, for a recipient with none: shown by colour and
/// level, with a choice to take them into the kit when saving.
#[component]
fn SendersOffer(kit: BandKit, take_bands: RwSignal<bool>, units: Units) -> impl IntoView {
    let count = kit.bands.len();
    let chips = kit
        .bands
        .into_iter()
        .map(|band| view! { <li><BandChip band units /></li> })
        .collect_view();
    view! {
        <div class="card callout senders-bands">
            <p>
                <strong>"You have no bands set up yet. "</strong>
                "The sender used these, by colour and by level in their kit (1 is their lightest):"
            </p>
            <ul class="band-chips" aria-label="The sender's bands">{chips}</ul>
            <label class="senders-bands-take">
                <input
                    type="checkbox"
                    prop:checked=move || take_bands.get()
                    on:change=move |event| take_bands.set(event_target_checked(&event))
                />
                {if count == 1 {
                    "Add this band to my kit when I save".to_owned()
                } else {
                    format!("Add these {count} bands to my kit when I save")
                }}
            </label>
            <p class="hint">
                {move || if take_bands.get() {
                    "You can rename them, or change them for your own, in Your bands."
                } else {
                    "Without bands, each exercise will show “No band”."
                }}
                " "
                <a href=Route::Bands.href()>"Set up my own bands first"</a>
            </p>
        </div>
    }
}
