//! The heat map's labels: the weekdays down its side and the months along
//! its top, placed by the map's own days (see [`super::stats::heat_map`]).

use crate::model::history::stats::HeatDay;
use crate::model::time::civil_from_days;

/// Month names as the map shows them.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The rows labelled down the side (0 is Monday), with their words: every
/// other weekday, so the labels stay readable at a cell's height.
pub const WEEKDAY_LABELS: [(usize, &str); 3] = [(0, "Mon"), (2, "Wed"), (4, "Fri")];

/// Columns a month's name needs before the next one can start.
const LABEL_COLUMNS: usize = 2;

/// A month's name over the column where it begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthLabel {
    /// The week column (0 is the oldest).
    pub week: usize,
    pub name: &'static str,
}

/// The month and day of the month of a local day (days since 1970-01-01).
fn month_and_day(day: i64) -> (usize, u64) {
    let (_, month, date) = civil_from_days(u64::try_from(day).unwrap_or(0));
    (usize::try_from(month).unwrap_or(1), date)
}

/// A label over each column that holds the 1st of a month, and over the
/// first column for the month it starts in, unless that would crowd the
/// next label (fewer than two columns away).
pub fn month_labels(days: &[HeatDay]) -> Vec<MonthLabel> {
    let label = |week: usize, month: usize| MonthLabel {
        week,
        name: MONTHS[(month + 11) % 12],
    };
    let starts: Vec<MonthLabel> = days
        .iter()
        .filter_map(|day| {
            let (month, date) = month_and_day(day.day);
            (date == 1).then(|| label(day.week, month))
        })
        .collect();
    let Some(first) = days.first() else {
        return starts;
    };
    let crowded = starts
        .first()
        .is_some_and(|next| next.week < first.week + LABEL_COLUMNS);
    let mut labels = Vec::with_capacity(starts.len() + 1);
    if !crowded {
        labels.push(label(first.week, month_and_day(first.day).0));
    }
    labels.extend(starts);
    labels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::session::History;
    use crate::model::history::stats::heat_map;
    use crate::model::time::day_of;

    /// 2026-11-19 (a Thursday) as a local day.
    fn thursday() -> i64 {
        day_of(1_795_046_400_000 + 10 * 3_600_000, 0)
    }

    #[test]
    fn months_are_named_over_the_column_where_they_begin() {
        // Twelve weeks up to the week of 19 November 2026: from Monday
        // 31 August. September begins in the first column, so that column
        // is labelled September, not August.
        let map = heat_map(&History::default(), |_| 0, thursday(), 12);
        let labels = month_labels(&map);
        assert_eq!(
            labels,
            [
                MonthLabel {
                    week: 0,
                    name: "Sep"
                },
                MonthLabel {
                    week: 4,
                    name: "Oct"
                },
                MonthLabel {
                    week: 8,
                    name: "Nov"
                },
            ]
        );
    }

    #[test]
    fn the_first_column_is_named_unless_a_month_begins_close_by() {
        // Two weeks up to 19 November: from Monday 9 November, no 1st in
        // view, so the first column says November.
        let map = heat_map(&History::default(), |_| 0, thursday(), 2);
        assert_eq!(
            month_labels(&map),
            [MonthLabel {
                week: 0,
                name: "Nov"
            }]
        );
        // From Monday 26 October: November begins in the first column.
        let map = heat_map(&History::default(), |_| 0, thursday(), 4);
        assert_eq!(
            month_labels(&map),
            [MonthLabel {
                week: 0,
                name: "Nov"
            }]
        );
        // From Monday 19 October: November begins a column later, too
        // close for October's name as well.
        let map = heat_map(&History::default(), |_| 0, thursday(), 5);
        assert_eq!(
            month_labels(&map),
            [MonthLabel {
                week: 1,
                name: "Nov"
            }]
        );
        // From Monday 12 October: room for both.
        let map = heat_map(&History::default(), |_| 0, thursday(), 6);
        assert_eq!(
            month_labels(&map),
            [
                MonthLabel {
                    week: 0,
                    name: "Oct"
                },
                MonthLabel {
                    week: 2,
                    name: "Nov"
                }
            ]
        );
        assert_eq!(month_labels(&[]), []);
    }

    #[test]
    fn the_side_names_monday_wednesday_and_friday() {
        assert_eq!(
            WEEKDAY_LABELS.map(|(row, _)| row),
            [0, 2, 4],
            "Monday is row 0"
        );
    }
}
