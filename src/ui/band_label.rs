//! Bands shown as a swatch plus words (placeholder until the kit screen's
//! version lands).

use leptos::prelude::*;

use crate::model::band::{Band, Colour};
use crate::model::settings::Units;

#[component]
pub fn BandSwatch(colour: Colour) -> impl IntoView {
    view! { <span class="band-swatch" aria-hidden="true" style:background-color=colour.swatch></span> }
}

#[component]
pub fn BandChip(band: Band, units: Units) -> impl IntoView {
    view! {
        <span class="band-chip">
            <BandSwatch colour=band.colour.clone() />
            <span>{band.describe(units)}</span>
        </span>
    }
}
