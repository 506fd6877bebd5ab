//! The runner's week as a shared signal, saved on every change. It is made
//! the first time a screen asks (the Plan screen, Today's contents, Your
//! data), under the app's root owner, so it outlives that screen and its
//! reader stays out of the first load. Changes from other tabs reach it
//! through [`PlanPresence`]. The weekly goal follows the plan unless the
//! runner set it.

use leptos::prelude::*;

use crate::model::plan::week::Week;
use crate::model::storage::keys::PLAN_KEY;
use crate::ui::notices::Notices;
use crate::ui::persisted::{Refused, Spec, Stored};
use crate::ui::plan_presence::{PlanPresence, RootOwner};
use crate::ui::settings_context::SettingsContext;

const PLAN: Spec = Spec {
    key: PLAN_KEY,
    what: "week plan",
    load_notice: "plan-load",
    save_notice: "plan-save",
    unsaved: "Your week plan could not be saved.",
    refused: Refused::Announce,
};

/// The week, shared through context.
#[derive(Clone, Copy)]
pub struct PlanData {
    pub week: RwSignal<Week>,
    stored: Stored<Week>,
    presence: PlanPresence,
}

impl PlanData {
    /// The shared week, loaded on first use.
    pub fn get() -> Self {
        if let Some(data) = use_context::<PlanData>() {
            return data;
        }
        let load = || {
            let presence = PlanPresence::get();
            let stored = Stored::load(&PLAN, Notices::get());
            let data = PlanData {
                week: stored.value,
                stored,
                presence,
            };
            // Another tab saved the week: take it up (if it reads).
            Effect::new(move |seen: Option<u32>| {
                let count = presence.changed_elsewhere.get();
                if seen.is_some_and(|seen| seen != count) {
                    stored.follow_stored();
                }
                count
            });
            provide_context(data);
            data
        };
        match use_context::<RootOwner>() {
            Some(RootOwner(root)) => root.with(load),
            None => load(),
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
        self.presence.has_band_work.set(has_band_work);
        if let Some(settings) = use_context::<SettingsContext>() {
            let goal = settings
                .settings
                .with_untracked(|s| s.goal_from_plan(band_days));
            if let Some(goal) = goal {
                settings.change(|s| s.weekly_goal = goal);
            }
        }
    }
}
