//! Light, dark, or as the system says: the reader's choice, remembered in localStorage and
//! applied as `data-theme` on the root element (the CSS follows the system when it is absent).

use yew::prelude::*;

use crate::i18n::ZH as T;

const KEY: &str = "briefing-explorer/theme";

#[derive(Clone, Copy, PartialEq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    fn stored() -> Theme {
        let value = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(KEY).ok().flatten());
        match value.as_deref() {
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
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        match self {
            Theme::System => {
                if let Some(r) = root {
                    let _ = r.remove_attribute("data-theme");
                }
                if let Some(s) = storage {
                    let _ = s.remove_item(KEY);
                }
            }
            Theme::Light | Theme::Dark => {
                let v = if self == Theme::Light { "light" } else { "dark" };
                if let Some(r) = root {
                    let _ = r.set_attribute("data-theme", v);
                }
                if let Some(s) = storage {
                    let _ = s.set_item(KEY, v); // a full or disabled storage only forgets the choice
                }
            }
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => T.theme_system,
            Theme::Light => T.theme_light,
            Theme::Dark => T.theme_dark,
        }
    }
}

#[component]
pub fn ThemeToggle() -> Html {
    let theme = use_state(Theme::stored);
    use_effect_with(*theme, |t| t.apply());
    let onclick = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| theme.set(theme.next()))
    };
    html! {
        <button type="button" class="theme-toggle" {onclick} title={T.theme_title}
            aria-label={format!("{}：{}", T.theme_title, theme.label())}>
            <span aria-hidden="true">{ match *theme { Theme::System => "◐", Theme::Light => "☀", Theme::Dark => "☾" } }</span>
            <span>{ theme.label() }</span>
        </button>
    }
}
