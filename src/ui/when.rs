//! `<When>`: shows its children while a condition holds, else a fallback.
//!
//! It does what Leptos's `<Show>` does, with one difference that matters for
//! the download size: its children and fallback are type-erased
//! (`ChildrenFn`, `ViewFn`), so the component is compiled once for the whole
//! app instead of once per use. The condition is memoised, so the children
//! are rebuilt only when it flips, never when something else it reads
//! changes.

use leptos::prelude::*;

#[component]
pub fn When(
    #[prop(into)] when: Signal<bool>,
    children: ChildrenFn,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    move || {
        if shown.get() {
            children().into_any()
        } else {
            fallback.run()
        }
    }
}
