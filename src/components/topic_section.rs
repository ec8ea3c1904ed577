//! One topic (热点): its heading and its questions and answers.

use yew::prelude::*;

use crate::components::qa_article::QaArticle;
use crate::data::Shared;
use crate::i18n::ZH as T;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
    /// Position of the topic in `briefing.topics`.
    pub index: usize,
}

#[component]
pub fn TopicSection(props: &Props) -> Html {
    let Some(topic) = props.briefing.topics.get(props.index) else { return html! {} };
    let heading_id = format!("topic-{}-title", topic.number);
    html! {
        <section id={format!("topic-{}", topic.number)} class="topic" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="topic-title">
                <span class="topic-num">{ format!("{}{}", T.topic_prefix, topic.numeral) }</span>
                <span class="topic-name">{ &topic.title }</span>
                <span class="topic-count">{ format!("{} {}", topic.qas.len(), T.qa_count) }</span>
            </h2>
            { for (0..topic.qas.len()).map(|q| html! {
                <QaArticle key={q} briefing={props.briefing.clone()} topic={props.index} index={q} />
            }) }
        </section>
    }
}
