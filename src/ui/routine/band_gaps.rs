//! The routine editor's warning for moves no band in the kit suits: each
//! named with the band it needs, and a "Swap for <move>" button putting in
//! a catalog move of the same job that the kit's bands can do
//! (`model::routine::swap`), with Undo; or, when nothing like it suits, a
//! link to add a band.

use leptos::prelude::*;

use crate::model::catalog::exercise::Exercise;
use crate::model::kit::band_match;
use crate::model::route::Route;
use crate::model::routine::routine_book::RoutineId;
use crate::model::routine::swap::{self, Gap};
use crate::model::routine::EntryId;
use crate::platform::focus;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::status::StatusMessage;
use crate::ui::undo::Undo;

/// Puts `to` in place of the entry, says so with an Undo, and moves the
/// focus to the entry's Edit button (its row stays, with the new move).
fn swap_in(routine: RoutineId, entry: EntryId, from: &'static Exercise, to: &'static Exercise) {
    let data = AppData::get();
    let status = expect_context::<StatusMessage>();
    let kit = data.kit.get_untracked().unwrap_or_default();
    let before = data.book.with_untracked(|book| book.get(routine).cloned());
    let after = data.change_routine(routine, |r| {
        swap::swap_entry(r, entry, to, &kit).then(|| r.clone())
    });
    let (Some(before), Some(Some(after))) = (before, after) else {
        status.say("That move is no longer in the routine, so nothing changed.");
        return;
    };
    Undo::get().offer(
        format!("Swapped {} for {}.", from.name, to.name),
        move || {
            let undone = data.change_routine(routine, |r| {
                let unchanged = *r == after;
                if unchanged {
                    *r = before;
                }
                unchanged
            });
            status.say(if undone == Some(true) {
                "Undone: the routine is as it was."
            } else {
                "The routine was changed again since, so it was left as it is."
            });
        },
    );
    request_animation_frame(move || focus::focus_selector(&format!("[data-edit='{entry}']")));
}

/// Nothing when every move has a band that suits (or the runner has no
/// bands yet); otherwise the moves that have none, each with a way on.
#[component]
pub fn BandGaps(routine: RoutineId) -> impl IntoView {
    let data = AppData::get();
    let gaps = Memo::new(move |_| {
        data.kit.with(|kit| {
            let Some(kit) = kit else {
                return Vec::new();
            };
            data.book
                .with(|book| book.get(routine).map(|r| swap::gaps(r, kit)))
                .unwrap_or_default()
        })
    });
    move || {
        let list = gaps.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|gap| view! { <GapItem routine gap /> })
                .collect_view();
            view! {
                <section class="card band-gaps" aria-labelledby="band-gaps-title">
                    <h2 id="band-gaps-title">"No band for these moves"</h2>
                    <ul aria-label="Moves without a band">{items}</ul>
                </section>
            }
        })
    }
}

#[component]
fn GapItem(routine: RoutineId, gap: Gap) -> impl IntoView {
    let from = gap.exercise;
    let text = format!(
        "{}: {}.",
        from.name,
        band_match::missing_text(from.band_type)
    );
    let action = match gap.swap {
        Some(to) => view! {
            <button
                type="button"
                class="button button-quiet"
                on:click=move |_| swap_in(routine, gap.entry, from, to)
            >
                {format!("Swap for {}", to.name)}
            </button>
        }
        .into_any(),
        None => view! {
            <span>
                "Nothing like it suits your bands: do it without one, or "
                <a href=Route::Bands.href()>"add a band"</a>
                "."
            </span>
        }
        .into_any(),
    };
    view! {
        <li class="band-gap">
            <p>{text}</p>
            {action}
        </li>
    }
}
