//! The routine a plan points at, as it can be played today: a saved one
//! (by id, or by its name when the id has gone, as after an import), or a
//! starter built with the runner's kit.

use super::week::RoutineRef;
use crate::model::kit::band::BandKit;
use crate::model::routine::routine_book::{RoutineBook, RoutineId};
use crate::model::routine::starter;
use crate::model::routine::Routine;

/// The saved routine a plan names: the one with its id, unless that id now
/// holds a routine of another name while one of the plan's name exists
/// (an import gave the routines new ids); a renamed routine keeps its id.
fn saved<'a>(book: &'a RoutineBook, id: RoutineId, name: &str) -> Option<&'a Routine> {
    let by_id = book.get(id);
    if by_id.is_some_and(|routine| routine.name == name) {
        return by_id;
    }
    book.routines
        .iter()
        .map(|saved| &saved.routine)
        .find(|routine| routine.name == name)
        .or(by_id)
}

/// The routine `reference` names, if it still exists.
pub fn routine(reference: &RoutineRef, book: &RoutineBook, kit: &BandKit) -> Option<Routine> {
    match reference {
        RoutineRef::Saved { id, name } => saved(book, *id, name).cloned(),
        RoutineRef::Starter(id) => starter::by_id(id).map(|starter| starter.build(kit)),
    }
}

/// The name a plan shows for `reference` without building it.
pub fn name(reference: &RoutineRef, book: &RoutineBook) -> Option<String> {
    match reference {
        RoutineRef::Saved { id, name } => saved(book, *id, name).map(|r| r.name.clone()),
        RoutineRef::Starter(id) => starter::by_id(id).map(|starter| starter.name.to_owned()),
    }
}

/// The starters a day's band work offers beside the saved routines, each
/// with the words its option shows: a starter that a saved routine shares
/// a name with (the first run saves its starter under the starter's name)
/// is left out, so no name is listed twice, unless it is the day's choice;
/// then it says it is the starter.
pub fn starter_choices(
    book: &RoutineBook,
    chosen: Option<&RoutineRef>,
) -> Vec<(&'static starter::Starter, String)> {
    starter::starters()
        .iter()
        .filter_map(|starter| {
            let taken = book.routines.iter().any(|s| s.routine.name == starter.name);
            let is_chosen =
                matches!(chosen, Some(RoutineRef::Starter(id)) if id.as_str() == starter.id);
            match (taken, is_chosen) {
                (false, _) => Some((starter, starter.name.to_owned())),
                (true, true) => Some((starter, format!("{} (starter)", starter.name))),
                (true, false) => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_starter_saved_under_its_own_name_is_offered_once() {
        let mut book = RoutineBook::default();
        book.add(Routine::new("Runner's ten, quick"));
        let names = |chosen: Option<&RoutineRef>| -> Vec<String> {
            starter_choices(&book, chosen)
                .into_iter()
                .map(|(_, words)| words)
                .collect()
        };
        let all = starter::starters().len();
        let offered = names(None);
        assert_eq!(offered.len(), all - 1);
        assert!(!offered.iter().any(|n| n == "Runner's ten, quick"));
        // The day's own choice stays listed, and says which one it is.
        let quick = RoutineRef::Starter("runners-ten-quick".to_owned());
        let offered = names(Some(&quick));
        assert_eq!(offered.len(), all);
        assert!(offered.iter().any(|n| n == "Runner's ten, quick (starter)"));
        // An empty book offers every starter by its name.
        let empty = starter_choices(&RoutineBook::default(), Some(&quick));
        assert!(empty.iter().all(|(s, words)| s.name == words));
    }

    #[test]
    fn a_saved_routine_is_found_by_id_then_by_name() {
        let mut book = RoutineBook::default();
        let hills = book.add(Routine::new("Hills"));
        let kit = BandKit::default();
        let by_id = RoutineRef::Saved {
            id: hills,
            name: "Hills".to_owned(),
        };
        assert_eq!(routine(&by_id, &book, &kit).unwrap().name, "Hills");
        // Renamed since: the id still finds it.
        book.rename(hills, "Hill strength").unwrap();
        assert_eq!(routine(&by_id, &book, &kit).unwrap().name, "Hill strength");
        assert_eq!(name(&by_id, &book).as_deref(), Some("Hill strength"));
        // Another id, the same name (an import): the name finds it.
        let moved = RoutineRef::Saved {
            id: 77,
            name: "Hill strength".to_owned(),
        };
        assert_eq!(routine(&moved, &book, &kit).unwrap().name, "Hill strength");
        // Gone altogether.
        let gone = RoutineRef::Saved {
            id: 77,
            name: "Gone".to_owned(),
        };
        assert_eq!(routine(&gone, &book, &kit), None);
        assert_eq!(name(&gone, &book), None);
    }

    #[test]
    fn a_starter_is_built_with_the_kit() {
        let quick = RoutineRef::Starter("runners-ten-quick".to_owned());
        let built = routine(&quick, &RoutineBook::default(), &BandKit::default()).unwrap();
        assert_eq!(built.name, "Runner's ten, quick");
        assert_eq!(built.entries.len(), 10);
        assert_eq!(
            name(
                &RoutineRef::Starter("nope".to_owned()),
                &RoutineBook::default()
            ),
            None
        );
    }
}
