//! Every repair in one place: what the source printed, what the page shows, and where; and the
//! lines of the page that are not speech (timestamps, photo captions, share buttons, 来源),
//! set aside by the reader and listed here, never mixed into what was said.

use yew::prelude::*;

use crate::components::rich_paragraph::shown_original;
use crate::data::Shared;
use crate::i18n::{both, fill, use_strings};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
}

#[component]
pub fn RepairsList(props: &Props) -> Html {
    let t = use_strings();
    let repairs: Vec<_> = props.briefing.repairs().collect();
    let set_aside = &props.briefing.set_aside;
    if repairs.is_empty() && set_aside.is_empty() {
        return html! {};
    }
    html! {
        <>
        if !set_aside.is_empty() {
            <section id="set-aside" class="repairs set-aside" aria-labelledby="set-aside-heading">
                <h2 id="set-aside-heading">{ both(|t| t.set_aside_heading) }</h2>
                <p class="repairs-intro">{ both(|t| t.set_aside_intro) }</p>
                <ol class="repairs-list">
                    { for set_aside.iter().map(|s| html! {
                        <li class="repair-item set-aside-item">
                            <span class="repair-kind">{ both(|t| t.set_aside_kind(s.kind)) }</span>
                            <span class="repair-change" lang={t.content_lang()}>{ &s.text }</span>
                            <span class="repair-where">{ both(|t| fill(t.repair_line, s.line)) }</span>
                        </li>
                    }) }
                </ol>
            </section>
        }
        if !repairs.is_empty() {
        <section id="repairs" class="repairs" aria-labelledby="repairs-heading">
            <h2 id="repairs-heading">{ both(|t| t.repairs_heading) }</h2>
            <p class="repairs-intro">{ both(|t| t.repairs_intro) }</p>
            <ol class="repairs-list">
                { for repairs.iter().map(|(p, r)| {
                    let now: String = p.text.chars().skip(r.start).take(r.end - r.start).collect();
                    html! {
                        <li class="repair-item">
                            <span class="repair-kind">{ both(|t| t.repair_kind(r.kind)) }</span>
                            <span class="repair-change">
                                // a missing character was added: nothing of the original
                                // was taken out, so it is not struck through
                                if r.kind == briefing::RepairKind::MissingCharacter {
                                    <span class="repair-was" lang={t.content_lang()}>{ shown_original(t, &r.original) }</span>
                                } else {
                                    <del lang={t.content_lang()}>{ shown_original(t, &r.original) }</del>
                                }
                                <span aria-hidden="true">{ " → " }</span>
                                <ins lang={t.content_lang()}>{ now }</ins>
                            </span>
                            <a class="repair-where" href={format!("#p-{}", p.line)}>
                                { both(|t| fill(t.repair_line, r.line)) }
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </section>
        }
        </>
    }
}
