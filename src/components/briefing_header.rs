//! The masthead: event, headline, byline, the editor's note and the three spokespeople.

use yew::prelude::*;

use crate::components::rich_paragraph::RichParagraph;
use crate::components::theme_toggle::ThemeToggle;
use crate::data::Shared;
use crate::i18n::ZH as T;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
}

#[component]
pub fn BriefingHeader(props: &Props) -> Html {
    let b = &props.briefing;
    let event: Vec<String> = [b.event.host.clone(), b.event.kind.clone(), b.event.date_zh()]
        .into_iter()
        .flatten()
        .collect();
    html! {
        <header class="masthead">
            <div class="masthead-inner">
                <ThemeToggle />
                <p class="eyebrow">
                    { for event.iter().enumerate().map(|(i, part)| html! {
                        <>
                            if i > 0 { <span class="sep" aria-hidden="true">{ "·" }</span> }
                            if Some(part) == b.event.date_zh().as_ref() {
                                <time datetime={b.event.date.clone().unwrap_or_default()}>{ part.clone() }</time>
                            } else {
                                <span>{ part.clone() }</span>
                            }
                        </>
                    }) }
                </p>
                <h1 class="headline">{ &b.headline }</h1>
                if let Some(byline) = &b.byline {
                    <p class="byline">{ &byline.text }</p>
                }
                <div class="note">
                    <RichParagraph paragraph={b.note.clone()} />
                </div>
                <section class="speakers" aria-labelledby="speakers-heading">
                    <h2 id="speakers-heading" class="speakers-heading">{ T.spokespeople }</h2>
                    <ul class="speaker-list">
                        { for b.speakers.iter().map(|s| html! {
                            <li class="speaker-card">
                                <span class="speaker-avatar" aria-hidden="true">
                                    { s.name.chars().next().map(String::from).unwrap_or_default() }
                                </span>
                                <span class="speaker-text">
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
