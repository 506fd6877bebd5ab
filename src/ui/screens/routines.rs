//! The saved routines screen.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;

#[component]
pub fn RoutinesScreen() -> impl IntoView {
    view! {
        <ComingSoon
            title="Routines"
            intro="Your own band routines, built from the library and sized to your bands."
            next="Building, saving and sharing routines arrives with the exercise library."
        />
    }
}
