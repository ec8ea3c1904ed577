//! Light, dark, or as the system says: the reader's choice, remembered in localStorage and
//! applied as `data-theme` on the root element (the CSS follows the system when it is absent).

use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::i18n::{both, use_strings, Strings};
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

    fn value(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// Puts the theme on `<html data-theme>` (index.html's script does it before the first
    /// paint): the stylesheet follows the system when it is absent.
    fn show(self) {
        crate::html_root::set_attribute("data-theme", self.value());
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
    // The system's in the first render on both sides; the remembered theme once the page is
    // hydrated. The button shows all three labels and the stylesheet the one <html data-theme>
    // names, so it reads right from the first paint.
    let theme = use_state(|| Theme::System);
    {
        let theme = theme.setter();
        use_effect_on((), move |_| {
            let stored = Theme::stored();
            stored.show();
            theme.set(stored);
        });
    }
    let onclick = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| {
            let next = theme.next();
            storage::set_setting(KEY, next.value());
            next.show();
            theme.set(next);
        })
    };
    html! {
        <button type="button" class="theme-toggle" {onclick} title={t.theme_title}
            aria-label={format!("{}：{}", t.theme_title, theme.label(t))}>
            { for [(Theme::System, "system", "◐"), (Theme::Light, "light", "☀"), (Theme::Dark, "dark", "☾")]
                .into_iter().map(|(th, name, icon)| html! {
                <span class={classes!("theme-is", format!("theme-is-{name}"))}>
                    <span aria-hidden="true">{ icon }</span>
                    <span>{ both(|t| th.label(t)) }</span>
                </span>
            }) }
        </button>
    }
}
