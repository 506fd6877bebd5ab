//! Problems the user must see (unreadable data, failed saves): shown as
//! alerts above the current screen until dismissed, each with at most one
//! thing to do about it (download the kept text, try saving again).

use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

use crate::platform::{files, storage};
use crate::ui::status::StatusMessage;

/// One message for the user.
#[derive(Clone)]
pub struct Notice {
    /// Identifies the notice, so that showing it again replaces it.
    pub id: &'static str,
    pub text: String,
    pub action: Option<NoticeAction>,
}

/// A button on a notice: its label and what it does. Kept as a plain
/// closure, not a `Callback`: a callback belongs to the component that made
/// it and dies with it, while a notice (and the save it retries) outlives
/// the screen it came from.
#[derive(Clone)]
pub struct NoticeAction {
    pub label: &'static str,
    pub run: Arc<dyn Fn() + Send + Sync>,
}

impl Notice {
    pub fn problem(id: &'static str, text: impl Into<String>) -> Self {
        Self {
            id,
            text: text.into(),
            action: None,
        }
    }

    /// A problem found while loading a record; when its text was kept under
    /// a backup key, the notice offers it as a download.
    pub fn on_load(id: &'static str, text: String, kept: Option<String>, what: &str) -> Self {
        let notice = Self::problem(id, text);
        match kept {
            Some(backup_key) => notice.with_download(backup_key, what),
            None => notice,
        }
    }

    /// Adds a button labelled `label` that runs `run`.
    #[must_use]
    pub fn with_action(
        mut self,
        label: &'static str,
        run: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        self.action = Some(NoticeAction {
            label,
            run: Arc::new(run),
        });
        self
    }

    /// Adds a button that downloads the text kept under `backup_key` as a
    /// file named after `what` (e.g. "routines"), so the user can keep it
    /// or send it to someone who can repair it.
    #[must_use]
    pub fn with_download(self, backup_key: String, what: &str) -> Self {
        let file_name = format!("bandwork-{}-unreadable.txt", what.replace(' ', "-"));
        let status = use_context::<StatusMessage>();
        self.with_action("Download the kept copy", move || {
            let text = storage::read_text(&backup_key).ok().flatten();
            let saved = text.is_some_and(|text| files::download(&file_name, "text/plain", &text));
            if let (false, Some(status)) = (saved, status) {
                status.say("The kept copy could not be downloaded.");
            }
        })
    }
}

/// How often saves that failed are tried again while any is waiting.
const RETRY_EVERY: Duration = Duration::from_secs(20);

/// A save to try again: the id of its notice, and the save itself, which
/// says whether it worked.
type Retry = (&'static str, Arc<dyn Fn() -> bool + Send + Sync>);

/// The notices on screen, and the saves waiting to be tried again, shared
/// through context.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    retries: StoredValue<Vec<Retry>>,
    /// Notices of failed saves that the user closed: not shown again
    /// while their save is being retried.
    quiet: StoredValue<Vec<&'static str>>,
}

impl Notices {
    /// Creates the shared list and makes it available to every component.
    /// Failed saves are retried every few seconds for the life of the page.
    pub fn provide() -> Self {
        let notices = Notices {
            list: RwSignal::new(Vec::new()),
            retries: StoredValue::new(Vec::new()),
            quiet: StoredValue::new(Vec::new()),
        };
        provide_context(notices);
        // Without a timer, saves are still retried on the next change and
        // by the notice's button.
        let _ = set_interval_with_handle(move || notices.retry_saves(), RETRY_EVERY);
        notices
    }

    /// The shared list.
    pub fn get() -> Self {
        expect_context::<Notices>()
    }

    /// Shows a notice, replacing any with the same id.
    pub fn show(self, notice: Notice) {
        self.list.update(|list| {
            list.retain(|n| n.id != notice.id);
            list.push(notice);
        });
    }

    /// Hides the notice with this id, and forgets its retry (the save it
    /// stood for has worked).
    pub fn dismiss(self, id: &'static str) {
        self.retries
            .update_value(|retries| retries.retain(|(n, _)| *n != id));
        self.quiet.update_value(|quiet| quiet.retain(|n| *n != id));
        self.hide(id);
    }

    /// Hides the notice with this id because the user closed it. A save it
    /// stood for is still retried, without showing the notice again.
    fn close(self, id: &'static str) {
        if self.retries.with_value(|r| r.iter().any(|(n, _)| *n == id)) {
            self.quiet.update_value(|quiet| quiet.push(id));
        }
        self.hide(id);
    }

    fn hide(self, id: &'static str) {
        if self
            .list
            .with_untracked(|list| list.iter().any(|n| n.id == id))
        {
            self.list.update(|list| list.retain(|n| n.id != id));
        }
    }

    /// Says that a save failed, with a "Try again" button, and keeps trying
    /// it on a timer (space may be freed meanwhile, in this tab or another)
    /// until it works. `save` says whether it worked; the data it saves
    /// stays in memory all along.
    pub fn save_failed(
        self,
        id: &'static str,
        text: String,
        save: Arc<dyn Fn() -> bool + Send + Sync>,
    ) {
        // The same save retried (by the timer) keeps its one callback.
        let known = self.retries.with_value(|retries| {
            retries
                .iter()
                .find(|(n, _)| *n == id)
                .map(|(_, save)| save.clone())
        });
        let save = known.unwrap_or_else(|| {
            self.retries
                .update_value(|retries| retries.push((id, save.clone())));
            save
        });
        // A retry that fails again leaves the notice as it is (or closed,
        // if the user closed it), rather than announcing it anew every few
        // seconds.
        let shown = self
            .list
            .with_untracked(|list| list.iter().any(|n| n.id == id && n.text == text))
            || self.quiet.with_value(|quiet| quiet.contains(&id));
        if !shown {
            let status = use_context::<StatusMessage>();
            self.show(Notice::problem(id, text).with_action("Try again", move || {
                if !save() {
                    if let Some(status) = status {
                        status.say("Still not saved.");
                    }
                }
            }));
        }
    }

    /// Tries every waiting save once; each that works dismisses itself.
    pub fn retry_saves(self) {
        let waiting = self.retries.with_value(Clone::clone);
        for (_, save) in waiting {
            save();
        }
    }
}

#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = Notices::get();
    view! {
        <div class="notices">
            {move || {
                notices
                    .list
                    .get()
                    .into_iter()
                    .map(|notice| {
                        view! {
                            <div class="notice" role="alert">
                                <p>{notice.text}</p>
                                <div class="notice-actions">
                                    {notice.action.map(|action| view! {
                                        <button
                                            type="button"
                                            class="button"
                                            on:click=move |_| (action.run)()
                                        >
                                            {action.label}
                                        </button>
                                    })}
                                    <button
                                        type="button"
                                        class="button button-quiet"
                                        on:click=move |_| notices.close(notice.id)
                                    >
                                        "Dismiss"
                                    </button>
                                </div>
                            </div>
                        }
                        .into_any()
                    })
                    .collect_view()
            }}
        </div>
    }
}
