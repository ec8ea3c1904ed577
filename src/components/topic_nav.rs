//! The list of topics: a sticky sidebar on wide screens, a scrolling strip on phones.

use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::ZH as T;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
}

#[component]
pub fn TopicNav(props: &Props) -> Html {
    html! {
        <nav class="topic-nav" aria-label={T.topics_nav}>
            <h2 class="topic-nav-heading">{ T.topics_nav }</h2>
            <ol class="topic-nav-list">
                { for props.briefing.topics.iter().map(|t| html! {
                    <li>
                        <a href={format!("#topic-{}", t.number)}>
                            <span class="topic-nav-num">{ format!("{}{}", T.topic_prefix, t.numeral) }</span>
                            <span class="topic-nav-title">{ &t.title }</span>
                        </a>
                    </li>
                }) }
            </ol>
        </nav>
    }
}
