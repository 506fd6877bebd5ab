//! The root component: provides the shared data, follows the hash route,
//! and lays out the header, notices and the current screen.

use leptos::prelude::*;

use super::header::Header;
use super::notices::{NoticeList, Notices};
use super::on_demand::{self, lazy_screen, LazyScreen};
use super::resume_banner::ResumeBanner;
use super::screens::LibraryScreen;
use super::state::stores::Stores;
use super::status::{StatusMessage, StatusRegion};
use super::takeover::Takeover;
use super::undo::{Undo, UndoBar};
use super::update_banner::UpdateBanner;
use super::when::When;
use crate::model::catalog::library_filter::LibraryFilter;
use crate::model::route::{Location, Route};
use crate::platform::{focus, location};

/// The takeover's step for the banners and live regions (`ui/takeover.rs`):
/// none of them shows on a first paint.
const BANNERS_STEP: usize = 1;

#[component]
pub fn App() -> impl IntoView {
    Notices::provide();
    StatusMessage::provide();
    Undo::provide();
    let stores = Stores::provide();
    // Built a step per task under the static first screen, which it then replaces.
    Takeover::start();

    // The library's search and chips outlive a visit to an exercise.
    provide_context(RwSignal::new(LibraryFilter::default()));

    let here = RwSignal::new(Location::from_hash(&location::current_hash()));
    // The stored records the first screen needs, and the other screens'
    // code once this one is usable and the browser idle.
    on_demand::start(stores, &here.get_untracked());
    location::watch_hash(move |hash| here.set(Location::from_hash(&hash)));
    let route = Memo::new(move |_| here.with(|l| l.route));
    // After navigating, put keyboard and screen-reader focus on the new
    // screen's heading, as a page load would. A screen whose chunk is still
    // being fetched has no heading yet: it takes the focus itself once shown
    // (see `lazy_screen`).
    let navigated = StoredValue::new(false);
    Effect::new(move |previous: Option<Location>| {
        let current = here.get();
        if previous.is_some_and(|previous| previous != current) {
            navigated.set_value(true);
            expect_context::<StatusMessage>().screen_changed();
            focus::scroll_to_top();
            focus::focus_selector("main h1");
        }
        current
    });

    let show_header = Memo::new(move |_| route.get() != Route::Player || !stores.in_progress());

    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|event| {
                event.prevent_default();
                focus::focus_selector("#main");
            }
        >
            "Skip to content"
        </a>
        // A workout fills the screen: no header or navigation behind it.
        // (Its summary, on the same route, has them again.)
        {move || show_header.get().then(|| view! { <Header current=route /> })}
        <main id="main" class="main" tabindex="-1">
            <When when=Takeover::reached(BANNERS_STEP)>
                <NoticeList />
                <UpdateBanner />
                <ResumeBanner route />
            </When>
            {move || match route.get() {
                Route::Library => {
                    match here.with(|l| l.detail.clone()) {
                        Some(id) => lazy_screen(LazyScreen::Exercise(id), navigated),
                        None => {
                            view! { <LibraryScreen add_part=on_demand::add_part today_body=on_demand::today_body /> }
                                .into_any()
                        }
                    }
                }
                Route::Routines => lazy_screen(LazyScreen::Routines, navigated),
                Route::Plan => lazy_screen(LazyScreen::Plan, navigated),
                Route::History => lazy_screen(LazyScreen::History, navigated),
                Route::Settings => lazy_screen(LazyScreen::Settings, navigated),
                Route::Bands => lazy_screen(LazyScreen::Bands, navigated),
                Route::Routine => {
                    let id = here.with(|l| l.detail.clone()).unwrap_or_default();
                    lazy_screen(LazyScreen::Routine(id), navigated)
                }
                Route::Player => lazy_screen(LazyScreen::Player, navigated),
                Route::Start => lazy_screen(LazyScreen::FirstRun, navigated),
                Route::ExerciseForm => {
                    let id = here.with(|l| l.detail.clone()).unwrap_or_else(|| "new".into());
                    lazy_screen(LazyScreen::ExerciseForm(id), navigated)
                }
                Route::Shared => {
                    let payload = here.with(|l| l.detail.clone()).unwrap_or_default();
                    lazy_screen(LazyScreen::Shared(payload), navigated)
                }
            }}
        </main>
        <When when=Takeover::reached(BANNERS_STEP)>
            <StatusRegion />
            <UndoBar />
        </When>
    }
}
