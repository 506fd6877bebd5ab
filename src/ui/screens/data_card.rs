//! The "Your data" card on the Settings screen: export everything as JSON
//! or the history as CSV, and import an export with a preview of what it
//! adds. A wrong or damaged file only explains itself and changes nothing.

use leptos::prelude::*;

use crate::model::storage::csv::history_csv;
use crate::model::storage::export::{merge, merge_plan, tally, Export, Merged};
use crate::model::storage::keys::LAST_EXPORT_KEY;
use crate::model::time::iso_date;
use crate::platform::{clock, files, focus, storage};
use crate::ui::screens::keep_data::KeepData;
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::own::OwnData;
use crate::ui::state::plan::PlanData;
use crate::ui::status::StatusMessage;

/// Takes up what other tabs saved, so an import merges into the data as
/// stored now.
fn reload(data: AppData, workouts: HistoryData) {
    data.reload_kit();
    data.reload_book();
    workouts.reload();
}

/// What importing `export` would add, counted without copying anything.
fn preview(data: AppData, workouts: HistoryData, export: &Export) -> String {
    reload(data, workouts);
    data.kit.with_untracked(|kit| {
        data.book.with_untracked(|book| {
            workouts
                .history
                .with_untracked(|history| tally((kit, book, history), export).preview())
        })
    })
}

/// The merge of `export` into the data as stored now.
fn merged(data: AppData, workouts: HistoryData, export: Export) -> Merged {
    reload(data, workouts);
    let current = (
        data.kit.get_untracked(),
        data.book.get_untracked(),
        workouts.history.get_untracked(),
    );
    merge(current, export)
}

#[component]
pub fn DataCard() -> impl IntoView {
    let data = AppData::get();
    let workouts = HistoryData::get();
    let plan = PlanData::get();
    let own = OwnData::get();
    let status = expect_context::<StatusMessage>();
    // The file read and what importing it would do.
    let pending: RwSignal<Option<(Export, String)>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);

    let downloaded = move |ok: bool, what: &str| {
        status.say(if ok {
            format!("{what} is downloading.")
        } else {
            "The browser did not allow the download.".to_owned()
        });
    };
    let export_all = move |_| {
        let now = clock::now_ms();
        workouts.reload();
        let export = Export::new(
            data.kit.get_untracked(),
            data.book.get_untracked(),
            workouts.history.get_untracked(),
            now,
        )
        .with_plan(plan.week.get_untracked().if_set())
        .with_exercises(own.exercises.get_untracked());
        let name = format!("bandwork-{}.json", iso_date(now));
        let saved = files::download(&name, "application/json", &export.to_json());
        if saved {
            // For the backup reminder; if this write fails, it only reminds.
            let _ = storage::write_text(LAST_EXPORT_KEY, &now.to_string());
        }
        downloaded(saved, "Your data");
    };
    let export_csv = move |_| {
        let now = clock::now_ms();
        workouts.reload();
        let csv = workouts.history.with_untracked(history_csv);
        let name = format!("bandwork-history-{}.csv", iso_date(now));
        downloaded(
            files::download(&name, "text/csv;charset=utf-8", &csv),
            "Your history",
        );
    };
    let on_pick = move |event: web_sys::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&event);
        let Some(file) = files::picked(&input) else {
            return;
        };
        // Cleared, so that picking the same file again reads it again.
        input.set_value("");
        pending.set(None);
        error.set(None);
        leptos::task::spawn_local(async move {
            let Some(text) = files::read_text(&file).await else {
                error.set(Some(
                    "This file could not be read. Nothing was imported.".to_owned(),
                ));
                return;
            };
            match Export::from_json(&text) {
                Err(problem) => error.set(Some(problem.to_string())),
                Ok(export) => {
                    let preview = preview(data, workouts, &export);
                    pending.set(Some((export, preview)));
                    // Read out what the file holds, with Import next.
                    request_animation_frame(|| focus::focus_selector("#import-preview-text"));
                }
            }
        });
    };
    let import = move |_| {
        // Taken out of the signal rather than copied: it can be megabytes.
        let Some((export, _)) = pending.try_update(Option::take).flatten() else {
            return;
        };
        let imported_plan = export.plan.clone();
        // Own exercises merge by id, before the routines that name them.
        own.reload();
        let theirs = export.exercises.exercises.clone();
        own.change(|mine| mine.merge_by_id(&theirs));
        let merged = merged(data, workouts, export);
        let message = merged.tally.result();
        let Merged {
            kit,
            routines,
            history,
            ..
        } = merged;
        let history_saved = workouts.replace(history);
        let rest_saved = data.replace(kit, routines);
        // The runner's own week stays; with none, the file's is taken.
        plan.reload();
        let current = plan.week.get_untracked().if_set();
        let plan_saved = match data
            .book
            .with_untracked(|book| merge_plan(current.clone(), imported_plan, book))
        {
            Some(week) if Some(&week) != current.as_ref() => plan.replace(week),
            _ => true,
        };
        pending.set(None);
        focus::focus_selector("#import-file");
        status.say(if history_saved && rest_saved && plan_saved {
            message
        } else {
            format!("{message} Some of it could not be saved on this device.")
        });
    };
    let cancel = move |_| {
        pending.set(None);
        focus::focus_selector("#import-file");
        status.say("Import cancelled. Nothing changed.");
    };

    view! {
        <div class="card data-card">
            <h2 id="data-title">"Your data"</h2>
            <p class="hint">
                "Keep a copy of your bands, routines and history, or move them to another device. Settings stay on each device."
            </p>
            <div class="data-actions">
                <button type="button" class="button button-quiet" on:click=export_all>"Export all data"</button>
                <button type="button" class="button button-quiet" on:click=export_csv>"Export history as CSV"</button>
            </div>
            <KeepData />
            // The input stays in the page for the keyboard and screen
            // readers; its label is what everyone sees, drawn as a button.
            <input
                id="import-file"
                class="file-picker"
                type="file"
                accept=".json,application/json"
                aria-describedby="import-hint"
                on:change=on_pick
            />
            <label class="button button-quiet file-button" for="import-file">
                "Import from a file…"
            </label>
            <p class="hint" id="import-hint">
                "A Bandwork export. New workouts and routines are added; nothing already here is changed or doubled."
            </p>
            {move || error.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> }.into_any())}
            {move || {
                pending
                    .with(|pending| pending.as_ref().map(|(_, preview)| preview.clone()))
                    .map(|preview| {
                        view! {
                            <div class="import-preview" role="group" aria-label="Import preview">
                                <p id="import-preview-text" tabindex="-1">{preview}</p>
                                <div class="data-actions">
                                    <button type="button" class="button button-primary" on:click=import>"Import"</button>
                                    <button type="button" class="button button-quiet" on:click=cancel>"Cancel"</button>
                                </div>
                            </div>
                        }
                        .into_any()
                    })
            }}
        </div>
    }
}
