//! Quiet confirmations ("Saved"): a polite live region that screen readers
//! announce and sighted users see briefly.

use leptos::prelude::*;
use std::time::Duration;

const VISIBLE_FOR: Duration = Duration::from_secs(4);

/// The current confirmation, shared through context.
#[derive(Clone, Copy)]
pub struct StatusMessage {
    text: RwSignal<String>,
    /// Counts announcements, so an older timer cannot clear a newer message.
    serial: StoredValue<u64>,
}

impl StatusMessage {
    pub fn provide() {
        provide_context(StatusMessage {
            text: RwSignal::new(String::new()),
            serial: StoredValue::new(0),
        });
    }

    /// Announces `text`, and clears it again after a few seconds.
    pub fn announce(text: impl Into<String>) {
        expect_context::<StatusMessage>().say(text);
    }

    /// [`StatusMessage::announce`] through a handle taken earlier, for code
    /// that runs outside any component (after an await, say).
    pub fn say(self, text: impl Into<String>) {
        let status = self;
        status.serial.update_value(|n| *n += 1);
        let serial = status.serial.get_value();
        status.text.set(text.into());
        set_timeout(
            move || {
                if status.serial.get_value() == serial {
                    status.text.set(String::new());
                }
            },
            VISIBLE_FOR,
        );
    }
}

#[component]
pub fn StatusRegion() -> impl IntoView {
    let status = expect_context::<StatusMessage>();
    view! {
        <div
            class="status-toast"
            class:visible=move || status.text.with(|t| !t.is_empty())
            role="status"
            aria-live="polite"
        >
            {move || status.text.get()}
        </div>
    }
}
