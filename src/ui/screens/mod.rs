//! One component per top-level screen.

mod coming_soon;
mod history;
mod library;
mod routines;
mod settings;

pub use history::HistoryScreen;
pub use library::LibraryScreen;
pub use routines::RoutinesScreen;
pub use settings::SettingsScreen;
