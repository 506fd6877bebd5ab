//! The app header: the Bandwork name and the main navigation. On a phone the
//! navigation sits at the bottom of the screen, within reach of a thumb.

use leptos::prelude::*;

use crate::model::route::Route;

#[component]
pub fn Header(current: Memo<Route>) -> impl IntoView {
    view! {
        <header class="app-header">
            <a class="brand" href=Route::Library.href()>
                <Logo />
                <span class="brand-name">"Bandwork"</span>
            </a>
            <nav class="main-nav" aria-label="Main">
                <ul>
                    {Route::ALL
                        .into_iter()
                        .map(|route| {
                            let is_current = move || current.get().nav_item() == Some(route);
                            view! {
                                <li>
                                    <a
                                        href=route.href()
                                        class="nav-link"
                                        aria-current=move || is_current().then_some("page")
                                    >
                                        <NavIcon route />
                                        <span>{route.label()}</span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// The Bandwork mark: a loop band stretched between two points.
#[component]
fn Logo() -> impl IntoView {
    view! {
        <svg class="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" class="logo-bg" />
            <path
                d="M7 11c6 4 12 4 18 0M7 21c6-4 12-4 18 0"
                class="logo-band"
                fill="none"
                stroke-width="3"
                stroke-linecap="round"
            />
            <circle cx="7" cy="16" r="3" class="logo-dot" />
            <circle cx="25" cy="16" r="3" class="logo-dot" />
        </svg>
    }
}

/// A small line icon beside each navigation label.
#[component]
fn NavIcon(route: Route) -> impl IntoView {
    let path = match route {
        // A stack of cards.
        Route::Library | Route::Start | Route::ExerciseForm => {
            "M4 5h16v4H4zM4 11h16v4H4zM4 17h16v3H4z"
        }
        // A list with checks.
        Route::Routines | Route::Routine | Route::Player | Route::Shared => {
            "M4 6h3M10 6h10M4 12h3M10 12h10M4 18h3M10 18h10"
        }
        // A calendar with the week's days.
        Route::Plan => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h1M12 14h1M16 14h1M8 17h1",
        // A line going up.
        Route::History => "M4 20h16M5 16l4-5 4 3 6-8",
        // A set of sliders (the band kit is reached from Settings).
        Route::Settings | Route::Bands => "M4 7h10M18 7h2M4 17h2M10 17h10M16 5v4M8 15v4",
    };
    view! {
        <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
                d=path
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
                stroke-linejoin="round"
            />
        </svg>
    }
}
