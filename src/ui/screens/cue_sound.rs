//! How the cues sound, on the settings screen: the voice for spoken cues
//! (the device's voices for English, which load after the page in some
//! browsers) with Test voice, and the beeps' volume with Test beep. Each
//! choice is kept with the other settings. Where the device has no voice
//! for English, or no speech or sound at all, it says so in words.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::voice::{self, Voice, VoicePick, MAX_BEEP_VOLUME};
use crate::platform::{sound, speech};
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;

/// How long to wait for voices that have not arrived before saying the
/// device has none (Chromium without voices never sends `voiceschanged`).
const VOICES_WAIT: Duration = Duration::from_millis(1500);

/// Saves a change and says so, as the rest of the settings screen does.
fn save(context: SettingsContext, edit: impl FnOnce(&mut crate::model::settings::Settings)) {
    if context.change(edit) {
        StatusMessage::announce("Settings saved");
    } else if !context.can_save() {
        StatusMessage::announce("Changed for now, not saved");
    }
}

#[component]
pub fn CueSound() -> impl IntoView {
    let speaks = speech::supported();
    let beeps = sound::supported();
    (speaks || beeps).then(|| {
        view! {
            <div class="card cue-sound">
                <h2>"Voice and beep volume"</h2>
                {speaks.then(|| view! { <VoiceChoice /> })}
                {beeps.then(|| view! { <BeepVolume /> })}
            </div>
        }
    })
}

/// The device's voices as they stand: None while they may still be on
/// their way, then the list (empty when there are none, or no list).
fn watch_voices() -> RwSignal<Option<Vec<Voice>>> {
    let voices = RwSignal::new(speech::voices().filter(|list| !list.is_empty()));
    speech::on_voices_changed(move || {
        if let Some(list) = speech::voices().filter(|list| !list.is_empty()) {
            let _ = voices.try_set(Some(list));
        }
    });
    set_timeout(
        move || {
            if voices.try_with_untracked(Option::is_none) == Some(true) {
                let _ = voices.try_set(Some(speech::voices().unwrap_or_default()));
            }
        },
        VOICES_WAIT,
    );
    voices
}

#[component]
fn VoiceChoice() -> impl IntoView {
    let context = SettingsContext::get();
    let settings = context.settings;
    let voices = watch_voices();
    let english = Memo::new(move |_| {
        voices.with(|list| {
            list.as_ref().map(|list| {
                voice::for_language(list)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    // The option shown as chosen: the kept voice if the device still has
    // it, otherwise the default (empty value).
    let selected = Memo::new(move |_| {
        let pick = settings.with(|s| s.voice.clone());
        english.with(|list| {
            list.as_deref()
                .and_then(|list| voice::chosen(list, pick.as_ref()))
                .map(|v| v.uri.clone())
                .unwrap_or_default()
        })
    });
    let pick = move |uri: String| {
        let chosen = english.with_untracked(|list| {
            list.as_deref()
                .and_then(|list| list.iter().find(|v| v.uri == uri))
                .map(VoicePick::of)
        });
        save(context, move |s| s.voice = chosen);
    };
    let test = move |_| {
        let pick = settings.with_untracked(|s| s.voice.clone());
        if !speech::say_as(voice::SAMPLE, pick.as_ref()) {
            StatusMessage::announce("This device could not speak the sample.");
        }
    };
    move || match english.get() {
        None => view! { <p class="hint">"Looking for this device's voices…"</p> }.into_any(),
        Some(list) if list.is_empty() => {
            view! { <p class="cue-sound-none">{voice::no_voices_text()}</p> }.into_any()
        }
        Some(list) => {
            let options = list
                .into_iter()
                .map(|v| {
                    let uri = v.uri.clone();
                    view! {
                        <option value=v.uri.clone() selected=move || selected.get() == uri>
                            {voice::label(&v)}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <div class="cue-sound-row">
                    <div class="cue-sound-field">
                        <label for="voice-select">"Voice"</label>
                        <select
                            id="voice-select"
                            prop:value=move || selected.get()
                            on:change=move |event| pick(event_target_value(&event))
                        >
                            <option value="" selected=move || selected.get().is_empty()>
                                {voice::DEVICE_DEFAULT}
                            </option>
                            {options}
                        </select>
                    </div>
                    <button type="button" class="button button-quiet" on:click=test>
                        "Test voice"
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn BeepVolume() -> impl IntoView {
    let context = SettingsContext::get();
    let settings = context.settings;
    let volume = move || settings.with(|s| s.beep_volume);
    let set = move |text: String| {
        if let Ok(level) = text.parse::<u8>() {
            let level = level.min(MAX_BEEP_VOLUME);
            if level != volume() {
                save(context, move |s| s.beep_volume = level);
            }
        }
    };
    let test = move |_| {
        let level = voice::beep_level(settings.with_untracked(|s| s.beep_volume));
        if !(sound::unlock() && sound::beep_at(880.0, 350, level)) {
            StatusMessage::announce("This device could not play the beep.");
        }
    };
    // The figure beside the slider is for the eye: the slider says its
    // value itself (aria-valuetext).
    view! {
        <div class="cue-sound-row">
            <div class="cue-sound-field">
                <label for="beep-volume">"Beep volume"</label>
                <div class="cue-sound-volume">
                    <input
                        id="beep-volume"
                        type="range"
                        min="0"
                        max=MAX_BEEP_VOLUME
                        step="5"
                        prop:value=move || volume().to_string()
                        aria-valuetext=move || format!("{}%", volume())
                        on:change=move |event| set(event_target_value(&event))
                    />
                    <span class="cue-sound-value" aria-hidden="true">{move || format!("{}%", volume())}</span>
                </div>
            </div>
            <button type="button" class="button button-quiet" on:click=test>
                "Test beep"
            </button>
        </div>
    }
}
