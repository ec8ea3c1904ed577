//! One topic (热点): its heading and its questions and answers.

use briefing::figures::{self, Figure};
use yew::prelude::*;

use crate::components::figure_chart::{bars_of, picked_out, title_of, FigureChart};
use crate::components::qa_article::QaArticle;
use crate::data::Shared;
use crate::i18n::{both, fill, use_strings, Lang};
use crate::state::{Action, FigureContext, SearchContext};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
    /// Position of the topic in `briefing.topics`.
    pub index: usize,
    /// Q&As to draw at first (`drawn_at_first`); the reader's "show more" adds to it.
    pub limit: usize,
}

/// Q&As drawn at first, and added per "show more": an imported transcript of megabytes has
/// thousands, and drawing them all would freeze the page for seconds.
const QA_PAGE: usize = 40;

/// Q&As drawn at first over the whole briefing: a transcript of megabytes read by question has
/// a thousand sections of one or two Q&As each. The sections after these are drawn as their
/// headings, each with its "show more".
const QAS_AT_FIRST: usize = 60;

/// How many Q&As each topic draws at first, given the ids of the Q&As on show (`Results::qas`,
/// in reading order): up to [`QA_PAGE`] each, [`QAS_AT_FIRST`] in all, in reading order.
pub fn drawn_at_first(b: &briefing::Briefing, shown: &[String]) -> Vec<usize> {
    let mut ids = shown.iter().peekable();
    let mut left = QAS_AT_FIRST;
    b.topics
        .iter()
        .map(|tp| {
            let n = tp.qas.iter().filter(|q| ids.next_if(|id| **id == q.id).is_some()).count();
            let limit = left.min(QA_PAGE);
            left -= limit.min(n);
            limit
        })
        .collect()
}

#[component]
pub fn TopicSection(props: &Props) -> Html {
    let t = use_strings();
    let ctx = use_context::<FigureContext>();
    let search = use_context::<SearchContext>().unwrap_or_default();
    // what the reader's "show more" added
    let more_asked = use_state(|| 0);
    let limit = props.limit + *more_asked;
    // worked out once: a topic's figures do not change under it. What a figure stands for:
    // its clause of the text for a Chinese reader, its gloss for an English one; both are in
    // the page, and the stylesheet shows the reader's.
    let summary = {
        let (b, i) = (props.briefing.clone(), props.index);
        // (none for a section drawn as its heading alone)
        use_memo(limit > 0, move |&drawn| {
            let Some(topic) = b.topics.get(i).filter(|_| drawn) else {
                return (Vec::new(), Vec::new());
            };
            let label = |f: &Figure, zh: bool| {
                figures::summary_label(topic, f, zh, Some(figures::CLAUSE_CHARS))
            };
            // (the figure, its labels, the labels' tooltips: the whole clause or gloss)
            let key: Vec<(Figure, [String; 2], [String; 2])> =
                figures::key_figures(topic, figures::KEY_FIGURES_SHOWN)
                    .into_iter()
                    .map(|f| {
                        let whole = |zh| figures::summary_label(topic, f, zh, None);
                        (f.clone(), [label(f, true), label(f, false)], [whole(true), whole(false)])
                    })
                    .collect();
            let charts: Vec<_> = figures::comparisons(topic)
                .iter()
                .map(|c| (bars_of(c, label), both(|t| title_of(t, c)), c.log_scale))
                .collect();
            (key, charts)
        })
    };
    let Some(topic) = props.briefing.topics.get(props.index) else { return html! {} };
    let visible: Vec<usize> =
        (0..topic.qas.len()).filter(|&q| search.shows(&topic.qas[q].id)).collect();
    let shown = !visible.is_empty();
    // a figure or paragraph being brought into view is drawn, however far down it is
    // (and so is the search hit being stepped to)
    let position_of = |hit: &dyn Fn(&briefing::Paragraph) -> bool| {
        visible.iter().position(|&q| {
            let qa = &topic.qas[q];
            qa.question
                .paragraphs
                .iter()
                .chain(qa.answers.iter().flat_map(|a| a.paragraphs.iter()))
                .any(hit)
        })
    };
    let wanted = ctx.as_ref().and_then(|c| c.flash.clone()).and_then(|id| {
        position_of(&|p| {
            p.figures.iter().any(|f| f.id == id.as_str())
                || id.as_str().strip_prefix("p-") == Some(p.line.to_string().as_str())
        })
    });
    let hit_line = search.current.and_then(|n| {
        search
            .hits
            .iter()
            .find(|(_, (spans, first))| (*first..first + spans.len()).contains(&n))
            .map(|(line, _)| *line)
    });
    let wanted_hit = hit_line.and_then(|line| position_of(&|p| p.line == line));
    let cap = limit.max(wanted.max(wanted_hit).map_or(0, |w| w + 1)).min(visible.len());
    let more = visible.len() - cap;
    let heading_id = format!("topic-{}-title", topic.number);
    let (key, charts) = (&summary.0, &summary.1);
    html! {
        <section id={format!("topic-{}", topic.number)} class="topic" aria-labelledby={heading_id.clone()} hidden={!shown}>
            <h2 id={heading_id} class="topic-title">
                if !topic.numeral.is_empty() {
                    <span class="topic-num">{ both(|t| t.topic_tag(topic)) }</span>
                }
                <span class="topic-name" lang={t.content_lang()}>{ &topic.title }</span>
                <span class="topic-count">{ both(|t| format!("{} {}", topic.qas.len(), t.qa_count)) }</span>
            </h2>
            if let Some(ctx) = ctx.as_ref().filter(|_| !key.is_empty()) {
                <div class="key-figures">
                    <h3 class="key-figures-label">{ both(|t| t.key_figures) }</h3>
                    <ul>
                        { for key.iter().map(|(f, label, whole)| {
                            let id = AttrValue::from(f.id.clone());
                            let d = ctx.dispatch.clone();
                            html! {
                                <li>
                                    // a link to the figure, which works without JavaScript too;
                                    // the app brings the figure into view and flashes it
                                    <a class="chip" href={format!("#{id}")} data-kind={f.kind.as_str()}
                                        title={whole[usize::from(t.lang == Lang::En)].clone()}
                                        onclick={Callback::from(move |e: MouseEvent| {
                                            e.prevent_default();
                                            d.emit(Action::Flash(id.clone()));
                                        })}>
                                        <span class="chip-figure" lang={t.content_lang()}>{ &f.text }</span>
                                        <span class="chip-gloss">
                                            <span class="ui-zh">{ picked_out(&label[0], &f.text) }</span>
                                            <span class="ui-en">{ picked_out(&label[1], &f.text) }</span>
                                        </span>
                                    </a>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            if let Some(ctx) = ctx.as_ref().filter(|_| !charts.is_empty()) {
                <div class="charts">
                    { for charts.iter().map(|(bars, title, log_scale)| html! {
                        <FigureChart bars={bars.clone()} title={title.clone()} log_scale={*log_scale} dispatch={ctx.dispatch.clone()} />
                    }) }
                </div>
            }
            { for visible[..cap].iter().map(|&q| html! {
                <QaArticle key={q} briefing={props.briefing.clone()} topic={props.index} index={q} />
            }) }
            if more > 0 {
                <button type="button" class="show-more" onclick={{
                    let (more_asked, base) = (more_asked.clone(), props.limit);
                    Callback::from(move |_: MouseEvent| {
                        more_asked.set((cap + QA_PAGE * 5).saturating_sub(base))
                    })
                }}>{ fill(t.show_more_qas, more) }</button>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_briefing_of_a_thousand_sections_draws_its_first_qas_and_the_rest_as_headings() {
        let b = crate::data::embedded().map_or_else(|e| panic!("{e}"), |b| (*b).clone());
        let all: Vec<String> = b.qas().map(|q| q.id.clone()).collect();
        // the built-in briefing (10 Q&As) is drawn whole
        let limits = drawn_at_first(&b, &all);
        assert!(b.topics.iter().zip(&limits).all(|(tp, &l)| l >= tp.qas.len()));
        // a thousand sections of one or two Q&As each: the first drawn, then headings
        let mut big = b.clone();
        let topic = big.topics[0].clone();
        big.topics = (0..1000)
            .map(|n| {
                let mut tp = topic.clone();
                tp.qas.truncate(2);
                for (k, qa) in tp.qas.iter_mut().enumerate() {
                    qa.id = format!("s{n}-q{k}");
                }
                tp
            })
            .collect();
        let ids: Vec<String> = big.qas().map(|q| q.id.clone()).collect();
        let limits = drawn_at_first(&big, &ids);
        let drawn: usize = big.topics.iter().zip(&limits).map(|(tp, &l)| l.min(tp.qas.len())).sum();
        assert_eq!(drawn, QAS_AT_FIRST);
        let per = big.topics[0].qas.len();
        assert_eq!(limits.iter().filter(|&&l| l == 0).count(), 1000 - QAS_AT_FIRST / per);
        // filtered to one late section: that one is drawn
        let one = vec!["s900-q0".to_string()];
        let limits = drawn_at_first(&big, &one);
        assert!(limits[900] >= 1);
    }
}
