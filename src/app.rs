//! The top of the app: owns the view state and the study record of the briefing on show, and
//! hands this render's view of them to the page. What it does in the browser is in `hooks`.

use briefing::study::log::{Answer, Mode as AnswerMode};
use yew::prelude::*;

use crate::boot;
use crate::clock::epoch_ms;
use crate::components::page::{page, Props as PageProps};
use crate::hooks::{
    use_back_forward, use_flash, use_global_keys, use_interface_lang, use_scroll_targets,
    use_search, use_start_view, use_study_plan, use_study_record, use_url_sync, Plan,
};
use crate::i18n::LangContext;
use crate::state::{Action, FigureContext, SearchContext, View};
use crate::study_state::{use_record_storage, Record, RecordAction, StudySettings};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// the briefing on show, or why the built-in one could not be read
    pub briefing: Result<crate::data::Shared, String>,
    /// where this briefing's study record lives in localStorage
    pub progress_key: AttrValue,
    /// the page's address (filters, quiz, a study record's link) is this briefing's: false for
    /// a briefing the reader opened, whose address named another
    pub from_address: bool,
    /// the fingerprint the address names an imported briefing by (`?b=`)
    pub name: Option<AttrValue>,
}

/// One briefing's page. The root mounts it afresh (a new key) whenever the briefing changes.
#[component]
pub fn App(props: &Props) -> Html {
    let lang_ctx = use_interface_lang();
    let t = lang_ctx.lang.strings();
    let library = use_context::<crate::library::LibraryContext>();
    let imported =
        library.as_ref().is_some_and(|c| c.library.active == crate::library::Source::Imported);
    let library_note =
        library.and_then(|c| c.library.note.as_ref().and_then(|n| t.library_alert(n)));
    let briefing = {
        let b = props.briefing.clone();
        use_memo((), move |_| b)
    };
    // the whole briefing, unfiltered, on both sides; the URL's filters or quiz come after
    // the panels below the topics come a frame after the page is hydrated (`use_start_view`); a
    // briefing opened after start is drawn whole, so that the panel the reader chose it in stays
    let view = use_reducer(|| View { panels: boot::mounted_after_start(), ..View::default() });
    // the study record: empty in the first render, loaded once the page is hydrated (with the
    // record a link carries merged in), saved after every answer; and the student's settings
    let record = {
        let key = props.progress_key.clone();
        use_reducer(move || Record::new(key))
    };
    use_record_storage(&record);
    let settings = use_state(StudySettings::default);
    let offset = use_state(|| 0i64);
    use_study_record(&record, &props.progress_key, &settings, &offset, props.from_address);
    let Plan { study, overview, due } = use_study_plan(&briefing, &record, *settings, *offset);

    // what the reader does with the record
    let quiz_mode = view.quiz.as_ref().map(|q| q.mode);
    let on_answer = {
        let d = record.dispatcher();
        Callback::from(move |(id, right): (String, bool)| {
            // (whole seconds: the log's times, and a link's, are kept to the second)
            let time = (epoch_ms() / 1000.0).floor() as i64 * 1000;
            let mode = if quiz_mode == Some(briefing::quiz::Mode::Exam) {
                AnswerMode::Exam
            } else {
                AnswerMode::Practice
            };
            d.dispatch(RecordAction::Answer(Answer { time, id, right, mode }));
        })
    };
    let on_import = {
        let d = record.dispatcher();
        Callback::from(move |text: String| {
            let d = d.clone();
            crate::boot::lazy::read_record(text, move |read| {
                let read = match read {
                    Some(read) => read.map_err(|e| (&e).into()),
                    None => Err(crate::storage::Reason::Unavailable),
                };
                d.dispatch(RecordAction::Import(read))
            })
        })
    };
    let on_reset = {
        let d = record.dispatcher();
        Callback::from(move |_| d.dispatch(RecordAction::Clear))
    };
    let on_settings = {
        let settings = settings.setter();
        Callback::from(move |s: StudySettings| {
            s.remember();
            settings.set(s);
        })
    };

    let search = use_search(&briefing, &view.filter);
    let dispatch = {
        let view = view.clone();
        // (what the reader does waits for the parts of the page still being hydrated, which
        // must be hydrated as the server rendered them: see `boot`)
        use_callback((), move |a: Action, _| {
            let view = view.clone();
            boot::when_hydrated(move || view.dispatch(a));
        })
    };
    let opened = use_start_view(&briefing, &dispatch, props.from_address);
    use_global_keys(&dispatch);
    use_url_sync(&view, props.name.clone());
    use_back_forward(&briefing, &dispatch);
    use_scroll_targets(&view, opened);
    use_flash(&view, &dispatch);

    let briefing = match &*briefing {
        Ok(b) => b.clone(),
        Err(e) => {
            return html! {
                <main class="fatal" role="alert">
                    <h1>{ t.data_error }</h1>
                    <p>{ e.clone() }</p>
                </main>
            }
        }
    };
    let search_ctx = SearchContext {
        hits: search.1.clone(),
        current: view.current_hit,
        visible: search.2.clone(),
    };
    let figure_ctx = FigureContext {
        highlight: view.highlight,
        flash: view.flash.as_ref().map(|(id, _)| id.clone()),
        open: view.popover.as_ref().map(|p| p.id.clone()),
        dispatch: dispatch.clone(),
    };
    let state = PageProps {
        briefing,
        view: view.clone(),
        dispatch,
        imported,
        library_note: library_note.map(AttrValue::from),
        results: search.0.clone(),
        record: record.clone(),
        study,
        overview,
        due,
        settings: *settings,
        on_settings,
        on_answer,
        on_import,
        on_reset,
    };
    html! {
        <ContextProvider<LangContext> context={lang_ctx}>
        <ContextProvider<FigureContext> context={figure_ctx}>
        <ContextProvider<SearchContext> context={search_ctx}>
            // the page itself in the task after this one (see `boot`)
            { boot::later(page(t, state)) }
        </ContextProvider<SearchContext>>
        </ContextProvider<FigureContext>>
        </ContextProvider<LangContext>>
    }
}
