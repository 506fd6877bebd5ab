//! First use of the band kit: pick a ready-made set, or build your own.

use super::*;

/// First use: pick a ready-made set, or enter the first band by hand.
#[component]
pub(super) fn FirstUse(state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let building = move || state.editing.get() == Some(Editing::NewBand);
    let pick = Callback::new(move |preset: &'static Preset| {
        data.set_kit(preset.kit());
        StatusMessage::announce(format!("Saved your bands: {}", preset.name));
        focus_soon("screen-title".into());
    });
    let save_first = Callback::new(move |band: Band| {
        let name = band.name();
        let mut kit = BandKit::default();
        kit.add(band);
        state.settle();
        data.set_kit(kit);
        StatusMessage::announce(format!("Saved {name}. Add your next band when ready"));
        focus_soon("add-band".into());
    });
    let cancel = Callback::new(move |()| {
        state.settle();
        focus_soon("build-own".into());
    });

    view! {
        <p class="lead">
            "Bandwork knows each band by its colour and its place in your kit, lightest to heaviest. "
            "Pick the set closest to yours: you can rename, reorder and add bands afterwards."
        </p>
        <When when=Signal::derive(building) fallback=move || {
                view! {
                    <PresetList pick />
                    <div class="card build-own">
                        <div>
                            <h2 class="build-own-title">"Your set is not here?"</h2>
                            <p class="muted">"Enter your bands one by one, starting with the lightest."</p>
                        </div>
                        <button
                            type="button"
                            id="build-own"
                            class="button button-quiet"
                            on:click=move |_| {
                                state.editing.set(Some(Editing::NewBand));
                                focus_soon("band-new-colour-name".into());
                            }
                        >
                            "Build my own"
                        </button>
                    </div>
                }
            }>
            <div class="card">
                <BandForm
                    prefix="band-new"
                    title="Your lightest band".into()
                    initial=blank_band(BandType::MiniLoop)
                    submit_label="Save band"
                    on_save=save_first
                    on_cancel=cancel
                />
            </div>
        </When>
    }
}

/// The ready-made sets, each with its bands in words.
#[component]
pub(super) fn PresetList(pick: Callback<&'static Preset>) -> impl IntoView {
    let units = units();
    view! {
        <ul class="preset-list" aria-label="Ready-made band sets">
            {PRESETS
                .iter()
                .map(|preset| {
                    let title_id = format!("preset-{}", preset.id);
                    let bands = preset.kit().bands;
                    view! {
                        <li class="card preset" aria-labelledby=title_id.clone()>
                            <h2 class="preset-name" id=title_id.clone()>{preset.name}</h2>
                            <p class="muted">{preset.description}</p>
                            <ul class="preset-bands" aria-label=format!("Bands in the {}", preset.name.to_ascii_lowercase())>
                                {bands
                                    .into_iter()
                                    .map(|band| {
                                        view! {
                                            <li>
                                                {move || view! { <BandChip band=band.clone() units=units.get() /> }}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            <button
                                type="button"
                                class="button button-primary"
                                aria-label=format!("Use these bands: {}", preset.name)
                                on:click=move |_| pick.run(preset)
                            >
                                "Use these bands"
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
