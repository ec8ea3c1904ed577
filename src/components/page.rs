//! The page below the app's context providers: skip link, masthead, topic list, the reading
//! view (or a quiz, or a worksheet) with its tools, the panels below the topics, and the footer.
//! `App` owns the state and hands this render's view of it down; the page draws it. It is
//! hydrated in a task after the app's (see `boot/later.rs`), and each part of it in one of its own.

use yew::prelude::*;

// the views the first view does not hold come from `boot::lazy`: compiled in (the single file,
// debug builds), or split off into .wasm files of their own that load on first use
use crate::boot::later;
use crate::boot::lazy::{DataPanel, FiguresPanel, QuizView, StudyStats, Worksheet};
use crate::clock::epoch_ms;
use crate::components::briefing_header::BriefingHeader;
use crate::components::figure_popover::FigurePopover;
use crate::components::figure_toolbar::FigureToolbar;
use crate::components::filter_bar::FilterBar;
use crate::components::progress_panel::ProgressPanel;
use crate::components::quiz_launcher::QuizLauncher;
use crate::components::repairs_list::RepairsList;
use crate::components::topic_nav::TopicNav;
use crate::components::topic_section::{drawn_at_first, TopicSection};
use crate::data::Shared;
use crate::i18n::{both, Strings};
use crate::state::{Action, View};
use crate::study_state::{Record, StudySettings};
use briefing::quiz::QuizUrl;
use briefing::search::Results;
use briefing::study::plan::Study;
use briefing::study::stats::Overview;
use std::rc::Rc;

/// This render's state of the app, as the page draws it.
pub struct Props {
    pub briefing: Shared,
    pub view: UseReducerHandle<View>,
    /// what the reader does
    pub dispatch: Callback<Action>,
    /// the briefing on show is one the reader imported
    pub imported: bool,
    /// what the library has to tell the reader at once (a link to a briefing not held)
    pub library_note: Option<AttrValue>,
    pub results: Rc<Results>,
    pub record: UseReducerHandle<Record>,
    pub study: Rc<Study>,
    pub overview: Option<Rc<Overview>>,
    /// the questions due for review now
    pub due: Rc<Vec<String>>,
    pub settings: StudySettings,
    pub on_settings: Callback<StudySettings>,
    pub on_answer: Callback<(String, bool)>,
    pub on_import: Callback<String>,
    pub on_reset: Callback<()>,
}

/// The page, drawn whenever the app is: a function, not a component, since it is the app's view
/// and the app renders only when its state changes (a component would compare the study record
/// and the search results on every render only to find them changed, and cost code for it).
pub fn page(t: &'static Strings, state: Props) -> Html {
    let Props {
        briefing,
        view,
        dispatch,
        imported,
        library_note,
        results,
        record,
        study,
        overview,
        due,
        settings,
        on_settings,
        on_answer,
        on_import,
        on_reset,
    } = &state;
    let (imported, settings) = (*imported, *settings);
    html! {
        <>
            <a class="skip-link" href="#content">{ both(|t| t.skip_to_content) }</a>
            // the masthead and each part below it: hydrated in tasks of their own, in page
            // order (see `boot/later.rs`)
            { later(html! {<BriefingHeader briefing={briefing.clone()} />}) }
            <div class={classes!("layout", view.quiz.is_some().then_some("quizzing"))}>
                { later(html! {<TopicNav briefing={briefing.clone()} />}) }
                <main id="content" class="content" tabindex="-1">
                if let Some(note) = library_note.clone() {
                    <p class="source-banner library-note" role="alert">
                        <span lang={t.lang.code()}>{ note }</span>{ " · " }
                        <a href="#data">{ t.library_heading }</a>
                    </p>
                } else if imported {
                    <p class="source-banner" role="note">
                        <span lang={t.lang.code()}>{ t.source_imported }</span>{ " · " }
                        <a href="#data">{ t.library_heading }</a>
                    </p>
                }
                if let Some(url) = view.quiz.clone().filter(|u| u.mode == briefing::quiz::Mode::Worksheet) {
                    <Worksheet briefing={briefing.clone()} {url}
                        on_close={{ let d = dispatch.clone(); Callback::from(move |_| d.emit(Action::CloseQuiz)) }} />
                } else if let Some(url) = view.quiz.clone() {
                    <QuizView briefing={briefing.clone()} {url}
                        on_close={{ let d = dispatch.clone(); Callback::from(move |_| d.emit(Action::CloseQuiz)) }}
                        on_source={{ let d = dispatch.clone(); Callback::from(move |id: String| d.emit(Action::Flash(id.into()))) }}
                        on_new={{ let d = dispatch.clone(); Callback::from(move |q| d.emit(Action::StartQuiz(q))) }}
                        on_answer={on_answer.clone()} review_ids={due.clone()} shareable={!imported} />
                } else {
                    { later(html! {
                    <FilterBar briefing={briefing.clone()} filter={view.filter.clone()} results={results.clone()}
                        current_hit={view.current_hit} notices={view.notices.clone()} dispatch={dispatch.clone()} />
                    }) }
                    // while the reader filters, the results come right after the filters: the
                    // launcher folds and the study record steps aside (unless it has news)
                    { later(html! { <>
                    <QuizLauncher filter_topics={view.filter.topics.clone()} folded={!view.filter.is_empty()}
                        on_start={{ let d = dispatch.clone(); Callback::from(move |q| d.emit(Action::StartQuiz(q))) }} />
                    if view.filter.is_empty() || record.note.is_some() {
                    <ProgressPanel study={study.clone()} overview={overview.clone()} due={due.len()}
                        {settings} on_settings={on_settings.clone()} log={record.log.clone()}
                        notice={record.note.as_ref().map(|n| AttrValue::from(t.note(n)))}
                        on_review={{
                            let (d, n) = (dispatch.clone(), due.len());
                            Callback::from(move |_| d.emit(Action::StartQuiz(QuizUrl {
                                seed: (epoch_ms() as u64) % 1_000_000_000,
                                count: n.min(briefing::quiz::MAX_COUNT),
                                mode: briefing::quiz::Mode::Practice,
                                topics: vec![],
                                kinds: vec![],
                                review: true,
                            })))
                        }}
                        on_import={on_import.clone()} on_reset={on_reset.clone()} />
                    }
                    <FigureToolbar highlight={view.highlight} dispatch={dispatch.clone()} />
                    </> }) }
                    // each topic hydrated in a task of its own (see `boot/later.rs`)
                    { for drawn_at_first(briefing, &results.qas).into_iter().enumerate().map(|(i, limit)| {
                        later(html! { <TopicSection briefing={briefing.clone()} index={i} {limit} /> })
                    }) }
                    if view.panels {
                        <FiguresPanel briefing={briefing.clone()} table={view.table.clone()} sort={view.sort}
                            descending={view.descending} dispatch={dispatch.clone()} gradual={view.gradual}
                            same={view.same.clone()} />
                    }
                    { later(html! {<RepairsList briefing={briefing.clone()} />}) }
                    if view.panels {
                        <StudyStats briefing={briefing.clone()} overview={overview.clone()} log={record.log.clone()}
                            exam={settings.exam} />
                    }
                    if view.panels {
                        <DataPanel briefing={briefing.clone()} dispatch={dispatch.clone()} />
                    }
                }
                // inside the main landmark; placed in page coordinates by its style
                if let Some(p) = view.popover.clone() {
                    <FigurePopover briefing={briefing.clone()} popover={p} />
                }
                </main>
            </div>
            <footer class="site-footer">
                <p>{ both(|t| t.source_note) }</p>
                <p><a href="briefing.json" download="briefing.json">{ both(|t| t.download_json) }</a></p>
            </footer>
        </>
    }
}
