//! The workout history screen.

use leptos::prelude::*;

use super::coming_soon::ComingSoon;

#[component]
pub fn HistoryScreen() -> impl IntoView {
    view! {
        <ComingSoon
            title="History"
            intro="Every workout you finish, your weekly streak, and when to move up a band."
            next="Your history starts with the first workout you finish in the player."
        />
    }
}
