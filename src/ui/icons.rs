//! Small line icons for icon-only buttons. Each button carries its own
//! accessible name; the icons are hidden from assistive technology.

use leptos::prelude::*;

/// Which icon to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Grip,
    Up,
    Down,
    Remove,
    Edit,
    Plus,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Grip => "M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01",
            Icon::Up => "M12 19V5M6 11l6-6 6 6",
            Icon::Down => "M12 5v14M6 13l6 6 6-6",
            Icon::Remove => "M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13",
            Icon::Edit => "M4 20h4L19 9l-4-4L4 16v4zM13 7l4 4",
            Icon::Plus => "M12 5v14M5 12h14",
        }
    }
}

#[component]
pub fn IconSvg(icon: Icon) -> impl IntoView {
    let width = if icon == Icon::Grip { "3.5" } else { "2" };
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
                d=icon.path()
                fill="none"
                stroke="currentColor"
                stroke-width=width
                stroke-linecap="round"
                stroke-linejoin="round"
            />
        </svg>
    }
}
