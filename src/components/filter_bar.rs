//! Search box, topic and speaker chips, the figures filter, the result count and next/previous
//! match. It shows the state it is given and sends actions; the core does the searching.

use briefing::search::{Filter, Results, UrlNotice};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::data::Shared;
use crate::hooks::use_effect_on;
use crate::i18n::{both, content, fill, fill2, fill_html, use_strings, Strings, SEARCH_EXAMPLES};
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

fn notice_text(t: &Strings, n: &UrlNotice) -> String {
    match n {
        UrlNotice::BadEncoding => t.notice_bad_encoding.to_string(),
        UrlNotice::UnknownTopic(x) => fill(t.notice_unknown_topic, x),
        UrlNotice::UnknownSpeaker(s) => fill(t.notice_unknown_speaker, s),
        UrlNotice::UnknownOutlet(s) => fill(t.notice_unknown_outlet, s),
        UrlNotice::QueryTooLong => t.notice_long_query.to_string(),
    }
}

#[component]
pub fn FilterBar(props: &Props) -> Html {
    let t = use_strings();
    let d = props.dispatch.clone();
    let r = &props.results;
    let f = &props.filter;
    let searching = !f.query.trim().is_empty();
    let format = props.briefing.format;

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
    let summary = |t: &Strings| {
        let span = || fill(t.parts(format).span, r.topics.len());
        if searching && r.hit_count == 0 {
            fill(t.no_matches, f.query.trim())
        } else if searching {
            fill2(t.hits_summary, r.hit_count, span())
        } else if f.is_empty() {
            fill(t.all_qas, r.qas.len())
        } else {
            fill2(t.qa_summary, r.qas.len(), span())
        }
    };
    let position = |t: &Strings| match props.current_hit {
        Some(i) if searching && count > 0 => format!(" · {}", fill2(t.hit_position, i + 1, count)),
        _ => String::new(),
    };

    // On a phone the chips live in a drawer (a modal sheet); on a wide screen the drawer's
    // contents simply show inline and its button is hidden by CSS.
    let drawer = use_state(|| false);
    let toggle_ref = use_node_ref();
    let close_ref = use_node_ref();
    let was_open = use_mut_ref(|| false);
    {
        let (open, toggle_ref, close_ref) = (*drawer, toggle_ref.clone(), close_ref.clone());
        use_effect_on(open, move |open| {
            // focus goes into the sheet when it opens, and back to its button when it closes
            let before = std::mem::replace(&mut *was_open.borrow_mut(), *open);
            let target = match (before, *open) {
                (false, true) => close_ref.cast::<web_sys::HtmlElement>(),
                (true, false) => toggle_ref.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }
    let open_drawer = {
        let drawer = drawer.clone();
        Callback::from(move |_: MouseEvent| drawer.set(true))
    };
    let close_drawer = {
        let drawer = drawer.clone();
        Callback::from(move |_: MouseEvent| drawer.set(false))
    };
    let drawer_keys = {
        let drawer = drawer.clone();
        Callback::from(move |e: KeyboardEvent| {
            if !*drawer {
                return;
            }
            match e.key().as_str() {
                "Escape" => {
                    e.stop_propagation();
                    drawer.set(false);
                }
                // keep Tab inside the open sheet
                "Tab" => {
                    let sheet =
                        e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    let items =
                        sheet.and_then(|s| s.query_selector_all("button:not([disabled])").ok());
                    if let Some(items) = items.filter(|l| l.length() > 0) {
                        let first = items.item(0);
                        let last = items.item(items.length() - 1);
                        let active = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.active_element())
                            .map(web_sys::Node::from);
                        let wrap_to = match (e.shift_key(), active) {
                            (true, Some(a)) if first.as_ref() == Some(&a) => last,
                            (false, Some(a)) if last.as_ref() == Some(&a) => first,
                            _ => None,
                        };
                        if let Some(el) =
                            wrap_to.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            e.prevent_default();
                            let _ = el.focus();
                        }
                    }
                }
                _ => {}
            }
        })
    };
    let active = f.topics.len() + f.speakers.len() + f.outlets.len() + usize::from(f.figures_only);
    let outlets = props.briefing.outlets();
    let open = *drawer;

    html! {
        <section class="filter-bar" aria-label={t.filters}>
            if !props.notices.is_empty() {
                <div class="notice" role="status">
                    <ul>
                        { for props.notices.iter().map(|n| html! { <li>{ notice_text(t, n) }</li> }) }
                    </ul>
                    <button type="button" class="notice-dismiss"
                        onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::DismissNotices)) }}>
                        { both(|t| t.dismiss) }
                    </button>
                </div>
            }
            <div class="search-row">
                <label class="search-label" for="search">{ both(|t| t.search_label) }</label>
                <input id="search" type="search" class="search-input" autocomplete="off"
                    placeholder=" " value={f.query.clone()} {oninput} {onkeydown}
                    aria-describedby="result-count" aria-keyshortcuts="/" />
                // the shortcut, shown in the empty box on screens with a keyboard
                <kbd class="search-key" aria-hidden="true">{ "/" }</kbd>
                // the placeholder, in both languages (an attribute holds only one), drawn over
                // the box while it is empty
                <span class="search-placeholder" aria-hidden="true">{ both(|t| fill_html(t.search_placeholder, content(SEARCH_EXAMPLES))) }</span>
                <button type="button" class="hit-nav" aria-label={t.prev_hit} title={t.prev_hit}
                    disabled={!searching || count == 0} onclick={step(false)}>{ "↑" }</button>
                <button type="button" class="hit-nav" aria-label={t.next_hit} title={t.next_hit}
                    disabled={!searching || count == 0} onclick={step(true)}>{ "↓" }</button>
            </div>
            <div class="result-row">
                <p id="result-count" class="result-count" aria-live="polite">{ both(|t| format!("{}{}", summary(t), position(t))) }</p>
                <div class="result-actions">
                    // the filtered view is in the link: to share it (an installed app has no
                    // address bar)
                    if !f.is_empty() {
                        <CopyLink label={t.copy_link} />
                    }
                    <button type="button" class="filters-toggle" ref={toggle_ref} onclick={open_drawer}
                        aria-expanded={if open { "true" } else { "false" }} aria-controls="filter-drawer">
                        <span>{ both(|t| t.filters) }</span>
                        if active > 0 {
                            <span class="filters-count">{ active }</span>
                        }
                    </button>
                </div>
            </div>
            if open {
                <div class="drawer-backdrop" onclick={close_drawer.clone()}></div>
            }
            <div id="filter-drawer" class={classes!("filter-drawer", open.then_some("open"))}
                role={open.then_some("dialog")} aria-modal={open.then_some("true")}
                aria-labelledby={open.then_some("filter-drawer-title")} onkeydown={drawer_keys}>
            <div class="drawer-head">
                <h2 id="filter-drawer-title" class="drawer-title">{ both(|t| t.filters) }</h2>
                <button type="button" class="drawer-close" ref={close_ref} aria-label={t.close} onclick={close_drawer.clone()}>{ "✕" }</button>
            </div>
            <div class="chip-group" role="group" aria-label={t.parts(format).group}>
                <span class="chip-group-label" aria-hidden="true">{ both(|t| t.parts(format).group) }</span>
                { for props.briefing.topics.iter().map(|tp| {
                    let n = tp.number;
                    let on = f.topics.contains(&n);
                    let c = count_of(&r.topic_counts, &n);
                    let d = d.clone();
                    html! {
                        <button type="button" class="filter-chip" aria-pressed={if on { "true" } else { "false" }}
                            data-topic={n.to_string()} disabled={c == 0 && !on}
                            onclick={Callback::from(move |_| d.emit(Action::ToggleTopic(n)))}>
                            if !tp.numeral.is_empty() {
                                <span class="filter-chip-num">{ both(|t| t.topic_tag(tp)) }</span>
                            }
                            <span lang={t.content_lang()}>{ &tp.title }</span>
                            <span class="filter-chip-count">{ c }</span>
                        </button>
                    }
                }) }
            </div>
            <div class="chip-group" role="group" aria-label={t.speakers_group}>
                <span class="chip-group-label" aria-hidden="true">{ both(|t| t.speakers_group) }</span>
                { for props.briefing.speakers.iter().map(|s| {
                    let name = s.name.clone();
                    let on = f.speakers.contains(&name);
                    let c = count_of(&r.speaker_counts, &name);
                    let d = d.clone();
                    html! {
                        <button type="button" class="filter-chip speaker-chip" aria-pressed={if on { "true" } else { "false" }}
                            data-speaker={name.clone()} title={s.title.clone()} disabled={c == 0 && !on}
                            onclick={Callback::from(move |_| d.emit(Action::ToggleSpeaker(name.clone())))}>
                            <span lang={t.content_lang()}>{ &s.name }</span>
                            <span class="filter-chip-title" lang={t.content_lang()}>{ props.briefing.short_title(&s.name) }</span>
                            <span class="filter-chip-count">{ c }</span>
                        </button>
                    }
                }) }
            </div>
            // which outlets asked (a transcript that names them: 新华社记者：)
            if !outlets.is_empty() {
                <div class="chip-group" role="group" aria-label={t.outlets_group}>
                    <span class="chip-group-label" aria-hidden="true">{ both(|t| t.outlets_group) }</span>
                    { for outlets.iter().map(|o| {
                        let name = o.to_string();
                        let on = f.outlets.contains(&name);
                        let c = count_of(&r.outlet_counts, &name);
                        let d = d.clone();
                        html! {
                            <button type="button" class="filter-chip outlet-chip" aria-pressed={if on { "true" } else { "false" }}
                                data-outlet={name.clone()} disabled={c == 0 && !on}
                                onclick={Callback::from(move |_| d.emit(Action::ToggleOutlet(name.clone())))}>
                                <span lang={t.content_lang()}>{ o.to_string() }</span>
                                <span class="filter-chip-count">{ c }</span>
                            </button>
                        }
                    }) }
                </div>
            }
            <div class="chip-group">
                <button type="button" class="filter-chip" aria-pressed={if f.figures_only { "true" } else { "false" }}
                    data-figures="1" disabled={r.figures_count == 0 && !f.figures_only}
                    onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::ToggleFigures)) }}>
                    <span>{ both(|t| t.figures_only) }</span>
                    <span class="filter-chip-count">{ r.figures_count }</span>
                </button>
                // with nothing to show, the empty result below offers it instead
                if !f.is_empty() && (open || !r.qas.is_empty()) {
                    <button type="button" class="clear-filters"
                        onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::ClearFilters)) }}>
                        { both(|t| t.clear_filters) }
                    </button>
                }
            </div>
            <div class="drawer-foot">
                <button type="button" class="drawer-done" onclick={close_drawer}>{ both(|t| fill(t.show_results, summary(t))) }</button>
            </div>
            </div>
            if r.qas.is_empty() {
                <div class="no-results" role="status">
                    <p>{ both(|t| t.no_results) }</p>
                    <button type="button" class="clear-filters"
                        onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::ClearFilters)) }}>
                        { both(|t| t.clear_filters) }
                    </button>
                </div>
            }
        </section>
    }
}
