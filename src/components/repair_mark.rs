//! The small 修 mark after a repaired word. Its tip (the published original) shows on hover and
//! on keyboard focus through CSS; a tap or click pins it open or closed (phones have no hover,
//! and some browsers do not focus buttons on tap); Escape closes it until focus leaves.

use yew::prelude::*;

use crate::i18n::use_strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the tip says: the kind of damage, the original and the repaired text.
    pub tip: AttrValue,
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
            aria-label={props.tip.clone()}
            data-tip={props.tip.clone()}
            data-glyph={t.repair_glyph}
            onclick={toggle}
            onkeydown={close_on_escape}
            onblur={reset}
        ></button>
    }
}
