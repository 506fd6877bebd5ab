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
    view! {
        <When when=open>
            <div class="dialog-backdrop">
                <div
                    class="end-dialog card"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="end-title"
                    aria-describedby="end-text"
                    on:keydown=move |event| {
                        if event.key() == "Escape" {
                            close();
                        }
                    }
                >
                    <h2 id="end-title" class="dialog-title">"End this workout?"</h2>
                    <p id="end-text">"The sets you have done so far go into your history."</p>
                    <div class="dialog-actions">
                        <button type="button" id="end-keep-going" class="button button-quiet" on:click=move |_| close()>
                            "Keep going"
                        </button>
                        <button type="button" class="button button-primary" on:click=move |_| data.finish()>
                            "Save and end"
                        </button>
                    </div>
                </div>
            </div>
        </When>
    }
}
