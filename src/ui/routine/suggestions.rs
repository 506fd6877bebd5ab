//! "Time to step up" on the routine: for each exercise, what the articles'
//! rules suggest after the last workout of this routine (more reps or
//! seconds, a set or a round, or the next band), in words, applied only
//! with a tap, one at a time or all at once, with Undo. [`StepUpList`] is
//! the list itself, shared with the workout summary's offer
//! (`ui::step_up_offer`).

use leptos::prelude::*;

use crate::model::history::step_ups::{self, StepUp};
use crate::model::routine::routine_book::RoutineId;
use crate::platform::focus;
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::status::StatusMessage;
use crate::ui::undo::Undo;

/// The routine editor's card of suggestions, after the routine's last
/// workout.
#[component]
pub fn Suggestions(routine: RoutineId) -> impl IntoView {
    let data = AppData::get();
    let workouts = HistoryData::get();
    let suggestions = Memo::new(move |_| {
        let kit = data.kit.with(|k| k.clone().unwrap_or_default());
        data.book.with(|book| {
            let Some(routine) = book.get(routine) else {
                return Vec::new();
            };
            workouts
                .history
                .with(|history| step_ups::suggest_for(routine, history, &kit))
        })
    });
    view! {
        <StepUpList
            routine
            ups=suggestions
            title="Time to step up"
            title_id="suggestions-title"
            done_text="Applied. New suggestions come after your next workout of this routine."
        />
    }
}

/// Applies `ups` to `routine` and says what changed, with an Undo that
/// puts the routine back as it was (unless it was edited again since).
fn apply_ups(routine: RoutineId, ups: &[StepUp]) {
    let data = AppData::get();
    let status = expect_context::<StatusMessage>();
    let before = data.book.with_untracked(|book| book.get(routine).cloned());
    let Some((applied, after)) = data.change_routine(routine, |r| {
        let applied = step_ups::apply_all(r, ups);
        (applied, r.clone())
    }) else {
        status.say("That routine is no longer saved, so nothing changed.");
        return;
    };
    let text = step_ups::applied_words(&applied);
    match before {
        Some(before) if !applied.is_empty() => Undo::get().offer(text, move || {
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
        }),
        _ => status.say(text),
    }
}

/// Step-ups for `routine`, each with its own Apply, and "Apply all N" when
/// there are two or more. The card stays after the last is applied, saying
/// `done_text`, so the focus (moved to its heading) has somewhere to be.
///
/// - `routine`: the saved routine the step-ups change;
/// - `ups`: the step-ups, as they stand (they go as they are applied);
/// - `title`, `title_id`: the card's heading and its element id (unique on
///   the page).
#[component]
pub fn StepUpList(
    routine: RoutineId,
    #[prop(into)] ups: Signal<Vec<StepUp>>,
    title: &'static str,
    title_id: &'static str,
    done_text: &'static str,
) -> impl IntoView {
    let applied = RwSignal::new(false);
    let apply = move |list: Vec<StepUp>| {
        apply_ups(routine, &list);
        applied.set(true);
        let heading = format!("#{title_id}");
        request_animation_frame(move || focus::focus_selector(&heading));
    };
    move || {
        let list = ups.get();
        if list.is_empty() && !applied.get() {
            return None;
        }
        let count = list.len();
        let all = list.clone();
        let apply_all = (count >= 2).then(|| {
            view! {
                <button type="button" class="button button-primary" on:click=move |_| apply(all.clone())>
                    {format!("Apply all {count}")}
                </button>
            }
        });
        let items = list
            .into_iter()
            .map(|suggestion| {
                let text = suggestion.text.clone();
                let label = format!("Apply the step for {}", suggestion.exercise);
                view! {
                    <li class="suggestion">
                        <p>{text}</p>
                        <button type="button" class="button button-quiet" aria-label=label on:click=move |_| apply(vec![suggestion.clone()])>
                            "Apply"
                        </button>
                    </li>
                }
                .into_any()
            })
            .collect_view();
        Some(view! {
            <section class="card suggestions" aria-labelledby=title_id>
                <div class="step-up-head">
                    <h2 id=title_id tabindex="-1">{title}</h2>
                    {apply_all}
                </div>
                {if count == 0 {
                    view! { <p class="hint">{done_text}</p> }.into_any()
                } else {
                    view! { <ul aria-label="Suggestions">{items}</ul> }.into_any()
                }}
            </section>
        })
    }
}
