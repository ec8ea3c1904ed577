//! The popover that explains one figure: its value in Chinese and Western grouping, unit,
//! qualifier, kind, where it comes from, and its English gloss.

use briefing::figures::{chinese_grouped, grouped, Figure};
use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::{use_strings, Lang};
use crate::state::{Action, FigureContext, Popover};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub briefing: Shared,
    pub popover: Popover,
}

/// 60万 = 600,000; a range 3–5; a date as ISO.
pub fn value_line(f: &Figure) -> String {
    if let Some(d) = &f.date {
        return d.replace('/', " – ");
    }
    match (f.value, f.upper) {
        (Some(v), Some(u)) => format!("{}–{}", grouped(v), grouped(u)),
        (Some(v), None) if v >= 1e4 => format!("{} = {}", chinese_grouped(v), grouped(v)),
        (Some(v), None) => grouped(v),
        _ => String::new(),
    }
}

#[component]
pub fn FigurePopover(props: &Props) -> Html {
    let t = use_strings();
    // in English the gloss is what the figure means: it comes first
    let english = t.lang == Lang::En;
    let Some(f) = props.briefing.figures().find(|f| props.popover.id == f.id.as_str()) else {
        return html! {};
    };
    let topic = f.topic.and_then(|n| props.briefing.topics.iter().find(|t| t.number == n));
    let source = match (topic, &f.speaker) {
        (Some(tp), Some(s)) => {
            html! { <>{ t.topic_label(tp) }{ " · " }<span lang={t.content_lang()}>{ s.clone() }</span></> }
        }
        (Some(tp), None) => t.topic_label(tp),
        _ => html! { t.note_label },
    };
    let unit = match (&f.measure, f.unit) {
        (Some(m), u) => {
            html! { <>{ t.unit(u) }{ t.paren.0 }<span lang={t.content_lang()}>{ m.clone() }</span>{ t.paren.1 }</> }
        }
        (None, u) => html! { t.unit(u) },
    };
    // with a library, a pinned popover offers the same measure in its other briefings
    let library = use_context::<crate::library::LibraryContext>()
        .is_some_and(|c| c.library.shelf.as_ref().is_some_and(|s| !s.entries().is_empty()));
    let same =
        use_context::<FigureContext>().filter(|_| library && props.popover.pinned).map(|c| {
            let id = props.popover.id.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("figures"))
                {
                    el.scroll_into_view();
                }
                c.dispatch.emit(Action::SameMeasure(id.clone()))
            })
        });
    // whole pixels, formatted as integers (float formatting costs kilobytes of wasm)
    let style = format!("left:{}px;top:{}px", props.popover.left as i64, props.popover.top as i64);
    html! {
        <div id="figure-popover" class={classes!("popover", props.popover.above.then_some("above"))}
            role="tooltip" data-kind={f.kind.as_str()} {style}>
            <p class="popover-figure" lang={t.content_lang()}>{ &f.text }</p>
            <dl class="popover-facts">
                if english && !f.gloss.is_empty() {
                    <dt>{ t.gloss_label }</dt>
                    <dd class="popover-meaning" lang="en">{ &f.gloss }</dd>
                }
                <dt>{ if f.upper.is_some() { t.pop_range } else { t.pop_value } }</dt>
                <dd class="popover-value">{ value_line(f) }</dd>
                <dt>{ t.pop_unit }</dt>
                <dd>{ unit }</dd>
                if let Some(q) = f.qualifier {
                    <dt>{ t.pop_qualifier }</dt>
                    <dd>{ t.qualifier(q) }</dd>
                }
                <dt>{ t.pop_kind }</dt>
                <dd><span class="kind-badge" data-kind={f.kind.as_str()}>{ t.kind(f.kind) }</span></dd>
                <dt>{ t.pop_source }</dt>
                <dd>{ source }</dd>
                // in Chinese the English gloss comes last, named as such
                if !english && !f.gloss.is_empty() {
                    <dt>{ t.gloss_label }</dt>
                    <dd class="popover-gloss" lang="en">{ &f.gloss }</dd>
                }
            </dl>
            if let Some(onclick) = same.filter(|_| f.value.is_some()) {
                <button type="button" class="fig-same popover-same" {onclick}>{ t.same_measure_other }</button>
            }
        </div>
    }
}
