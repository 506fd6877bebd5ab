//! Part of the "Your data" card: whether this browser has agreed to keep
//! Bandwork's data even when space runs low, and a button to ask it.

use leptos::prelude::*;

use crate::platform::persist;
use crate::ui::status::StatusMessage;

/// What the browser said about keeping the data.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kept {
    /// Not known yet (the browser answers asynchronously).
    Asking,
    Yes,
    No,
    /// The browser has no way to say.
    Unknown,
}

impl Kept {
    fn from_answer(answer: Option<bool>) -> Self {
        match answer {
            Some(true) => Kept::Yes,
            Some(false) => Kept::No,
            None => Kept::Unknown,
        }
    }

    fn text(self) -> &'static str {
        match self {
            Kept::Asking => "Checking whether this browser keeps your data…",
            Kept::Yes => "This browser has agreed to keep your Bandwork data until you delete it.",
            Kept::No => {
                "This browser may clear your Bandwork data if the device runs short of space. \
                 You can ask it to keep the data, and an export keeps a copy either way."
            }
            Kept::Unknown => {
                "This browser does not say whether it keeps your data, so export a copy now \
                 and then."
            }
        }
    }
}

#[component]
pub fn KeepData() -> impl IntoView {
    let kept = RwSignal::new(Kept::Asking);
    let status = expect_context::<StatusMessage>();
    leptos::task::spawn_local(async move {
        let answer = persist::is_persisted().await;
        kept.try_set(Kept::from_answer(answer));
    });
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            let now = Kept::from_answer(persist::request().await);
            kept.try_set(now);
            status.say(match now {
                Kept::Yes => "The browser will keep your data.",
                _ => "The browser did not agree to keep your data. Export a copy to be safe.",
            });
        });
    };
    view! {
        <p class="hint keep-data" id="keep-data">{move || kept.get().text()}</p>
        {move || (kept.get() == Kept::No).then(|| view! {
            <button type="button" class="button button-quiet" aria-describedby="keep-data" on:click=ask>
                "Ask the browser to keep my data"
            </button>
        })}
    }
}
