//! Every repair in one place: what the source printed, what the page shows, and where.

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
    if repairs.is_empty() {
        return html! {};
    }
    html! {
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
}
