//! Problems the user must see (unreadable data, failed saves): shown as
//! alerts above the current screen until dismissed.

use leptos::prelude::*;

/// One message for the user.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Notice {
    /// Identifies the notice, so that showing it again replaces it.
    pub id: &'static str,
    pub text: String,
}

impl Notice {
    pub fn problem(id: &'static str, text: impl Into<String>) -> Self {
        Self {
            id,
            text: text.into(),
        }
    }
}

/// The notices on screen, shared through context.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Notices {
    /// Creates the shared list and makes it available to every component.
    pub fn provide() -> Self {
        let notices = Notices(RwSignal::new(Vec::new()));
        provide_context(notices);
        notices
    }

    /// The shared list.
    pub fn get() -> Self {
        expect_context::<Notices>()
    }

    /// Shows a notice, replacing any with the same id.
    pub fn show(self, notice: Notice) {
        self.0.update(|list| {
            list.retain(|n| n.id != notice.id);
            list.push(notice);
        });
    }

    /// Hides the notice with this id.
    pub fn dismiss(self, id: &'static str) {
        self.0.update(|list| list.retain(|n| n.id != id));
    }
}

#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = Notices::get();
    view! {
        <div class="notices">
            {move || {
                notices
                    .0
                    .get()
                    .into_iter()
                    .map(|notice| {
                        view! {
                            <div class="notice" role="alert">
                                <p>{notice.text}</p>
                                <button
                                    type="button"
                                    class="button button-quiet"
                                    on:click=move |_| notices.dismiss(notice.id)
                                >
                                    "Dismiss"
                                </button>
                            </div>
                        }
                        .into_any()
                    })
                    .collect_view()
            }}
        </div>
    }
}
