//! The app's first mount, a piece per task. `index.html` shows the first
//! screen as a static copy (`#boot`, see `scripts/prerender.mjs`) until the
//! app replaces it. Building the whole library in one go blocked a phone's
//! main thread for half a second (with the wasm's functions compiled on
//! first use), so the live app is built under the copy, hidden (the style
//! sheet hides whatever follows `#boot`), one step per task: first the
//! shell, then the screen's parts, then its cards a batch at a time. When
//! the last step is in, the copy is removed in the same task, so the
//! browser paints the copy and then the whole app, never a part of it.
//!
//! A part asks for its step with [`Takeover::reached`]; once the takeover
//! is over every step has been reached, so later visits draw at once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::{boot, idle};

/// The step the shell (header, banners, the screen's frame) is drawn at.
pub const SHELL: usize = 0;

/// Where the first mount has got to. Provided by the app's root.
#[derive(Clone, Copy)]
pub struct Takeover {
    step: RwSignal<usize>,
    /// The last step any part drawn so far has asked for.
    last: StoredValue<usize>,
}

impl Takeover {
    /// Provides the takeover at its first step and starts it: one step per
    /// task until every part that asked is drawn, then the static copy goes.
    pub fn start() -> Self {
        let takeover = Self {
            step: RwSignal::new(SHELL),
            last: StoredValue::new(SHELL),
        };
        provide_context(takeover);
        spawn_local(async move {
            while takeover.step.get_untracked() < takeover.last.get_value() {
                idle::next_task().await;
                takeover.step.update(|step| *step += 1);
            }
            takeover.step.set(usize::MAX);
            boot::remove_prerendered();
        });
        takeover
    }

    /// Whether the part drawn at `step` may be drawn yet (tracked). Outside
    /// the app (a component test) there is no takeover: always.
    pub fn reached(step: usize) -> Signal<bool> {
        let Some(takeover) = use_context::<Self>() else {
            return Signal::from(true);
        };
        takeover.last.update_value(|last| *last = (*last).max(step));
        Signal::derive(move || takeover.step.get() >= step)
    }
}
