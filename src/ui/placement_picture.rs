//! Band-placement pictures: one small pictogram per [`Placement`], a
//! friendly body outline in the pose the placement implies with the band
//! drawn in the accent colour exactly where it goes.
//!
//! Every picture is drawn on the same 64 by 64 grid from static path data,
//! so it stays crisp at any size. Colours come from `style/placement.css`
//! through classes, which keeps the light and dark themes working.

use leptos::prelude::*;

use crate::model::catalog::exercise::Placement;

/// Stroke width of the arms, in grid units.
const ARM_WIDTH: &str = "5";
/// Stroke width of the legs.
const LEG_WIDTH: &str = "6";
/// Stroke width round the filled head and trunk, which rounds their corners.
const SOLID_WIDTH: &str = "4";
/// Stroke width of the band.
const BAND_WIDTH: &str = "3.5";
/// Stroke width of the gap that lifts the band off the body behind it.
const GAP_WIDTH: &str = "6";
/// Stroke width of the floor line.
const FLOOR_WIDTH: &str = "2";

/// The floor line, the same in every picture.
const FLOOR: &str = "M7 57h50";

/// The shapes of one picture, as SVG path data on the 64 by 64 grid. An
/// empty string draws nothing.
struct Figure {
    /// A post the band is tied to, filled.
    anchor: &'static str,
    /// Head and trunk, filled and outlined so their corners round off.
    solid: &'static str,
    /// Arms, thick round-ended strokes.
    arms: &'static str,
    /// Legs, a little thicker than the arms.
    legs: &'static str,
    /// The band, drawn over the body with a gap around it.
    band: &'static str,
}

fn figure(placement: Placement) -> Figure {
    match placement {
        // Standing in a wide stance, the loop around both ankles.
        Placement::Ankles => Figure {
            anchor: "",
            solid: "M29 10a3 3 0 1 0 6 0a3 3 0 1 0-6 0M28 19h8l-.5 15h-7z",
            arms: "M23.3 19.5l-3 14M40.7 19.5l3 14",
            legs: "M29.6 36l-4.6 18M34.4 36l4.6 18",
            band: "M21 49.5h22",
        },
        // A half squat with hands on hips, the loop just above the knees.
        Placement::AboveKnees => Figure {
            anchor: "",
            solid: "M29 13a3 3 0 1 0 6 0a3 3 0 1 0-6 0M28 22h8l-.5 12h-7z",
            arms: "M23.5 22.5l-5.5 6 7 5.5M40.5 22.5l5.5 6-7 5.5",
            legs: "M29.6 36l-8.6 11 2.5 7M34.4 36l8.6 11-2.5 7",
            band: "M20 44h24",
        },
        // Standing tall, the loop around the middle of both thighs.
        Placement::Thighs => Figure {
            anchor: "",
            solid: "M29 10a3 3 0 1 0 6 0a3 3 0 1 0-6 0M28 19h8l-.5 15h-7z",
            arms: "M23.3 19.5l-1.5 14.5M40.7 19.5l1.5 14.5",
            legs: "M29.6 36l-1 18M34.4 36l1 18",
            band: "M24 43h16",
        },
        // Lying on the back, legs up and apart, the loop around both feet.
        Placement::FeetArches => Figure {
            anchor: "",
            solid: "M8 51a3 3 0 1 0 6 0a3 3 0 1 0-6 0M20 49h14v5H20z",
            arms: "",
            legs: "M35 50l-4-22.5-4-6M35 50l10.5-22.5 5-5.5",
            band: "M26 25.5h26",
        },
        // Sitting with legs long, the band under one forefoot, ends in hands.
        Placement::ForefootHeld => Figure {
            anchor: "",
            solid: "M25.5 27a3 3 0 1 0 6 0a3 3 0 1 0-6 0M18.5 34.5l4.5 2-3 13.5-5-.5z",
            arms: "M23 37l13 3",
            legs: "M17 53h29.5l2.5-11.5",
            band: "M36.5 40.5l17 6.5v4.5",
        },
        // Standing beside a low post, the band from the post to one ankle.
        Placement::AnchoredAnkleHeight => Figure {
            anchor: "M6 46.5a3.5 3.5 0 0 1 7 0v9.5h-7z",
            solid: "M37 10a3 3 0 1 0 6 0a3 3 0 1 0-6 0M36 19h8l-.5 15h-7z",
            arms: "M31.3 19.5l-2 14M48.7 19.5l2 14",
            legs: "M37.6 36l-3 18M42.4 36l3 18",
            band: "M9.5 49.5l26.5 1",
        },
        // A split stance facing a tall post, the band from the post to a hand.
        Placement::AnchoredHipHeight => Figure {
            anchor: "M6 32.5a3.5 3.5 0 0 1 7 0v23.5h-7z",
            solid: "M38.5 10a3 3 0 1 0 6 0a3 3 0 1 0-6 0M40 19h4.5v15h-4z",
            arms: "M41 21.5l-10 11",
            legs: "M42 36l-7 18M43.5 36l7 18",
            band: "M9.5 33h20",
        },
        // Sitting cross-legged, arms overhead, the loop around both forearms.
        Placement::Arms => Figure {
            anchor: "",
            solid: "M29 26.5a3 3 0 1 0 6 0a3 3 0 1 0-6 0M28 35h8l-.5 11h-7z",
            arms: "M23.5 35l-9.5-23M40.5 35l9.5-23",
            legs: "M29 48.5l-16 3 19.5 3.5M35 48.5l16 3-19.5 3.5",
            band: "M14 17.5h36",
        },
    }
}

/// A pictogram of where the band goes for `placement`, `size` pixels square
/// (64 unless given).
#[component]
pub fn PlacementPicture(
    placement: Placement,
    #[prop(optional)] size: Option<u32>,
) -> impl IntoView {
    let size = size.unwrap_or(64);
    let fig = figure(placement);
    view! {
        <svg
            class="placement-picture"
            viewBox="0 0 64 64"
            width=size
            height=size
            role="img"
            aria-label=placement.label()
            focusable="false"
        >
            <rect class="pp-tile" width="64" height="64" rx="14" />
            <path
                class="pp-floor"
                d=FLOOR
                fill="none"
                stroke-width=FLOOR_WIDTH
                stroke-linecap="round"
            />
            <path class="pp-anchor" d=fig.anchor />
            <path
                class="pp-solid"
                d=fig.solid
                stroke-width=SOLID_WIDTH
                stroke-linejoin="round"
            />
            <path
                class="pp-body"
                d=fig.legs
                fill="none"
                stroke-width=LEG_WIDTH
                stroke-linecap="round"
                stroke-linejoin="round"
            />
            <path
                class="pp-body"
                d=fig.arms
                fill="none"
                stroke-width=ARM_WIDTH
                stroke-linecap="round"
                stroke-linejoin="round"
            />
            <path
                class="pp-gap"
                d=fig.band
                fill="none"
                stroke-width=GAP_WIDTH
                stroke-linecap="round"
                stroke-linejoin="round"
            />
            <path
                class="pp-band"
                d=fig.band
                fill="none"
                stroke-width=BAND_WIDTH
                stroke-linecap="round"
                stroke-linejoin="round"
            />
        </svg>
    }
}
