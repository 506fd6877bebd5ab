//! The drawing of an exercise's progress: three lanes that share the time
//! axis (the amount per set, the sets, the band level), each a line through
//! one dot per session, as SVG path data in a 100 x 40 box that the page
//! stretches to its width. Labels are left to the page, as text, so they
//! stay readable at any width; this module also words the whole chart for
//! screen readers.

use std::fmt::Write;

use crate::model::history::progress::{Progress, ProgressPoint};

/// The drawing box of one lane, in SVG user units.
pub const BOX_WIDTH: f32 = 100.0;
pub const BOX_HEIGHT: f32 = 40.0;
/// Room kept at each side and at top and bottom, so dots are not clipped.
const PAD_X: f32 = 3.0;
const PAD_Y: f32 = 6.0;

/// One lane of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// What the lane shows, e.g. "Reps per set".
    pub title: String,
    /// The lowest and highest values, in words, for the axis.
    pub low: String,
    pub high: String,
    /// The line through the sessions (path data).
    pub line: String,
    /// A dot per session (path data: zero-length strokes with round caps).
    pub dots: String,
    /// For an exercise done each side in turn, whose sides were given: the
    /// right side's line and dots, while `line` and `dots` are the left's;
    /// both empty otherwise.
    pub right_line: String,
    pub right_dots: String,
}

/// The three lanes for `progress`; `level_name` names a band level (0 is
/// "No band").
pub fn lanes(progress: &Progress, level_name: impl Fn(usize) -> String) -> [Lane; 3] {
    let points = &progress.points;
    let per_set: Vec<Option<u32>> = points.iter().map(|p| Some(u32::from(p.per_set))).collect();
    let sets: Vec<Option<u32>> = points.iter().map(|p| Some(u32::from(p.sets))).collect();
    let levels: Vec<Option<u32>> = points.iter().map(|p| p.level.map(|l| l as u32)).collect();
    let measure = progress.measure;
    let amount = if points.iter().any(|p| p.sides.is_some()) {
        let side = |at: usize| -> Vec<Option<u32>> {
            points
                .iter()
                .map(|p| {
                    let [left, right] = p.sides.unwrap_or([p.per_set, p.per_set]);
                    Some(u32::from(if at == 0 { left } else { right }))
                })
                .collect()
        };
        two_sides(measure.title(), &side(0), &side(1))
    } else {
        lane(measure.title(), &per_set, false, |v| v.to_string())
    };
    let sets = lane("Sets", &sets, true, |v| v.to_string());
    let band = lane("Band", &levels, true, |v| level_name(v as usize));
    [amount, sets, band]
}

/// The amount lane with a line for each side, on one scale.
fn two_sides(title: &str, left: &[Option<u32>], right: &[Option<u32>]) -> Lane {
    let both: Vec<Option<u32>> = left.iter().chain(right).copied().collect();
    let bounds = |values: &[Option<u32>]| {
        let known = values.iter().flatten().copied();
        known.clone().min().zip(known.max())
    };
    let Some((low, high)) = bounds(&both) else {
        return lane(title, left, false, |v| v.to_string());
    };
    let (line, dots) = path(left, low, high, false);
    let (right_line, right_dots) = path(right, low, high, false);
    Lane {
        title: title.to_owned(),
        low: low.to_string(),
        high: high.to_string(),
        line,
        dots,
        right_line,
        right_dots,
    }
}

fn lane(title: &str, values: &[Option<u32>], steps: bool, label: impl Fn(u32) -> String) -> Lane {
    let known = values.iter().flatten().copied();
    let (Some(low), Some(high)) = (known.clone().min(), known.max()) else {
        return Lane {
            title: title.to_owned(),
            low: String::new(),
            high: String::new(),
            line: String::new(),
            dots: String::new(),
            right_line: String::new(),
            right_dots: String::new(),
        };
    };
    let (line, dots) = path(values, low, high, steps);
    Lane {
        title: title.to_owned(),
        low: label(low),
        high: label(high),
        line,
        dots,
        right_line: String::new(),
        right_dots: String::new(),
    }
}

/// The line and the dots through `values` between `low` and `high`.
fn path(values: &[Option<u32>], low: u32, high: u32, steps: bool) -> (String, String) {
    let x = |i: usize| x_of(i, values.len());
    let y = |v: u32| {
        if high == low {
            BOX_HEIGHT / 2.0
        } else {
            let share = (v - low) as f32 / (high - low) as f32;
            BOX_HEIGHT - PAD_Y - share * (BOX_HEIGHT - 2.0 * PAD_Y)
        }
    };
    let mut line = String::new();
    let mut dots = String::new();
    let mut previous: Option<(f32, f32)> = None;
    for (i, value) in values.iter().enumerate() {
        let Some(value) = value else {
            // A session with no value breaks the line.
            previous = None;
            continue;
        };
        let (px, py) = (x(i), y(*value));
        match previous {
            None => write!(line, "M{px:.1} {py:.1}"),
            Some((_, last_y)) if steps && (last_y - py).abs() > f32::EPSILON => {
                write!(line, "H{px:.1}V{py:.1}")
            }
            Some(_) => write!(line, "L{px:.1} {py:.1}"),
        }
        .expect("writing to a String never fails");
        write!(dots, "M{px:.1} {py:.1}h0").expect("writing to a String never fails");
        previous = Some((px, py));
    }
    (line, dots)
}

impl Lane {
    /// The labels down the lane's side, highest first: one when every
    /// value is the same (it sits level with the dots, in the middle),
    /// none when the lane has no values.
    pub fn axis(&self) -> Vec<&str> {
        if self.high.is_empty() {
            Vec::new()
        } else if self.high == self.low {
            vec![self.high.as_str()]
        } else {
            vec![self.high.as_str(), self.low.as_str()]
        }
    }
}

/// The dates under the chart: the first session's and the last's, or one
/// date when they fall on the same day (one session, or two in a day);
/// `date` words a session's start by its local day.
pub fn axis_dates(progress: &Progress, date: impl Fn(u64) -> String) -> Vec<String> {
    let (Some(first), Some(last)) = (progress.points.first(), progress.points.last()) else {
        return Vec::new();
    };
    let (first, last) = (date(first.at), date(last.at));
    if first == last {
        vec![first]
    } else {
        vec![first, last]
    }
}

/// Where session `i` of `n` sits across the box.
fn x_of(i: usize, n: usize) -> f32 {
    if n <= 1 {
        BOX_WIDTH / 2.0
    } else {
        PAD_X + i as f32 * (BOX_WIDTH - 2.0 * PAD_X) / (n - 1) as f32
    }
}

/// The chart in words, for screen readers: how the amount, the sets and
/// the band changed from the first session shown to the last; `date` words
/// a session's start.
pub fn describe(name: &str, progress: &Progress, date: impl Fn(u64) -> String) -> String {
    let (Some(first), Some(last)) = (progress.points.first(), progress.points.last()) else {
        return format!("{name}: no sessions yet.");
    };
    let count = progress.points.len();
    let measure = progress.measure;
    let best = progress.points.iter().map(|p| p.per_set).max().unwrap_or(0);
    let (from, to) = (date(first.at), date(last.at));
    let span = if count == 1 {
        format!("{name}, 1 session on {from}")
    } else if from == to {
        format!("{name}, {count} sessions on {from}")
    } else {
        format!("{name}, {count} sessions from {from} to {to}")
    };
    let change = |what: &str, a: String, b: String| {
        if a == b {
            format!("{what} {a} throughout")
        } else {
            format!("{what} from {a} to {b}")
        }
    };
    let band = |p: &ProgressPoint| p.band.clone();
    format!(
        "{span}: {}, best {}; {}; {}.",
        change(
            &measure.title().to_lowercase(),
            first.per_set.to_string(),
            last.per_set.to_string()
        ),
        measure.with_unit(best),
        change("sets", first.sets.to_string(), last.sets.to_string()),
        change("band", band(first), band(last)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::progress::Measure;

    fn point(day: u64, sets: u8, per_set: u16, level: Option<usize>) -> ProgressPoint {
        let band = match level {
            Some(0) => "No band".to_owned(),
            Some(n) => format!("Band {n}"),
            None => "Old band".to_owned(),
        };
        ProgressPoint {
            at: day,
            sets,
            per_set,
            sides: None,
            band,
            level,
        }
    }

    #[test]
    fn sides_given_draw_a_line_for_each_on_one_scale() {
        let mut points = vec![point(0, 3, 12, Some(1)), point(1, 3, 12, Some(1))];
        let [plain, _, _] = lanes(&progress(points.clone()), |l| format!("L{l}"));
        assert!(plain.right_line.is_empty());
        points[0].sides = Some([10, 12]);
        points[1].sides = Some([11, 14]);
        let [amount, _, _] = lanes(&progress(points), |l| format!("L{l}"));
        assert_eq!((amount.low.as_str(), amount.high.as_str()), ("10", "14"));
        assert_eq!(amount.line, "M3.0 34.0L97.0 27.0");
        assert_eq!(amount.right_line, "M3.0 20.0L97.0 6.0");
        assert!(!amount.right_dots.is_empty());
    }

    fn progress(points: Vec<ProgressPoint>) -> Progress {
        Progress {
            measure: Measure::Reps,
            points,
        }
    }

    fn name(level: usize) -> String {
        format!("level {level}")
    }

    #[test]
    fn the_amount_rises_across_the_box_from_the_first_session_to_the_last() {
        let chart = lanes(
            &progress(vec![
                point(1, 3, 10, Some(1)),
                point(2, 3, 12, Some(1)),
                point(3, 3, 14, Some(2)),
            ]),
            name,
        );
        assert_eq!(chart[0].title, "Reps per set");
        assert_eq!(
            (chart[0].low.as_str(), chart[0].high.as_str()),
            ("10", "14")
        );
        assert_eq!(chart[0].line, "M3.0 34.0L50.0 20.0L97.0 6.0");
        assert_eq!(chart[0].dots, "M3.0 34.0h0M50.0 20.0h0M97.0 6.0h0");
        // The same sets throughout: one flat line across the middle.
        assert_eq!(chart[1].line, "M3.0 20.0L50.0 20.0L97.0 20.0");
        assert_eq!((chart[1].low.as_str(), chart[1].high.as_str()), ("3", "3"));
        // The band steps up at the last session and is named by level.
        assert_eq!(chart[2].line, "M3.0 34.0L50.0 34.0H97.0V6.0");
        assert_eq!(
            (chart[2].low.as_str(), chart[2].high.as_str()),
            ("level 1", "level 2")
        );
    }

    #[test]
    fn a_band_no_longer_in_the_kit_breaks_the_band_line() {
        let chart = lanes(
            &progress(vec![
                point(1, 3, 10, Some(2)),
                point(2, 3, 10, None),
                point(3, 3, 10, Some(0)),
            ]),
            name,
        );
        assert_eq!(chart[2].line, "M3.0 6.0M97.0 34.0");
        assert_eq!(chart[2].dots, "M3.0 6.0h0M97.0 34.0h0");
        assert_eq!(chart[2].low, "level 0");
    }

    #[test]
    fn one_session_is_one_dot_in_the_middle() {
        let chart = lanes(&progress(vec![point(1, 2, 12, None)]), name);
        assert_eq!(chart[0].dots, "M50.0 20.0h0");
        assert_eq!(chart[2].line, "");
        assert_eq!(chart[2].low, "");
    }

    #[test]
    fn an_axis_with_one_value_has_one_label_and_an_empty_one_none() {
        let one = lanes(&progress(vec![point(1, 2, 12, Some(1))]), name);
        assert_eq!(one[0].axis(), ["12"]);
        assert_eq!(one[1].axis(), ["2"]);
        assert_eq!(one[2].axis(), ["level 1"]);
        let two = lanes(
            &progress(vec![point(1, 2, 12, Some(1)), point(2, 3, 12, None)]),
            name,
        );
        assert_eq!(two[0].axis(), ["12"]);
        assert_eq!(two[1].axis(), ["3", "2"]);
        let none = lanes(&progress(vec![point(1, 2, 12, None)]), name);
        assert!(none[2].axis().is_empty());
    }

    #[test]
    fn the_dates_under_the_chart_are_one_when_every_session_is_on_one_day() {
        let date = |at: u64| format!("day {}", at / 10);
        assert_eq!(
            axis_dates(&progress(vec![point(10, 3, 10, None)]), date),
            ["day 1"]
        );
        // Two sessions in one day.
        let same_day = progress(vec![point(10, 3, 10, None), point(15, 3, 12, None)]);
        assert_eq!(axis_dates(&same_day, date), ["day 1"]);
        assert_eq!(
            describe("Clamshell", &same_day, date),
            "Clamshell, 2 sessions on day 1: reps per set from 10 to 12, best 12 reps; \
             sets 3 throughout; band Old band throughout."
        );
        assert_eq!(
            axis_dates(
                &progress(vec![point(10, 3, 10, None), point(20, 3, 12, None)]),
                date
            ),
            ["day 1", "day 2"]
        );
        assert!(axis_dates(&progress(vec![]), date).is_empty());
    }

    #[test]
    fn the_words_say_what_changed_and_what_stayed() {
        let date = |at: u64| format!("day {at}");
        let text = describe(
            "Clamshell",
            &progress(vec![
                point(1, 3, 10, Some(1)),
                point(2, 3, 15, Some(1)),
                point(3, 3, 12, Some(2)),
            ]),
            date,
        );
        assert_eq!(
            text,
            "Clamshell, 3 sessions from day 1 to day 3: reps per set from 10 to 12, best 15 reps; \
             sets 3 throughout; band from Band 1 to Band 2."
        );
        assert_eq!(
            describe("Clamshell", &progress(vec![point(4, 2, 8, Some(0))]), date),
            "Clamshell, 1 session on day 4: reps per set 8 throughout, best 8 reps; sets 2 \
             throughout; band No band throughout."
        );
    }
}
