//! The honest placeholder for a screen whose feature has not landed yet.

use leptos::prelude::*;

#[component]
pub fn ComingSoon(title: &'static str, intro: &'static str, next: &'static str) -> impl IntoView {
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h1 id="screen-title" tabindex="-1">{title}</h1>
            <p class="lead">{intro}</p>
            <div class="card empty-state">
                <p class="empty-title">"Not here yet"</p>
                <p>{next}</p>
            </div>
        </section>
    }
}
