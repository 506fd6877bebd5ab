//! The words a kit uses for its bands' strengths, lightest first, as the
//! ready-made sets name them ("light", "medium", "heavy"), for bands that
//! arrive with a colour and a place in the kit but no word of their own
//! (those taken from a share link).

/// The flat band ladder, the longest of the ready-made sets.
const LADDER: [&str; 8] = [
    "extra light",
    "light",
    "medium",
    "heavy",
    "extra heavy",
    "special heavy",
    "super heavy",
    "maximum",
];

/// The strength word of band `level` (from 1) in a kit of `count` bands:
/// a few bands take the middle words (three are light, medium and heavy,
/// as the fabric and long loop sets say); more take the ladder from its
/// lightest. Beyond the ladder, the level in words ("level 9").
pub fn word(level: usize, count: usize) -> String {
    let words: &[&str] = match count {
        1 => &["medium"],
        2 => &["light", "heavy"],
        3 => &["light", "medium", "heavy"],
        4 => &["light", "medium", "heavy", "extra heavy"],
        _ => &LADDER,
    };
    level
        .checked_sub(1)
        .and_then(|at| words.get(at))
        .map_or_else(|| format!("level {level}"), |word| (*word).to_owned())
}

#[cfg(test)]
mod tests {
    use super::word;

    fn all(count: usize) -> Vec<String> {
        (1..=count).map(|level| word(level, count)).collect()
    }

    #[test]
    fn a_few_bands_take_the_words_of_the_ready_made_sets() {
        assert_eq!(all(1), ["medium"]);
        assert_eq!(all(2), ["light", "heavy"]);
        assert_eq!(all(3), ["light", "medium", "heavy"]);
        assert_eq!(
            all(5),
            ["extra light", "light", "medium", "heavy", "extra heavy"]
        );
    }

    #[test]
    fn past_the_ladder_a_band_is_named_by_its_level() {
        assert_eq!(word(8, 9), "maximum");
        assert_eq!(word(9, 9), "level 9");
        assert_eq!(word(0, 3), "level 0");
    }
}
