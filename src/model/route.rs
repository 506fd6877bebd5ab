//! The app's screens and their hash routes (`#/library`, `#/settings`, ...).
//!
//! Hash routes let any static file server host the app, and keep whatever
//! follows the `#` on the user's device.

/// A top-level screen of the app, as reached from the main navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    Routines,
    History,
    Settings,
}

impl Route {
    /// Every screen in navigation order.
    pub const ALL: [Route; 4] = [
        Route::Library,
        Route::Routines,
        Route::History,
        Route::Settings,
    ];

    /// The screen a location hash points at. An empty or unknown hash opens
    /// the library, the app's home screen.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let first = path.split(['/', '?']).next().unwrap_or_default();
        Route::ALL
            .into_iter()
            .find(|route| route.slug().eq_ignore_ascii_case(first))
            .unwrap_or(Route::Library)
    }

    /// The path segment that names this screen.
    pub fn slug(self) -> &'static str {
        match self {
            Route::Library => "library",
            Route::Routines => "routines",
            Route::History => "history",
            Route::Settings => "settings",
        }
    }

    /// The link target for this screen, e.g. `#/history`.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The screen's name as shown in the navigation and its heading.
    pub fn label(self) -> &'static str {
        match self {
            Route::Library => "Library",
            Route::Routines => "Routines",
            Route::History => "History",
            Route::Settings => "Settings",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_route_round_trips_through_its_href() {
        for route in Route::ALL {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }

    #[test]
    fn empty_and_unknown_hashes_open_the_library() {
        for hash in ["", "#", "#/", "#/nowhere", "#settingsX", "garbage"] {
            assert_eq!(Route::from_hash(hash), Route::Library, "hash {hash:?}");
        }
    }

    #[test]
    fn hashes_are_read_leniently() {
        assert_eq!(Route::from_hash("#settings"), Route::Settings);
        assert_eq!(Route::from_hash("#/History/2026"), Route::History);
        assert_eq!(Route::from_hash("#/routines?sort=name"), Route::Routines);
    }

    #[test]
    fn labels_are_the_navigation_names_of_the_ui_contract() {
        let labels: Vec<_> = Route::ALL.iter().map(|r| r.label()).collect();
        assert_eq!(labels, ["Library", "Routines", "History", "Settings"]);
    }
}
