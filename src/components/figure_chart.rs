//! A small bar chart of a topic's comparable figures, drawn as SVG by the app. Every bar's
//! label and value are real text beside it, so the chart reads without the picture.

use briefing::figures::{self, grouped, Comparison, Figure};
use yew::prelude::*;

use crate::i18n::{both, content, use_strings, Strings};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub bars: Vec<ChartBar>,
    pub title: Html,
    pub log_scale: bool,
    pub dispatch: Callback<Action>,
}

/// One bar: the figure it stands for and its length (worked out by the core).
#[derive(Clone, PartialEq)]
pub struct ChartBar {
    id: AttrValue,
    text: AttrValue,
    /// what the bar stands for, in Chinese and in English
    label: (AttrValue, AttrValue),
    value: f64,
    width: AttrValue,
    target: bool,
}

/// The chart's bars from a comparison in the core, each named by `label` in Chinese (true)
/// and in English (false).
pub fn bars_of(c: &Comparison<'_>, label: impl Fn(&Figure, bool) -> String) -> Vec<ChartBar> {
    c.bars()
        .iter()
        .map(|b| ChartBar {
            id: AttrValue::from(b.figure.id.clone()),
            text: AttrValue::from(b.figure.text.clone()),
            label: (
                AttrValue::from(label(b.figure, true)),
                AttrValue::from(label(b.figure, false)),
            ),
            value: b.value,
            width: AttrValue::from(b.width()),
            target: b.figure.kind == briefing::figures::FigureKind::Target,
        })
        .collect()
}

pub fn title_of(t: &Strings, c: &Comparison<'_>) -> Html {
    match c.measure {
        Some(m) => {
            html! { <>{ t.unit(c.unit) }{ t.paren.0 }{ content(m.to_string()) }{ t.paren.1 }</> }
        }
        None => html! { t.unit(c.unit) },
    }
}

#[component]
pub fn FigureChart(props: &Props) -> Html {
    let t = use_strings();
    html! {
        <figure class="chart">
            <figcaption>
                <span class="chart-title">{ both(|t| format!("{}{}", t.chart_caption, t.colon)) }{ props.title.clone() }</span>
                if props.log_scale { <span class="chart-scale">{ both(|t| t.log_scale) }</span> }
            </figcaption>
            <ul class="chart-rows">
                { for props.bars.iter().map(|bar| {
                    let d = props.dispatch.clone();
                    let id = bar.id.clone();
                    html! {
                        <li class={classes!("chart-row", bar.target.then_some("target"))}>
                            <span class="chart-label">
                                <span class="ui-zh">{ picked_out(&bar.label.0, &bar.text) }</span>
                                <span class="ui-en">{ picked_out(&bar.label.1, &bar.text) }</span>
                            </span>
                            <svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect x="0" y="0" width={bar.width.clone()} height="10" rx="1.5" />
                            </svg>
                            // a link to the figure (it works without JavaScript too)
                            <a class="chart-value" href={format!("#{id}")} lang={t.content_lang()} data-value={grouped(bar.value)}
                                onclick={Callback::from(move |e: MouseEvent| {
                                    e.prevent_default();
                                    d.emit(Action::Flash(id.clone()));
                                })}>
                                { bar.text.clone() }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}

/// A label with the figure it names picked out (two figures can share a clause).
pub fn picked_out(label: &str, figure: &str) -> Html {
    match figures::split_at(label, figure) {
        (all, "", _) => html! { all.to_string() },
        (before, fig, after) => {
            html! { <>{ before.to_string() }<b>{ fig.to_string() }</b>{ after.to_string() }</> }
        }
    }
}
