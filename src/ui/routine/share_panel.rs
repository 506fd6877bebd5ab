//! Share routine: the routine as a link (in a read-only field, with Copy
//! link and the system share sheet where there is one) and as a QR code to
//! scan from another phone. The link carries everything; no server sees it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::routine::routine_book::RoutineId;
use crate::model::share::{self, qr::qr_drawing};
use crate::platform::share as browser;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::own::OwnData;
use crate::ui::status::StatusMessage;
use crate::ui::when::When;

/// The link, or why there is none.
type Link = Result<String, String>;

#[component]
pub fn SharePanel(routine: RoutineId) -> impl IntoView {
    let data = AppData::get();
    let own = OwnData::get();
    let open = RwSignal::new(false);
    let link = Memo::new(move |_| -> Link {
        let kit = data.kit.with(|k| k.clone().unwrap_or_default());
        data.book.with(|book| {
            let routine = book
                .get(routine)
                .ok_or_else(|| "This routine no longer exists.".to_owned())?;
            let shared = own
                .exercises
                .with(|own| share::SharedRoutine::from_routine(routine, &kit).with_own(own));
            shared
                .encode()
                .map(|payload| format!("{}{}", browser::app_address(), share::link_hash(&payload)))
                .map_err(|problem| problem.to_string())
        })
    });
    let status = expect_context::<StatusMessage>();
    let copy = move |_| {
        let Ok(url) = link.get_untracked() else {
            return;
        };
        spawn_local(async move {
            if browser::copy_text(&url).await || browser::copy_field("share-link") {
                status.say("Link copied.");
            } else {
                status.say("Couldn't copy here: the link is selected, so copy it from the field.");
            }
        });
    };
    let send = move |_| {
        let Ok(url) = link.get_untracked() else {
            return;
        };
        let title = data
            .book
            .with_untracked(|b| b.get(routine).map(|r| r.name.clone()))
            .unwrap_or_default();
        spawn_local(async move {
            browser::share(&title, &url).await;
        });
    };
    view! {
        <div class="share">
            <button
                type="button"
                class="button button-quiet"
                aria-expanded=move || open.get().to_string()
                aria-controls="share-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Share routine"
            </button>
            <When when=open>
                <div class="card share-panel" id="share-panel">
                    {move || match link.get() {
                        Err(problem) => view! { <p class="field-error" role="alert">{problem}</p> }.into_any(),
                        Ok(url) => view! { <LinkAndCode url copy send /> }.into_any(),
                    }}
                </div>
            </When>
        </div>
    }
}

#[component]
fn LinkAndCode(
    url: String,
    copy: impl Fn(leptos::ev::MouseEvent) + Send + Sync + 'static,
    send: impl Fn(leptos::ev::MouseEvent) + Send + Sync + 'static,
) -> impl IntoView {
    let code = qr_drawing(&url);
    view! {
        <div class="field">
            <label for="share-link">"Share link"</label>
            <input id="share-link" type="text" readonly value=url.clone() on:focus=|event| {
                use wasm_bindgen::JsCast;
                if let Some(input) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.select();
                }
            } />
        </div>
        <div class="share-actions">
            <button type="button" class="button button-primary" on:click=copy>"Copy link"</button>
            {browser::can_share().then(|| view! {
                <button type="button" class="button button-quiet" on:click=send>"Share with an app"</button>
            })}
        </div>
        {match code {
            Ok((side, path)) => {
                let view_box = format!("0 0 {side} {side}");
                view! {
                    <figure class="share-qr">
                        <svg viewBox=view_box role="img" aria-label="QR code of the share link" shape-rendering="crispEdges">
                            <rect width=side height=side fill="#fff"></rect>
                            <path d=path fill="#000"></path>
                        </svg>
                        <figcaption>"Scan it with a phone's camera to open this routine there."</figcaption>
                    </figure>
                }
                .into_any()
            }
            Err(too_long) => view! { <p class="hint">{too_long.to_string()}</p> }.into_any(),
        }}
        <p class="hint">"Anyone with the link can open a copy of this routine. It holds no history or personal data."</p>
    }
}
