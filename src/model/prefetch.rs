//! Whether to fetch the on-demand chunk (every screen but the library)
//! ahead of a visit, once the first screen is usable and the browser is
//! idle: not when the first screen is itself on demand (its visit fetches
//! the chunk), nor on a connection that asks to save data. The UI
//! (`ui/prefetch.rs`) does the fetching.

use super::route::{Location, Route};

/// Whether the screen at `location` is in the on-demand chunk: every
/// screen but the library's list.
pub fn is_on_demand(location: &Location) -> bool {
    !(location.route == Route::Library && location.detail.is_none())
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
    fn only_the_library_list_is_in_the_first_load() {
        let cases = [
            ("#/library", false),
            ("", false),
            ("#/library/clamshell", true),
            ("#/routines", true),
            ("#/routine/3", true),
            ("#/play", true),
            ("#/history", true),
            ("#/plan", true),
            ("#/bands", true),
            ("#/settings", true),
            ("#/start", true),
            ("#/r/abc", true),
            ("#/exercise/new", true),
        ];
        for (hash, on_demand) in cases {
            assert_eq!(
                is_on_demand(&Location::from_hash(hash)),
                on_demand,
                "{hash}"
            );
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
