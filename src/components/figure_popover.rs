//! The popover that explains one figure: its value in Chinese and Western grouping, unit,
//! qualifier, kind, where it comes from, and its English gloss.

use briefing::figures::{chinese_grouped, grouped, Figure};
use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::{kind_label, qualifier_label, unit_label, ZH as T};
use crate::state::Popover;

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
    let Some(f) = props.briefing.figures().find(|f| props.popover.id == f.id.as_str()) else {
        return html! {};
    };
    let topic = f.topic.and_then(|n| props.briefing.topics.iter().find(|t| t.number == n));
    let source = match (topic, &f.speaker) {
        (Some(t), Some(s)) => format!("{}{} {} · {}", T.topic_prefix, t.numeral, t.title, s),
        (Some(t), None) => format!("{}{} {}", T.topic_prefix, t.numeral, t.title),
        _ => T.note_label.to_string(),
    };
    let unit = match (&f.measure, f.unit) {
        (Some(m), u) => format!("{}（{m}）", unit_label(u)),
        (None, u) => unit_label(u).to_string(),
    };
    // whole pixels, formatted as integers (float formatting costs kilobytes of wasm)
    let style = format!("left:{}px;top:{}px", props.popover.left as i64, props.popover.top as i64);
    html! {
        <div id="figure-popover" class="popover" role="tooltip" data-kind={f.kind.as_str()} {style}>
            <p class="popover-figure">{ &f.text }</p>
            <dl class="popover-facts">
                <dt>{ if f.upper.is_some() { T.pop_range } else { T.pop_value } }</dt>
                <dd class="popover-value">{ value_line(f) }</dd>
                <dt>{ T.pop_unit }</dt>
                <dd>{ unit }</dd>
                if let Some(q) = f.qualifier {
                    <dt>{ T.pop_qualifier }</dt>
                    <dd>{ qualifier_label(q) }</dd>
                }
                <dt>{ T.pop_kind }</dt>
                <dd><span class="kind-badge" data-kind={f.kind.as_str()}>{ kind_label(f.kind) }</span></dd>
                <dt>{ T.pop_source }</dt>
                <dd>{ source }</dd>
            </dl>
            <p class="popover-gloss" lang="en">{ &f.gloss }</p>
        </div>
    }
}
