//! Quiet confirmations ("Saved"): a polite live region that screen readers
//! announce and sighted users see briefly. The toast never sits over the
//! control in use (it moves to the top when that control is low on the
//! screen), and it ends with its screen.

use leptos::prelude::*;
use std::time::Duration;

use crate::platform::{clock, focus};

const VISIBLE_FOR: Duration = Duration::from_secs(4);
/// The height at the bottom of the window the toast takes, with a margin.
const TOAST_BAND_PX: f64 = 160.0;
/// A message said this recently is about the screen being opened (said
/// just before going there), so it stays when the screen changes.
const SAID_FOR_NEXT_SCREEN_MS: u64 = 1_000;

/// The current confirmation, shared through context.
#[derive(Clone, Copy)]
pub struct StatusMessage {
    text: RwSignal<String>,
    /// Shown at the top, because the focused control is low on the screen.
    at_top: RwSignal<bool>,
    /// Counts announcements, so an older timer cannot clear a newer message.
    serial: StoredValue<u64>,
    /// When the current message was said (ms since the epoch).
    said_at: StoredValue<u64>,
}

impl StatusMessage {
    pub fn provide() {
        provide_context(StatusMessage {
            text: RwSignal::new(String::new()),
            at_top: RwSignal::new(false),
            serial: StoredValue::new(0),
            said_at: StoredValue::new(0),
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
        status.said_at.set_value(clock::now_ms());
        status.at_top.set(focus::focus_near_bottom(TOAST_BAND_PX));
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

impl StatusMessage {
    /// The screen changed: a message about the one left goes with it.
    pub fn screen_changed(self) {
        let said = self.said_at.get_value();
        if clock::now_ms().saturating_sub(said) > SAID_FOR_NEXT_SCREEN_MS {
            self.serial.update_value(|n| *n += 1);
            self.text.set(String::new());
        }
    }
}

#[component]
pub fn StatusRegion() -> impl IntoView {
    let status = expect_context::<StatusMessage>();
    view! {
        <div
            class="status-toast"
            class:visible=move || status.text.with(|t| !t.is_empty())
            class:at-top=move || status.at_top.get()
            role="status"
            aria-live="polite"
        >
            {move || status.text.get()}
        </div>
    }
}
