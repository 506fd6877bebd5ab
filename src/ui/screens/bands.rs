//! The user's band kit (stub: being written).

use leptos::prelude::*;

#[component]
pub fn BandsScreen() -> impl IntoView {
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">"Your bands"</h1>
        </section>
    }
}
