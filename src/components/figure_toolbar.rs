//! The switch that turns figure highlighting on and off, with a legend of the three kinds.

use briefing::figures::FigureKind;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::both;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub highlight: bool,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn FigureToolbar(props: &Props) -> Html {
    let d = props.dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let on = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked());
        d.emit(Action::SetHighlight(on));
    });
    html! {
        <div class="figure-toolbar">
            <label class="switch">
                <input type="checkbox" role="switch" checked={props.highlight} {onchange} />
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
                <span>{ both(|t| t.highlight_figures) }</span>
            </label>
            if props.highlight {
                <p class="legend">
                    <span class="legend-label">{ both(|t| t.legend) }</span>
                    { for [FigureKind::Statistic, FigureKind::Target, FigureKind::Date].into_iter().map(|k| html! {
                        <span class="legend-item"><mark class="fig sample" data-kind={k.as_str()}>{ both(|t| t.kind(k)) }</mark></span>
                    }) }
                </p>
            }
        </div>
    }
}
