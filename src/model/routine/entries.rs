//! A routine: an ordered list of entries (an exercise, its dose and its
//! bands). Adjacent entries can form a circuit, done for a number of rounds.
//!
//! Entries are kept in one flat list so that inserting, moving and removing
//! work by position, as drag and drop does. Circuit membership is a tag on
//! each entry; the operations keep every circuit one contiguous run of at
//! least two entries.
//!
//! A circuit round is one set of each of its moves, so a move in a circuit
//! always has a one-set dose: its volume is the circuit's rounds. The sets
//! and rounds trade places as moves come and go:
//! - grouping moves makes as many rounds as the most sets any of them had
//!   (three sets of each become three rounds);
//! - a move that joins an existing circuit does one set per round, and the
//!   circuit keeps its rounds;
//! - a move that leaves (or is left alone when its circuit dissolves) gets
//!   as many sets as the circuit had rounds.

use serde::{Deserialize, Serialize};

use crate::model::catalog::exercise::{Category, Exercise};
use crate::model::dose::Dose;
use crate::model::kit::band::{Band, BandId, BandKit};

/// An entry's identity within its routine; stable while it moves.
pub type EntryId = u32;
/// A circuit's identity within its routine.
pub type CircuitId = u32;

/// Which bands an entry uses: usually one, sometimes a second one stacked
/// (e.g. another at the ankles for monster walks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandChoice {
    pub main: Option<BandId>,
    pub stacked: Option<BandId>,
}

/// One exercise in a routine.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    /// The catalog id of the exercise.
    pub exercise: String,
    pub dose: Dose,
    pub bands: BandChoice,
    /// The circuit this entry belongs to, if any.
    pub circuit: Option<CircuitId>,
}

/// How a group of adjacent entries is done together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Circuit {
    pub id: CircuitId,
    pub rounds: u8,
    /// Seconds to move from one exercise to the next within a round.
    pub transition_s: u16,
    /// Seconds of rest between rounds.
    pub round_rest_s: u16,
}

/// Defaults for a new circuit: a short change-over between moves and a
/// minute between rounds, as in the fabric-band programme.
pub const DEFAULT_TRANSITION_S: u16 = 10;
pub const DEFAULT_ROUND_REST_S: u16 = 60;
pub const MAX_ROUNDS: u8 = 10;

/// A part of the routine as it is done: one entry, or a circuit of several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// The entry at this index.
    Single(usize),
    /// The circuit over these indexes.
    Circuit {
        circuit: CircuitId,
        start: usize,
        end: usize,
    },
}

/// A routine as the user built it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    pub name: String,
    pub entries: Vec<Entry>,
    pub circuits: Vec<Circuit>,
    /// Ids are never reused within a routine.
    #[serde(default)]
    next_id: u32,
}

impl Routine {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }

    fn fresh_id(&mut self) -> u32 {
        let highest = self
            .entries
            .iter()
            .map(|e| e.id)
            .chain(self.circuits.iter().map(|c| c.id))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(highest + 1);
        self.next_id = id + 1;
        id
    }

    /// The entry with this id, and its index.
    pub fn find(&self, id: EntryId) -> Option<(usize, &Entry)> {
        self.entries.iter().enumerate().find(|(_, e)| e.id == id)
    }

    /// The entry with `id`, to change; `None` once it has been removed (a
    /// late edit then changes nothing rather than another entry).
    pub fn entry_mut(&mut self, id: EntryId) -> Option<&mut Entry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }

    /// Rounds, transition and round rest of a circuit. A circuit always
    /// exists for its id; if one were missing, its moves would be done as a
    /// single plain round.
    pub fn circuit_plan(&self, id: CircuitId) -> (u8, u16, u16) {
        self.circuit(id)
            .map_or((1, 0, 0), |c| (c.rounds, c.transition_s, c.round_rest_s))
    }

    /// The dose a session of this routine records for `entry`: a move in
    /// a circuit does its set once a round, so its sets are the rounds'
    /// worth (what history, progress and step-ups compare).
    pub fn session_dose(&self, entry: &Entry) -> Dose {
        let rounds = entry.circuit.map_or(1, |id| self.circuit_plan(id).0);
        Dose {
            sets: entry.dose.sets.saturating_mul(rounds),
            ..entry.dose
        }
    }

    /// The circuit with this id.
    pub fn circuit(&self, id: CircuitId) -> Option<&Circuit> {
        self.circuits.iter().find(|c| c.id == id)
    }

    /// Inserts an exercise at `index` (clamped to the end) and returns the new
    /// entry's id. Dropped between two entries of one circuit, it joins it.
    pub fn insert(
        &mut self,
        index: usize,
        exercise: &str,
        dose: Dose,
        bands: BandChoice,
    ) -> EntryId {
        let index = index.min(self.entries.len());
        let id = self.fresh_id();
        let circuit = self.circuit_around(index);
        self.entries.insert(
            index,
            Entry {
                id,
                exercise: exercise.to_owned(),
                dose,
                bands,
                circuit,
            },
        );
        self.normalize();
        id
    }

    /// Adds a catalog exercise at `at` (the end when None) with its default
    /// dose and a starting band from `kit` of the type the exercise needs
    /// (see `kit::band_match`): the lightest that suits for mobility work, the
    /// second lightest otherwise, and none when no band suits. Returns its
    /// position.
    pub fn add_exercise(
        &mut self,
        exercise: &Exercise,
        at: Option<usize>,
        kit: Option<&BandKit>,
    ) -> usize {
        let gentle = exercise.category == Category::Mobility;
        let needed = exercise.band_type;
        let bands = BandChoice {
            main: kit
                .and_then(|kit| crate::model::kit::band_match::starting_band(kit, needed, gentle)),
            stacked: None,
        };
        let at = at.unwrap_or(self.entries.len()).min(self.entries.len());
        self.insert(at, exercise.id, exercise.default_dose, bands);
        at
    }

    /// The bands of `kit` this routine uses, once each, in the kit's order
    /// (lightest first).
    pub fn bands_used<'k>(&self, kit: &'k [Band]) -> Vec<&'k Band> {
        kit.iter()
            .filter(|band| {
                self.entries.iter().any(|entry| {
                    entry.bands.main == Some(band.id) || entry.bands.stacked == Some(band.id)
                })
            })
            .collect()
    }

    /// Appends an exercise at the end.
    pub fn push(&mut self, exercise: &str, dose: Dose, bands: BandChoice) -> EntryId {
        self.insert(self.entries.len(), exercise, dose, bands)
    }

    /// The circuit an entry placed at `index` would sit inside: the one both
    /// neighbours belong to.
    fn circuit_around(&self, index: usize) -> Option<CircuitId> {
        let before = index.checked_sub(1).and_then(|i| self.entries.get(i))?;
        let after = self.entries.get(index)?;
        before.circuit.filter(|c| after.circuit == Some(*c))
    }

    /// Moves the entry at `from` so that it ends up at index `to` (both
    /// clamped). Returns false when nothing moved. The entry joins a circuit
    /// it lands inside, keeps its own circuit if it lands next to it, and
    /// otherwise leaves it.
    pub fn move_entry(&mut self, from: usize, to: usize) -> bool {
        if from >= self.entries.len() {
            return false;
        }
        let to = to.min(self.entries.len() - 1);
        if from == to {
            return false;
        }
        let mut entry = self.entries.remove(from);
        let own = entry.circuit.take();
        let inside = self.circuit_around(to);
        let beside_own = own.is_some()
            && [to.checked_sub(1), Some(to)]
                .into_iter()
                .flatten()
                .filter_map(|i| self.entries.get(i))
                .any(|e| e.circuit == own);
        entry.circuit = inside.or(if beside_own { own } else { None });
        if let Some(own) = own.filter(|_| entry.circuit.is_none()) {
            entry.dose.sets = self.rounds_of(own);
        }
        self.entries.insert(to, entry);
        self.normalize();
        true
    }

    /// Removes the entry at `index` and returns it, with what Undo needs.
    pub fn remove(&mut self, index: usize) -> Option<Removed> {
        if index >= self.entries.len() {
            return None;
        }
        let entry = self.entries.remove(index);
        let circuit = entry.circuit.and_then(|id| self.circuit(id).copied());
        // With one member left, the circuit dissolves: remember that member.
        let members: Vec<EntryId> = self
            .entries
            .iter()
            .filter(|e| e.circuit.is_some() && e.circuit == entry.circuit)
            .map(|e| e.id)
            .collect();
        let partner = (members.len() == 1).then(|| members[0]);
        self.normalize();
        Some(Removed {
            index,
            entry,
            circuit,
            partner,
        })
    }

    /// Puts back what [`Routine::remove`] took out, circuit included.
    pub fn restore(&mut self, removed: Removed) {
        let Removed {
            index,
            entry,
            circuit,
            partner,
        } = removed;
        if let Some(circuit) = circuit {
            if self.circuit(circuit.id).is_none() {
                self.circuits.push(circuit);
            }
            if let Some(partner) = self.entries.iter_mut().find(|e| Some(e.id) == partner) {
                partner.circuit.get_or_insert(circuit.id);
            }
        }
        let index = index.min(self.entries.len());
        self.entries.insert(index, entry);
        self.normalize();
    }

    /// Makes the entries `start..=end` one new circuit and returns its id.
    /// It does `rounds`, or more if a move had more sets (each move then
    /// does one set per round). Fewer than two entries, or a range past the
    /// end, makes nothing.
    pub fn group(&mut self, start: usize, end: usize, rounds: u8) -> Option<CircuitId> {
        if end <= start || end >= self.entries.len() {
            return None;
        }
        let id = self.fresh_id();
        let most_sets = self.entries[start..=end]
            .iter()
            .map(|entry| entry.dose.sets)
            .max()
            .unwrap_or(1);
        self.circuits.push(Circuit {
            id,
            rounds: rounds.max(most_sets).clamp(1, MAX_ROUNDS),
            transition_s: DEFAULT_TRANSITION_S,
            round_rest_s: DEFAULT_ROUND_REST_S,
        });
        for entry in &mut self.entries[start..=end] {
            entry.circuit = Some(id);
        }
        self.normalize();
        Some(id)
    }

    /// Brings a routine saved before circuits did one set of each move per
    /// round (schema 2 and earlier, and links and exports of that time) to
    /// that rule: each circuit does the larger of its rounds and its moves'
    /// sets, and each move one set per round. Returns whether anything
    /// changed; a routine that already follows the rule is left as it is.
    pub fn one_set_per_round(&mut self) -> bool {
        let mut changed = false;
        for circuit in &mut self.circuits {
            let members = self
                .entries
                .iter_mut()
                .filter(|entry| entry.circuit == Some(circuit.id));
            for entry in members {
                if entry.dose.sets != 1 {
                    circuit.rounds = circuit.rounds.max(entry.dose.sets).min(MAX_ROUNDS);
                    entry.dose.sets = 1;
                    changed = true;
                }
            }
        }
        changed
    }

    /// Rounds of the circuit `id` (one if it is missing).
    fn rounds_of(&self, id: CircuitId) -> u8 {
        self.circuit(id).map_or(1, |c| c.rounds)
    }

    /// Puts the entry at `index` and the next one in one circuit: the
    /// circuit either already belongs to, or a new one. Returns its id.
    pub fn link_with_next(&mut self, index: usize) -> Option<CircuitId> {
        let next = self.entries.get(index + 1)?.circuit;
        let this = self.entries.get(index)?.circuit;
        let Some(id) = this.or(next) else {
            return self.group(index, index + 1, 1);
        };
        self.entries[index].circuit = Some(id);
        self.entries[index + 1].circuit = Some(id);
        self.normalize();
        Some(id)
    }

    /// Takes the entry at `index` out of its circuit, moving it just after
    /// the circuit so the rest stays together.
    pub fn leave_circuit(&mut self, index: usize) {
        let Some(id) = self.entries.get(index).and_then(|e| e.circuit) else {
            return;
        };
        let end = self
            .blocks()
            .into_iter()
            .find_map(|block| match block {
                Block::Circuit { circuit, end, .. } if circuit == id => Some(end),
                _ => None,
            })
            .unwrap_or(index);
        let mut entry = self.entries.remove(index);
        entry.circuit = None;
        entry.dose.sets = self.rounds_of(id);
        self.entries.insert(end, entry);
        self.normalize();
    }

    /// Dissolves a circuit; its entries stay where they are, each with as
    /// many sets as the circuit had rounds.
    pub fn ungroup(&mut self, id: CircuitId) {
        let rounds = self.rounds_of(id);
        for entry in &mut self.entries {
            if entry.circuit == Some(id) {
                entry.circuit = None;
                entry.dose.sets = rounds;
            }
        }
        self.normalize();
    }

    /// Changes a circuit's settings (the id is kept).
    pub fn set_circuit(&mut self, circuit: Circuit) {
        if let Some(existing) = self.circuits.iter_mut().find(|c| c.id == circuit.id) {
            *existing = circuit;
        }
    }

    /// The routine as it is done, block by block.
    pub fn blocks(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut i = 0;
        while i < self.entries.len() {
            if let Some(circuit) = self.entries[i].circuit {
                let mut end = i;
                while self
                    .entries
                    .get(end + 1)
                    .is_some_and(|e| e.circuit == Some(circuit))
                {
                    end += 1;
                }
                blocks.push(Block::Circuit {
                    circuit,
                    start: i,
                    end,
                });
                i = end + 1;
            } else {
                blocks.push(Block::Single(i));
                i += 1;
            }
        }
        blocks
    }

    /// Replaces every use of a band (e.g. one being removed from the kit) by
    /// another, or by none. Returns how many entries changed.
    pub fn replace_band(&mut self, old: BandId, new: Option<BandId>) -> usize {
        let mut changed = 0;
        for entry in &mut self.entries {
            let bands = &mut entry.bands;
            if bands.main != Some(old) && bands.stacked != Some(old) {
                continue;
            }
            if bands.main == Some(old) {
                bands.main = new;
            }
            if bands.stacked == Some(old) {
                bands.stacked = new;
            }
            // The main band always comes first, and stacking a band on
            // itself means nothing.
            if bands.main.is_none() {
                bands.main = bands.stacked.take();
            }
            if bands.stacked == bands.main {
                bands.stacked = None;
            }
            changed += 1;
        }
        changed
    }

    /// Whether any entry uses this band.
    pub fn uses_band(&self, band: BandId) -> bool {
        self.entries
            .iter()
            .any(|e| e.bands.main == Some(band) || e.bands.stacked == Some(band))
    }

    /// Restores the invariants: every circuit is one contiguous run of at
    /// least two entries, each doing one set per round, and every circuit in
    /// the list is in use.
    fn normalize(&mut self) {
        // Split runs: only a circuit's first run keeps its id; later runs
        // become copies with fresh ids.
        let mut seen = Vec::new();
        let mut i = 0;
        while i < self.entries.len() {
            let Some(id) = self.entries[i].circuit else {
                i += 1;
                continue;
            };
            let mut end = i;
            while self
                .entries
                .get(end + 1)
                .is_some_and(|e| e.circuit == Some(id))
            {
                end += 1;
            }
            if seen.contains(&id) {
                let copy = self.circuit(id).copied();
                let fresh = self.fresh_id();
                if let Some(copy) = copy {
                    self.circuits.push(Circuit { id: fresh, ..copy });
                }
                for entry in &mut self.entries[i..=end] {
                    entry.circuit = Some(fresh);
                }
                seen.push(fresh);
            } else {
                seen.push(id);
            }
            // A run of one is not a circuit: its move keeps the rounds as sets.
            if end == i {
                let rounds = self.entries[i].circuit.map_or(1, |id| self.rounds_of(id));
                let entry = &mut self.entries[i];
                entry.circuit = None;
                entry.dose.sets = rounds;
            } else {
                for entry in &mut self.entries[i..=end] {
                    entry.dose.sets = 1;
                }
            }
            i = end + 1;
        }
        let used: Vec<CircuitId> = self.entries.iter().filter_map(|e| e.circuit).collect();
        self.circuits.retain(|c| used.contains(&c.id));
    }
}

/// An entry taken out of a routine, with what is needed to put it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    pub index: usize,
    pub entry: Entry,
    /// The circuit it belonged to, in case removing it dissolved the circuit.
    pub circuit: Option<Circuit>,
    /// The one entry left in that circuit, when the removal dissolved it.
    pub partner: Option<EntryId>,
}

#[cfg(test)]
#[path = "entries_tests.rs"]
mod tests;
