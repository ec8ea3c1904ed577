//! The list of topics: a sticky sidebar on wide screens, a scrolling strip on phones.

use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::use_strings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
}

#[component]
pub fn TopicNav(props: &Props) -> Html {
    let t = use_strings();
    html! {
        <nav class="topic-nav" aria-label={t.topics_nav}>
            <h2 class="topic-nav-heading">{ t.topics_nav }</h2>
            <ol class="topic-nav-list">
                { for props.briefing.topics.iter().map(|tp| html! {
                    <li>
                        <a href={format!("#topic-{}", tp.number)}>
                            <span class="topic-nav-num">{ t.topic_tag(tp) }</span>
                            <span class="topic-nav-title" lang={t.content_lang()}>{ &tp.title }</span>
                        </a>
                    </li>
                }) }
            </ol>
        </nav>
    }
}
