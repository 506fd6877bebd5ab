//! Choosing the band for one entry from the user's own kit, plus an
//! optional second band stacked on top (e.g. at the ankles for monster
//! walks). Each band is named by colour and level, never by colour alone.

use leptos::prelude::*;

use crate::ui::when::When;

use crate::model::kit::band::{BandId, BandKit};
use crate::model::kit::resistance::PoundRange;
use crate::model::route::Route;
use crate::model::routine::BandChoice;
use crate::ui::band_label::BandSwatch;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::settings::SettingsContext;

#[component]
pub fn BandPicker(
    entry_id: u32,
    exercise: String,
    choice: Signal<BandChoice>,
    save: Callback<BandChoice>,
) -> impl IntoView {
    let data = AppData::get();
    let has_kit = move || {
        data.kit
            .with(|k| k.as_ref().is_some_and(|k| !k.bands.is_empty()))
    };
    let stacked_on = move || choice.with(|c| c.stacked.is_some());
    let exercise = StoredValue::new(exercise);

    view! {
        <When when=Signal::derive(has_kit) fallback=move || {
                view! {
                    <p class="hint">
                        "Pick the bands you own first: "
                        <a href=Route::Bands.href()>"set up your bands"</a>
                    </p>
                }
            }>
            <BandRadios
                group=format!("band-{entry_id}")
                label=format!("Band for {}", exercise.get_value())
                selected=Signal::derive(move || choice.with(|c| c.main))
                pick=Callback::new(move |id| {
                    let mut next = choice.get_untracked();
                    next.main = Some(id);
                    save.run(next);
                })
            />
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=stacked_on
                    on:change=move |event| {
                        let mut next = choice.get_untracked();
                        next.stacked = if event_target_checked(&event) {
                            data.kit.with_untracked(|kit| second_band(kit.as_ref(), next.main))
                        } else {
                            None
                        };
                        save.run(next);
                    }
                />
                <span>"Add a second band on top"</span>
            </label>
            {move || stacked_on().then(|| view! {
                <BandRadios
                    group=format!("band-{entry_id}-second")
                    label=format!("Second band for {}", exercise.get_value())
                    selected=Signal::derive(move || choice.with(|c| c.stacked))
                    pick=Callback::new(move |id| {
                        let mut next = choice.get_untracked();
                        next.stacked = Some(id);
                        save.run(next);
                    })
                />
            }.into_any())}
        </When>
    }
}

/// One radio per band in the kit, lightest first.
#[component]
fn BandRadios(
    group: String,
    label: String,
    selected: Signal<Option<BandId>>,
    pick: Callback<BandId>,
) -> impl IntoView {
    let data = AppData::get();
    let units = SettingsContext::get().settings;
    let bands = move || {
        data.kit
            .with(|k| k.as_ref().map(|k| k.bands.clone()).unwrap_or_default())
    };
    view! {
        <div class="band-radios" role="radiogroup" aria-label=label>
            {move || {
                bands()
                    .into_iter()
                    .map(|band| {
                {
                    let id = band.id;
                    let rating = band.pounds.map(|(min, max)| {
                        move || PoundRange::new(min, max).display(units.with(|s| s.units))
                    });
                    view! {
                        <label class="band-option">
                            <input
                                type="radio"
                                name=group.clone()
                                prop:checked=move || selected.get() == Some(id)
                                on:change=move |_| pick.run(id)
                            />
                            <BandSwatch colour=band.colour.clone() />
                            <span class="band-option-name">{band.name()}</span>
                            {rating.map(|r| view! { <span class="muted">{r}</span> })}
                        </label>
                    }
                    .into_any()
                }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// A different band to stack on the main one: the lightest that is not it.
fn second_band(kit: Option<&BandKit>, main: Option<BandId>) -> Option<BandId> {
    kit?.bands.iter().map(|b| b.id).find(|id| Some(*id) != main)
}

/// The words for a chosen band, e.g. "Red, heavy", or a prompt.
pub fn band_words(kit: Option<&BandKit>, id: Option<BandId>) -> String {
    match (kit, id) {
        (Some(kit), Some(id)) => kit.get(id).map_or_else(
            || "Band removed: pick another".into(),
            crate::model::kit::band::Band::name,
        ),
        _ => "No band chosen".into(),
    }
}
