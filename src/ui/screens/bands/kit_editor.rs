//! The kit as a list, lightest first: reorder, edit, add and remove bands.

use super::*;

/// The kit as a list, lightest first, with the form to add a band.
#[component]
pub(super) fn KitEditor(state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let ids = Memo::new(move |_| {
        data.kit.with(|kit| {
            kit.iter()
                .flat_map(|kit| kit.bands.iter().map(|band| band.id))
                .collect::<Vec<_>>()
        })
    });
    let adding = move || state.editing.get() == Some(Editing::NewBand);
    let new_band_type = move || {
        data.kit.with_untracked(|kit| {
            kit.as_ref()
                .and_then(|kit| kit.bands.last())
                .map_or(BandType::MiniLoop, |band| band.band_type)
        })
    };
    let save_new = Callback::new(move |band: Band| {
        let name = band.name();
        let added = data.change_kit(|kit| {
            let id = kit.add(band);
            (kit.level(id).unwrap_or(0), kit.bands.len())
        });
        state.settle();
        if let Some((level, count)) = added {
            StatusMessage::announce(format!("Added {name} as level {level} of {count}"));
        }
        focus_soon("add-band".into());
    });
    let cancel_new = Callback::new(move |()| {
        state.settle();
        focus_soon("add-band".into());
    });

    view! {
        <p class="lead">
            "Lightest first. A band's level is its place in this list, so routines follow your own bands whatever their colours."
        </p>
        {move || {
            state
                .refusal
                .get()
                .map(|text| view! { <p class="inline-alert" role="alert">{text}</p> })
        }}
        <ol class="band-list" aria-label="Band kit">
            <For each=move || ids.get() key=|id| *id let:id>
                <BandRow id state />
            </For>
        </ol>
        <When when=Signal::derive(adding) fallback=move || {
                view! {
                    <button
                        type="button"
                        id="add-band"
                        class="button button-primary add-band"
                        on:click=move |_| {
                            state.settle();
                            state.editing.set(Some(Editing::NewBand));
                            focus_soon("band-new-colour-name".into());
                        }
                    >
                        <svg class="button-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                            <path d="M12 5v14M5 12h14" />
                        </svg>
                        "Add a band"
                    </button>
                }
            }>
            <div class="card">
                <BandForm
                    prefix="band-new"
                    title="Add a band".into()
                    initial=blank_band(new_band_type())
                    submit_label="Add band"
                    hint="New bands go at the heavy end; move them to their place afterwards."
                    on_save=save_new
                    on_cancel=cancel_new
                />
            </div>
        </When>
    }
}

/// One band in the kit: what it is, its level, and what can be done to it.
#[component]
fn BandRow(id: BandId, state: ScreenState) -> impl IntoView {
    let data = AppData::get();
    let units = units();
    let band = Memo::new(move |_| {
        data.kit
            .with(|kit| kit.as_ref().and_then(|kit| kit.get(id).cloned()))
    });
    let level = Memo::new(move |_| {
        data.kit
            .with(|kit| kit.as_ref().and_then(|kit| kit.level(id)).unwrap_or(0))
    });
    let count = Memo::new(move |_| {
        data.kit
            .with(|kit| kit.as_ref().map_or(0, |kit| kit.bands.len()))
    });
    let name = move || band.with(|band| band.as_ref().map(Band::name).unwrap_or_default());
    let editing = move || state.editing.get() == Some(Editing::Band(id));
    let removing = move || state.removing.get() == Some(id);

    let shift = move |heavier: bool| {
        state.settle();
        let moved = data
            .change_kit(|kit| kit.shift(id, heavier))
            .unwrap_or(false);
        if !moved {
            return;
        }
        let (level, count) = (level.get_untracked(), count.get_untracked());
        StatusMessage::announce(format!("{} is now level {level} of {count}", name()));
        // Keep focus on the button pressed, or on the other one when the
        // band has reached the end of the list.
        let at_end = if heavier { level == count } else { level == 1 };
        let direction = if heavier == at_end {
            "lighter"
        } else {
            "heavier"
        };
        focus_soon(format!("band-{id}-{direction}"));
    };

    let start_remove = move |_| {
        state.settle();
        let name = name();
        if count.get_untracked() <= 1 {
            state.refusal.set(Some(format!(
                "A kit needs at least one band, so {name} cannot be removed. Add another band first."
            )));
            return;
        }
        let used = data
            .book
            .with_untracked(|book| routines_using(book, id).len());
        if used == 0 {
            remove_band(data, state, id, None);
        } else {
            state.removing.set(Some(id));
            focus_soon(format!("band-{id}-remove-title"));
        }
    };

    let save_edit = Callback::new(move |edited: Band| {
        let name = edited.name();
        data.change_kit(|kit| {
            if let Some(band) = kit.bands.iter_mut().find(|band| band.id == id) {
                *band = Band { id, ..edited };
            }
        });
        state.settle();
        StatusMessage::announce(format!("Saved {name}"));
        focus_soon(format!("band-{id}-edit"));
    });
    let cancel_edit = Callback::new(move |()| {
        state.settle();
        focus_soon(format!("band-{id}-edit"));
    });

    view! {
        <li class="band-row" class:is-open=move || editing() || removing()>
            <When when=Signal::derive(editing) fallback=move || {
                    view! {
                        <div class="band-row-main">
                            {move || band.get().map(|band| view! { <BandSwatch colour=band.colour /> })}
                            <div class="band-row-text">
                                <p class="band-row-name">
                                    {move || band.with(|band| band.as_ref().map(|band| band.describe(units.get())))}
                                </p>
                                <p class="band-row-meta">
                                    <span class="level-tag">
                                        {move || format!("Level {} of {}", level.get(), count.get())}
                                    </span>
                                    <span>{move || band.with(|band| band.as_ref().map(|band| band.band_type.label()))}</span>
                                </p>
                            </div>
                        </div>
                        <div class="band-row-actions">
                            <button
                                type="button"
                                id=format!("band-{id}-lighter")
                                class="kit-move"
                                aria-label=move || format!("Move {} lighter", name())
                                title="Move lighter"
                                disabled=move || { level.get() <= 1 }
                                on:click=move |_| shift(false)
                            >
                                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                    <path d="M6 15l6-6 6 6" />
                                </svg>
                            </button>
                            <button
                                type="button"
                                id=format!("band-{id}-heavier")
                                class="kit-move"
                                aria-label=move || format!("Move {} heavier", name())
                                title="Move heavier"
                                disabled=move || { level.get() >= count.get() }
                                on:click=move |_| shift(true)
                            >
                                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                    <path d="M6 9l6 6 6-6" />
                                </svg>
                            </button>
                            <button
                                type="button"
                                id=format!("band-{id}-edit")
                                class="button button-quiet button-small push-end"
                                aria-label=move || format!("Edit {}", name())
                                on:click=move |_| {
                                    state.settle();
                                    state.editing.set(Some(Editing::Band(id)));
                                    focus_soon(format!("band-{id}-colour-name"));
                                }
                            >
                                "Edit"
                            </button>
                            <button
                                type="button"
                                id=format!("band-{id}-remove")
                                class="button button-quiet button-small button-danger"
                                aria-label=move || format!("Remove {}", name())
                                on:click=start_remove
                            >
                                "Remove"
                            </button>
                        </div>
                    }
                }>
                <BandForm
                    prefix=format!("band-{id}")
                    title=format!("Edit {}", name())
                    initial=band.get_untracked().unwrap_or_else(|| blank_band(BandType::MiniLoop))
                    submit_label="Save changes"
                    on_save=save_edit
                    on_cancel=cancel_edit
                />
            </When>
            <When when=Signal::derive(removing)>
                <RemoveDialog id state />
            </When>
        </li>
    }
}

/// Removes a band from the kit, first moving every routine that uses it to
/// `replacement` (when given), and offers Undo.
#[allow(
    clippy::option_option,
    reason = "None: no replacement asked; Some(None): use no band instead"
)]
pub(super) fn remove_band(
    data: AppData,
    state: ScreenState,
    id: BandId,
    replacement: Option<Option<BandId>>,
) {
    let replacement_name = replacement.flatten().and_then(|new| {
        data.kit
            .with_untracked(|kit| kit.as_ref().and_then(|kit| kit.get(new)).map(Band::name))
    });
    let repointed = match replacement {
        Some(new) => data.change_book(|book| {
            book.routines
                .iter_mut()
                .map(|saved| saved.routine.replace_band(id, new))
                .filter(|&changed| changed > 0)
                .count()
        }),
        None => 0,
    };
    state.settle();
    let Some((at, band)) = data.change_kit(|kit| kit.remove(id)).flatten() else {
        return;
    };
    let mut message = format!("Removed {}", band.name());
    if repointed > 0 {
        let now_uses = replacement_name.unwrap_or_else(|| "no band".into());
        let verb = if repointed == 1 {
            "now uses"
        } else {
            "now use"
        };
        message.push_str(&format!(
            "; {} {verb} {now_uses}",
            routines_count(repointed)
        ));
    }
    // Focus moves to the band that took its place, else the one before.
    let next = data.kit.with_untracked(|kit| {
        kit.as_ref()
            .and_then(|kit| kit.bands.get(at).or(kit.bands.last()))
            .map(|band| band.id)
    });
    if let Some(next) = next {
        focus_soon(format!("band-{next}-remove"));
    }
    // Undo puts the band back in its place in the kit, but cannot move the
    // routines back to it: they were moved on purpose, and may have been
    // edited since.
    Undo::get().offer(message, move || {
        let name = band.name();
        data.change_kit(|kit| {
            if kit.get(id).is_none() {
                kit.restore(at, band);
            }
        });
        StatusMessage::announce(format!("Put back {name}"));
        focus_soon(format!("band-{id}-remove"));
    });
}
