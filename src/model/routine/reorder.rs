//! The arithmetic of reordering a list by dragging or by keyboard, kept
//! apart from the DOM so it can be tested: where a dragged item lands, how
//! fast the page scrolls near an edge, and the keyboard pick-up/move/drop
//! cycle with what to announce at each step.

/// The gap a pointer at `y` points at, among items whose vertical middles
/// are `middles` (top to bottom): 0 is before the first item, `len` after
/// the last.
pub fn gap_at(middles: &[f64], y: f64) -> usize {
    middles.iter().take_while(|&&middle| y > middle).count()
}

/// Where an item dragged from index `from` ends up when dropped in `gap`:
/// taking it out first shifts the gaps after it up by one.
pub fn index_for_gap(from: usize, gap: usize) -> usize {
    if gap > from {
        gap - 1
    } else {
        gap
    }
}

/// How far from a viewport edge auto-scrolling starts, in CSS pixels.
pub const SCROLL_ZONE: f64 = 80.0;
/// The fastest auto-scroll, in pixels per frame.
pub const MAX_SCROLL_STEP: f64 = 18.0;

/// Pixels to scroll this frame while dragging at `y` in a viewport of
/// `height`: negative near the top, positive near the bottom, faster the
/// closer to the edge, zero in between.
pub fn scroll_step(y: f64, height: f64) -> f64 {
    let zone = SCROLL_ZONE.min(height / 4.0);
    if zone <= 0.0 {
        return 0.0;
    }
    let depth = if y < zone {
        -(zone - y.max(0.0)) / zone
    } else if y > height - zone {
        (y.min(height) - (height - zone)) / zone
    } else {
        0.0
    };
    (depth * MAX_SCROLL_STEP).round()
}

/// An item picked up with the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifted {
    /// Where it was when picked up (Escape puts it back there).
    pub origin: usize,
    /// Where it is now.
    pub at: usize,
}

/// What a key does to the list while an item is lifted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMove {
    Up,
    Down,
    Drop,
    Cancel,
}

/// The result of a key press on a lifted item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyOutcome {
    /// Move the item from `from` to `to` and keep it lifted.
    Moved { from: usize, to: usize },
    /// Nothing to do: it is already at that end.
    Stuck,
    /// Put it down where it is.
    Dropped { at: usize },
    /// Put it back where it was picked up (a move from `from` to `to`).
    Cancelled { from: usize, to: usize },
}

impl Lifted {
    pub fn new(at: usize) -> Self {
        Self { origin: at, at }
    }

    /// Applies a key to the lifted item in a list of `len` items.
    pub fn press(&mut self, key: KeyMove, len: usize) -> KeyOutcome {
        match key {
            KeyMove::Up if self.at > 0 => {
                let from = self.at;
                self.at -= 1;
                KeyOutcome::Moved { from, to: self.at }
            }
            KeyMove::Down if self.at + 1 < len => {
                let from = self.at;
                self.at += 1;
                KeyOutcome::Moved { from, to: self.at }
            }
            KeyMove::Up | KeyMove::Down => KeyOutcome::Stuck,
            KeyMove::Drop => KeyOutcome::Dropped { at: self.at },
            KeyMove::Cancel => {
                let from = self.at;
                self.at = self.origin;
                KeyOutcome::Cancelled {
                    from,
                    to: self.origin,
                }
            }
        }
    }
}

/// What a screen reader hears for each step, with 1-based positions.
pub fn announce(name: &str, outcome: Option<KeyOutcome>, len: usize) -> String {
    match outcome {
        None => format!(
            "Picked up {name}. Use the up and down arrows to move it, Space to drop it, Escape to cancel."
        ),
        Some(KeyOutcome::Moved { to, .. }) => format!("{name} moved to position {} of {len}.", to + 1),
        Some(KeyOutcome::Stuck) => format!("{name} cannot move further."),
        Some(KeyOutcome::Dropped { at }) => format!("Dropped {name} at position {} of {len}.", at + 1),
        Some(KeyOutcome::Cancelled { to, .. }) => {
            format!("Move cancelled. {name} is back at position {} of {len}.", to + 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gap_is_counted_from_item_middles() {
        let middles = [50.0, 150.0, 250.0];
        assert_eq!(gap_at(&middles, 0.0), 0);
        assert_eq!(
            gap_at(&middles, 50.0),
            0,
            "exactly on a middle stays before it"
        );
        assert_eq!(gap_at(&middles, 51.0), 1);
        assert_eq!(gap_at(&middles, 200.0), 2);
        assert_eq!(gap_at(&middles, 900.0), 3);
        assert_eq!(gap_at(&[], 10.0), 0);
    }

    #[test]
    fn dropping_after_the_origin_accounts_for_its_removal() {
        // Dragging the item at 1 into the gap after item 3 lands it at 3.
        assert_eq!(index_for_gap(1, 4), 3);
        assert_eq!(
            index_for_gap(1, 2),
            1,
            "the gap right after itself: no move"
        );
        assert_eq!(
            index_for_gap(1, 1),
            1,
            "the gap right before itself: no move"
        );
        assert_eq!(index_for_gap(3, 0), 0);
    }

    #[test]
    #[allow(clippy::float_cmp, reason = "exact values from one formula")]
    fn auto_scroll_speeds_up_towards_each_edge_only() {
        let height = 800.0;
        assert_eq!(scroll_step(400.0, height), 0.0);
        assert_eq!(scroll_step(SCROLL_ZONE, height), 0.0);
        assert_eq!(scroll_step(0.0, height), -MAX_SCROLL_STEP);
        assert_eq!(
            scroll_step(-30.0, height),
            -MAX_SCROLL_STEP,
            "past the edge is capped"
        );
        assert_eq!(scroll_step(height, height), MAX_SCROLL_STEP);
        assert_eq!(
            scroll_step(height - SCROLL_ZONE / 2.0, height),
            MAX_SCROLL_STEP / 2.0
        );
        assert!(scroll_step(20.0, height) < scroll_step(60.0, height));
        assert_eq!(scroll_step(10.0, 0.0), 0.0, "no viewport, no scrolling");
    }

    #[test]
    fn arrows_move_a_lifted_item_and_stop_at_the_ends() {
        let mut lifted = Lifted::new(1);
        assert_eq!(
            lifted.press(KeyMove::Up, 3),
            KeyOutcome::Moved { from: 1, to: 0 }
        );
        assert_eq!(lifted.press(KeyMove::Up, 3), KeyOutcome::Stuck);
        assert_eq!(
            lifted.press(KeyMove::Down, 3),
            KeyOutcome::Moved { from: 0, to: 1 }
        );
        assert_eq!(
            lifted.press(KeyMove::Down, 3),
            KeyOutcome::Moved { from: 1, to: 2 }
        );
        assert_eq!(lifted.press(KeyMove::Down, 3), KeyOutcome::Stuck);
        assert_eq!(
            lifted.press(KeyMove::Drop, 3),
            KeyOutcome::Dropped { at: 2 }
        );
    }

    #[test]
    fn escape_puts_the_item_back_where_it_was_picked_up() {
        let mut lifted = Lifted::new(0);
        lifted.press(KeyMove::Down, 4);
        lifted.press(KeyMove::Down, 4);
        assert_eq!(
            lifted.press(KeyMove::Cancel, 4),
            KeyOutcome::Cancelled { from: 2, to: 0 }
        );
        assert_eq!(lifted.at, 0);
    }

    #[test]
    fn every_step_is_announced_with_positions_from_one() {
        assert!(announce("Clamshell", None, 3).starts_with("Picked up Clamshell."));
        assert_eq!(
            announce("Clamshell", Some(KeyOutcome::Moved { from: 0, to: 1 }), 3),
            "Clamshell moved to position 2 of 3."
        );
        assert_eq!(
            announce("Clamshell", Some(KeyOutcome::Dropped { at: 2 }), 3),
            "Dropped Clamshell at position 3 of 3."
        );
        assert!(announce(
            "Clamshell",
            Some(KeyOutcome::Cancelled { from: 2, to: 0 }),
            3
        )
        .contains("back at position 1 of 3"));
        assert!(announce("Clamshell", Some(KeyOutcome::Stuck), 3).contains("cannot move"));
    }
}
