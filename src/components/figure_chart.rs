//! A small bar chart of a topic's comparable figures, drawn as SVG by the app. Every bar's
//! label and value are real text beside it, so the chart reads without the picture.

use briefing::figures::{grouped, Comparison};
use yew::prelude::*;

use crate::i18n::{content, use_strings, Strings};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// (figure id, surface text, gloss, value, is a target) for each bar
    pub bars: Vec<(AttrValue, AttrValue, AttrValue, f64, bool)>,
    pub title: Html,
    pub log_scale: bool,
    pub dispatch: Callback<Action>,
}

/// The chart's props from a comparison in the core.
pub fn bars_of(c: &Comparison<'_>) -> Vec<(AttrValue, AttrValue, AttrValue, f64, bool)> {
    c.figures
        .iter()
        .filter_map(|f| {
            let v = f.value?;
            Some((
                AttrValue::from(f.id.clone()),
                AttrValue::from(f.text.clone()),
                AttrValue::from(f.gloss.clone()),
                v,
                f.kind == briefing::figures::FigureKind::Target,
            ))
        })
        .collect()
}

pub fn title_of(t: &Strings, c: &Comparison<'_>) -> Html {
    match c.measure {
        Some(m) => html! { <>{ t.unit(c.unit) }{ t.paren.0 }{ content(m.to_string()) }{ t.paren.1 }</> },
        None => html! { t.unit(c.unit) },
    }
}

#[component]
pub fn FigureChart(props: &Props) -> Html {
    let t = use_strings();
    let max = props.bars.iter().map(|b| b.3).fold(0.0f64, f64::max);
    // share of the full width, 0..=100; a log scale keeps small values visible
    let share = |v: f64| -> f64 {
        let s = if props.log_scale { (v.max(1.0)).log10() / max.max(10.0).log10() } else { v / max };
        (s * 100.0).clamp(1.5, 100.0)
    };
    html! {
        <figure class="chart">
            <figcaption>
                { t.chart_caption }{ t.colon }{ props.title.clone() }
                if props.log_scale { <span class="chart-scale">{ t.log_scale }</span> }
            </figcaption>
            <ul class="chart-rows">
                { for props.bars.iter().map(|(id, text, gloss, v, target)| {
                    // tenths of a percent, formatted as integers (float formatting costs kilobytes)
                    let tenths = (share(*v) * 10.0).round() as u32;
                    let width = format!("{}.{}", tenths / 10, tenths % 10);
                    let d = props.dispatch.clone();
                    let id = id.clone();
                    html! {
                        <li class={classes!("chart-row", target.then_some("target"))}>
                            <span class="chart-label" lang="en">{ gloss.clone() }</span>
                            <svg class="chart-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect x="0" y="0" width={width} height="10" rx="1.5" />
                            </svg>
                            <button type="button" class="chart-value" lang={t.content_lang()} data-value={grouped(*v)}
                                onclick={Callback::from(move |_| d.emit(Action::Flash(id.clone())))}>
                                { text.clone() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}
