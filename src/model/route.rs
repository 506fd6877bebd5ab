//! The app's screens and their hash routes (`#/library`, `#/settings`, ...).
//!
//! Hash routes let any static file server host the app, and keep whatever
//! follows the `#` on the user's device.

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Library,
    Routines,
    /// The runner's week: runs and the band work around them.
    Plan,
    History,
    Settings,
    /// The user's band kit, reached from Settings and the routine editor.
    Bands,
    /// One routine being edited: `#/routine/<id>`.
    Routine,
    /// The workout player, full screen: `#/play`.
    Player,
    /// A routine someone shared, as a link: `#/r/<payload>`.
    Shared,
    /// The first run's three steps (bands, a starter, Start): `#/start`.
    Start,
    /// The own-exercise form: `#/exercise/new`, or `#/exercise/<id>` to
    /// edit one.
    ExerciseForm,
}

/// Where a location hash points: a screen, and for the library, possibly
/// one exercise's detail (`#/library/clamshell`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub route: Route,
    /// The id after the screen's name, e.g. an exercise id.
    pub detail: Option<String>,
}

impl Location {
    /// Reads a location hash leniently: unknown screens open the library,
    /// and only ids made of lowercase letters, digits and dashes count.
    pub fn from_hash(hash: &str) -> Location {
        let route = Route::from_hash(hash);
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split('?').next().unwrap_or_default();
        let mut segments = path.split('/');
        let names_route = segments
            .next()
            .is_some_and(|first| first.eq_ignore_ascii_case(route.slug()));
        if route == Route::Shared {
            // A share link's payload is its own format: the decoder checks
            // it (and its length), so it is passed on as it is.
            let payload = hash
                .trim_start_matches('#')
                .trim_start_matches('/')
                .split_once('/')
                .map(|(_, payload)| payload.to_owned());
            return Location {
                route,
                detail: payload,
            };
        }
        let detail = segments
            .next()
            .filter(|id| names_route && is_id(id))
            .map(str::to_owned);
        Location { route, detail }
    }

    /// The link to a saved routine's editor.
    pub fn routine_href(id: u32) -> String {
        format!("#/routine/{id}")
    }

    /// The form for a new own exercise.
    pub const NEW_EXERCISE_HREF: &'static str = "#/exercise/new";

    /// The form that edits the own exercise with this id.
    pub fn edit_exercise_href(id: &str) -> String {
        format!("#/exercise/{id}")
    }

    /// The link to an exercise's detail in the library.
    pub fn exercise_href(id: &str) -> String {
        format!("#/library/{id}")
    }
}

impl Route {
    /// The screens of the main navigation, in order.
    pub const ALL: [Route; 5] = [
        Route::Library,
        Route::Routines,
        Route::Plan,
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
            .chain([
                Route::Bands,
                Route::Routine,
                Route::Player,
                Route::Shared,
                Route::Start,
                Route::ExerciseForm,
            ])
            .find(|route| route.slug().eq_ignore_ascii_case(first))
            .unwrap_or(Route::Library)
    }

    /// The navigation item this screen belongs under; none for Get started,
    /// which is under no item (it is reached from the first screen).
    #[must_use]
    pub fn nav_item(self) -> Option<Route> {
        match self {
            Route::Start => None,
            Route::Bands => Some(Route::Settings),
            Route::Routine | Route::Player | Route::Shared => Some(Route::Routines),
            Route::ExerciseForm => Some(Route::Library),
            other => Some(other),
        }
    }

    /// The path segment that names this screen.
    pub fn slug(self) -> &'static str {
        match self {
            Route::Library => "library",
            Route::Routines => "routines",
            Route::Plan => "plan",
            Route::History => "history",
            Route::Settings => "settings",
            Route::Bands => "bands",
            Route::Routine => "routine",
            Route::Player => "play",
            Route::Shared => "r",
            Route::Start => "start",
            Route::ExerciseForm => "exercise",
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
            Route::Plan => "Plan",
            Route::History => "History",
            Route::Settings => "Settings",
            Route::Bands => "Your bands",
            Route::Routine => "Routine",
            Route::Player => "Workout",
            Route::Shared => "Shared routine",
            Route::Start => "Get started",
            Route::ExerciseForm => "Your exercise",
        }
    }
}

/// A plausible id: 1 to 64 lowercase letters, digits and dashes.
fn is_id(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
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
    fn the_band_kit_has_a_route_outside_the_navigation() {
        assert_eq!(Route::from_hash("#/bands"), Route::Bands);
        assert!(!Route::ALL.contains(&Route::Bands));
        assert_eq!(Route::Bands.nav_item(), Some(Route::Settings));
        assert_eq!(Route::History.nav_item(), Some(Route::History));
        let editor = Location::from_hash(&Location::routine_href(12));
        assert_eq!(editor.route, Route::Routine);
        assert_eq!(editor.detail.as_deref(), Some("12"));
        assert_eq!(Route::Routine.nav_item(), Some(Route::Routines));
    }

    #[test]
    fn a_share_link_carries_its_payload_untouched() {
        let location = Location::from_hash("#/r/AQxS_-dW5u");
        assert_eq!(location.route, Route::Shared);
        assert_eq!(location.detail.as_deref(), Some("AQxS_-dW5u"));
        // Whatever follows goes to the decoder, which judges it.
        let odd = Location::from_hash("#/r/<img src=x>/more");
        assert_eq!(odd.detail.as_deref(), Some("<img src=x>/more"));
        assert_eq!(Location::from_hash("#/r").detail, None);
        assert_eq!(Location::from_hash("#/r/").detail.as_deref(), Some(""));
        assert_eq!(Route::Shared.nav_item(), Some(Route::Routines));
    }

    #[test]
    fn the_player_has_a_route_outside_the_navigation() {
        assert_eq!(Route::from_hash("#/play"), Route::Player);
        assert_eq!(Route::from_hash(&Route::Player.href()), Route::Player);
        assert!(!Route::ALL.contains(&Route::Player));
        assert_eq!(Route::Player.nav_item(), Some(Route::Routines));
    }

    #[test]
    fn the_first_run_has_a_route_under_the_library() {
        assert_eq!(Route::from_hash("#/start"), Route::Start);
        assert_eq!(Route::from_hash(&Route::Start.href()), Route::Start);
        assert!(!Route::ALL.contains(&Route::Start));
        assert_eq!(Route::Start.nav_item(), None);
    }

    #[test]
    fn the_exercise_form_has_a_route_under_the_library() {
        let new = Location::from_hash(Location::NEW_EXERCISE_HREF);
        assert_eq!(new.route, Route::ExerciseForm);
        assert_eq!(new.detail.as_deref(), Some("new"));
        let edit = Location::from_hash(&Location::edit_exercise_href("own-12"));
        assert_eq!(edit.route, Route::ExerciseForm);
        assert_eq!(edit.detail.as_deref(), Some("own-12"));
        assert_eq!(Route::ExerciseForm.nav_item(), Some(Route::Library));
        assert!(!Route::ALL.contains(&Route::ExerciseForm));
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
    fn a_detail_id_follows_the_screen_name() {
        let location = Location::from_hash("#/library/clamshell");
        assert_eq!(location.route, Route::Library);
        assert_eq!(location.detail.as_deref(), Some("clamshell"));
        assert_eq!(
            Location::from_hash(&Location::exercise_href("dead-bug"))
                .detail
                .as_deref(),
            Some("dead-bug")
        );
        assert_eq!(Location::from_hash("#/library").detail, None);
        assert_eq!(Location::from_hash("#/library/").detail, None);
    }

    #[test]
    fn odd_detail_ids_are_ignored() {
        for hash in [
            "#/library/<img>",
            "#/library/Clam Shell",
            "#/nowhere/clamshell",
            "#/library/a%20b",
        ] {
            assert_eq!(Location::from_hash(hash).detail, None, "{hash}");
        }
        let long = format!("#/library/{}", "a".repeat(65));
        assert_eq!(Location::from_hash(&long).detail, None);
    }

    #[test]
    fn labels_are_the_navigation_names_of_the_ui_contract() {
        let labels: Vec<_> = Route::ALL.iter().map(|r| r.label()).collect();
        assert_eq!(
            labels,
            ["Library", "Routines", "Plan", "History", "Settings"]
        );
    }
}
