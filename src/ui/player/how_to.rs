//! How to do the move, without leaving the workout: its key step in one
//! line while getting ready, and a button that opens every step and cue in
//! a sheet. The sheet pauses nothing; one tap on Close or outside it, or
//! Escape, closes it, and the focus goes back to the button. The sheet's
//! top holds the move's figure (today where the band goes; the drawn move
//! comes with the pictures).

use leptos::ev;
use leptos::prelude::*;

use crate::model::catalog::exercise::Placement;
use crate::model::workout::how_to::HowTo;
use crate::platform::focus;
use crate::ui::placement_picture::PlacementPicture;
use crate::ui::state::own::OwnData;
use crate::ui::when::When;

/// Whether the steps sheet is open; the player's keys rest while it is.
#[derive(Clone, Copy)]
pub struct SheetOpen(pub RwSignal<bool>);

/// The sheet's stops for Tab, in order: the steps (to scroll them by
/// keyboard) and Close.
const STOPS: [&str; 2] = ["howto-body", "howto-close"];

/// The key step (while `ready`) and the button opening the steps sheet, for
/// the exercise with id `exercise` named `name`.
#[component]
pub fn HowToMove(
    #[prop(into)] exercise: Signal<Option<String>>,
    #[prop(into)] name: Signal<String>,
    #[prop(into)] placement: Signal<Option<Placement>>,
    #[prop(into)] ready: Signal<bool>,
) -> impl IntoView {
    let own = OwnData::get();
    let open = expect_context::<SheetOpen>().0;
    let how = Memo::new(move |_| {
        let id = exercise.get()?;
        own.exercises.with(|o| HowTo::of(&id, o))
    });
    let close = move || {
        if open.get_untracked() {
            open.set(false);
            focus::focus_selector(".player-howto-open");
        }
    };
    // Escape and Tab while the sheet is open, wherever the focus is.
    let keys = window_event_listener(ev::keydown, move |event| {
        if !open.get_untracked() {
            return;
        }
        match event.key().as_str() {
            "Escape" => {
                event.prevent_default();
                close();
            }
            "Tab" => {
                event.prevent_default();
                let at = focus::active_id().and_then(|id| STOPS.iter().position(|s| *s == id));
                let next = match (at, event.shift_key()) {
                    (Some(at), false) => (at + 1) % STOPS.len(),
                    (Some(at), true) => (at + STOPS.len() - 1) % STOPS.len(),
                    (None, _) => STOPS.len() - 1,
                };
                focus::focus_selector(&format!("#{}", STOPS[next]));
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    // Opened, the focus goes to Close. (If the next move begins meanwhile,
    // the sheet shows that one's steps.)
    Effect::new(move |_| {
        if open.get() {
            focus::focus_selector("#howto-close");
        }
    });

    view! {
        {move || {
            let key = ready.get().then(|| how.with(|h| h.as_ref().and_then(|h| h.key_step().map(str::to_owned)))).flatten();
            key.map(|key| view! { <p class="player-key-step">{key}</p> })
        }}
        {move || how.with(Option::is_some).then(|| view! {
            <button
                type="button"
                class="button button-quiet player-howto-open"
                aria-haspopup="dialog"
                on:click=move |_| open.set(true)
            >
                "How to do it"
            </button>
        })}
        <When when=Signal::derive(move || open.get() && how.with(Option::is_some))>
            <div
                class="dialog-backdrop howto-backdrop"
                on:click=move |event| {
                    if event.target() == event.current_target() {
                        close();
                    }
                }
            >
                <div class="howto-sheet card" role="dialog" aria-modal="true" aria-labelledby="howto-title">
                    <div class="howto-top">
                        <h2 id="howto-title" class="dialog-title">"How to do " {move || name.get()}</h2>
                        <button type="button" id="howto-close" class="button button-primary" on:click=move |_| close()>
                            "Close"
                        </button>
                    </div>
                    // Room for the drawn move; until then, where the band goes.
                    <div class="howto-figure">
                        {move || placement.get().map(|placement| view! { <PlacementPicture placement size=96 /> })}
                    </div>
                    <div id="howto-body" class="howto-body" tabindex="0" aria-label="Steps and cues">
                        {move || how.get().map(|how| view! {
                            <ol class="steps">
                                {how.steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}
                            </ol>
                            {(!how.cues.is_empty()).then(|| view! {
                                <h3>"Keep in mind"</h3>
                                <ul class="cues">
                                    {how.cues.into_iter().map(|cue| view! { <li>{cue}</li> }).collect_view()}
                                </ul>
                            })}
                        })}
                    </div>
                </div>
            </div>
        </When>
    }
}
