//! 中文 / English: switches the interface language (never the briefing's text). The button is
//! labelled in the language it switches to, so a reader who cannot read the current one finds it.

use yew::prelude::*;

use crate::i18n::{use_strings, LangContext, EN, ZH};

#[component]
pub fn LangToggle() -> Html {
    let t = use_strings();
    let Some(ctx) = use_context::<LangContext>() else {
        return html! {};
    };
    let other = ctx.lang.other();
    let onclick = Callback::from(move |_: MouseEvent| ctx.set.emit(other));
    html! {
        // labelled in both languages, each in its own (the stylesheet shows the one for the
        // language the page is not in)
        <button type="button" class="lang-toggle" title={t.lang_switch_title} {onclick}>
            <span class="ui-zh" lang={ZH.lang_switch_code}>{ ZH.lang_switch }</span>
            <span class="ui-en" lang={EN.lang_switch_code}>{ EN.lang_switch }</span>
        </button>
    }
}
