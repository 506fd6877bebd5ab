//! One workout in History: a summary line that opens to its details:
//! each exercise with each side's figures and its note, rated (or rated
//! again) later; Edit for its figures, ratings and notes; Export as FIT
//! file; and Delete, each with Undo where it changes the history.

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::history::session::{Rating, Session, SessionExercise};
use crate::model::time::clock_text;
use crate::model::workout::cut_short_text;
use crate::platform::clock::{local_date, offset_min};
use crate::platform::focus;
use crate::ui::screens::history::fit_export::export_fit;
use crate::ui::screens::history::session_figures::SessionFigures;
use crate::ui::state::history::HistoryData;
use crate::ui::status::StatusMessage;

/// The session as drawn: the stored one with its ratings left out, so
/// that rating an exercise does not draw the details again (the focus
/// would be lost), while an edit or another tab's change does.
fn drawn(session: &Session) -> Session {
    let mut drawn = session.clone();
    for exercise in &mut drawn.exercises {
        exercise.rating = None;
    }
    drawn
}

/// One workout: a summary line that opens to its details.
#[component]
pub fn SessionItem(session: Session) -> impl IntoView {
    let data = HistoryData::get();
    let id = session.id;
    let current = Memo::new(move |_| {
        data.history
            .with(|h| h.sessions.iter().find(|s| s.id == id).map(drawn))
    });
    let editing = RwSignal::new(false);
    // After an edit is saved or cancelled the focus goes back to Edit.
    let back_from_edit = StoredValue::new(false);
    let summary = move || {
        current.get().map(|session| {
            let done = session
                .exercises
                .iter()
                .filter(|e| e.sets_done > 0 || !e.cut_short_s.is_empty())
                .count();
            let meta = format!(
                "{} · {} · {} {}{}",
                local_date(session.started_at),
                clock_text(u64::from(session.active_s)),
                done,
                if done == 1 { "exercise" } else { "exercises" },
                if session.finished {
                    ""
                } else {
                    " · ended early"
                }
            );
            view! {
                <span class="history-name">{session.routine.clone()}</span>
                <span class="history-meta">{meta}</span>
            }
        })
    };
    let rows = move || {
        current.get().map(|session| {
            session
                .exercises
                .iter()
                .cloned()
                .enumerate()
                .filter(|(_, e)| e.sets_done > 0 || !e.cut_short_s.is_empty())
                .map(|(index, e)| view! { <ExerciseRow session=id index exercise=e /> })
                .collect_view()
        })
    };
    let export = move |_| {
        let Some(session) = data
            .history
            .with_untracked(|h| h.sessions.iter().find(|s| s.id == id).cloned())
        else {
            return;
        };
        let offset = offset_min(session.started_at);
        // Taken now: after the await there is no component to ask.
        let status = expect_context::<StatusMessage>();
        leptos::task::spawn_local(async move {
            match export_fit(session, offset).await {
                Some(name) => status.say(format!("Downloading {name}.")),
                None => status
                    .say("The FIT file could not be made: check your connection, then try again."),
            }
        });
    };
    let item_id = format!("session-{id}");
    let li_id = item_id.clone();
    view! {
        <li class="card history-item" id=li_id>
            <details>
                <summary>{summary}</summary>
                {move || {
                    if editing.get() {
                        back_from_edit.set_value(true);
                        view! { <EditSession id editing /> }.into_any()
                    } else {
                        if back_from_edit.get_value() {
                            back_from_edit.set_value(false);
                            let focus_edit = format!("#{item_id} .edit-button");
                            request_animation_frame(move || focus::focus_selector(&focus_edit));
                        }
                        view! {
                            <ul class="history-detail">{rows}</ul>
                            <div class="history-actions">
                                <button type="button" class="button button-quiet edit-button" on:click=move |_| editing.set(true)>
                                    "Edit"
                                </button>
                                <button type="button" class="button button-quiet" on:click=export>
                                    "Export as FIT file"
                                </button>
                                <button type="button" class="button button-quiet" on:click=move |_| data.delete_session(id)>
                                    "Delete this workout"
                                </button>
                            </div>
                        }
                        .into_any()
                    }
                }}
            </details>
        </li>
    }
}

/// The session's figures, ratings and notes as a form; kept with Save
/// changes (with Undo), or left as they were with Cancel.
#[component]
fn EditSession(id: u64, editing: RwSignal<bool>) -> impl IntoView {
    let data = HistoryData::get();
    let Some(session) = data
        .history
        .with_untracked(|h| h.sessions.iter().find(|s| s.id == id).cloned())
    else {
        editing.set(false);
        return ().into_any();
    };
    let draft = RwSignal::new(session);
    let heading = format!("edit-title-{id}");
    request_animation_frame({
        let heading = heading.clone();
        move || focus::focus_selector(&format!("#{heading}"))
    });
    let save = move || {
        if data.put_session(draft.get_untracked()) {
            editing.set(false);
        }
    };
    let labelled_by = heading.clone();
    view! {
        <form class="session-form" aria-labelledby=labelled_by on:submit=move |event| {
            event.prevent_default();
            save();
        }>
            <h3 id=heading tabindex="-1">"Edit this workout"</h3>
            <ul class="figures-list"><SessionFigures draft /></ul>
            <div class="history-actions">
                <button type="submit" class="button button-primary">"Save changes"</button>
                <button type="button" class="button button-quiet" on:click=move |_| editing.set(false)>"Cancel"</button>
            </div>
        </form>
    }
    .into_any()
}

/// What was done of one exercise (each side's figures, the note), and
/// how it felt: three answers that save as soon as one is picked.
#[component]
fn ExerciseRow(session: u64, index: usize, exercise: SessionExercise) -> impl IntoView {
    let data = HistoryData::get();
    let name = catalog::name_of(&exercise.exercise);
    let bands = exercise
        .bands
        .iter()
        .map(|b| b.name.clone())
        .collect::<Vec<_>>()
        .join(" + ");
    let actual = match exercise.sides_words() {
        Some(sides) => format!(" · {sides}"),
        None => exercise
            .actual
            .map(|n| format!(" · did {n} {}", exercise.actual_unit()))
            .unwrap_or_default(),
    };
    let short = cut_short_text(&exercise)
        .map(|text| format!(" · {text}"))
        .unwrap_or_default();
    let line = format!(
        "{} of {} sets, {}{}{}{}",
        exercise.sets_done,
        exercise.dose.sets,
        exercise.dose.summary(),
        if bands.is_empty() {
            String::new()
        } else {
            format!(" · {bands}")
        },
        actual,
        short,
    );
    let note = (!exercise.note.is_empty())
        .then(|| view! { <p class="history-note">"Note: " {exercise.note.clone()}</p> });
    // Read from the history itself, so a rating changed here, in the
    // summary or in another tab always shows as it is stored.
    let rating = move || {
        data.history.with(|h| {
            h.sessions
                .iter()
                .find(|s| s.id == session)
                .and_then(|s| s.exercises.get(index))
                .and_then(|e| e.rating)
        })
    };
    let group = format!("rate-{session}-{index}");
    let rate = {
        let name = name.clone();
        move |choice: Rating| {
            if data.rate_past(session, index, choice) {
                StatusMessage::announce(format!(
                    "Saved: {name} felt {}.",
                    choice.label().to_lowercase()
                ));
            }
        }
    };
    let choices = Rating::ALL
        .into_iter()
        .map(|choice| {
            let rate = rate.clone();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=group.clone()
                        prop:checked=move || rating() == Some(choice)
                        on:change=move |_| rate(choice)
                    />
                    <span>{choice.label()}</span>
                </label>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <li class="history-exercise">
            <p><strong>{name.clone()}</strong>" "<span>{line}</span></p>
            {note}
            <fieldset class="choice-group rating">
                <legend>"How did " {name} " feel?"</legend>
                <div class="choices">{choices}</div>
            </fieldset>
        </li>
    }
}
