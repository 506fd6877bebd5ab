//! Throws many generated payloads at the decoder: random bytes, random
//! base64url-like text, and damaged copies of real links. None may panic,
//! and every one that reads must write back to a payload that reads the
//! same. A small fixed-seed generator keeps every run identical.

use std::collections::HashMap;
use std::mem::{discriminant, Discriminant};

use super::wire::{from_base64url, to_base64url};
use super::*;
use crate::model::catalog::own::OwnExercises;
use crate::model::dose::Dose;
use crate::model::kit::band::{preset, BandKit};
use crate::model::routine::starter;
use crate::model::routine::{BandChoice, Routine};

/// `SplitMix64`: tiny, fast and good enough to pick inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn byte(&mut self) -> u8 {
        self.next() as u8
    }
}

/// Real payloads to damage: every starter with two kits and with none, and
/// one routine that uses every feature of the format.
fn seeds() -> Vec<Vec<u8>> {
    let kits = [
        preset("mini-loop-5").unwrap().kit(),
        preset("fabric-loop-3").unwrap().kit(),
        BandKit::default(),
    ];
    let mut payloads = Vec::new();
    for s in starter::starters() {
        for kit in &kits {
            payloads.push(encode(&s.build(kit), kit).unwrap());
        }
    }
    let kit = &kits[0];
    let mut rich = Routine::new("Ünïcode <b>name</b>");
    let band = |at: usize| Some(kit.bands[at].id);
    let doses = [
        Dose::reps(3, 12, 30).each_side(),
        Dose::timed(4, 30, 20),
        Dose::holds(3, 10, 5, 600),
        Dose::steps_each_way(3, 15, 0),
        Dose::hold(1, 600, 0).each_side(),
    ];
    for (i, dose) in doses.into_iter().enumerate() {
        let exercise = if i % 2 == 0 {
            "clamshell"
        } else {
            "my-own-move"
        };
        let bands = BandChoice {
            main: band(i),
            stacked: band((i + 2) % 5),
        };
        rich.push(exercise, dose, bands);
    }
    rich.group(0, 1, 2);
    rich.group(2, 4, 10);
    payloads.push(encode(&rich, kit).unwrap());
    // The runner's own exercises, every field filled (version 2).
    let mut own = OwnExercises::default();
    let airplane = own.add(super::own_tests::hip_airplane());
    rich.push(&airplane, Dose::reps(3, 8, 45), BandChoice::default());
    payloads.push(
        SharedRoutine::from_routine(&rich, kit)
            .with_own(&own)
            .encode()
            .unwrap(),
    );
    payloads
        .iter()
        .map(|p| from_base64url(p).unwrap())
        .collect()
}

/// One to four random changes to a copy of `bytes`.
fn damage(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(6) {
            0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
            1 if at < bytes.len() => bytes[at] = rng.byte(),
            // Small numbers are what the format is full of.
            2 if at < bytes.len() => bytes[at] = rng.below(4) as u8,
            3 => bytes.insert(at, rng.byte()),
            4 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

const TEXT_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/% #";

/// Text of base64url characters, with the odd character that never is.
fn random_text(rng: &mut Rng) -> String {
    let len = rng.below(120);
    let mut text = String::with_capacity(len + 2);
    match rng.below(3) {
        0 => text.push_str("AQ"), // starts with the version byte, 1
        1 => text.push_str("Ag"), // or 2
        _ => {}
    }
    for _ in 0..len {
        let pool = if rng.below(50) == 0 {
            TEXT_CHARS.len()
        } else {
            64
        };
        text.push(TEXT_CHARS[rng.below(pool)] as char);
    }
    text
}

/// What a fuzz run saw.
#[derive(Debug, Default)]
struct Outcome {
    read: usize,
    /// Per kind of error, the first one seen and how many.
    errors: HashMap<Discriminant<ShareError>, (ShareError, usize)>,
}

fn run(count: usize, seed: u64) -> Outcome {
    let seeds = seeds();
    let mut rng = Rng(seed);
    let mut outcome = Outcome::default();
    for i in 0..count {
        let payload = match i % 4 {
            0 => {
                let mut bytes: Vec<u8> = (0..rng.below(80)).map(|_| rng.byte()).collect();
                if let Some(first) = bytes.first_mut().filter(|_| rng.below(4) != 0) {
                    *first = FORMAT_VERSION;
                }
                to_base64url(&bytes)
            }
            1 => random_text(&mut rng),
            2 => {
                let seed = &seeds[rng.below(seeds.len())];
                to_base64url(&damage(&mut rng, seed))
            }
            _ => {
                let seed = to_base64url(&seeds[rng.below(seeds.len())]);
                let mut text = seed.into_bytes();
                let at = rng.below(text.len());
                match rng.below(3) {
                    0 => text.truncate(at),
                    1 => text[at] = TEXT_CHARS[rng.below(TEXT_CHARS.len())],
                    _ => text.insert(at, TEXT_CHARS[rng.below(64)]),
                }
                String::from_utf8(text).unwrap()
            }
        };
        match decode(&payload) {
            Ok(shared) => {
                outcome.read += 1;
                let again = shared
                    .encode()
                    .unwrap_or_else(|e| panic!("{payload} read but cannot be written: {e:?}"));
                assert_eq!(decode(&again).as_ref(), Ok(&shared), "{payload}");
                for entry in &shared.entries {
                    assert!(entry.dose.errors().is_empty(), "{payload}");
                }
            }
            Err(error) => {
                assert!(!error.to_string().is_empty());
                outcome
                    .errors
                    .entry(discriminant(&error))
                    .or_insert((error, 0))
                    .1 += 1;
            }
        }
    }
    outcome
}

/// The fuzz run must reach deep into the format, not just bounce off the
/// first byte: many inputs must read, and many kinds of refusal appear.
fn check(outcome: &Outcome, count: usize) {
    assert!(outcome.read > count / 50, "only {} read", outcome.read);
    assert!(
        outcome.errors.len() >= 12,
        "only {} kinds of error: {:?}",
        outcome.errors.len(),
        outcome.errors
    );
}

/// A million inputs: about six seconds unoptimised, so it runs with every
/// `cargo test`. Run with `--nocapture` to see what it reached.
#[test]
fn a_million_generated_payloads_never_panic() {
    let count = 1_000_000;
    let outcome = run(count, 0x5eed);
    println!(
        "{count} payloads: {} read, {} kinds of error: {:?}",
        outcome.read,
        outcome.errors.len(),
        outcome.errors.values().collect::<Vec<_>>()
    );
    check(&outcome, count);
}
