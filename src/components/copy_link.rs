//! Copies the page's link (the view or the quiz is in it) for sharing: an installed app has no
//! address bar to copy it from. Where the clipboard is out of reach (an insecure host, a refused
//! permission), the link is shown selected in a box instead.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::i18n::use_strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// what the button says
    pub label: AttrValue,
    /// the link to copy (the page's own when not given)
    #[prop_or_default]
    pub href: Option<AttrValue>,
}

#[derive(Clone, PartialEq, Hash)]
enum State {
    Idle,
    Copied,
    /// the clipboard could not be used: the link to copy by hand
    Manual(String),
}

fn href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The clipboard's `writeText`, if the page may use it (secure contexts only; `undefined`
/// elsewhere, and calling into it would throw).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let c = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!c.is_undefined() && !c.is_null()).then(|| c.unchecked_into())
}

#[component]
pub fn CopyLink(props: &Props) -> Html {
    let t = use_strings();
    let state = use_state(|| State::Idle);
    let manual_ref = use_node_ref();
    let onclick = {
        let (state, given) = (state.clone(), props.href.clone());
        Callback::from(move |_: MouseEvent| {
            let url = given.as_ref().map_or_else(href, |h| h.to_string());
            let state = state.clone();
            match clipboard() {
                Some(c) => {
                    let promise = c.write_text(&url);
                    wasm_bindgen_futures::spawn_local(async move {
                        match wasm_bindgen_futures::JsFuture::from(promise).await {
                            Ok(_) => {
                                state.set(State::Copied);
                                let state = state.clone();
                                gloo_timers::callback::Timeout::new(2500, move || {
                                    state.set(State::Idle)
                                })
                                .forget();
                            }
                            Err(_) => state.set(State::Manual(url)),
                        }
                    });
                }
                None => state.set(State::Manual(url)),
            }
        })
    };
    // the link to copy by hand is selected, ready for Ctrl+C or the phone's copy menu
    {
        let manual_ref = manual_ref.clone();
        use_effect_on((*state).clone(), move |s| {
            if let (State::Manual(_), Some(input)) =
                (s, manual_ref.cast::<web_sys::HtmlInputElement>())
            {
                let _ = input.focus();
                input.select();
            }
        });
    }
    html! {
        <span class="copy-link">
            <button type="button" class="copy-link-button" {onclick}>{ props.label.clone() }</button>
            <span class="copy-link-status" role="status">
                if *state == State::Copied { { t.link_copied } }
            </span>
            if let State::Manual(url) = &*state {
                <label class="copy-link-manual">
                    <span>{ t.copy_manually }</span>
                    <input type="text" readonly=true value={url.clone()} ref={manual_ref} />
                </label>
            }
        </span>
    }
}
