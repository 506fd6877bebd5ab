//! The runner's week as a shared signal, loaded at start-up (the first
//! screen's Today reads it) and saved on every change. Changes made while
//! the week follows the suggestions re-plan the days not chosen by hand,
//! and the weekly goal follows the plan unless the runner set it.

use leptos::prelude::*;

use crate::model::plan::week::Week;
use crate::model::storage::keys::PLAN_KEY;
use crate::ui::notices::Notices;
use crate::ui::persisted::{Refused, Spec, Stored};
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
}

impl PlanData {
    /// Loads the week and makes it available to every component.
    pub fn provide(notices: Notices) -> Self {
        let stored = Stored::load(&PLAN, notices);
        let data = PlanData {
            week: stored.value,
            stored,
        };
        provide_context(data);
        data
    }

    /// The shared week.
    pub fn get() -> Self {
        expect_context::<PlanData>()
    }

    /// Changes the week and saves it; the weekly goal follows the number
    /// of band days unless the runner set it by hand.
    pub fn change<R>(self, change: impl FnOnce(&mut Week) -> R) -> R {
        let result = self.stored.change(change);
        let band_days = self.week.with_untracked(Week::band_days);
        if let Some(settings) = use_context::<SettingsContext>() {
            let goal = settings
                .settings
                .with_untracked(|s| s.goal_from_plan(band_days));
            if let Some(goal) = goal {
                settings.change(|s| s.weekly_goal = goal);
            }
        }
        result
    }

    /// Replaces the week (an import) and saves it; false if not saved.
    pub fn replace(self, week: Week) -> bool {
        self.stored.replace(week)
    }

    /// Takes up the week as another tab saved it (if it reads).
    pub fn reload(self) {
        self.stored.follow_stored();
    }
}
