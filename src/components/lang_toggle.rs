//! 中文 / English: switches the interface language (never the briefing's text). The button is
//! labelled in the language it switches to, so a reader who cannot read the current one finds it.

use yew::prelude::*;

use crate::i18n::{use_strings, LangContext};

#[component]
pub fn LangToggle() -> Html {
    let t = use_strings();
    let Some(ctx) = use_context::<LangContext>() else {
        return html! {};
    };
    let other = ctx.lang.other();
    let onclick = Callback::from(move |_: MouseEvent| ctx.set.emit(other));
    html! {
        <button type="button" class="lang-toggle" lang={t.lang_switch_code} title={t.lang_switch_title} {onclick}>
            { t.lang_switch }
        </button>
    }
}
