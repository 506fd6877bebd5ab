//! Which screens' code to fetch ahead of a visit, once the first screen is
//! usable and the browser is idle, and whether the connection allows it.
//! The UI (`ui/prefetch.rs`) turns each [`Chunk`] into its wasm chunk's
//! loader.

use super::route::{Location, Route};

/// A screen whose code is a wasm chunk of its own, fetched on its first
/// visit unless fetched ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    History,
    Routines,
    Player,
    /// The library's Add chooser (it reads the routines).
    AddChoices,
    RoutineEditor,
    Exercise,
    Plan,
    Settings,
    Bands,
    ExerciseForm,
    /// A shared routine's preview: opened from a link, so only ever a
    /// first screen.
    Shared,
    /// The first run's steps: only ever a first screen.
    FirstRun,
}

/// The screens a runner opens next, most likely first: History, Routines
/// and the player (through a routine's editor) are what a returning runner
/// opens; then the library's Add chooser, an exercise's page, the week,
/// Settings and the rarer forms.
pub const NEXT_SCREENS: [Chunk; 10] = [
    Chunk::History,
    Chunk::Routines,
    Chunk::Player,
    Chunk::AddChoices,
    Chunk::RoutineEditor,
    Chunk::Exercise,
    Chunk::Plan,
    Chunk::Settings,
    Chunk::Bands,
    Chunk::ExerciseForm,
];

/// The chunk a location's screen lives in; `None` for the library, which
/// is in the first load.
pub fn chunk_of(location: &Location) -> Option<Chunk> {
    Some(match location.route {
        Route::Library if location.detail.is_some() => Chunk::Exercise,
        Route::Library => return None,
        Route::Routines => Chunk::Routines,
        Route::Plan => Chunk::Plan,
        Route::History => Chunk::History,
        Route::Settings => Chunk::Settings,
        Route::Bands => Chunk::Bands,
        Route::Routine => Chunk::RoutineEditor,
        Route::Player => Chunk::Player,
        Route::Shared => Chunk::Shared,
        Route::Start => Chunk::FirstRun,
        Route::ExerciseForm => Chunk::ExerciseForm,
    })
}

/// The chunks to load ahead, in turn, after opening the app at `first`:
/// every next screen but the first screen's own (its visit loads it).
pub fn next_after(first: &Location) -> Vec<Chunk> {
    let own = chunk_of(first);
    NEXT_SCREENS
        .into_iter()
        .filter(|chunk| Some(*chunk) != own)
        .collect()
}

/// Whether to spend data on screens nobody opened yet: not when the
/// browser asks to save data (Save-Data) or reports a 2G-like connection
/// (`navigator.connection.effectiveType` "slow-2g" or "2g"). Where the
/// browser says nothing (Safari, Firefox), fetching ahead is allowed.
pub fn connection_allows(save_data: bool, effective_type: Option<&str>) -> bool {
    !save_data && !matches!(effective_type, Some("slow-2g" | "2g"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_the_library_history_routines_and_the_player_come_first() {
        let order = next_after(&Location::from_hash("#/library"));
        assert_eq!(order[..3], [Chunk::History, Chunk::Routines, Chunk::Player]);
        assert_eq!(order, NEXT_SCREENS);
    }

    #[test]
    fn a_first_screen_with_a_chunk_is_not_loaded_again() {
        let order = next_after(&Location::from_hash("#/settings"));
        assert_eq!(order.len(), NEXT_SCREENS.len() - 1);
        assert!(!order.contains(&Chunk::Settings));
        assert_eq!(order[..3], [Chunk::History, Chunk::Routines, Chunk::Player]);
        let order = next_after(&Location::from_hash("#/history"));
        assert_eq!(order[..2], [Chunk::Routines, Chunk::Player]);
    }

    #[test]
    fn a_link_only_screen_is_followed_by_every_next_screen() {
        assert_eq!(next_after(&Location::from_hash("#/start")), NEXT_SCREENS);
        assert_eq!(next_after(&Location::from_hash("#/r/abc")), NEXT_SCREENS);
    }

    #[test]
    fn each_screen_names_its_chunk() {
        let cases = [
            ("#/library", None),
            ("#/library/clamshell", Some(Chunk::Exercise)),
            ("#/routines", Some(Chunk::Routines)),
            ("#/routine/3", Some(Chunk::RoutineEditor)),
            ("#/play", Some(Chunk::Player)),
            ("#/history", Some(Chunk::History)),
            ("#/plan", Some(Chunk::Plan)),
            ("#/bands", Some(Chunk::Bands)),
            ("#/exercise/new", Some(Chunk::ExerciseForm)),
            ("", None),
        ];
        for (hash, chunk) in cases {
            assert_eq!(chunk_of(&Location::from_hash(hash)), chunk, "{hash}");
        }
    }

    #[test]
    fn save_data_and_2g_connections_fetch_nothing_ahead() {
        assert!(!connection_allows(true, None));
        assert!(!connection_allows(true, Some("4g")));
        assert!(!connection_allows(false, Some("2g")));
        assert!(!connection_allows(false, Some("slow-2g")));
    }

    #[test]
    fn unknown_or_fast_connections_fetch_ahead() {
        assert!(connection_allows(false, None));
        assert!(connection_allows(false, Some("3g")));
        assert!(connection_allows(false, Some("4g")));
        assert!(connection_allows(false, Some("something new")));
    }
}
