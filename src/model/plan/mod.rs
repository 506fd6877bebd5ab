//! The runner's week: runs, and band work planned around them.
//!
//! - [`week`]: the week as stored (runs, planned routines, times);
//! - [`rules`]: the planner's rules, as data;
//! - [`planner`]: the suggested week, each day's reason, and warnings;
//! - [`calendar`]: the week as an iCalendar file with reminders;
//! - [`resolve`]: the routine a day points at, saved or starter;
//! - [`today`]: today's line for the first screen, and whether it is done.
//!
//! Only `week`, `resolve` and `today` are needed by the first screen; the rest is
//! used by the Plan screen, which loads as a chunk of its own.

pub mod calendar;
pub mod planner;
pub mod resolve;
pub mod rules;
pub mod today;
pub mod week;
