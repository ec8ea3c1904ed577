//! Starts a quiz: how many questions, practice or exam, which types of question, the whole
//! briefing or the topics the reader has filtered to.

use briefing::quiz::{Mode, QuestionKind as K, QuizUrl};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::epoch_ms;
use crate::hooks::use_effect_on;
use crate::i18n::{both, use_strings};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// the topics of the current filter (empty: none chosen)
    pub filter_topics: Vec<u32>,
    /// folded to its heading and start button (the reader is filtering: the results come
    /// first), with a button that unfolds the settings
    #[prop_or_default]
    pub folded: bool,
    pub on_start: Callback<QuizUrl>,
}

const COUNTS: [usize; 5] = [3, 5, 10, 20, 30];

/// What a reader can choose to drill, each a group of question kinds (named in the same order
/// in `Strings::quiz_focuses`): figures, years, terms and titles, speaker and topic.
const FOCUSES: [&[K]; 4] = [
    &[K::FigureChoice, K::FigureTyped, K::TrueFalse],
    &[K::Year],
    &[K::Term],
    &[K::Attribution, K::Topic],
];

/// The kinds to ask for the chosen focuses: none (every kind) when none or all are chosen, as
/// the filter bar's chips do.
fn kinds(chosen: [bool; 4]) -> Vec<K> {
    if chosen.iter().all(|c| *c) {
        return vec![];
    }
    FOCUSES
        .iter()
        .zip(chosen)
        .filter(|(_, on)| *on)
        .flat_map(|(ks, _)| ks.iter().copied())
        .collect()
}

#[component]
pub fn QuizLauncher(props: &Props) -> Html {
    let t = use_strings();
    let count = use_state(|| 10usize);
    let exam = use_state(|| false);
    let scoped = use_state(|| true);
    let focuses = use_state(|| [false; 4]);
    let unfolded = use_state(|| false);
    let folded = props.folded && !*unfolded;
    // unfolding replaces the button that was pressed: focus goes on to the first setting
    let first_setting = use_node_ref();
    {
        let first_setting = first_setting.clone();
        use_effect_on(*unfolded, move |unfolded| {
            if *unfolded {
                if let Some(el) = first_setting.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let start = {
        let (count, exam, scoped, focuses, topics, go) = (
            count.clone(),
            exam.clone(),
            scoped.clone(),
            focuses.clone(),
            props.filter_topics.clone(),
            props.on_start.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let seed = (epoch_ms() * 1000.0) as u64;
            go.emit(QuizUrl {
                seed: seed % 1_000_000_000,
                count: *count,
                mode: if *exam { Mode::Exam } else { Mode::Practice },
                topics: if *scoped { topics.clone() } else { vec![] },
                kinds: kinds(*focuses),
                review: false,
            });
        })
    };
    let on_count = {
        let count = count.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value());
            if let Some(n) = v.and_then(|v| v.parse().ok()) {
                count.set(n);
            }
        })
    };
    html! {
        <section class={classes!("quiz-launcher", folded.then_some("folded"))} aria-labelledby="quiz-launcher-heading">
            <div>
                <h2 id="quiz-launcher-heading">{ both(|t| if folded { t.quiz_heading_short } else { t.quiz_heading }) }</h2>
                if !folded {
                    <p>{ both(|t| t.quiz_intro) }</p>
                }
            </div>
            if folded {
                <div class="quiz-launcher-controls">
                    <button type="button" class="quiz-unfold"
                        onclick={{ let unfolded = unfolded.clone(); Callback::from(move |_| unfolded.set(true)) }}>
                        { both(|t| t.quiz_options) }
                    </button>
                    <button type="button" class="quiz-confirm" onclick={start}>{ both(|t| t.quiz_start) }</button>
                </div>
            } else {
            <div class="quiz-launcher-controls">
                <label>
                    <span>{ both(|t| t.quiz_count) }</span>
                    <select ref={first_setting} onchange={on_count}>
                        { for COUNTS.iter().map(|n| html! { <option value={n.to_string()} selected={*count == *n}>{ n }</option> }) }
                    </select>
                </label>
                <div class="segmented" role="group" aria-label={t.quiz_mode}>
                    <button type="button" aria-pressed={if *exam { "false" } else { "true" }}
                        onclick={{ let exam = exam.clone(); Callback::from(move |_| exam.set(false)) }}>{ both(|t| t.quiz_practice) }</button>
                    <button type="button" aria-pressed={if *exam { "true" } else { "false" }}
                        onclick={{ let exam = exam.clone(); Callback::from(move |_| exam.set(true)) }}>{ both(|t| t.quiz_exam) }</button>
                </div>
                <div class="quiz-focus" role="group" aria-labelledby="quiz-focus-label">
                    <span id="quiz-focus-label">{ both(|t| t.quiz_focus) }</span>
                    { for (0..FOCUSES.len()).map(|i| {
                        let onclick = {
                            let focuses = focuses.clone();
                            Callback::from(move |_| {
                                let mut next = *focuses;
                                next[i] = !next[i];
                                focuses.set(next);
                            })
                        };
                        html! {
                            <button type="button" class="filter-chip" aria-pressed={if focuses[i] { "true" } else { "false" }}
                                {onclick}>{ both(|t| t.quiz_focuses[i]) }</button>
                        }
                    }) }
                </div>
                if !props.filter_topics.is_empty() {
                    <label class="quiz-scope">
                        <input type="checkbox" checked={*scoped}
                            onchange={{ let scoped = scoped.clone(); Callback::from(move |_| scoped.set(!*scoped)) }} />
                        <span>{ both(|t| t.quiz_scope_filter) }</span>
                    </label>
                }
                <button type="button" class="quiz-confirm" onclick={start}>{ both(|t| t.quiz_start) }</button>
            </div>
            }
        </section>
    }
}
