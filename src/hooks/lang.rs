//! The interface language, as a context for every component.

use yew::prelude::*;

use crate::boot;
use crate::hooks::use_effect_on;
use crate::i18n::{Lang, LangContext};

/// The first render is in Chinese on both sides; labels of the first view are in both
/// languages and the stylesheet shows the one `<html data-ui>` names (set before the first
/// paint by index.html's script), so a reader who chose English reads English from the start.
/// The remembered choice becomes the state once the page is hydrated.
#[hook]
pub fn use_interface_lang() -> LangContext {
    let lang = use_state(Lang::default);
    {
        let setter = lang.setter();
        use_effect_on((), move |_| {
            let stored = Lang::stored();
            stored.show();
            boot::after_hydrated(move || setter.set(stored));
        });
    }
    // the same callback on every render: a context that changes re-renders every reader of it
    let set = {
        let setter = lang.setter();
        use_callback((), move |l: Lang, _| {
            l.remember();
            l.show();
            let setter = setter.clone();
            boot::when_hydrated(move || setter.set(l));
        })
    };
    LangContext { lang: *lang, set }
}
