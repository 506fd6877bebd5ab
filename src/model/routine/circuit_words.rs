//! A circuit's plan in words, for the editor: the order of one round, the
//! change-over and the rest between rounds, and how many rounds, e.g.
//! "Round 1: Clamshell, Glute bridge; rest 60 s; the same again, 3 rounds
//! in all (about 6 min)."

use crate::model::catalog;
use crate::model::routine::estimate::format_duration;
use crate::model::routine::timeline::{Phase, Timeline};
use crate::model::routine::{Block, CircuitId, Routine};

/// The plan of circuit `id` in `routine`, or None when it has no moves.
pub fn plan_in_words(routine: &Routine, id: CircuitId) -> Option<String> {
    let circuit = routine.circuit(id)?;
    let (start, end) = routine.blocks().into_iter().find_map(|block| match block {
        Block::Circuit {
            circuit,
            start,
            end,
            ..
        } if circuit == id => Some((start, end)),
        _ => None,
    })?;
    let moves: Vec<String> = routine
        .entries
        .get(start..=end)?
        .iter()
        .map(|entry| catalog::name_of(&entry.exercise))
        .collect();
    let order = moves.join(", ");
    let change = match circuit.transition_s {
        0 => String::new(),
        s => format!(" ({s} s to change between moves)"),
    };
    let rest = match circuit.round_rest_s {
        0 => "no rest".to_owned(),
        s => format!("rest {s} s"),
    };
    let length = circuit_seconds(routine, start, end);
    let about = format_duration(length);
    Some(match circuit.rounds {
        1 => format!("One round: {order}{change}; about {about}."),
        2 => format!("Round 1: {order}{change}; {rest}; round 2 the same ({about} in all)."),
        n => format!(
            "Round 1: {order}{change}; {rest}; the same again, {n} rounds in all ({about})."
        ),
    })
}

/// Seconds the circuit over `start..=end` takes, from its first move to its
/// last round's end (no get ready).
fn circuit_seconds(routine: &Routine, start: usize, end: usize) -> u32 {
    Timeline::expand(routine)
        .segments
        .iter()
        .filter(|s| (start..=end).contains(&s.entry) && s.phase != Phase::GetReady)
        .map(|s| s.seconds)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dose::Dose;
    use crate::model::routine::{BandChoice, Circuit};

    #[test]
    fn a_circuit_reads_as_its_rounds_in_order() {
        let mut routine = Routine::new("Glutes");
        routine.push("clamshell", Dose::reps(3, 12, 30), BandChoice::default());
        routine.push(
            "glute-bridge",
            Dose::timed(3, 30, 20),
            BandChoice::default(),
        );
        routine.push("dead-bug", Dose::reps(2, 8, 0), BandChoice::default());
        let id = routine.group(0, 1, 1).unwrap();
        assert_eq!(
            plan_in_words(&routine, id).unwrap(),
            "Round 1: Clamshell, Glute bridge with band (10 s to change between moves); rest 60 s; \
             the same again, 3 rounds in all (about 5 min)."
        );
        routine.set_circuit(Circuit {
            id,
            rounds: 2,
            transition_s: 0,
            round_rest_s: 0,
        });
        assert_eq!(
            plan_in_words(&routine, id).unwrap(),
            "Round 1: Clamshell, Glute bridge with band; no rest; round 2 the same (about 2 min in all)."
        );
        assert_eq!(plan_in_words(&routine, id + 100), None);
    }
}
