//! The quiz: one question at a time, by mouse or keyboard (1–4 choose, Enter confirms and moves
//! on), feedback with the source in practice mode, and an end screen with the score per topic,
//! the missed questions and "retry mistakes only".

use std::rc::Rc;

use briefing::quiz::{self, Answer, Mode, Question, QuizUrl};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::now_ms;
use crate::components::copy_link::CopyLink;
use crate::data::Shared;
use crate::i18n::{content, fill, fill2, fill_html, use_strings, Strings};
use crate::quiz_state::{Run, RunAction};

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub briefing: Shared,
    pub url: QuizUrl,
    /// back to the reading view
    pub on_close: Callback<()>,
    /// back to the reading view at this element (a figure or paragraph id)
    pub on_source: Callback<String>,
    /// a new quiz with another seed
    pub on_new: Callback<QuizUrl>,
    /// every confirmed answer: (question id, right?)
    pub on_answer: Callback<(String, bool)>,
    /// the due items for a review round (`url.review`)
    pub review_ids: Rc<Vec<String>>,
    /// the quiz's link gives the same quiz elsewhere (the built-in briefing, not an import)
    pub shareable: bool,
}

/// An option as the reader sees it: true and false in the interface language, anything else in
/// the briefing's own words.
fn option_html(t: &Strings, q: &Question, i: usize) -> Html {
    match (t.true_false(q, i), q.options.get(i)) {
        (Some(word), _) => html! { word },
        (None, Some(o)) => content(o.clone()),
        (None, None) => html! {},
    }
}

/// The correct answer as the reader should read it.
fn answer_html(t: &Strings, q: &Question) -> Html {
    match &q.answer {
        Answer::Index(i) => option_html(t, q, *i),
        Answer::Text(x) => content(format!("{x}{}", q.unit.clone().unwrap_or_default())),
    }
}

fn response_html(t: &Strings, q: &Question, r: Option<&str>) -> Html {
    match (r, q.options.is_empty()) {
        (None, _) => html! { t.quiz_unanswered },
        (Some(r), true) => content(format!("{r}{}", q.unit.clone().unwrap_or_default())),
        (Some(r), false) => {
            r.parse::<usize>().ok().map(|i| option_html(t, q, i)).unwrap_or_default()
        }
    }
}

/// The source sentence with what was asked about marked: the figure, or the term.
fn source_sentence(b: &Shared, q: &Question) -> Html {
    let s = &q.source.sentence;
    let kind = q
        .source
        .figure
        .as_ref()
        .and_then(|id| b.figures().find(|f| &f.id == id))
        .map(|f| f.kind.as_str());
    match quiz::asked_span(b, q) {
        Some((i, j)) if q.source.figure.is_none() => html! {
            <>{ &s[..i] }<mark class="term">{ &s[i..j] }</mark>{ &s[j..] }</>
        },
        Some((i, j)) => html! {
            <>{ &s[..i] }<mark class="fig" data-kind={kind}>{ &s[i..j] }</mark>{ &s[j..] }</>
        },
        None => html! { s.clone() },
    }
}

fn clock(ms: f64) -> String {
    let secs = (ms / 1000.0).max(0.0) as u64;
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[component]
pub fn QuizView(props: &Props) -> Html {
    let t = use_strings();
    let questions = {
        let (b, url, due) = (props.briefing.clone(), props.url.clone(), props.review_ids.clone());
        use_memo(url, move |u| {
            Rc::new(if u.review {
                quiz::by_ids(&b, u.seed, &due[..due.len().min(u.count)])
            } else {
                quiz::generate(&b, u.seed, &u.settings())
            })
        })
    };
    let run = {
        let (questions, mode) = ((*questions).clone(), props.url.mode);
        use_reducer(move || Run::new(questions, mode, now_ms()))
    };
    // a new URL (another seed, other settings): start over with its questions
    {
        let run = run.clone();
        use_effect_with((*questions).clone(), move |qs| {
            if !Rc::ptr_eq(&run.questions, qs) {
                run.dispatch(RunAction::Restart { questions: qs.clone(), now_ms: now_ms() });
            }
        });
    }
    // each confirmed answer goes to the study record
    {
        let (log, go) = (run.log.clone(), props.on_answer.clone());
        use_effect_with(log.len(), move |_| {
            if let Some(last) = log.last() {
                go.emit(last.clone());
            }
        });
    }
    // the exam clock ticks once a second
    let tick = use_state(|| 0u32);
    {
        let (tick, running) = (tick.clone(), run.mode == Mode::Exam && !run.finished);
        use_effect_with(running, move |running| {
            let interval = running.then(|| {
                gloo_timers::callback::Interval::new(1000, move || tick.set(tick.wrapping_add(1)))
            });
            move || drop(interval)
        });
    }
    // keyboard: 1–4 choose, Enter confirms (the typed-answer box handles its own keys)
    {
        let run = run.clone();
        use_effect_with((), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            let listener = doc.map(|doc| {
                EventListener::new(&doc, "keydown", move |e| {
                    let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    let in_field =
                        e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(
                            |el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"),
                        );
                    if in_field || k.ctrl_key() || k.meta_key() || k.alt_key() {
                        return;
                    }
                    match k.key().as_str() {
                        d @ ("1" | "2" | "3" | "4") => {
                            run.dispatch(RunAction::Choose(d.parse::<usize>().unwrap_or(1) - 1))
                        }
                        "Enter" => {
                            // a focused button handles Enter itself
                            let on_button = e
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                .is_some_and(|el| {
                                    el.tag_name() == "BUTTON" || el.tag_name() == "A"
                                });
                            if !on_button {
                                run.dispatch(RunAction::Confirm { now_ms: now_ms() });
                            }
                        }
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    // keyboard and screen-reader users land on each new question (in the answer box when it
    // is typed) and then on the score
    let card_ref = use_node_ref();
    let answer_ref = use_node_ref();
    let score_ref = use_node_ref();
    {
        let (card, answer, score) = (card_ref.clone(), answer_ref.clone(), score_ref.clone());
        let key = (run.index, run.finished, Rc::as_ptr(&run.questions) as usize);
        use_effect_with(key, move |_| {
            let el = score
                .cast::<web_sys::HtmlElement>()
                .or_else(|| answer.cast())
                .or_else(|| card.cast());
            if let Some(el) = el {
                let _ = el.focus();
            }
        });
    }

    let close = {
        let c = props.on_close.clone();
        Callback::from(move |_: MouseEvent| c.emit(()))
    };
    let n = run.questions.len();
    let header = html! {
        <div class="quiz-head">
            <p class="quiz-title">
                <span class="badge badge-answer">{ if run.mode == Mode::Exam { t.quiz_exam } else { t.quiz_practice } }</span>
                if !run.finished {
                    <span>{ fill2(t.quiz_progress, run.index + 1, n) }</span>
                }
                if run.mode == Mode::Exam && !run.finished {
                    <span class="quiz-clock" aria-label={t.quiz_time}>{ clock(now_ms() - run.started_ms) }</span>
                }
            </p>
            <div class="quiz-head-actions">
                // the same link gives the same questions: a teacher can hand one quiz to a class
                // (not for an imported transcript: it is only in this browser)
                if !props.url.review && props.shareable {
                    <CopyLink label={t.copy_quiz_link} />
                }
                <button type="button" class="quiz-close" onclick={close.clone()}>{ t.quiz_back }</button>
            </div>
        </div>
    };
    // a narrow selection can hold fewer questions than were asked for: say so once, up front
    let fewer = !props.url.review
        && n > 0
        && n < props.url.count
        && run.index == 0
        && !run.finished
        && run.log.is_empty();
    let header = html! {
        <>
            { header }
            if fewer {
                <p class="quiz-note">{ fill2(t.quiz_fewer, props.url.count, n) }</p>
            }
        </>
    };

    if run.questions.is_empty() {
        return html! {
            <section class="quiz" aria-labelledby="quiz-empty">
                { header }
                <div class="quiz-card">
                    <p id="quiz-empty" class="quiz-prompt">{ if props.url.review { t.quiz_nothing_due } else { t.quiz_no_questions } }</p>
                </div>
            </section>
        };
    }
    if run.finished {
        return html! {
            <section class="quiz" aria-labelledby="quiz-result">
                { header }
                { summary(t, props, &run, score_ref) }
            </section>
        };
    }
    let Some(q) = run.current() else { return html! {} };
    let confirm = {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| run.dispatch(RunAction::Confirm { now_ms: now_ms() }))
    };
    let right = run.current_right();
    let chosen = run.responses.get(run.index).cloned().flatten();
    html! {
        <section class="quiz" aria-labelledby="quiz-prompt">
            { header }
            <div class="quiz-card" tabindex="-1" ref={card_ref}>
                <p class="quiz-kind">{ t.question_kind(q.kind, props.briefing.format) }</p>
                <p id="quiz-prompt" class="quiz-prompt" lang={t.content_lang()}>{ &q.prompt }</p>
                if q.options.is_empty() {
                    <div class="quiz-typed">
                        <label for="quiz-answer" class="quiz-typed-label">{ t.quiz_type_answer }</label>
                        // once answered, the answer stays in the box, marked right or wrong
                        <input id="quiz-answer" ref={answer_ref} type="text" inputmode="decimal" autocomplete="off"
                            class={classes!(run.revealed.then_some(if right == Some(true) { "right" } else { "wrong" }))}
                            value={if run.revealed { chosen.clone().unwrap_or_default() } else { run.draft.clone() }} disabled={run.revealed}
                            oninput={{ let run = run.clone(); Callback::from(move |e: InputEvent| {
                                let v = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                    .map(|i| i.value()).unwrap_or_default();
                                run.dispatch(RunAction::Type(v));
                            }) }}
                            onkeydown={{ let run = run.clone(); Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" {
                                e.prevent_default();
                                run.dispatch(RunAction::Confirm { now_ms: now_ms() });
                            }) }} />
                        <span class="quiz-unit" lang={t.content_lang()}>{ q.unit.clone().unwrap_or_default() }</span>
                    </div>
                } else {
                    <ol class="quiz-options">
                        { for (0..q.options.len()).map(|i| {
                            let selected = run.draft == i.to_string() || (run.revealed && chosen.as_deref() == Some(&i.to_string()));
                            let verdict = run.revealed.then_some(match &q.answer {
                                Answer::Index(k) if *k == i => "correct",
                                _ if selected => "wrong",
                                _ => "",
                            });
                            let run = run.clone();
                            html! {
                                <li>
                                    <button type="button" class={classes!("quiz-option", verdict)}
                                        aria-pressed={if selected { "true" } else { "false" }} disabled={run.revealed}
                                        onclick={Callback::from(move |_| run.dispatch(RunAction::Choose(i)))}>
                                        <span class="quiz-key" aria-hidden="true">{ i + 1 }</span>
                                        { option_html(t, q, i) }
                                        if verdict == Some("correct") {
                                            <span class="quiz-option-verdict">{ t.option_correct }</span>
                                        } else if verdict == Some("wrong") {
                                            <span class="quiz-option-verdict">{ t.option_yours }</span>
                                        }
                                    </button>
                                </li>
                            }
                        }) }
                    </ol>
                }
                <div class="quiz-feedback" role="status" aria-live="polite">
                    if let (true, Some(ok)) = (run.revealed, right) {
                        <p class={classes!("quiz-verdict", if ok { "right" } else { "wrong" })}>
                            { if ok { t.quiz_right } else { t.quiz_wrong } }
                            if !ok {
                                <span>{ fill_html(t.quiz_correct_is, answer_html(t, q)) }</span>
                            }
                        </p>
                        <blockquote class="quiz-source" lang={t.content_lang()}>
                            <p>{ source_sentence(&props.briefing, q) }</p>
                            <footer>
                                { format!("{} · ", q.source.speaker) }
                                <a lang={t.lang.code()} href={format!("#p-{}", q.source.line)} onclick={{
                                    let id = q.source.figure.clone().unwrap_or_else(|| format!("p-{}", q.source.line));
                                    let go = props.on_source.clone();
                                    Callback::from(move |e: MouseEvent| { e.prevent_default(); go.emit(id.clone()); })
                                }}>{ t.quiz_see_source }</a>
                            </footer>
                        </blockquote>
                    }
                </div>
                <div class="quiz-actions">
                    <button type="button" class="quiz-confirm" onclick={confirm}
                        disabled={!run.revealed && run.draft.trim().is_empty()}>
                        { if run.revealed || run.mode == Mode::Exam {
                            if run.index + 1 >= n { t.quiz_finish } else { t.quiz_next }
                        } else { t.quiz_confirm } }
                    </button>
                    <span class="quiz-hint">{ if q.options.is_empty() { t.quiz_keys_typed } else { t.quiz_keys } }</span>
                </div>
            </div>
        </section>
    }
}

fn summary(t: &Strings, props: &Props, run: &UseReducerHandle<Run>, score_ref: NodeRef) -> Html {
    let s = quiz::score(&run.questions, &run.responses);
    let b = &props.briefing;
    let topic_name = |n: u32| {
        b.topics.iter().find(|tp| tp.number == n).map_or_else(Html::default, |tp| t.topic_label(tp))
    };
    let retry = {
        let (run, missed) = (run.clone(), s.missed.clone());
        Callback::from(move |_: MouseEvent| {
            let qs: Vec<Question> =
                missed.iter().filter_map(|&i| run.questions.get(i).cloned()).collect();
            run.dispatch(RunAction::Restart { questions: Rc::new(qs), now_ms: now_ms() });
        })
    };
    let again = {
        let (go, url) = (props.on_new.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| {
            let seed = (now_ms() * 1000.0) as u64 ^ url.seed.rotate_left(17);
            go.emit(QuizUrl { seed, ..url.clone() });
        })
    };
    let close = {
        let c = props.on_close.clone();
        Callback::from(move |_: MouseEvent| c.emit(()))
    };
    html! {
        <div class="quiz-card quiz-summary">
            <h2 id="quiz-result" class="quiz-score" tabindex="-1" ref={score_ref}>{ fill2(t.quiz_score, s.right, s.total) }</h2>
            <p class="quiz-time">{ fill(t.quiz_took, clock(run.finished_ms - run.started_ms)) }</p>
            <table class="quiz-topics">
                <thead><tr><th scope="col">{ t.parts(b.format).column }</th><th scope="col">{ t.quiz_right_col }</th></tr></thead>
                <tbody>
                    { for s.by_topic.iter().map(|(n_topic, r, n)| html! {
                        <tr><td>{ topic_name(*n_topic) }</td><td>{ format!("{r} / {n}") }</td></tr>
                    }) }
                </tbody>
            </table>
            if !s.missed.is_empty() {
                <h3>{ t.quiz_review }</h3>
                <ol class="quiz-missed">
                    { for s.missed.iter().filter_map(|&i| run.questions.get(i).map(|q| (i, q))).map(|(i, q)| html! {
                        <li>
                            <p class="quiz-prompt" lang={t.content_lang()}>{ &q.prompt }</p>
                            <p>
                                <span class="quiz-yours">{ fill_html(t.quiz_your_answer,
                                    response_html(t, q, run.responses.get(i).cloned().flatten().as_deref())) }</span>
                                <span class="quiz-correct">{ fill_html(t.quiz_correct_is, answer_html(t, q)) }</span>
                            </p>
                            <p class="quiz-source-line" lang={t.content_lang()}>{ source_sentence(b, q) }</p>
                        </li>
                    }) }
                </ol>
            }
            <div class="quiz-actions">
                if !s.missed.is_empty() {
                    <button type="button" class="quiz-confirm" onclick={retry}>{ t.quiz_retry }</button>
                }
                <button type="button" class="quiz-secondary" onclick={again}>{ t.quiz_again }</button>
                <button type="button" class="quiz-secondary" onclick={close}>{ t.quiz_back }</button>
            </div>
        </div>
    }
}
