//! The settings screen: units for band resistance, workout cues and how
//! they sound (`cue_sound`), the colour theme, and the user's data (export
//! and import).
//! Every change applies at once and is saved on this device.

use leptos::prelude::*;

use crate::model::kit::resistance::PoundRange;
use crate::model::kit::resistance::Units;
use crate::model::route::Route;
use crate::model::settings::{Choice, Cues, Settings, Theme};
use crate::model::workout::cue_support::CueSupport;
use crate::platform::device;
use crate::ui::screens::cue_sound::CueSound;
use crate::ui::screens::data_card::DataCard;
use crate::ui::state::settings::SettingsContext;
use crate::ui::status::StatusMessage;

/// The band used to show what the units choice looks like.
const SAMPLE_BAND: PoundRange = PoundRange::new(15, 20);

#[component]
pub fn SettingsScreen() -> impl IntoView {
    let context = SettingsContext::get();
    let settings = context.settings;
    let support = device::cue_support();

    let change = move |edit: fn(&mut Settings, code: &str), code: String| {
        // A failed save has its own notice; settings that may not be saved
        // still change for now.
        if context.change(|s| edit(s, &code)) {
            StatusMessage::announce("Settings saved");
        } else if !context.can_save() {
            StatusMessage::announce("Changed for now, not saved");
        }
    };

    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Settings"</h1>
            <p class="lead">"Saved on this device only. Bandwork has no account and sends nothing anywhere."</p>
            <div class="card">
                <ChoiceGroup
                    name="units"
                    legend="Units for band resistance"
                    selected=Signal::derive(move || settings.with(|s| s.units))
                    on_pick=move |code| change(|s, code| s.units = Units::from_code(code).unwrap_or_default(), code)
                />
                <p class="hint" id="units-example">
                    "Example: a heavy band rated "
                    <strong>{move || SAMPLE_BAND.display(settings.with(|s| s.units))}</strong>
                </p>
            </div>
            <div class="card bands-link-card">
                <h2>"Your bands"</h2>
                <p class="hint">"The bands you own, lightest to heaviest. Routines pick from these."</p>
                <a class="button button-quiet" href=Route::Bands.href()>"Manage your bands"</a>
            </div>
            <div class="card">
                <fieldset class="choice-group">
                    <legend>"Workout cues"</legend>
                    <p class="hint">"What the player does at each change. Screen readers always hear the changes."</p>
                    <div class="choices">
                        {Cues::LABELS
                            .into_iter()
                            .map(|(name, label)| {
                                if !support.can_give(name) {
                                    return view! {
                                        <p class="choice choice-unavailable">
                                            <span>{CueSupport::unavailable_text(label)}</span>
                                            <span class="hint">{support.stand_in(name)}</span>
                                        </p>
                                    }
                                    .into_any();
                                }
                                view! {
                                    <label class="choice">
                                        <input
                                            type="checkbox"
                                            prop:checked=move || settings.with(|s| s.cues.get(name))
                                            on:change=move |_| {
                                                change(|s, code| s.cues.set(code, !s.cues.get(code)), name.to_owned());
                                            }
                                        />
                                        <span>{label}</span>
                                    </label>
                                }
                                .into_any()
                            })
                            .collect_view()}
                    </div>
                </fieldset>
            </div>
            <CueSound />
            <div class="card">
                <ChoiceGroup
                    name="theme"
                    legend="Theme"
                    selected=Signal::derive(move || settings.with(|s| s.theme))
                    on_pick=move |code| change(|s, code| s.theme = Theme::from_code(code).unwrap_or_default(), code)
                />
            </div>
            <DataCard />
        </section>
    }
}

/// A set of radio buttons for one setting, sized for a thumb.
#[component]
fn ChoiceGroup<C>(
    name: &'static str,
    legend: &'static str,
    selected: Signal<C>,
    on_pick: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    C: Choice + PartialEq + Send + Sync,
{
    view! {
        <fieldset class="choice-group">
            <legend>{legend}</legend>
            <div class="choices">
                {C::ALL
                    .iter()
                    .map(|&choice| {
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name=name
                                    value=choice.code()
                                    prop:checked=move || selected.get() == choice
                                    on:change=move |_| on_pick(choice.code().to_owned())
                                />
                                <span>{choice.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
