//! One reporter question with its answers.

use yew::prelude::*;

use crate::components::rich_paragraph::{rich_paragraph, use_paragraph_context};
use crate::data::Shared;
use crate::i18n::both;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
    pub topic: usize,
    pub index: usize,
}

#[component]
pub fn QaArticle(props: &Props) -> Html {
    let para = use_paragraph_context();
    let t = para.strings;
    let search = &para.search;
    let b = &props.briefing;
    let Some(qa) = b.topics.get(props.topic).and_then(|t| t.qas.get(props.index)) else {
        return html! {};
    };
    if !search.shows(&qa.id) {
        return html! {};
    }
    html! {
        <article id={qa.id.clone()} class="qa">
            // (the opening statement of a transcript answers no question)
            if !qa.question.paragraphs.is_empty() {
                <div class="question" aria-label={t.question}>
                    <p class="turn-label">
                        <span class="badge badge-question">{ both(|t| t.question) }</span>
                        <span class="turn-speaker">{ both(|t| t.reporter_label) }</span>
                        if let Some(outlet) = &qa.outlet {
                            <span class="turn-title" lang={t.content_lang()}>{ outlet }</span>
                        }
                    </p>
                    { for qa.question.paragraphs.iter().map(|p| rich_paragraph(&para, p)) }
                </div>
            }
            { for qa.answers.iter().map(|a| {
                let title = b.speaker(&a.speaker).map(|s| s.title.clone()).unwrap_or_default();
                html! {
                    <div class="answer" data-speaker={a.speaker.clone()}>
                        <p class="turn-label">
                            <span class="badge badge-answer">{ both(|t| t.answer) }</span>
                            <span class="turn-speaker" lang={t.content_lang()}>{ &a.speaker }</span>
                            if !title.is_empty() {
                                <span class="turn-title" lang={t.content_lang()}>{ title }</span>
                            }
                        </p>
                        { for a.paragraphs.iter().map(|p| rich_paragraph(&para, p)) }
                    </div>
                }
            }) }
        </article>
    }
}
