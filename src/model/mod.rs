//! Pure domain logic: no browser APIs and no Leptos, so everything here is
//! tested natively with `cargo test`.

pub mod backup;
pub mod resistance;
pub mod route;
pub mod settings;
