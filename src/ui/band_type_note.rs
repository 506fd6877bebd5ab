//! Says plainly when the runner's kit has no band of the type an exercise
//! needs (or no bands at all), with a link to add one, so an exercise never
//! shows "No band" without a reason; when a band of another kind stands in
//! (`kit::stand_in`), how to use it.

use leptos::prelude::*;

use crate::model::kit::band_match;
use crate::model::kit::band_type::BandType;
use crate::model::route::Route;
use crate::ui::state::kit_and_routines::AppData;

/// What the kit lacks for `needed`, if anything.
fn missing(needed: BandType) -> Option<(String, &'static str)> {
    AppData::get().kit.with(|kit| match kit {
        None => Some((
            "No bands set up yet, so this shows no band".to_owned(),
            "Set up your bands",
        )),
        Some(kit) if !band_match::has_suitable(kit, needed) => {
            Some((band_match::missing_text(needed), "Add one"))
        }
        // A band of another kind will do, used another way: say how.
        Some(kit) => band_match::suitable(kit, needed)
            .first()
            .and_then(|band| band_match::stand_in_words(needed, band.band_type))
            .map(|how| {
                let text = format!(
                    "{}. {}",
                    band_match::missing_text(needed),
                    how.trim_end_matches('.')
                );
                (text, "Add one")
            }),
    })
}

/// Nothing when the kit has a band that suits; otherwise what is missing
/// and a link to the band kit.
#[component]
pub fn BandTypeNote(needed: BandType) -> impl IntoView {
    move || {
        missing(needed).map(|(text, link)| {
            view! {
                <p class="band-type-note">
                    <span>{text} ". "</span>
                    <a href=Route::Bands.href()>{link}</a>
                </p>
            }
        })
    }
}
