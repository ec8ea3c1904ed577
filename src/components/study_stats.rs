//! The study view: a calendar heatmap of answers per day over the last 26 weeks, recall by topic
//! now and on the exam day, accuracy week by week, and the plan's daily load, each an SVG with
//! a text alternative (a data table); and the record carried to another device by a link or its
//! QR code. Everything shown is the core's `Overview`; this only draws it.

use std::rc::Rc;

use briefing::study::link::{self, Qr};
use briefing::study::log::Log;
use briefing::study::stats::{weekday, Overview, Tally};
use briefing::study::time::format_date;
use yew::prelude::*;

use crate::components::copy_link::CopyLink;
use crate::i18n::{fill, fill2, percent, use_strings, Strings};

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub briefing: crate::data::Shared,
    pub overview: Option<Rc<Overview>>,
    pub log: Rc<Log>,
    /// the exam's day, if set
    pub exam: Option<i64>,
}

/// A coordinate to a tenth, written without the standard float formatter (which would add
/// its tables to the .wasm).
fn num(x: f64) -> String {
    let n = (x * 10.0).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    match (n.abs() / 10, n.abs() % 10) {
        (whole, 0) => format!("{sign}{whole}"),
        (whole, tenth) => format!("{sign}{whole}.{tenth}"),
    }
}

/// `2026-12-01` as the reader's language writes a short date: 12月1日, Dec 1.
fn short_date(t: &Strings, day: i64) -> String {
    let d = format_date(day);
    let (m, dd) = (
        d.get(5..7).and_then(|m| m.parse::<usize>().ok()).unwrap_or(1),
        d.get(8..10).and_then(|x| x.parse::<u32>().ok()).unwrap_or(1),
    );
    let month = t.months.split('|').nth(m - 1).unwrap_or("");
    match t.lang {
        crate::i18n::Lang::Zh => format!("{month}{dd}日"),
        crate::i18n::Lang::En => format!("{month} {dd}"),
    }
}

/// A chart's data table, folded under the chart: its text alternative.
fn data_table(t: &Strings, head: (&str, &str), rows: Vec<(Html, String)>) -> Html {
    html! {
        <details class="stat-table">
            <summary>{ t.chart_table }</summary>
            <table>
                <thead><tr><th scope="col">{ head.0.to_string() }</th><th scope="col">{ head.1.to_string() }</th></tr></thead>
                <tbody>
                    { for rows.into_iter().map(|(a, b)| html! { <tr><th scope="row">{ a }</th><td>{ b }</td></tr> }) }
                </tbody>
            </table>
        </details>
    }
}

const CELL: f64 = 11.0;
const STEP: f64 = 13.0;
const LEFT: f64 = 24.0;
const TOP: f64 = 14.0;

fn heatmap(t: &Strings, o: &Overview) -> Html {
    let c = &o.calendar;
    let busiest = c.busiest().max(1);
    let weeks = c.days.len() / 7;
    let (w, h) = (LEFT + weeks as f64 * STEP, TOP + 7.0 * STEP);
    let total: u32 = c.days.iter().map(|d| d.answers).sum();
    let summary = format!(
        "{}；{}",
        fill2(t.heatmap_summary, total, c.active_days()),
        fill(t.heatmap_busiest, c.busiest())
    );
    let day_text = |day: i64, d: &Tally| {
        let mut s = fill2(t.heatmap_day, short_date(t, day), d.answers);
        if d.answers > 0 {
            s.push_str(&format!("，{}", fill(t.heatmap_right, d.right)));
        }
        s
    };
    let cells = c.days.iter().enumerate().filter(|(i, _)| *i <= c.today).map(|(i, d)| {
        let day = c.first_day + i as i64;
        let level = if d.answers == 0 { 0 } else { (4 * d.answers).div_ceil(busiest).clamp(1, 4) };
        html! {
            <rect x={num(LEFT + (i / 7) as f64 * STEP)} y={num(TOP + weekday(day) as f64 * STEP)}
                width={num(CELL)} height={num(CELL)} rx="2" class={format!("heat-{level}")}
                data-day={format_date(day)} data-answers={d.answers.to_string()}>
                <title>{ day_text(day, d) }</title>
            </rect>
        }
    });
    // a month's name over the first week that starts in it
    let months = (0..weeks).filter_map(|wk| {
        let day = c.first_day + 7 * wk as i64;
        let (this, before) = (format_date(day), format_date(day - 7));
        (wk == 0 || this.get(5..7) != before.get(5..7)).then(|| {
            let m = this.get(5..7).and_then(|m| m.parse::<usize>().ok()).unwrap_or(1);
            html! {
                <text x={num(LEFT + wk as f64 * STEP)} y="10" class="stat-label">
                    { t.months.split('|').nth(m - 1).unwrap_or("").to_string() }
                </text>
            }
        })
    });
    let weekdays = t.weekdays.split('|').enumerate().filter(|(i, _)| i % 2 == 0).map(|(i, d)| {
        html! { <text x="0" y={num(TOP + i as f64 * STEP + 9.0)} class="stat-label">{ d.to_string() }</text> }
    });
    let rows =
        c.days.iter().enumerate().filter(|(i, d)| *i <= c.today && d.answers > 0).map(|(i, d)| {
            let day = c.first_day + i as i64;
            (format_date(day), format!("{} · {}", d.answers, fill(t.heatmap_right, d.right)))
        });
    html! {
        <figure class="stat heatmap">
            <figcaption>{ t.heatmap_caption }</figcaption>
            <div class="stat-scroll">
                <svg viewBox={format!("0 0 {} {}", num(w), num(h))} role="img" aria-label={summary.clone()} class="heatmap-svg">
                    { for months }
                    { for weekdays }
                    { for cells }
                </svg>
            </div>
            <p class="stat-summary">
                { summary }
                <span class="heat-legend" aria-hidden="true">
                    { t.heatmap_less }
                    { for (0..5).map(|l| html! {
                        <svg viewBox="0 0 11 11" class="heat-key">
                            <rect width="11" height="11" rx="2" class={format!("heat-{l}")} />
                        </svg>
                    }) }
                    { t.heatmap_more }
                </span>
            </p>
            { data_table(t, (t.date_col, t.heatmap_caption), rows.map(|(a, b)| (Html::from(a), b)).collect()) }
        </figure>
    }
}

fn recall(t: &Strings, o: &Overview, b: &briefing::Briefing, exam: bool) -> Html {
    let caption = if exam { t.recall_caption } else { t.recall_caption_now };
    let rows: Vec<(Html, String)> = o
        .by_topic
        .iter()
        .filter_map(|g| {
            let topic = b.topics.iter().find(|tp| tp.number == g.key)?;
            let value = match g.at_exam.filter(|_| exam) {
                Some(e) => format!(
                    "{} {}% · {} {}%",
                    t.recall_now,
                    percent(g.now),
                    t.recall_exam,
                    percent(e)
                ),
                None => format!("{}%", percent(g.now)),
            };
            // the topic (its Chinese title marked so in an English interface), then the count
            let (before, after) = t.recall_row.split_once("{}").unwrap_or(("", t.recall_row));
            Some((
                html! { <>{ before }{ t.topic_label(topic) }{ fill(after, g.studied) }</> },
                value,
            ))
        })
        .collect();
    html! {
        <figure class="stat recall">
            <figcaption>{ caption }</figcaption>
            if o.by_topic.is_empty() {
                <p class="stat-summary">{ t.recall_none }</p>
            }
            if exam && !o.by_topic.is_empty() {
                <p class="recall-legend" aria-hidden="true">
                    <span class="key key-now"></span>{ t.recall_now }
                    <span class="key key-exam"></span>{ t.recall_exam }
                </p>
            }
            <ul class="recall-rows">
                { for o.by_topic.iter().filter_map(|g| {
                    let topic = b.topics.iter().find(|tp| tp.number == g.key)?;
                    let at_exam = g.at_exam.filter(|_| exam);
                    let then = at_exam.map(|e| format!(" → {}%", percent(e))).unwrap_or_default();
                    let label = format!("{}：{}%{}", t.topic_short(topic), percent(g.now), then);
                    Some(html! {
                        <li class="recall-row" data-topic={g.key.to_string()}>
                            <span class="recall-name">{ t.topic_label(topic) }<span class="recall-count">{ format!(" · {}", g.studied) }</span></span>
                            <svg viewBox="0 0 100 16" preserveAspectRatio="none" class="recall-svg" role="img" aria-label={label}>
                                <rect x="0" y="1" width="100" height="14" class="bar-track" />
                                <rect x="0" y="1" width={num(g.now * 100.0)} height={if at_exam.is_some() { "6" } else { "14" }} class="bar-now" />
                                if let Some(e) = at_exam {
                                    <rect x="0" y="9" width={num(e * 100.0)} height="6" class="bar-exam" />
                                }
                            </svg>
                            <span class="recall-values">
                                { format!("{}%", percent(g.now)) }
                                if let Some(e) = at_exam { { format!(" → {}%", percent(e)) } }
                            </span>
                        </li>
                    })
                }) }
            </ul>
            { data_table(t, (t.parts(b.format).nav, caption), rows) }
        </figure>
    }
}

/// Vertical bars over days or weeks: `values` in 0..=`max`, `labels` under the first and last.
/// `top` labels the top of the scale (100%, or the busiest day's count).
fn bars(
    values: &[Option<f64>],
    max: f64,
    titles: &[String],
    class: &str,
    aria: String,
    ends: (String, String),
    top: String,
) -> Html {
    let n = values.len().max(1);
    let (w, h, base) = (360.0, 120.0, 100.0);
    let slot = w / n as f64;
    let bw = (slot * 0.7).max(1.0);
    html! {
        <svg viewBox={format!("0 0 {} {}", num(w), num(h))} role="img" aria-label={aria} class={classes!("bars-svg", class.to_string())}>
            <line x1="0" x2={num(w)} y1={num(base)} y2={num(base)} class="axis" />
            <line x1="0" x2={num(w)} y1={num(base / 2.0)} y2={num(base / 2.0)} class="grid" />
            { for values.iter().zip(titles).enumerate().map(|(i, (v, title))| {
                let x = i as f64 * slot + (slot - bw) / 2.0;
                match v {
                    Some(v) => {
                        let bh = (v / max.max(1e-9) * (base - 4.0)).max(if *v > 0.0 { 2.0 } else { 0.0 });
                        html! {
                            <rect x={num(x)} y={num(base - bh)} width={num(bw)} height={num(bh)} rx="1.5" class="bar">
                                <title>{ title.clone() }</title>
                            </rect>
                        }
                    }
                    None => html! {
                        <rect x={num(x)} y={num(base - 1.0)} width={num(bw)} height="1" class="bar-empty">
                            <title>{ title.clone() }</title>
                        </rect>
                    },
                }
            }) }
            <line x1="0" x2={num(w)} y1="4" y2="4" class="grid" />
            <text x={num(w)} y="12" text-anchor="end" class="stat-label">{ top }</text>
            <text x="0" y={num(h - 4.0)} class="stat-label">{ ends.0 }</text>
            <text x={num(w)} y={num(h - 4.0)} text-anchor="end" class="stat-label">{ ends.1 }</text>
        </svg>
    }
}

fn accuracy(t: &Strings, o: &Overview) -> Html {
    let first = o.calendar.first_day;
    let labels: Vec<String> = (0..o.weeks.len())
        .map(|i| fill(t.accuracy_week, short_date(t, first + 7 * i as i64)))
        .collect();
    let values: Vec<Option<f64>> = o
        .weeks
        .iter()
        .map(|w| (w.answers > 0).then(|| w.right as f64 / w.answers as f64))
        .collect();
    let titles: Vec<String> = o
        .weeks
        .iter()
        .zip(&labels)
        .map(|(w, l)| {
            if w.answers == 0 {
                format!("{l}：{}", t.accuracy_none)
            } else {
                format!(
                    "{l}：{}%，{}",
                    percent(w.right as f64 / w.answers as f64),
                    fill2(t.accuracy_value, w.right, w.answers)
                )
            }
        })
        .collect();
    let (right, all) = o.weeks.iter().fold((0, 0), |(r, a), w| (r + w.right, a + w.answers));
    let aria = format!(
        "{}：{}%，{}",
        t.accuracy_caption,
        percent(right as f64 / all.max(1) as f64),
        fill2(t.accuracy_value, right, all)
    );
    let rows = titles.iter().zip(&o.weeks).filter(|(_, w)| w.answers > 0).map(|(s, _)| {
        let (a, b) = s.split_once('：').unwrap_or((s, ""));
        (a.to_string(), b.to_string())
    });
    html! {
        <figure class="stat accuracy">
            <figcaption>{ t.accuracy_caption }</figcaption>
            { bars(&values, 1.0, &titles, "accuracy-svg", aria.clone(),
                (short_date(t, first), short_date(t, first + 7 * (o.weeks.len() as i64 - 1))), "100%".into()) }
            <p class="stat-summary">{ format!("{}%，{}", percent(right as f64 / all.max(1) as f64), fill2(t.accuracy_value, right, all)) }</p>
            { data_table(t, (t.date_col, t.accuracy_caption), rows.map(|(a, b)| (Html::from(a), b)).collect()) }
        </figure>
    }
}

fn plan(t: &Strings, o: &Overview, exam: bool) -> Html {
    let p = &o.plan;
    let caption = if exam { t.plan_caption_exam } else { t.plan_caption };
    let max = p.load.iter().copied().max().unwrap_or(0).max(1);
    let titles: Vec<String> = p
        .load
        .iter()
        .enumerate()
        .map(|(i, n)| fill2(t.plan_day, short_date(t, p.first_day + i as i64), n))
        .collect();
    let values: Vec<Option<f64>> = p.load.iter().map(|&n| Some(n as f64)).collect();
    let total: u32 = p.load.iter().sum();
    let summary = fill2(
        if exam { t.plan_summary_exam } else { t.plan_summary },
        p.load.first().copied().unwrap_or(0),
        total,
    );
    let aria = format!("{caption}：{summary}");
    let last = p.first_day + p.load.len() as i64 - 1;
    let rows = p
        .load
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| (format_date(p.first_day + i as i64), n.to_string()));
    html! {
        <figure class="stat plan">
            <figcaption>{ caption }</figcaption>
            { bars(&values, max as f64, &titles, "plan-svg", aria, (short_date(t, p.first_day), short_date(t, last)), max.to_string()) }
            <p class="stat-summary">{ summary }</p>
            { data_table(t, (t.date_col, caption), rows.map(|(a, b)| (Html::from(a), b)).collect()) }
        </figure>
    }
}

/// The record carried to another device: a link, and its QR code when it fits in one.
#[component]
fn Transfer(props: &TransferProps) -> Html {
    let t = use_strings();
    let url = use_state(|| None::<String>);
    let make = {
        let (url, log) = (url.clone(), props.log.clone());
        Callback::from(move |_: MouseEvent| {
            let loc = web_sys::window().map(|w| w.location());
            let base = loc
                .map(|l| {
                    format!(
                        "{}{}{}",
                        l.origin().unwrap_or_default(),
                        l.pathname().unwrap_or_default(),
                        l.search().unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            url.set(Some(format!("{base}#{}={}", link::KEY, link::encode(&log))));
        })
    };
    let qr = use_memo((*url).clone(), |u| u.as_deref().map(Qr::of));
    html! {
        <section class="transfer" aria-labelledby="transfer-heading">
            <h3 id="transfer-heading">{ t.transfer_heading }</h3>
            <p class="panel-intro">{ t.transfer_intro }</p>
            <button type="button" class="quiz-confirm transfer-make" onclick={make} disabled={props.log.is_empty()}>{ t.transfer_make }</button>
            if let Some(u) = (*url).clone() {
                <div class="transfer-link">
                    <input type="text" readonly=true value={u.clone()} class="transfer-url" aria-label={t.transfer_heading} />
                    <CopyLink label={t.copy_link} href={AttrValue::from(u.clone())} />
                </div>
                { match (*qr).clone() {
                    Some(Some(code)) => html! {
                        <figure class="transfer-qr">
                            <svg viewBox={format!("0 0 {0} {0}", code.size + 8)} role="img" aria-label={t.transfer_qr} class="qr-svg"
                                shape-rendering="crispEdges" data-modules={code.size.to_string()}>
                                <rect width="100%" height="100%" class="qr-light" />
                                <path d={code.path(4)} class="qr-dark" />
                            </svg>
                            <figcaption>{ t.transfer_qr }</figcaption>
                        </figure>
                    },
                    _ => html! { <p class="transfer-too-big" role="status">{ fill(t.transfer_too_big, u.len()) }</p> },
                } }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TransferProps {
    log: Rc<Log>,
}

#[component]
pub fn StudyStats(props: &Props) -> Html {
    let t = use_strings();
    let exam =
        props.exam.is_some() && props.overview.as_ref().is_some_and(|o| o.forecast.is_some());
    html! {
        <section id="stats" class="study-stats" aria-labelledby="stats-heading" tabindex="-1">
            <h2 id="stats-heading">{ t.stats_heading }</h2>
            { match props.overview.as_ref() {
                None => html! { <p class="panel-intro">{ t.stats_empty }</p> },
                Some(o) => html! {
                    <div class="stat-grid">
                        { heatmap(t, o) }
                        { recall(t, o, &props.briefing, exam) }
                        { accuracy(t, o) }
                        { plan(t, o, props.exam.is_some_and(|e| e > o.plan.first_day)) }
                    </div>
                },
            } }
            <Transfer log={props.log.clone()} />
        </section>
    }
}
