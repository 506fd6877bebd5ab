//! A band shown the same way everywhere: a colour swatch beside the band in
//! words. The swatch is decorative; the words always carry the meaning, so
//! colour is never the only cue.

use leptos::prelude::*;

use crate::model::kit::band::{Band, Colour};
use crate::model::kit::resistance::Units;

/// A round swatch of the band's colour, ringed so that white shows on a
/// light page and black on a dark one. Hidden from screen readers: the
/// colour's name is always written next to it.
#[component]
pub fn BandSwatch(colour: Colour) -> impl IntoView {
    // Set through the CSS object model, which the Content-Security-Policy
    // allows (a `style="..."` attribute would be blocked).
    view! { <span class="band-swatch" aria-hidden="true" style:background-color=colour.swatch></span> }
}

/// The band's swatch and its description, e.g. "Red, heavy, 15-20 lb".
#[component]
pub fn BandChip(band: Band, units: Units) -> impl IntoView {
    view! {
        <span class="band-chip">
            <BandSwatch colour=band.colour.clone() />
            <span class="band-chip-text">{band.describe(units)}</span>
        </span>
    }
}
