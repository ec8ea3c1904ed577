//! Light, dark, or as the system says: the reader's choice, remembered in localStorage and
//! applied as `data-theme` on the root element (the CSS follows the system when it is absent).

use yew::prelude::*;

use crate::i18n::{use_strings, Strings};
use crate::storage;

const KEY: &str = "briefing-explorer/theme";

#[derive(Clone, Copy, PartialEq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    fn stored() -> Theme {
        match storage::setting(KEY).as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System, // absent or anything unknown
        }
    }

    fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    fn apply(self) {
        let value = match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        };
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = match value {
                Some(v) => root.set_attribute("data-theme", v),
                None => root.remove_attribute("data-theme"),
            };
        }
        storage::set_setting(KEY, value);
    }

    fn label(self, t: &Strings) -> &'static str {
        match self {
            Theme::System => t.theme_system,
            Theme::Light => t.theme_light,
            Theme::Dark => t.theme_dark,
        }
    }
}

#[component]
pub fn ThemeToggle() -> Html {
    let t = use_strings();
    let theme = use_state(Theme::stored);
    use_effect_with(*theme, |t| t.apply());
    let onclick = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| theme.set(theme.next()))
    };
    html! {
        <button type="button" class="theme-toggle" {onclick} title={t.theme_title}
            aria-label={format!("{}：{}", t.theme_title, theme.label(t))}>
            <span aria-hidden="true">{ match *theme { Theme::System => "◐", Theme::Light => "☀", Theme::Dark => "☾" } }</span>
            <span>{ theme.label(t) }</span>
        </button>
    }
}
