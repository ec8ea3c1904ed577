//! The reader's study record: how much is studied and due, the exam date and target retention,
//! the forecast for the exam day and the plan until then, a review round of due items, and
//! export, import and reset of the record.

use std::rc::Rc;

use briefing::search::percent_encode;
use briefing::study::log::Log;
use briefing::study::plan::Study;
use briefing::study::stats::Overview;
use briefing::study::time::{day_of, format_date, parse_date};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{both, fill, fill2, percent, use_strings, Strings};
use crate::study_state::StudySettings;

/// The target retentions offered (the core keeps any value within 0.80–0.97).
const RETENTIONS: [f64; 5] = [0.80, 0.85, 0.90, 0.95, 0.97];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub study: Rc<Study>,
    /// what the record adds up to (none while it is empty)
    pub overview: Option<Rc<Overview>>,
    pub log: Rc<Log>,
    pub due: usize,
    pub settings: StudySettings,
    pub on_settings: Callback<StudySettings>,
    pub notice: Option<AttrValue>,
    pub on_review: Callback<()>,
    /// a record the reader chose to import (its text)
    pub on_import: Callback<String>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn ProgressPanel(props: &Props) -> Html {
    let t = use_strings();
    let confirming = use_state(|| false);
    let (studied, last_right) = props.overview.as_ref().map_or((0, 0), |o| o.studied);
    let export_href =
        format!("data:text/csv;charset=utf-8,{}", percent_encode(&props.log.to_csv()));
    let on_file = {
        let go = props.on_import.clone();
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let file = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0));
            if let (Some(file), Some(input)) = (file, input) {
                let go = go.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = wasm_bindgen_futures::JsFuture::from(file.text())
                        .await
                        .ok()
                        .and_then(|v| v.as_string());
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
    let on_exam = {
        let (go, s) = (props.on_settings.clone(), props.settings);
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            go.emit(StudySettings { exam: parse_date(&value), ..s });
        })
    };
    let clear_exam = {
        let (go, s) = (props.on_settings.clone(), props.settings);
        Callback::from(move |_: MouseEvent| go.emit(StudySettings { exam: None, ..s }))
    };
    let on_retention = {
        let (go, s) = (props.on_settings.clone(), props.settings);
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            if let Some(r) = briefing::numerals::decimal(&value) {
                go.emit(StudySettings {
                    retention: briefing::study::plan::clamp_retention(r),
                    ..s
                });
            }
        })
    };
    let retention = props.settings.retention;
    let mut offered: Vec<f64> = RETENTIONS.to_vec();
    if !offered.iter().any(|r| (r - retention).abs() < 1e-6) {
        offered.push(retention);
        offered.sort_by(f64::total_cmp);
    }
    // (an empty record, as in the first render, reads no clock; the clock is not a prop, so
    // the panel is not drawn again on every render of the page)
    let now = if studied == 0 { 0 } else { crate::clock::epoch_ms() as i64 };
    let today = (now > 0).then(|| day_of(now, props.study.settings().offset));
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
                        if let Some(wait) = props.study.next_due_in(now).filter(|_| props.due == 0) {
                            { " · " }
                            { fill(t.progress_next, duration(t, wait as f64)) }
                        }
                    }
                </span>
            </summary>
            if let Some(n) = &props.notice {
                <p class="progress-notice" role="alert">{ n.clone() }</p>
            }
            <div class="study-settings">
                <label class="study-field">
                    <span>{ both(|t| t.study_exam) }</span>
                    <input type="date" class="study-exam" value={props.settings.exam.map(format_date).unwrap_or_default()}
                        onchange={on_exam} />
                </label>
                if props.settings.exam.is_some() {
                    <button type="button" class="quiz-secondary study-exam-clear" onclick={clear_exam}>{ t.study_exam_clear }</button>
                }
                <label class="study-field">
                    <span>{ both(|t| t.study_retention) }</span>
                    <select class="study-retention" onchange={on_retention} aria-describedby="retention-hint">
                        { for offered.iter().map(|&r| html! {
                            <option value={format!("0.{:02}", percent(r))} selected={(r - retention).abs() < 1e-6}>
                                { format!("{}%", percent(r)) }
                            </option>
                        }) }
                    </select>
                </label>
                <small id="retention-hint" class="study-hint">{ both(|t| t.study_retention_hint) }</small>
            </div>
            <div class="study-outlook" aria-live="polite">
                if let (Some(exam), Some(today)) = (props.settings.exam, today) {
                    <p class="study-exam-status">{
                        match exam - today {
                            d if d > 0 => fill(t.study_exam_days, d),
                            0 => t.study_exam_today.to_string(),
                            _ => t.study_exam_past.to_string(),
                        }
                    }</p>
                }
                if let Some(o) = props.overview.as_ref() {
                    // (`questions` is 0 until the catalog of questions is here: see app.rs)
                    if let Some(f) = o.forecast.filter(|_| o.questions > 0 && props.settings.exam.zip(today).is_some_and(|(e, d)| e >= d)) {
                        <p class="study-forecast">
                            <strong>{ fill2(t.forecast_studied, percent(f.studied), f.count) }</strong>
                            <span class="study-forecast-whole">{ fill2(t.forecast_whole, o.questions, percent(f.whole)) }</span>
                            <small class="study-hint">{ t.forecast_hint }</small>
                        </p>
                    } else if props.settings.exam.is_none() {
                        <p class="study-forecast study-hint">{ t.forecast_none }</p>
                    }
                    <p class="study-plan-summary">{ plan_summary(t, o, props.settings.exam.zip(today).is_some_and(|(e, d)| e > d)) }</p>
                    <p><a class="study-stats-link" href="#stats">{ t.stats_link }</a></p>
                }
            </div>
            <div class="progress-actions">
                <button type="button" class="quiz-confirm" disabled={props.due == 0}
                    onclick={{ let go = props.on_review.clone(); Callback::from(move |_| go.emit(())) }}>
                    { both(|t| fill(t.progress_review, props.due)) }
                </button>
                <a class="quiz-secondary" href={export_href} download="briefing-study-log.csv">{ both(|t| t.progress_export) }</a>
                <label class="quiz-secondary file-button">
                    { both(|t| t.progress_import) }
                    <input type="file" accept="text/csv,.csv,application/json,.json" onchange={on_file} />
                </label>
                <button type="button" class="quiz-secondary" onclick={reset} disabled={studied == 0}>
                    { both(|t| if *confirming { t.progress_reset_confirm } else { t.progress_reset }) }
                </button>
            </div>
        </details>
    }
}

/// Today's reviews and all the plan holds, in words.
fn plan_summary(t: &Strings, o: &Overview, exam_ahead: bool) -> String {
    let (first, total) =
        (o.plan.load.first().copied().unwrap_or(0), o.plan.load.iter().sum::<u32>());
    fill2(if exam_ahead { t.plan_summary_exam } else { t.plan_summary }, first, total)
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
