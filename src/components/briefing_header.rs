//! The masthead: event, headline, byline, the editor's note and the three spokespeople.

use yew::prelude::*;

use crate::components::lang_toggle::LangToggle;
use crate::components::rich_paragraph::{rich_paragraph, use_paragraph_context};
use crate::components::theme_toggle::ThemeToggle;
use crate::data::Shared;
use crate::i18n::both;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
}

#[component]
pub fn BriefingHeader(props: &Props) -> Html {
    let para = use_paragraph_context();
    let t = para.strings;
    let b = &props.briefing;
    let event: Vec<String> = [b.event.host.clone(), b.event.kind.clone(), b.event.date_zh()]
        .into_iter()
        .flatten()
        .collect();
    html! {
        <header class="masthead">
            <div class="masthead-inner">
                <div class="prefs">
                    <LangToggle />
                    <ThemeToggle />
                </div>
                <p class="eyebrow" lang={t.content_lang()}>
                    // each part carries the separator after it, so a wrapped line never starts
                    // with "·"
                    { for event.iter().enumerate().map(|(i, part)| html! {
                        <span class="eyebrow-part">
                            if Some(part) == b.event.date_zh().as_ref() {
                                <time datetime={b.event.date.clone().unwrap_or_default()}>{ part.clone() }</time>
                            } else {
                                <span>{ part.clone() }</span>
                            }
                            if i + 1 < event.len() { <span class="sep" aria-hidden="true">{ "·" }</span> }
                        </span>
                    }) }
                </p>
                <h1 class="headline" lang={t.content_lang()}>{ &b.headline }</h1>
                if let Some(byline) = &b.byline {
                    <p class="byline" lang={t.content_lang()}>{ &byline.text }</p>
                }
                if !b.note.text.is_empty() {
                    <div class="note">
                        { rich_paragraph(&para, &b.note) }
                    </div>
                }
                <section class="speakers" aria-labelledby="speakers-heading">
                    <h2 id="speakers-heading" class="speakers-heading">{ both(|t| t.spokespeople) }</h2>
                    <ul class="speaker-list">
                        { for b.speakers.iter().map(|s| html! {
                            <li class="speaker-card">
                                <span class="speaker-avatar" aria-hidden="true" lang={t.content_lang()}>
                                    { s.name.chars().next().map(String::from).unwrap_or_default() }
                                </span>
                                <span class="speaker-text" lang={t.content_lang()}>
                                    <strong class="speaker-name">{ &s.name }</strong>
                                    <span class="speaker-title">{ &s.title }</span>
                                </span>
                            </li>
                        }) }
                    </ul>
                </section>
            </div>
        </header>
    }
}
