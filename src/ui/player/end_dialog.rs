//! Asks before ending a workout early, so a stray tap never ends one.

use leptos::prelude::*;

use crate::platform::focus;
use crate::ui::when::When;
use crate::ui::workout_data::WorkoutData;

#[component]
pub fn EndDialog(open: RwSignal<bool>) -> impl IntoView {
    let data = WorkoutData::get();
    let close = move || {
        open.set(false);
        focus::focus_selector(".player-end");
    };
    Effect::new(move |_| {
        if open.get() {
            focus::focus_selector("#end-keep-going");
        }
    });
    // The dialog is modal: Escape or a tap outside closes it, and Tab
    // stays on its two buttons.
    let on_key = move |event: leptos::ev::KeyboardEvent| match event.key().as_str() {
        "Escape" => close(),
        "Tab" => {
            event.prevent_default();
            let on_first = focus::active_id().as_deref() == Some("end-keep-going");
            focus::focus_selector(if on_first {
                "#end-save"
            } else {
                "#end-keep-going"
            });
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
                        close();
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
                    <p id="end-text">"The sets you have done so far go into your history."</p>
                    <div class="dialog-actions">
                        <button type="button" id="end-keep-going" class="button button-quiet" on:click=move |_| close()>
                            "Keep going"
                        </button>
                        <button type="button" id="end-save" class="button button-primary" on:click=move |_| data.finish()>
                            "Save and end"
                        </button>
                    </div>
                </div>
            </div>
        </When>
    }
}
