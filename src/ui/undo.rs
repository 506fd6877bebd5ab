//! "Removed Clamshell. Undo": a short-lived offer to take back a removal.
//! A newer offer replaces an older one (the older removal then stands).

use std::time::Duration;

use leptos::prelude::*;

use crate::ui::status::StatusMessage;

/// How long an Undo stays on screen.
const OFFER_FOR: Duration = Duration::from_secs(10);

type UndoAction = Box<dyn FnOnce() + Send + Sync>;

/// The current offer, shared through context.
#[derive(Clone, Copy)]
pub struct Undo {
    text: RwSignal<Option<String>>,
    action: StoredValue<Option<UndoAction>>,
    serial: StoredValue<u64>,
}

impl Undo {
    pub fn provide() {
        provide_context(Undo {
            text: RwSignal::new(None),
            action: StoredValue::new(None),
            serial: StoredValue::new(0),
        });
    }

    pub fn get() -> Self {
        expect_context::<Undo>()
    }

    /// Shows `text` with an Undo button that runs `undo`.
    pub fn offer(self, text: impl Into<String>, undo: impl FnOnce() + Send + Sync + 'static) {
        self.serial.update_value(|n| *n += 1);
        let serial = self.serial.get_value();
        let text = text.into();
        self.action.set_value(Some(Box::new(undo)));
        StatusMessage::announce(format!("{text} Undo is available."));
        self.text.set(Some(text));
        set_timeout(
            move || {
                if self.serial.get_value() == serial {
                    self.dismiss();
                }
            },
            OFFER_FOR,
        );
    }

    fn run(self) {
        let action = self.action.try_update_value(Option::take).flatten();
        self.dismiss();
        if let Some(action) = action {
            action();
        }
    }

    fn dismiss(self) {
        self.action.set_value(None);
        self.text.set(None);
    }
}

#[component]
pub fn UndoBar() -> impl IntoView {
    let undo = Undo::get();
    view! {
        {move || undo.text.with(Option::is_some).then(|| view! {
            // A region, so that it is a landmark of its own outside <main>.
            <div class="undo-bar" role="region" aria-label="Undo">
                <span>{move || undo.text.get().unwrap_or_default()}</span>
                <button type="button" class="button button-primary" on:click=move |_| undo.run()>
                    "Undo"
                </button>
                <button
                    type="button"
                    class="button button-quiet"
                    aria-label="Dismiss"
                    on:click=move |_| undo.dismiss()
                >
                    "✕"
                </button>
            </div>
        }.into_any())}
    }
}
