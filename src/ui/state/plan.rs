//! The runner's week, saved on every change. Loaded the first time a
//! screen asks (the Plan screen, Today's contents, Your data); the first
//! screen knows only whether it has band work
//! ([`Stores::plan_has_band_work`]). The weekly goal follows the plan
//! unless the runner set it.

use leptos::prelude::*;

use super::record::Stored;
use super::settings::SettingsContext;
use super::stores::Stores;
use crate::model::plan::week::Week;

/// The week.
#[derive(Clone, Copy)]
pub struct PlanData {
    pub week: RwSignal<Week>,
    stored: Stored<Week>,
    has_band_work: RwSignal<bool>,
}

impl PlanData {
    /// The shared week, loaded on first use.
    pub fn get() -> Self {
        let stores = Stores::get();
        let stored = stores.plan.get(|_| {}, Stored::follow_stored);
        Self {
            week: stored.value,
            stored,
            has_band_work: stores.plan_has_band_work,
        }
    }

    /// Changes the week and saves it; the weekly goal follows the number
    /// of band days unless the runner set it by hand.
    pub fn change<R>(self, change: impl FnOnce(&mut Week) -> R) -> R {
        let result = self.stored.change(change);
        self.after_change();
        result
    }

    /// Replaces the week (an import) and saves it; false if not saved.
    pub fn replace(self, week: Week) -> bool {
        let saved = self.stored.replace(week);
        self.after_change();
        saved
    }

    /// Takes up the week as stored now (another tab may have saved it).
    pub fn reload(self) {
        self.stored.follow_stored();
    }

    fn after_change(self) {
        let (band_days, has_band_work) = self
            .week
            .with_untracked(|week| (week.band_days(), week.has_band_work()));
        self.has_band_work.set(has_band_work);
        let settings = SettingsContext::get();
        let goal = settings
            .settings
            .with_untracked(|s| s.goal_from_plan(band_days));
        if let Some(goal) = goal {
            settings.change(|s| s.weekly_goal = goal);
        }
    }
}
