//! Asking which band routines should use when the one they use is removed.

use super::*;

/// Asks which band the routines using a band should use once it is gone.
#[component]
pub(super) fn RemoveDialog(id: BandId, state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let units = units();
    let (band, others, suggested) = data.kit.with_untracked(|kit| {
        let kit = kit.clone().unwrap_or_default();
        let band = kit.get(id).cloned();
        // The nearest band: the next heavier one, else the next lighter one.
        let suggested = kit.next_heavier(id).map(|band| band.id).or_else(|| {
            let at = kit.level(id)?;
            at.checked_sub(2)
                .and_then(|i| kit.bands.get(i))
                .map(|band| band.id)
        });
        let others: Vec<Band> = kit.bands.into_iter().filter(|band| band.id != id).collect();
        (band, others, suggested)
    });
    let name = band.as_ref().map(Band::name).unwrap_or_default();
    let users = data.book.with_untracked(|book| routines_using(book, id));
    let choice = RwSignal::new(suggested);
    let title_id = format!("band-{id}-remove-title");
    let text_id = format!("band-{id}-remove-text");
    let group = format!("band-{id}-replacement");

    let cancel = move || {
        state.removing.set(None);
        focus_soon(format!("band-{id}-remove"));
    };
    let used_in = format!(
        "{} {} it: {}.",
        routines_count(users.len()),
        if users.len() == 1 { "uses" } else { "use" },
        users.join(", ")
    );

    view! {
        <div
            class="remove-dialog"
            role="alertdialog"
            aria-labelledby=title_id.clone()
            aria-describedby=text_id.clone()
            on:keydown=move |event| {
                if event.key() == "Escape" {
                    cancel();
                }
            }
        >
            <h2 class="dialog-title" id=title_id.clone() tabindex="-1">"Remove " {name.clone()} "?"</h2>
            <p id=text_id.clone()>{used_in} " Choose the band to use instead."</p>
            <fieldset class="choice-group">
                <legend class="visually-hidden">"Use instead of " {name}</legend>
                <div class="replacement-choices">
                    {others
                        .into_iter()
                        .map(|other| {
                            let other_id = other.id;
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=group.clone()
                                        prop:checked=move || choice.get() == Some(other_id)
                                        on:change=move |_| choice.set(Some(other_id))
                                    />
                                    {move || view! { <BandChip band=other.clone() units=units.get() /> }}
                                </label>
                            }
                        })
                        .collect_view()}
                    <label class="choice">
                        <input
                            type="radio"
                            name=group.clone()
                            prop:checked=move || choice.get().is_none()
                            on:change=move |_| choice.set(None)
                        />
                        <span class="band-chip">
                            <span class="band-swatch band-swatch-none" aria-hidden="true"></span>
                            <span>"No band"</span>
                        </span>
                    </label>
                </div>
            </fieldset>
            <div class="dialog-actions">
                <button
                    type="button"
                    class="button button-danger-solid"
                    on:click=move |_| remove_band(data, state, id, Some(choice.get_untracked()))
                >
                    "Confirm"
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| cancel()>
                    "Cancel"
                </button>
            </div>
        </div>
    }
}
