//! The workout as it happens: what to do now, big enough to read from the
//! floor, with the controls under a thumb.
//!
//! The state is recomputed from timestamps at each change of the display
//! (the next second, the next segment) and whenever the page becomes
//! visible, so it is never behind, however long the tab was hidden.

use std::time::Duration;

use leptos::prelude::*;

use crate::model::catalog;
use crate::model::routine::timeline::{Phase, Timeline};
use crate::model::time::clock_text;
use crate::model::workout::band_advice;
use crate::model::workout::cue::{count_text, goal_text, phase_label};
use crate::model::workout::playback::{state_at, State};
use crate::model::workout::shown::{count_in, describe, Look, Shown};
use crate::model::workout::HEARTBEAT_MS;
use crate::platform::{clock as wall, sound, speech, visibility, wake_lock};
use crate::ui::band_label::BandSwatch;
use crate::ui::placement_picture::PlacementPicture;
use crate::ui::state::history::HistoryData;
use crate::ui::state::kit_and_routines::AppData;
use crate::ui::state::settings::SettingsContext;
use crate::ui::state::workout::WorkoutData;
use crate::ui::status::StatusMessage;

use super::controls::Controls;
use super::cues;
use super::how_to::{HowToMove, SheetOpen};

/// The steady tick.
const TICK: Duration = Duration::from_millis(250);
/// The longest wait for the next exact look at the clock.
const MAX_TICK_MS: u64 = 1000;

#[component]
pub fn Live() -> impl IntoView {
    let data = WorkoutData::get();
    let history = HistoryData::get();
    let settings = SettingsContext::get().settings;
    let status = expect_context::<StatusMessage>();
    let Some(timeline) = data.workout.with_untracked(|w| {
        w.as_ref()
            .and_then(crate::model::workout::saved::Workout::timeline)
    }) else {
        return ().into_any();
    };
    let timeline = StoredValue::new(timeline);
    let now = RwSignal::new(wall::now_ms());
    let state = Memo::new(move |_| {
        let now = now.get();
        data.workout.with(|w| {
            // An action shows at once, not at the next look at the clock.
            w.as_ref()
                .map(|w| timeline.with_value(|t| state_at(t, &w.run, now.max(w.run.last_time()))))
        })
    });
    // A steady tick keeps the screen current whatever happens to timers...
    if let Ok(handle) = set_interval_with_handle(move || now.set(wall::now_ms()), TICK) {
        on_cleanup(move || handle.clear());
    }
    // ...and one more look exactly when the display next changes (a new
    // second or a new segment) puts each change on screen on time.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let wait = state.get().map_or(MAX_TICK_MS, |s| {
            let waits = timeline.with_value(|t| t.segments[s.index].waits_for_done);
            s.ms_to_next_change(waits).min(MAX_TICK_MS) + 2
        });
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let next =
            set_timeout_with_handle(move || now.set(wall::now_ms()), Duration::from_millis(wait));
        pending.set_value(next.ok());
    });
    on_cleanup(move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    });
    let index = Memo::new(move |_| state.get().map_or(0, |s| s.index));
    let paused = Memo::new(move |_| state.get().is_some_and(|s| s.paused));
    let shown = Memo::new(move |_| {
        let segment = timeline.with_value(|t| t.segments[index.get()]);
        data.workout
            .with(|w| w.as_ref().map(|w| describe(w, &segment)))
    });
    // How to use a stand-in band, or what to do with no band.
    let kit = AppData::get().kit;
    let advice = Memo::new(move |_| {
        let entry = timeline.with_value(|t| t.segments[index.get()].entry);
        let bands = shown.with(|s| s.as_ref().map(|s| s.bands.clone()))?;
        data.workout.with(|w| {
            let w = w.as_ref()?;
            let exercise = catalog::by_id(&w.routine.entries.get(entry)?.exercise)?;
            kit.with(|kit| band_advice::advice(exercise, &bands, kit.as_ref(), &w.routine))
        })
    });
    // The runner's last note on this exercise, e.g. "Last time: left knee
    // twinged".
    let last_note = Memo::new(move |_| {
        let entry = timeline.with_value(|t| t.segments[index.get()].entry);
        let exercise = data.workout.with(|w| {
            w.as_ref()
                .and_then(|w| w.routine.entries.get(entry))
                .map(|e| e.exercise.clone())
        })?;
        history.history.with(|h| {
            h.last_note(&exercise)
                .map(|note| format!("Last time: {note}"))
        })
    });

    // Save at every change of segment, when the page is put away, and when
    // it is left, so a reload resumes at the same second.
    Effect::new(move |_| {
        index.track();
        data.touch();
    });
    visibility::on_leave(move || data.leave());
    // While it plays, the player says so now and then, so that the app
    // opened in another tab carries the workout on rather than pausing it.
    if let Ok(beat) =
        set_interval_with_handle(move || data.touch(), Duration::from_millis(HEARTBEAT_MS))
    {
        on_cleanup(move || beat.clear());
    }
    visibility::on_change(move |visible| {
        now.set(wall::now_ms());
        if visible {
            // The wake lock and (on iOS) the sound were let go while hidden.
            cues::keep_screen_on(paused.get_untracked(), status);
            sound::wake();
        } else {
            data.hidden();
        }
    });
    // Any tap brings back sound that iOS interrupted (a lock, a call).
    let taps = window_event_listener(leptos::ev::pointerdown, |_| {
        sound::wake();
    });
    on_cleanup(move || taps.remove());
    Effect::new(move |_| cues::keep_screen_on(paused.get(), status));
    on_cleanup(|| {
        wake_lock::release();
        speech::hush();
    });

    // The end: give the last cue, keep the session, show the summary.
    Effect::new(move |_| {
        if state.get().is_some_and(|s| s.finished) {
            settings.with_untracked(cues::finished);
            data.finish();
        }
    });
    let flash = cues::run(timeline, state, shown);

    let phase = move || timeline.with_value(|t| t.segments[index.get()].phase);
    let class = move || {
        let mut class = format!("player {}", Look::of(phase()).class());
        if paused.get() {
            class += " player-paused";
        }
        if flash.get() {
            class += " player-flash";
        }
        class
    };
    let waits = Memo::new(move |_| timeline.with_value(|t| t.segments[index.get()].waits_for_done));
    // The move on screen, for its steps: none once the workout is done.
    let exercise = Memo::new(move |_| {
        let segment = timeline.with_value(|t| t.segments[index.get()]);
        (segment.phase != Phase::Done)
            .then(|| {
                data.workout.with(|w| {
                    w.as_ref()
                        .and_then(|w| w.routine.entries.get(segment.entry))
                        .map(|e| e.exercise.clone())
                })
            })
            .flatten()
    });
    let ready = Signal::derive(move || Look::of(phase()) == Look::Ready);
    let name = Signal::derive(move || {
        shown.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default())
    });
    let placement = Signal::derive(move || shown.with(|s| s.as_ref().and_then(|s| s.placement)));
    provide_context(SheetOpen(RwSignal::new(false)));

    view! {
        <section class=class aria-label="Workout player">
            <header class="player-head">
                <p class="player-phase">
                    {move || {
                        if paused.get() {
                            "Paused"
                        } else {
                            shown.with(|s| s.as_ref().map_or("", |s| s.phase))
                        }
                    }}
                </p>
                // Paused, the phase is still said, smaller, beside "Paused".
                {move || {
                    paused.get().then(|| {
                        let phase = shown.with(|s| s.as_ref().map_or("", |s| s.phase));
                        view! { <p class="player-paused-phase">{phase}</p> }
                    })
                }}
                <p class="player-count">
                    {move || shown.with(|s| s.as_ref().map(|s| count_text(&s.segment)).unwrap_or_default())}
                </p>
            </header>
            <div class="player-info">
                <div class="player-title">
                    <h1 id="screen-title" class="player-exercise" tabindex="-1">{name}</h1>
                    <HowToMove exercise name placement ready />
                </div>
                {move || {
                    shown.with(|s| s.as_ref().and_then(|s| s.target.clone())).map(|target| {
                        // "12 reps," and "left side" each keep to one line
                        // where they fit, and wrap inside where they do not
                        // ("15 steps / each way"); a line never starts with
                        // the comma.
                        let parts = target
                            .split_inclusive(", ")
                            .map(|part| {
                                let (words, gap) = match part.strip_suffix(' ') {
                                    Some(words) => (words.to_owned(), " "),
                                    None => (part.to_owned(), ""),
                                };
                                view! { <span class="player-target-part">{words}</span>{gap} }
                            })
                            .collect_view();
                        view! { <p class="player-target">{parts}</p> }.into_any()
                    })
                }}
                {move || {
                    shown.with(|s| s.as_ref().and_then(|s| s.detail.clone())).map(|detail| {
                        view! { <p class="player-detail">{detail}</p> }.into_any()
                    })
                }}
                {move || last_note.get().map(|note| view! { <p class="player-note">{note}</p> })}
                <Countdown state timeline waits />
                <p class="player-next">{move || next_line(timeline, index.get())}</p>
                <div class="player-progress">
                    <progress
                        max="1000"
                        value=move || state.get().map_or(0, |s| timeline.with_value(|t| s.progress_permille(t)))
                        aria-label="Workout progress"
                    ></progress>
                    <span>
                        {move || {
                            state.get().map(|s| clock_text(timeline.with_value(|t| s.total_left_ms(t)).div_ceil(1000)))
                        }}
                        " left"
                    </span>
                </div>
            </div>
            <BandAndPlacement shown advice />
            <Controls timeline state />
            <p class="visually-hidden" aria-live="polite">
                {move || shown.with(|s| s.as_ref().map(|s| s.spoken.clone()).unwrap_or_default())}
            </p>
        </section>
    }
    .into_any()
}

/// The clock: counting down timed segments as the headline, ending a
/// break before work with a big 3-2-1, and counting up, small, under the
/// target of work that waits for Done.
#[component]
fn Countdown(
    state: Memo<Option<State>>,
    timeline: StoredValue<Timeline>,
    waits: Memo<bool>,
) -> impl IntoView {
    let seconds = Memo::new(move |_| {
        state.get().map_or(0, |s| {
            if waits.get() {
                s.elapsed_ms / 1000
            } else {
                s.left_seconds()
            }
        })
    });
    let count = Memo::new(move |_| {
        state
            .get()
            .and_then(|s| timeline.with_value(|t| count_in(t, &s)))
    });
    let class = move || {
        if waits.get() {
            "player-timer player-timer-small"
        } else if count.get().is_some() {
            "player-timer player-timer-count"
        } else {
            "player-timer"
        }
    };
    view! {
        <p
            class=class
            role="timer"
            aria-label=move || {
                if waits.get() {
                    "Time in this set"
                } else if count.get().is_some() {
                    "Work starts in"
                } else {
                    "Time left"
                }
            }
        >
            {move || match count.get() {
                // A new element each second, so its entrance plays again.
                Some(n) => view! { <span class="player-count-in">{n}</span> }.into_any(),
                None => clock_text(seconds.get()).into_any(),
            }}
        </p>
    }
}

/// The band as a big block of its colour with its name and level, and
/// where it goes, on a card of its own so it reads on every phase colour;
/// with a stand-in band, how to use it. With no band, no block and no
/// picture of a band, but what to do instead.
#[component]
fn BandAndPlacement(shown: Memo<Option<Shown>>, advice: Memo<Option<String>>) -> impl IntoView {
    move || {
        let (bands, placement) = shown.with(|s| {
            s.as_ref()
                .map(|s| (s.bands.clone(), s.placement))
                .unwrap_or_default()
        });
        placement.map(|placement| {
            if bands.is_empty() {
                return view! {
                    <div class="player-band player-band-none">
                        <div class="player-band-words">
                            <p class="player-band-name">"No band"</p>
                            <p class="player-band-how">{move || advice.get()}</p>
                        </div>
                    </div>
                }
                .into_any();
            }
            let block = bands.first().map(|band| {
                view! { <span class="player-band-block" aria-hidden="true" style:background-color=band.colour.swatch.clone()></span> }
            });
            let names = bands
                .into_iter()
                .enumerate()
                .map(|(at, band)| {
                    let stacked = at > 0;
                    view! {
                        <p class="player-band-name" class:player-band-stacked=stacked>
                            {stacked.then(|| view! { <BandSwatch colour=band.colour.clone() /> })}
                            {if stacked { format!("+ {} (stacked)", band.name()) } else { band.name() }}
                        </p>
                    }
                })
                .collect_view();
            view! {
                <div class="player-band">
                    {block}
                    <div class="player-band-words">
                        {names}
                        <p class="player-placement">{placement.label()}</p>
                        {move || advice.get().map(|how| view! { <p class="player-band-how">{how}</p> })}
                    </div>
                    <PlacementPicture placement size=64 />
                </div>
            }
            .into_any()
        })
    }
}

/// "Next: ..." for what follows the current segment.
fn next_line(timeline: StoredValue<Timeline>, index: usize) -> String {
    let data = WorkoutData::get();
    timeline.with_value(|t| match t.segments.get(index + 1) {
        None => String::new(),
        Some(next) if next.phase == Phase::Done => "Next: finish".to_owned(),
        Some(next) => {
            let name = data.workout.with_untracked(|w| {
                w.as_ref()
                    .and_then(|w| w.routine.entries.get(next.entry))
                    .map(|e| catalog::name_of(&e.exercise))
                    .unwrap_or_default()
            });
            match next.phase {
                Phase::Work => {
                    let goal = goal_text(next)
                        .map(|g| format!(", {g}"))
                        .unwrap_or_default();
                    let side = next
                        .side
                        .map(|s| format!(", {} side", s.word().to_ascii_lowercase()))
                        .unwrap_or_default();
                    format!("Next: {name}{side}{goal}")
                }
                Phase::GetReady | Phase::Transition => format!("Next: {name}"),
                _ => format!(
                    "Next: {} {}",
                    phase_label(next).to_ascii_lowercase(),
                    clock_text(u64::from(next.seconds))
                ),
            }
        }
    })
}
