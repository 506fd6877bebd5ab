//! Dragging in the routine editor: entries by their handle, and exercises
//! from the add panel into the routine, with a mouse, a finger or a pen
//! (pointer events), plus auto-scroll near the viewport's edges. The page
//! still scrolls normally when a finger is not on a handle, because only
//! handles set `touch-action: none`.

use std::time::Duration;

use leptos::prelude::*;
use leptos::web_sys::PointerEvent;

use crate::model::routine::reorder::{gap_at, scroll_step};
use crate::platform::drag;

/// What is being dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DragSource {
    /// The routine entry at this index.
    Entry(usize),
    /// A catalog exercise from the add panel.
    Exercise(&'static str),
}

/// A drag in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Dragging {
    pub source: DragSource,
    pub label: String,
    pointer: i32,
    /// The pointer's height in the viewport.
    pub y: f64,
    /// The gap of the routine list the item would drop into, if any.
    pub gap: Option<usize>,
}

/// Selector of the routine's entries, whose positions decide the gap.
const ENTRIES: &str = ".routine-list > li.entry";
/// Selector of the routine list itself.
const LIST: &str = ".routine-list";

/// A finished drag: where to put what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drop {
    pub source: DragSource,
    pub gap: usize,
}

/// The editor's drag state, shared by its handles.
#[derive(Clone, Copy)]
pub struct DragController {
    /// The drag as it moves, pointer height included (for the ghost).
    pub state: RwSignal<Option<Dragging>>,
    /// The same drag with the height left at zero: written only when the
    /// drop gap changes, so the rows re-render then and not on every move.
    /// (Same type as `state`, so it costs no extra code.)
    pub target: RwSignal<Option<Dragging>>,
    scroller: StoredValue<Option<IntervalHandle>>,
    /// Where the entries are, measured once when the drag starts (items do
    /// not move during a drag), so pointer moves never force a layout.
    layout: StoredValue<Layout>,
}

/// The routine list's geometry in page coordinates (independent of scroll).
#[derive(Clone, Debug, Default)]
struct Layout {
    middles: Vec<f64>,
    list: Option<(f64, f64)>,
}

impl Layout {
    fn measure() -> Self {
        let scroll = drag::scroll_y();
        Layout {
            middles: drag::middles(ENTRIES)
                .into_iter()
                .map(|m| m + scroll)
                .collect(),
            list: drag::vertical_extent(LIST).map(|(top, bottom)| (top + scroll, bottom + scroll)),
        }
    }

    /// The gap under the pointer at viewport height `y`. An entry can always
    /// be dropped somewhere in its list; a new exercise only while the
    /// pointer is over the list (with some slack, so an empty list is still
    /// easy to hit).
    fn gap_for(&self, source: DragSource, y: f64) -> Option<usize> {
        const SLACK: f64 = 48.0;
        let y = y + drag::scroll_y();
        let over_list = self
            .list
            .is_some_and(|(top, bottom)| y >= top - SLACK && y <= bottom + SLACK);
        match source {
            DragSource::Entry(_) => Some(gap_at(&self.middles, y)),
            DragSource::Exercise(_) => over_list.then(|| gap_at(&self.middles, y)),
        }
    }
}

impl DragController {
    pub fn new() -> Self {
        Self {
            state: RwSignal::new(None),
            target: RwSignal::new(None),
            scroller: StoredValue::new(None),
            layout: StoredValue::new(Layout::default()),
        }
    }

    /// Starts a drag on a handle (main button or touch only).
    pub fn start(self, event: &PointerEvent, source: DragSource, label: String) {
        if event.button() != 0 {
            return;
        }
        event.prevent_default();
        drag::capture_pointer(event);
        self.layout.set_value(Layout::measure());
        let y = f64::from(event.client_y());
        self.state.set(Some(Dragging {
            source,
            label,
            pointer: event.pointer_id(),
            y,
            gap: self.gap_for(source, y),
        }));
        self.sync_target();
        let handle =
            set_interval_with_handle(move || self.auto_scroll(), Duration::from_millis(16)).ok();
        self.scroller.set_value(handle);
    }

    /// Follows the pointer.
    pub fn follow(self, event: &PointerEvent) {
        let y = f64::from(event.client_y());
        self.state.update(|state| {
            if let Some(dragging) = state.as_mut().filter(|d| d.pointer == event.pointer_id()) {
                dragging.y = y;
                dragging.gap = self.gap_for(dragging.source, y);
            }
        });
        self.sync_target();
    }

    /// Copies the drag into `target` when what the rows show has changed.
    fn sync_target(self) {
        let wanted = self.state.get_untracked().map(|d| Dragging { y: 0.0, ..d });
        if self.target.get_untracked() != wanted {
            self.target.set(wanted);
        }
    }

    /// Ends the drag and says where to drop, if anywhere.
    pub fn finish(self, event: &PointerEvent) -> Option<Drop> {
        self.follow(event);
        let dragging = self.state.get_untracked()?;
        self.cancel();
        Some(Drop {
            source: dragging.source,
            gap: dragging.gap?,
        })
    }

    /// Abandons the drag.
    pub fn cancel(self) {
        if let Some(handle) = self.scroller.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if self.state.with_untracked(Option::is_some) {
            self.state.set(None);
        }
        self.sync_target();
    }

    fn gap_for(self, source: DragSource, y: f64) -> Option<usize> {
        self.layout.with_value(|layout| layout.gap_for(source, y))
    }

    fn auto_scroll(self) {
        let Some(dragging) = self.state.get_untracked() else {
            return;
        };
        let step = scroll_step(dragging.y, drag::viewport_height());
        if step != 0.0 {
            drag::scroll_by(step);
            // The list moved under the pointer, so its gap may have changed.
            let gap = self.gap_for(dragging.source, dragging.y);
            if gap != dragging.gap {
                self.state.update(|s| {
                    if let Some(d) = s.as_mut() {
                        d.gap = gap;
                    }
                });
                self.sync_target();
            }
        }
    }
}

impl Default for DragController {
    fn default() -> Self {
        Self::new()
    }
}
