//! Search box, topic and speaker chips, the figures filter, the result count and next/previous
//! match. It shows the state it is given and sends actions; the core does the searching.

use briefing::search::{Filter, Results, UrlNotice};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::{fill, fill2, ZH as T};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
    pub filter: Filter,
    pub results: std::rc::Rc<Results>,
    pub current_hit: Option<usize>,
    pub notices: Vec<UrlNotice>,
    pub dispatch: Callback<Action>,
}

fn count_of<K: PartialEq>(counts: &[(K, usize)], key: &K) -> usize {
    counts.iter().find(|(k, _)| k == key).map_or(0, |(_, n)| *n)
}

fn notice_text(n: &UrlNotice) -> String {
    match n {
        UrlNotice::BadEncoding => T.notice_bad_encoding.to_string(),
        UrlNotice::UnknownTopic(t) => fill(T.notice_unknown_topic, t),
        UrlNotice::UnknownSpeaker(s) => fill(T.notice_unknown_speaker, s),
        UrlNotice::QueryTooLong => T.notice_long_query.to_string(),
    }
}

#[component]
pub fn FilterBar(props: &Props) -> Html {
    let d = props.dispatch.clone();
    let r = &props.results;
    let f = &props.filter;
    let searching = !f.query.trim().is_empty();

    let oninput = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            d.emit(Action::SetQuery(value));
        })
    };
    let count = r.hit_count;
    let onkeydown = {
        let d = d.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                d.emit(Action::StepHit { forward: !e.shift_key(), count });
            }
        })
    };
    let step = |forward: bool| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::StepHit { forward, count }))
    };
    let summary = if searching {
        fill2(T.hits_summary, r.hit_count, r.topics.len())
    } else if f.is_empty() {
        fill(T.all_qas, r.qas.len())
    } else {
        fill2(T.qa_summary, r.qas.len(), r.topics.len())
    };
    let position = match props.current_hit {
        Some(i) if searching && count > 0 => format!(" · {}", fill2(T.hit_position, i + 1, count)),
        _ => String::new(),
    };

    html! {
        <section class="filter-bar" aria-label={T.filters}>
            if !props.notices.is_empty() {
                <div class="notice" role="status">
                    <ul>
                        { for props.notices.iter().map(|n| html! { <li>{ notice_text(n) }</li> }) }
                    </ul>
                    <button type="button" class="notice-dismiss" onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::DismissNotices)) }}>
                        { T.dismiss }
                    </button>
                </div>
            }
            <div class="search-row">
                <label class="search-label" for="search">{ T.search_label }</label>
                <input id="search" type="search" class="search-input" autocomplete="off"
                    placeholder={T.search_placeholder}
                    value={f.query.clone()} {oninput} {onkeydown}
                    aria-describedby="result-count" />
                <button type="button" class="hit-nav" aria-label={T.prev_hit} title={T.prev_hit}
                    disabled={!searching || count == 0} onclick={step(false)}>{ "↑" }</button>
                <button type="button" class="hit-nav" aria-label={T.next_hit} title={T.next_hit}
                    disabled={!searching || count == 0} onclick={step(true)}>{ "↓" }</button>
            </div>
            <p id="result-count" class="result-count" aria-live="polite">{ summary }{ position }</p>
            <div class="chip-group" role="group" aria-label={T.topics_group}>
                <span class="chip-group-label" aria-hidden="true">{ T.topics_group }</span>
                { for props.briefing.topics.iter().map(|t| {
                    let n = t.number;
                    let on = f.topics.contains(&n);
                    let c = count_of(&r.topic_counts, &n);
                    let d = d.clone();
                    html! {
                        <button type="button" class="filter-chip" aria-pressed={if on { "true" } else { "false" }}
                            data-topic={n.to_string()} disabled={c == 0 && !on}
                            onclick={Callback::from(move |_| d.emit(Action::ToggleTopic(n)))}>
                            <span class="filter-chip-num">{ format!("{}{}", T.topic_prefix, t.numeral) }</span>
                            <span>{ &t.title }</span>
                            <span class="filter-chip-count">{ c }</span>
                        </button>
                    }
                }) }
            </div>
            <div class="chip-group" role="group" aria-label={T.speakers_group}>
                <span class="chip-group-label" aria-hidden="true">{ T.speakers_group }</span>
                { for props.briefing.speakers.iter().map(|s| {
                    let name = s.name.clone();
                    let on = f.speakers.contains(&name);
                    let c = count_of(&r.speaker_counts, &name);
                    let d = d.clone();
                    html! {
                        <button type="button" class="filter-chip speaker-chip" aria-pressed={if on { "true" } else { "false" }}
                            data-speaker={name.clone()} title={s.title.clone()} disabled={c == 0 && !on}
                            onclick={Callback::from(move |_| d.emit(Action::ToggleSpeaker(name.clone())))}>
                            <span>{ &s.name }</span>
                            <span class="filter-chip-title">{ props.briefing.short_title(&s.name) }</span>
                            <span class="filter-chip-count">{ c }</span>
                        </button>
                    }
                }) }
            </div>
            <div class="chip-group">
                <button type="button" class="filter-chip" aria-pressed={if f.figures_only { "true" } else { "false" }}
                    data-figures="1" disabled={r.figures_count == 0 && !f.figures_only}
                    onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::ToggleFigures)) }}>
                    <span>{ T.figures_only }</span>
                    <span class="filter-chip-count">{ r.figures_count }</span>
                </button>
                if !f.is_empty() {
                    <button type="button" class="clear-filters" onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::ClearFilters)) }}>
                        { T.clear_filters }
                    </button>
                }
            </div>
            if r.qas.is_empty() {
                <div class="no-results" role="status">
                    <p>{ T.no_results }</p>
                    <button type="button" class="clear-filters" onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::ClearFilters)) }}>
                        { T.clear_filters }
                    </button>
                </div>
            }
        </section>
    }
}
