//! The lines of an imported page that are not speech (timestamps, photo captions, font-size and
//! share buttons, 来源, 责任编辑): the reader set them aside, and the import panel lists them as
//! published, so nothing of the text is lost and none of it is mixed into what was said.
//! (Only imports have them: drawn by the import panel, its code is fetched with the panel's.)

use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::{fill, use_strings};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
}

#[component]
pub fn SetAsideList(props: &Props) -> Html {
    let t = use_strings();
    let set_aside = &props.briefing.set_aside;
    if set_aside.is_empty() {
        return html! {};
    }
    html! {
        <section id="set-aside" class="repairs set-aside" aria-labelledby="set-aside-heading">
            <h3 id="set-aside-heading">{ fill(t.set_aside_heading, set_aside.len()) }</h3>
            <p class="repairs-intro">{ t.set_aside_intro }</p>
            <ol class="repairs-list">
                { for set_aside.iter().map(|s| html! {
                    <li class="repair-item set-aside-item">
                        <span class="repair-kind">{ t.set_aside_kind(s.kind) }</span>
                        <span class="repair-change" lang={t.content_lang()}>{ &s.text }</span>
                        <span class="repair-where">{ fill(t.repair_line, s.line) }</span>
                    </li>
                }) }
            </ol>
        </section>
    }
}
