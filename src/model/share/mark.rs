//! The mark a calendar event's link carries after its payload,
//! `#/r/<payload>?mine=7`: the link is to the runner's own routine (saved
//! routine 7 where the link was made; `?mine` alone for a starter), so on
//! that phone it opens the routine itself, ready to start (see
//! [`super::already_saved::mine`]). Anywhere else it is an ordinary share
//! link: the payload holds the whole routine, as in any other.

use super::LINK_PREFIX;
use crate::model::routine::routine_book::RoutineId;

/// The word of the mark.
pub const MINE: &str = "mine";

/// A share link's fragment after `#/r/`, taken apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marked<'a> {
    /// The payload, for [`super::decode`].
    pub payload: &'a str,
    /// Set when the link is to the runner's own routine.
    pub mine: Option<Mine>,
}

/// The mark of a link to the runner's own routine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mine {
    /// The routine's id where the link was made, when it was a saved one.
    pub id: Option<RoutineId>,
}

/// The fragment of a link to the runner's own routine: `#/r/<payload>`
/// then `?mine=<id>`, or `?mine` for a routine that is not saved.
pub fn mine_hash(payload: &str, id: Option<RoutineId>) -> String {
    match id {
        Some(id) => format!("{LINK_PREFIX}{payload}?{MINE}={id}"),
        None => format!("{LINK_PREFIX}{payload}?{MINE}"),
    }
}

/// Takes `detail` (everything after `#/r/`) apart: the payload before any
/// `?` (a payload never has one), and the mark after it. Anything else
/// after the `?` (a messenger's tracking, say) is left out, and an id that
/// is not a number counts as none.
pub fn read(detail: &str) -> Marked<'_> {
    let (payload, query) = detail.split_once('?').unwrap_or((detail, ""));
    let mine = query
        .split('&')
        .find_map(|part| match part.split_once('=') {
            None if part == MINE => Some(Mine { id: None }),
            Some((MINE, id)) => Some(Mine {
                id: id.parse().ok(),
            }),
            _ => None,
        });
    Marked { payload, mine }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_link_gives_back_its_payload_and_its_routines_id() {
        let hash = mine_hash("AbC-1_x", Some(7));
        assert_eq!(hash, "#/r/AbC-1_x?mine=7");
        let detail = hash.strip_prefix(LINK_PREFIX).unwrap();
        assert_eq!(
            read(detail),
            Marked {
                payload: "AbC-1_x",
                mine: Some(Mine { id: Some(7) })
            }
        );
        assert_eq!(mine_hash("AbC", None), "#/r/AbC?mine");
        assert_eq!(read("AbC?mine").mine, Some(Mine { id: None }));
    }

    #[test]
    fn an_unmarked_link_or_other_words_after_it_are_plain_share_links() {
        let plain = Marked {
            payload: "AbC",
            mine: None,
        };
        assert_eq!(read("AbC"), plain);
        assert_eq!(read("AbC?utm_source=chat"), plain);
        assert_eq!(read("AbC?mined=1&minex"), plain);
        assert_eq!(read("AbC?utm=1&mine=3").mine, Some(Mine { id: Some(3) }));
        assert_eq!(read("AbC?mine=seven").mine, Some(Mine { id: None }));
        assert_eq!(read("").payload, "");
        assert_eq!(read("?mine=1").payload, "");
    }
}
