//! One topic (热点): its heading and its questions and answers.

use yew::prelude::*;

use crate::components::figure_chart::{bars_of, title_of, FigureChart};
use crate::components::qa_article::QaArticle;
use crate::data::Shared;
use crate::i18n::{use_strings, CONTENT_LANG};
use crate::state::{Action, FigureContext, SearchContext};
use briefing::figures;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
    /// Position of the topic in `briefing.topics`.
    pub index: usize,
}

/// How many figures a topic's summary shows at most.
const KEY_FIGURES: usize = 6;

#[component]
pub fn TopicSection(props: &Props) -> Html {
    let t = use_strings();
    let ctx = use_context::<FigureContext>();
    let search = use_context::<SearchContext>().unwrap_or_default();
    let Some(topic) = props.briefing.topics.get(props.index) else { return html! {} };
    let shown = topic.qas.iter().any(|qa| search.shows(&qa.id));
    let heading_id = format!("topic-{}-title", topic.number);
    let key = figures::key_figures(topic, KEY_FIGURES);
    let charts = figures::comparisons(topic);
    html! {
        <section id={format!("topic-{}", topic.number)} class="topic" aria-labelledby={heading_id.clone()} hidden={!shown}>
            <h2 id={heading_id} class="topic-title">
                <span class="topic-num">{ t.topic_tag(topic) }</span>
                <span class="topic-name" lang={CONTENT_LANG}>{ &topic.title }</span>
                <span class="topic-count">{ format!("{} {}", topic.qas.len(), t.qa_count) }</span>
            </h2>
            if let Some(ctx) = ctx.as_ref().filter(|_| !key.is_empty()) {
                <div class="key-figures">
                    <h3 class="key-figures-label">{ t.key_figures }</h3>
                    <ul>
                        { for key.iter().map(|f| {
                            let id = AttrValue::from(f.id.clone());
                            let d = ctx.dispatch.clone();
                            html! {
                                <li>
                                    <button type="button" class="chip" data-kind={f.kind.as_str()} title={f.gloss.clone()}
                                        onclick={Callback::from(move |_| d.emit(Action::Flash(id.clone())))}>
                                        <span class="chip-figure" lang={CONTENT_LANG}>{ &f.text }</span>
                                        <span class="chip-gloss" lang="en">{ &f.gloss }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            if let Some(ctx) = ctx.as_ref().filter(|_| !charts.is_empty()) {
                <div class="charts">
                    { for charts.iter().map(|c| html! {
                        <FigureChart bars={bars_of(c)} title={title_of(t, c)} log_scale={c.log_scale} dispatch={ctx.dispatch.clone()} />
                    }) }
                </div>
            }
            { for (0..topic.qas.len()).map(|q| html! {
                <QaArticle key={q} briefing={props.briefing.clone()} topic={props.index} index={q} />
            }) }
        </section>
    }
}
