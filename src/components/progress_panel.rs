//! The reader's study record: how much is studied and due, a review round of due items, and
//! export, import and reset of the record.

use briefing::progress::Progress;
use briefing::search::percent_encode;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::epoch_ms;
use crate::i18n::{both, fill, fill2, use_strings, Strings};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub progress: Progress,
    pub due: usize,
    pub notice: Option<AttrValue>,
    pub on_review: Callback<()>,
    /// a progress document the reader chose to import (its text)
    pub on_import: Callback<String>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn ProgressPanel(props: &Props) -> Html {
    let t = use_strings();
    let confirming = use_state(|| false);
    let (studied, last_right) = props.progress.studied();
    let export_href = format!("data:application/json;charset=utf-8,{}", percent_encode(&props.progress.to_json()));
    let on_file = {
        let go = props.on_import.clone();
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let file = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0));
            if let (Some(file), Some(input)) = (file, input) {
                let go = go.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
                    go.emit(text.unwrap_or_default());
                });
                input.set_value(""); // the same file can be chosen again
            }
        })
    };
    let reset = {
        let (confirming, go) = (confirming.clone(), props.on_reset.clone());
        Callback::from(move |_: MouseEvent| {
            if *confirming {
                go.emit(());
                confirming.set(false);
            } else {
                confirming.set(true);
            }
        })
    };
    html! {
        <details class="progress-panel" open={props.notice.is_some() || props.due > 0}>
            <summary>
                <span class="progress-heading">{ both(|t| t.progress_heading) }</span>
                <span class="progress-stats">
                    if studied == 0 {
                        { both(|t| t.progress_empty) }
                    } else {
                        { fill2(t.progress_stats, studied, last_right) }
                        { " · " }
                        { fill(t.progress_due, props.due) }
                        // nothing due yet: say when something will be
                        if let Some(wait) = props.progress.next_due_in(epoch_ms()).filter(|_| props.due == 0) {
                            { " · " }
                            { fill(t.progress_next, duration(t, wait)) }
                        }
                    }
                </span>
            </summary>
            if let Some(n) = &props.notice {
                <p class="progress-notice" role="alert">{ n.clone() }</p>
            }
            <div class="progress-actions">
                <button type="button" class="quiz-confirm" disabled={props.due == 0}
                    onclick={{ let go = props.on_review.clone(); Callback::from(move |_| go.emit(())) }}>
                    { both(|t| fill(t.progress_review, props.due)) }
                </button>
                <a class="quiz-secondary" href={export_href} download="briefing-progress.json">{ both(|t| t.progress_export) }</a>
                <label class="quiz-secondary file-button">
                    { both(|t| t.progress_import) }
                    <input type="file" accept="application/json,.json" onchange={on_file} />
                </label>
                <button type="button" class="quiz-secondary" onclick={reset} disabled={studied == 0}>
                    { both(|t| if *confirming { t.progress_reset_confirm } else { t.progress_reset }) }
                </button>
            </div>
        </details>
    }
}

/// A wait in words, rounded up: 10 分钟, 3 小时, 2 天.
fn duration(t: &Strings, ms: f64) -> String {
    let minutes = (ms / 60_000.0).ceil().max(1.0) as u64;
    match minutes {
        0..60 => fill(t.minutes, minutes),
        60..1440 => fill(t.hours, minutes.div_ceil(60)),
        _ => fill(t.days, minutes.div_ceil(1440)),
    }
}
