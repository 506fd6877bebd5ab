//! The exercise library screen.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;

#[component]
pub fn LibraryScreen() -> impl IntoView {
    view! {
        <ComingSoon
            title="Exercise library"
            intro="Band exercises picked for runners: hips, glutes, core, feet and ankles."
            next="The exercises, with steps, target muscles and where the band goes, arrive in the next update."
        />
    }
}
