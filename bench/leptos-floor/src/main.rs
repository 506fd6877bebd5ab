//! The framework's floor: a heading, a search box and a short list that the
//! box filters through a signal. The list and the box carry the accessible
//! names of Bandwork's library, so `scripts/bench.mjs` times both pages'
//! cold start with the same probe.

use leptos::prelude::*;

const ITEMS: [&str; 6] = [
    "Clamshell",
    "Monster walk",
    "Glute bridge",
    "Dead bug",
    "Lateral band walk",
    "Banded squat",
];

#[component]
fn Floor() -> impl IntoView {
    let query = RwSignal::new(String::new());
    let shown = move || {
        let query = query.get().to_ascii_lowercase();
        ITEMS
            .iter()
            .filter(|item| item.to_ascii_lowercase().contains(&query))
            .map(|item| view! { <li>{*item}</li> })
            .collect::<Vec<_>>()
    };
    view! {
        <main>
            <h1>"Leptos floor"</h1>
            <input
                type="search"
                aria-label="Search exercises"
                prop:value=move || query.get()
                on:input=move |event| query.set(event_target_value(&event))
            />
            <ul aria-label="Exercise library">{shown}</ul>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Floor);
}
