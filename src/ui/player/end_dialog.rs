//! Asks before ending a workout early, so a stray tap never ends one. The
//! workout waits, paused, while the question is open: Keep going carries
//! on (running again only if it was running), Save and end keeps what was
//! done and shows the summary, Discard keeps nothing.

use leptos::prelude::*;

use crate::model::workout::playback::Action;
use crate::platform::focus;
use crate::ui::state::workout::WorkoutData;
use crate::ui::when::When;

/// The dialog's buttons in Tab order.
const BUTTONS: [&str; 3] = ["end-keep-going", "end-save", "end-discard"];

/// Set when the runner discards a workout, so the player screen can say
/// what happened once the workout is gone.
#[derive(Clone, Copy)]
pub struct Discarded(pub RwSignal<bool>);

#[component]
pub fn EndDialog(open: RwSignal<bool>, was_running: StoredValue<bool>) -> impl IntoView {
    let data = WorkoutData::get();
    let discarded = use_context::<Discarded>();
    let keep_going = move || {
        open.set(false);
        if was_running.get_value() {
            data.act(Action::Resume);
        }
        focus::focus_selector(".player-end");
    };
    let discard = move || {
        if let Some(Discarded(flag)) = discarded {
            flag.set(true);
        }
        data.discard();
    };
    Effect::new(move |_| {
        if open.get() {
            focus::focus_selector("#end-keep-going");
        }
    });
    // The dialog is modal: Escape or a tap outside is Keep going, and Tab
    // (or Shift+Tab) goes round its three buttons.
    let on_key = move |event: leptos::ev::KeyboardEvent| match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            keep_going();
        }
        "Tab" => {
            event.prevent_default();
            let at = focus::active_id()
                .and_then(|id| BUTTONS.iter().position(|b| *b == id))
                .unwrap_or(0);
            let next = if event.shift_key() {
                (at + BUTTONS.len() - 1) % BUTTONS.len()
            } else {
                (at + 1) % BUTTONS.len()
            };
            focus::focus_selector(&format!("#{}", BUTTONS[next]));
        }
        _ => {}
    };
    view! {
        <When when=open>
            <div
                class="dialog-backdrop"
                on:keydown=on_key
                on:click=move |event| {
                    if event.target() == event.current_target() {
                        keep_going();
                    }
                }
            >
                <div
                    class="end-dialog card"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="end-title"
                    aria-describedby="end-text"
                >
                    <h2 id="end-title" class="dialog-title">"End this workout?"</h2>
                    <p id="end-text">
                        "The workout is paused. Save and end keeps the sets you have done in your history; Discard keeps nothing."
                    </p>
                    <div class="dialog-actions">
                        <button type="button" id="end-keep-going" class="button button-quiet" on:click=move |_| keep_going()>
                            "Keep going"
                        </button>
                        <button type="button" id="end-save" class="button button-primary" on:click=move |_| data.finish()>
                            "Save and end"
                        </button>
                        <button type="button" id="end-discard" class="button button-quiet button-danger" on:click=move |_| discard()>
                            "Discard"
                        </button>
                    </div>
                </div>
            </div>
        </When>
    }
}
