//! The add/edit band form, with errors beside their fields.

use super::*;

/// A field of the band form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    ColourName,
    Swatch,
    Label,
    Lower,
    Higher,
}

impl Field {
    const ALL: [Field; 5] = [
        Field::ColourName,
        Field::Swatch,
        Field::Label,
        Field::Lower,
        Field::Higher,
    ];

    fn slug(self) -> &'static str {
        match self {
            Field::ColourName => "colour-name",
            Field::Swatch => "swatch",
            Field::Label => "label",
            Field::Lower => "lower",
            Field::Higher => "higher",
        }
    }
}

/// The band as entered, and what is wrong with it, field by field.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Checked {
    band: Band,
    errors: Vec<(Field, String)>,
}

/// What the user typed into the band form.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entered {
    colour_name: String,
    swatch: String,
    label: String,
    lower: String,
    higher: String,
    band_type: BandType,
}

impl Entered {
    /// The form's starting text for a band, ratings in the user's units.
    fn from_band(band: &Band, units: Units) -> Self {
        let rating = |pick: fn((u16, u16)) -> u16| {
            band.pounds
                .map(|pounds| pounds_to_entry(pick(pounds), units))
                .unwrap_or_default()
        };
        Self {
            colour_name: band.colour.name.clone(),
            swatch: band.colour.swatch.clone(),
            label: band.label.clone(),
            lower: rating(|(min, _)| min),
            higher: rating(|(_, max)| max),
            band_type: band.band_type,
        }
    }

    /// Checks the entry. A rating left as it was keeps its stored pounds,
    /// so that opening and saving a band in kilograms never changes it.
    fn check(&self, initial: &Band, initial_entry: &Entered, units: Units) -> Checked {
        let mut errors = Vec::new();
        let pounds = if (&self.lower, &self.higher) == (&initial_entry.lower, &initial_entry.higher)
        {
            initial.pounds
        } else {
            const BOTH: &str = "Fill in both figures, or leave both empty.";
            let lower = pounds_from_entry(&self.lower, units);
            let higher = pounds_from_entry(&self.higher, units);
            for (field, entry) in [(Field::Lower, lower), (Field::Higher, higher)] {
                if let Err(error) = entry {
                    errors.push((field, error.to_string()));
                }
            }
            match (lower, higher) {
                (Ok(Some(min)), Ok(Some(max))) => Some((min, max)),
                (Ok(Some(_)), Ok(None)) => {
                    errors.push((Field::Higher, BOTH.to_owned()));
                    None
                }
                (Ok(None), Ok(Some(_))) => {
                    errors.push((Field::Lower, BOTH.to_owned()));
                    None
                }
                _ => None,
            }
        };
        let band = Band {
            id: initial.id,
            colour: Colour {
                name: self.colour_name.trim().to_owned(),
                swatch: self.swatch.to_ascii_lowercase(),
            },
            label: self.label.trim().to_owned(),
            band_type: self.band_type,
            pounds,
        };
        for error in band.errors() {
            let field = match error {
                BandError::NoColourName => Field::ColourName,
                BandError::BadSwatch => Field::Swatch,
                BandError::NoLabel => Field::Label,
                BandError::PoundsReversed => Field::Higher,
            };
            errors.push((field, error.to_string()));
        }
        // In the order the fields appear on the form.
        let errors = Field::ALL
            .iter()
            .flat_map(|field| errors.iter().filter(move |(f, _)| f == field).cloned())
            .collect();
        Checked { band, errors }
    }
}

/// Adds or edits one band. Errors show beside their fields once Save has
/// been pressed, and nothing is saved until every field is right.
#[component]
pub(super) fn BandForm(
    /// Starts every field id, so the form's ids are unique on the page.
    #[prop(into)]
    prefix: String,
    title: String,
    initial: Band,
    submit_label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    on_save: Callback<Band>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let units = units().get_untracked();
    let initial_entry = Entered::from_band(&initial, units);
    let entered = RwSignal::new(initial_entry.clone());
    let tried = RwSignal::new(false);
    // A new band's swatch follows its colour name (Red gives red) until the
    // user picks a swatch themselves.
    let swatch_picked = RwSignal::new(!initial.colour.name.is_empty());
    let checked = Memo::new(move |_| entered.with(|e| e.check(&initial, &initial_entry, units)));
    let field_id = {
        let prefix = prefix.clone();
        move |field: Field| format!("{prefix}-{}", field.slug())
    };
    let error_of = move |field: Field| {
        Signal::derive(move || {
            if !tried.get() {
                return None;
            }
            checked.with(|c| {
                c.errors
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, m)| m.clone())
            })
        })
    };
    let title_id = format!("{prefix}-title");
    let type_id = format!("{prefix}-type");
    let rating_hint_id = format!("{prefix}-rating-hint");
    let unit = units.code();
    let rating_hint = match units {
        Units::Lb => "Optional: the range printed on the band, in pounds.",
        Units::Kg => "Optional: the range printed on the band. Bands are rated in pounds, so kilograms are kept as the nearest pound.",
    };

    let submit = {
        let field_id = field_id.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            tried.set(true);
            let result = checked.get_untracked();
            match result.errors.first() {
                Some((field, _)) => focus_soon(field_id(*field)),
                None => on_save.run(result.band),
            }
        }
    };

    // One text field with its label, optional hint and error.
    let text_field = {
        let field_id = field_id.clone();
        move |field: Field,
              label: String,
              placeholder: &'static str,
              hint: Option<&'static str>,
              read: fn(&Entered) -> String,
              write: fn(&mut Entered, String)| {
            let id = field_id(field);
            let error = error_of(field);
            let error_id = format!("{id}-error");
            let hint_id = format!("{id}-hint");
            let described_by = {
                let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
                move || {
                    let mut ids = Vec::new();
                    if hint.is_some() {
                        ids.push(hint_id.clone());
                    }
                    if error.get().is_some() {
                        ids.push(error_id.clone());
                    }
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
            };
            view! {
                <div class="kit-field">
                    <label for=id.clone()>{label}</label>
                    <input
                        type="text"
                        id=id
                        autocomplete="off"
                        placeholder=placeholder
                        inputmode=if matches!(field, Field::Lower | Field::Higher) { Some("decimal") } else { None }
                        aria-invalid=move || error.get().map(|_| "true")
                        aria-describedby=described_by
                        prop:value=move || entered.with(read)
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            if field == Field::ColourName && !swatch_picked.get_untracked() {
                                if let Some(swatch) = known_swatch(&value) {
                                    entered.update(|e| e.swatch = swatch);
                                }
                            }
                            entered.update(|e| write(e, value));
                        }
                    />
                    {hint.map(|hint| view! { <p class="kit-hint" id=hint_id>{hint}</p> })}
                    // The rating's errors go below both of its fields.
                    {(!matches!(field, Field::Lower | Field::Higher))
                        .then(|| view! { <FieldError id=error_id error /> })}
                </div>
            }
        }
    };

    let swatch_id = field_id(Field::Swatch);
    let swatch_error = error_of(Field::Swatch);
    let swatch_error_id = format!("{swatch_id}-error");

    view! {
        <form class="band-form" novalidate aria-labelledby=title_id.clone() on:submit=submit>
            <h2 class="form-title" id=title_id.clone()>{title}</h2>
            {hint.map(|hint| view! { <p class="muted form-hint">{hint}</p> })}
            <div class="kit-field-row colour-row">
                {text_field(
                    Field::ColourName,
                    "Colour name".into(),
                    "e.g. Red",
                    None,
                    |e| e.colour_name.clone(),
                    |e, v| e.colour_name = v,
                )}
                <div class="kit-field kit-field-swatch">
                    <label for=swatch_id.clone()>"Swatch"</label>
                    <input
                        type="color"
                        id=swatch_id.clone()
                        aria-invalid=move || swatch_error.get().map(|_| "true")
                        aria-describedby={
                            let swatch_error_id = swatch_error_id.clone();
                            move || swatch_error.get().map(|_| swatch_error_id.clone())
                        }
                        prop:value=move || entered.with(|e| e.swatch.clone())
                        on:input=move |event| {
                            let value = event_target_value(&event);
                            swatch_picked.set(true);
                            entered.update(|e| e.swatch = value);
                        }
                    />
                </div>
            </div>
            <FieldError id=swatch_error_id error=swatch_error />
            {text_field(
                Field::Label,
                "Level name".into(),
                "e.g. heavy",
                Some("The maker's word for its strength, such as light or heavy."),
                |e| e.label.clone(),
                |e, v| e.label = v,
            )}
            <fieldset class="rating" aria-describedby=rating_hint_id.clone()>
                <legend>"Rating"</legend>
                <p class="kit-hint" id=rating_hint_id.clone()>{rating_hint}</p>
                <div class="kit-field-row rating-row">
                    {text_field(
                        Field::Lower,
                        format!("From ({unit})"),
                        "",
                        None,
                        |e| e.lower.clone(),
                        |e, v| e.lower = v,
                    )}
                    <span class="rating-dash" aria-hidden="true">"–"</span>
                    {text_field(
                        Field::Higher,
                        format!("To ({unit})"),
                        "",
                        None,
                        |e| e.higher.clone(),
                        |e, v| e.higher = v,
                    )}
                </div>
                <FieldError id=format!("{}-error", field_id(Field::Lower)) error=error_of(Field::Lower) />
                <FieldError id=format!("{}-error", field_id(Field::Higher)) error=error_of(Field::Higher) />
            </fieldset>
            <div class="kit-field">
                <label for=type_id.clone()>"Band type"</label>
                <select
                    id=type_id
                    class="select-input"
                    on:change=move |event| {
                        let picked = event_target_value(&event).parse::<usize>().ok();
                        if let Some(&band_type) = picked.and_then(|i| BandType::ALL.get(i)) {
                            entered.update(|e| e.band_type = band_type);
                        }
                    }
                >
                    {BandType::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, &band_type)| {
                            view! {
                                <option value=i.to_string() selected=entered.with_untracked(|e| e.band_type == band_type)>
                                    {band_type.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="form-actions">
                <button type="submit" class="button button-primary">{submit_label}</button>
                <button type="button" class="button button-quiet" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

/// A field's error, read out as soon as it appears.
#[component]
fn FieldError(id: String, error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error
            .get()
            .map(|message| view! { <p class="kit-error" id=id.clone() role="alert">{message}</p> })
    }
}
