//! A printable worksheet: the quiz's questions numbered, with boxes to tick or a line to write
//! on, and the answer key on a page of its own.

use std::rc::Rc;

use briefing::quiz::{self, Answer, Question, QuestionKind, QuizUrl};
use yew::prelude::*;

use crate::data::Shared;
use crate::i18n::{use_strings, Strings};

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub briefing: Shared,
    pub url: QuizUrl,
    pub on_close: Callback<()>,
}

const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

fn option_text(t: &Strings, q: &Question, i: usize) -> String {
    t.true_false(q, i).map(String::from).or_else(|| q.options.get(i).cloned()).unwrap_or_default()
}

fn key_text(t: &Strings, q: &Question) -> String {
    match &q.answer {
        Answer::Index(i) => {
            format!("{} {}", LETTERS.get(*i).copied().unwrap_or("?"), option_text(t, q, *i))
        }
        Answer::Text(x) => format!("{x}{}", q.unit.clone().unwrap_or_default()),
    }
}

#[component]
pub fn Worksheet(props: &Props) -> Html {
    let t = use_strings();
    let questions = {
        let (b, url) = (props.briefing.clone(), props.url.clone());
        use_memo(url, move |u| Rc::new(quiz::generate(&b, u.seed, &u.settings())))
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let close = {
        let c = props.on_close.clone();
        Callback::from(move |_: MouseEvent| c.emit(()))
    };
    html! {
        <section class="worksheet" aria-labelledby="worksheet-title">
            <div class="worksheet-tools">
                <button type="button" class="quiz-confirm" onclick={print}>{ t.worksheet_print }</button>
                <button type="button" class="quiz-secondary" onclick={close}>{ t.quiz_back }</button>
            </div>
            <header class="worksheet-head">
                <h2 id="worksheet-title">{ t.worksheet_title }</h2>
                <p class="worksheet-source" lang={t.content_lang()}>{ &props.briefing.headline }</p>
                <p class="worksheet-name">{ t.worksheet_name }</p>
            </header>
            <ol class="worksheet-questions">
                { for questions.iter().map(|q| html! {
                    <li class="worksheet-question">
                        <p class="quiz-kind">{ t.question_kind(q.kind, props.briefing.format) }</p>
                        <p class="worksheet-prompt" lang={t.content_lang()}>{ &q.prompt }</p>
                        if q.options.is_empty() {
                            <p class="worksheet-line">
                                { t.worksheet_answer_line }
                                <span lang={t.content_lang()}>{ q.unit.clone().unwrap_or_default() }</span>
                            </p>
                        } else {
                            <ol class="worksheet-options">
                                { for (0..q.options.len()).map(|i| html! {
                                    <li><span class="worksheet-box" aria-hidden="true">{ "☐" }</span>
                                        <span class="worksheet-letter">{ LETTERS.get(i).copied().unwrap_or("") }</span>
                                        <span lang={if q.kind == QuestionKind::TrueFalse { None } else { t.content_lang() }}>
                                            { option_text(t, q, i) }
                                        </span>
                                    </li>
                                }) }
                            </ol>
                        }
                    </li>
                }) }
            </ol>
            <section class="worksheet-key" aria-labelledby="worksheet-key-title">
                <h2 id="worksheet-key-title">{ t.worksheet_key }</h2>
                <ol>
                    { for questions.iter().map(|q| html! {
                        <li lang={t.content_lang()}>{ key_text(t, q) }</li>
                    }) }
                </ol>
            </section>
        </section>
    }
}
