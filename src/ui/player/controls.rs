//! The player's buttons, big enough for a sweaty thumb, and its keys:
//! Space pauses or resumes, the arrows skip forward or back, Enter is Done.
//! Skip, Previous and Done work paused too (the workout stays paused).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::routine::timeline::Timeline;
use crate::model::workout::playback::{Action, State};
use crate::platform::{focus, sound, speech};
use crate::ui::state::workout::WorkoutData;
use crate::ui::when::When;

use super::end_dialog::EndDialog;

#[component]
pub fn Controls(timeline: StoredValue<Timeline>, state: Memo<Option<State>>) -> impl IntoView {
    let data = WorkoutData::get();
    let ending = RwSignal::new(false);
    // Whether the workout ran when the end dialog opened: Keep going
    // resumes it only then.
    let was_running = StoredValue::new(false);
    let segment = Memo::new(move |_| {
        state
            .get()
            .map(|s| timeline.with_value(|t| t.segments[s.index]))
    });
    let paused = Memo::new(move |_| state.get().is_some_and(|s| s.paused));
    let waits = Signal::derive(move || segment.get().is_some_and(|s| s.waits_for_done));
    let is_break = Signal::derive(move || segment.get().is_some_and(|s| s.phase.is_break()));

    let act = move |action: Action| {
        // Sound may only start (or, on iOS, come back after a call) from a
        // tap or a key press; so may speech in Safari.
        sound::unlock();
        if action == Action::Resume {
            speech::unlock();
        }
        data.act(action);
    };
    // Done disappears once the set is over: the focus goes to Pause, which
    // is always there, rather than being lost.
    let done = move || {
        act(Action::Done);
        request_animation_frame(|| focus::focus_selector(".player-pause"));
    };
    let toggle = move || {
        act(if paused.get_untracked() {
            Action::Resume
        } else {
            Action::Pause
        });
    };

    // Asking whether to end pauses the workout, so the question costs
    // the runner nothing.
    let ask_to_end = move || {
        let running = !paused.get_untracked();
        was_running.set_value(running);
        if running {
            data.act(Action::Pause);
        }
        ending.set(true);
    };

    let sheet = use_context::<super::how_to::SheetOpen>();
    let keys = window_event_listener(ev::keydown, move |event| {
        let key = event.key();
        // The steps sheet has the keys while it is open.
        if sheet.is_some_and(|s| s.0.get_untracked()) {
            return;
        }
        // A focused control keeps its own Space and Enter; the arrows
        // always move through the workout.
        let own_key = matches!(key.as_str(), " " | "Enter") && on_a_control(&event);
        if ending.get_untracked() || event.repeat() || own_key {
            return;
        }
        match key.as_str() {
            " " => toggle(),
            "ArrowRight" => act(Action::Skip),
            "ArrowLeft" => act(Action::Previous),
            "Enter" if waits.get_untracked() => done(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());

    view! {
        <div class="player-controls">
            <When when=waits>
                <button type="button" class="button button-primary player-done" on:click=move |_| done()>
                    "Done"
                </button>
            </When>
            <div class="player-row">
                <button type="button" class="button button-quiet player-button" on:click=move |_| act(Action::Previous)>
                    "Previous"
                </button>
                <button type="button" class="button button-primary player-button player-pause" on:click=move |_| toggle()>
                    {move || if paused.get() { "Resume" } else { "Pause" }}
                </button>
                <button type="button" class="button button-quiet player-button" on:click=move |_| act(Action::Skip)>
                    "Skip"
                </button>
            </div>
            <div class="player-row player-row-small">
                // Always there, so a keyboard user's focus is not lost when
                // a break ends; it only works during a break (aria-disabled
                // rather than disabled, which would drop the focus too).
                <button
                    type="button"
                    class="button button-quiet player-extra-rest"
                    aria-disabled=move || if is_break.get() { "false" } else { "true" }
                    aria-describedby="extra-rest-hint"
                    on:click=move |_| {
                        if is_break.get_untracked() {
                            act(Action::ExtraRest);
                        }
                    }
                >
                    "+15 s rest"
                </button>
                <span id="extra-rest-hint" class="visually-hidden">"Adds time to a rest or a break; not during work."</span>
                <button type="button" class="button button-quiet player-end" on:click=move |_| ask_to_end()>
                    "End workout"
                </button>
            </div>
            <EndDialog open=ending was_running />
        </div>
    }
}

/// Whether a key press belongs to a focused control (a button or field
/// handles its own Space and Enter).
fn on_a_control(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(
                element.tag_name().as_str(),
                "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A"
            )
        })
}
