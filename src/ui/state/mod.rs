//! The runner's data as the app holds it: one generic [`store::Store`] per
//! stored record (loaded the first time code asks, saved through the
//! storage core on every change, following other tabs' saves), all made
//! once in [`stores::Stores`]; and the few types through which screens
//! read and change them.

pub mod history;
pub mod kit_and_routines;
pub mod own;
pub mod plan;
pub mod record;
pub mod settings;
pub mod store;
pub mod stores;
pub mod workout;
