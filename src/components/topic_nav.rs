//! The list of topics: a sticky sidebar on wide screens, a scrolling strip on phones.

use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::{both, use_strings};
use crate::state::SearchContext;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
}

#[component]
pub fn TopicNav(props: &Props) -> Html {
    let t = use_strings();
    let search = use_context::<SearchContext>().unwrap_or_default();
    let format = props.briefing.format;
    html! {
        // named by its heading, so in the language on show from the first paint
        <nav class="topic-nav" aria-labelledby="topic-nav-heading">
            <h2 id="topic-nav-heading" class="topic-nav-heading">{ both(|t| t.parts(format).nav) }</h2>
            <ol class="topic-nav-list">
                // a topic the filters hide is not a link: there is nothing to go to
                { for props.briefing.topics.iter().map(|tp| html! {
                    <li>
                        <a href={tp.qas.iter().any(|q| search.shows(&q.id)).then(|| format!("#topic-{}", tp.number))}>
                            if !tp.numeral.is_empty() {
                                <span class="topic-nav-num">{ both(|t| t.topic_tag(tp)) }</span>
                            }
                            <span class="topic-nav-title" lang={t.content_lang()}>{ &tp.title }</span>
                        </a>
                    </li>
                }) }
            </ol>
        </nav>
    }
}
