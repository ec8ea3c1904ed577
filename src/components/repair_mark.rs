//! The small 修 mark after a repaired word. Its tip (the published original) shows on hover and
//! on keyboard focus through CSS; a tap or click pins it open or closed (phones have no hover,
//! and some browsers do not focus buttons on tap); Escape closes it until focus leaves.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{use_strings, Lang, EN, ZH};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the tip says, in Chinese and in English: the kind of damage, the original and the
    /// repaired text. Both are in the page (the stylesheet shows the reader's language).
    pub tip: AttrValue,
    pub tip_en: AttrValue,
}

#[component]
pub fn RepairMark(props: &Props) -> Html {
    let t = use_strings();
    // None: CSS decides (hover, keyboard focus); Some(true): pinned open; Some(false): closed.
    let pinned = use_state(|| None::<bool>);
    let toggle = {
        let pinned = pinned.clone();
        Callback::from(move |_: MouseEvent| pinned.set(Some(*pinned != Some(true))))
    };
    let close_on_escape = {
        let pinned = pinned.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                pinned.set(Some(false));
            }
        })
    };
    let reset = {
        let pinned = pinned.clone();
        Callback::from(move |_: FocusEvent| pinned.set(None))
    };
    // The tip is centred over the mark; near the edge of a narrow screen it is moved sideways
    // to stay on it (measured when it is about to show: on focus, or on the tap that pins it).
    let shift = use_state(|| 0i32);
    let measure = {
        let shift = shift.clone();
        move |e: &web_sys::Event| {
            // the tip is placed over the repaired words and their mark (`.repair`)
            let el = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".repair").ok().flatten().or(Some(el)));
            let vw = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64());
            if let (Some(el), Some(vw)) = (el, vw) {
                let r = el.get_bounding_client_rect();
                shift.set(tip_shift(r.left() + r.width() / 2.0, vw));
            }
        }
    };
    let toggle = {
        let (toggle, measure) = (toggle.clone(), measure.clone());
        Callback::from(move |e: MouseEvent| {
            measure(&e);
            toggle.emit(e);
        })
    };
    let onfocus = Callback::from(move |e: FocusEvent| measure(&e));
    let state = match *pinned {
        Some(true) => Some("open"),
        Some(false) => Some("closed"),
        None => None,
    };
    // The glyph and the tip are CSS-generated from data-tip, so the paragraph's text (copy,
    // search, find-in-page) stays exactly the repaired text.
    html! {
        <button
            type="button"
            class={classes!("repair-mark", state)}
            aria-label={if t.lang == Lang::En { props.tip_en.clone() } else { props.tip.clone() }}
            data-tip={props.tip.clone()}
            data-tip-en={props.tip_en.clone()}
            data-glyph={ZH.repair_glyph}
            data-glyph-en={EN.repair_glyph}
            style={(*shift != 0).then(|| format!("--tip-shift:{}px", *shift))}
            onclick={toggle}
            {onfocus}
            onkeydown={close_on_escape}
            onblur={reset}
        ></button>
    }
}

/// How far to move a tip centred at `centre` so that all of it is on a window `vw` wide (with
/// 8 px to spare): the tip is at most min(18rem, 80vw) wide (the stylesheet's `max-width`).
fn tip_shift(centre: f64, vw: f64) -> i32 {
    let half = (288.0f64).min(vw * 0.8) / 2.0;
    let (left, right) = (centre - half, centre + half);
    let shift = if left < 8.0 {
        8.0 - left
    } else if right > vw - 8.0 {
        vw - 8.0 - right
    } else {
        0.0
    };
    shift.round() as i32
}

#[cfg(test)]
mod tests {
    use super::tip_shift;

    #[test]
    fn a_tip_near_the_edge_of_a_phone_moves_onto_the_screen() {
        // 360 px wide: the tip is 288 px at most
        assert_eq!(tip_shift(20.0, 360.0), 132); // its left edge comes to 8 px
        assert_eq!(tip_shift(350.0, 360.0), -142); // its right edge to 352 px
        assert_eq!(tip_shift(180.0, 360.0), 0);
        // a wide window has room
        assert_eq!(tip_shift(640.0, 1280.0), 0);
        assert_eq!(tip_shift(100.0, 1280.0), 52);
    }
}
