//! The top of the app: reads the embedded briefing, owns the view state and lays out the page.

use std::collections::HashMap;
use std::rc::Rc;

use briefing::quiz::QuizUrl;
use briefing::search::{Filter, Index};
use briefing::study::log::{Answer, Mode as AnswerMode};
use briefing::study::plan::{Settings as PlanSettings, Study};
use briefing::study::stats::Overview;
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::boot::{self, lazy::question_catalog};
use crate::clock::epoch_ms;
use crate::components::page::{Page, Props as PageProps};
use crate::i18n::{Lang, LangContext};
use crate::state::{Action, FigureContext, History, SearchContext, View};
use crate::storage;
use crate::study_state::{local_offset, use_record_storage, Record, RecordAction, StudySettings};

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// Scrolls `el` into view, `block` as in scrollIntoView. (Topics are laid out as they are, no
/// longer at estimated heights, so nothing moves it after the jump.)
fn scroll_into_view(el: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// The filter and the quiz in the page's URL, read against the briefing.
fn view_from_url(
    b: &briefing::Briefing,
) -> (Filter, Vec<briefing::search::UrlNotice>, Option<QuizUrl>) {
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    let (filter, notices) = Filter::from_query(&search, b);
    (filter, notices, QuizUrl::from_query(&search, b))
}

/// The study record a link carries (`#study=…`), taken out of the address so that a reload or a
/// copied address does not carry it again.
fn take_study_fragment() -> Option<String> {
    let w = web_sys::window()?;
    let hash = w.location().hash().ok()?;
    let code = hash
        .strip_prefix('#')?
        .strip_prefix(briefing::study::link::KEY)?
        .strip_prefix('=')?
        .to_string();
    let loc = w.location();
    let url = format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default());
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    Some(code)
}

/// Is the key going into a text field, a choice or an editable region?
fn typing(e: &web_sys::Event) -> bool {
    let el = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    el.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.is_content_editable()
    })
}

/// How long a figure chosen in the table or a summary flashes in the text.
const FLASH_MS: u32 = 1600;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// the briefing on show, or why the built-in one could not be read
    pub briefing: Result<crate::data::Shared, String>,
    /// where this briefing's study record lives in localStorage
    pub progress_key: AttrValue,
    /// the page's address (filters, quiz, a study record's link) is this briefing's: false for
    /// a briefing the reader opened, whose address named another
    pub from_address: bool,
}

/// One briefing's page. The root mounts it afresh (a new key) whenever the briefing changes.
#[component]
pub fn App(props: &Props) -> Html {
    // The interface language. The first render is in Chinese on both sides; labels of the
    // first view are in both languages and the stylesheet shows the one <html data-ui> names
    // (set before the first paint by index.html's script), so a reader who chose English reads
    // English from the start. The remembered choice becomes the state once the page is hydrated.
    let lang = use_state(Lang::default);
    {
        let setter = lang.setter();
        use_effect_with((), move |_| {
            let stored = Lang::stored();
            stored.show();
            boot::after_hydrated(move || setter.set(stored));
        });
    }
    // the same callback on every render: a context that changes re-renders every reader of it
    let set_lang = {
        let setter = lang.setter();
        use_callback((), move |l: Lang, _| {
            l.remember();
            l.show();
            let setter = setter.clone();
            boot::when_hydrated(move || setter.set(l));
        })
    };
    let lang_ctx = LangContext { lang: *lang, set: set_lang };
    let t = lang.strings();
    let imported = use_context::<crate::library::LibraryContext>()
        .is_some_and(|c| c.library.active == crate::library::Source::Imported);
    let briefing = {
        let b = props.briefing.clone();
        use_memo((), move |_| b)
    };
    let index = {
        let briefing = briefing.clone();
        use_memo((), move |_| briefing.as_ref().as_ref().ok().map(|b| Index::new(b)))
    };
    // the whole briefing, unfiltered, on both sides; the URL's filters or quiz come after
    // the panels below the topics come a frame after the page is hydrated (below); a briefing
    // opened after start is drawn whole, so that the panel the reader chose it in stays
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
    {
        let (d, key, settings, offset) =
            (record.dispatcher(), props.progress_key.clone(), settings.setter(), offset.setter());
        let from_address = props.from_address;
        use_effect_with((), move |_| {
            boot::after_hydrated(move || {
                let (log, note) = storage::load(&key);
                d.dispatch(RecordAction::Loaded(log, note));
                settings.set(StudySettings::stored());
                offset.set(local_offset());
                if let Some(code) = from_address.then(take_study_fragment).flatten() {
                    d.dispatch(RecordAction::FromLink(briefing::study::link::decode(&code).ok()));
                }
            })
        });
    }
    // a study link opened in the tab that already shows the app (only the fragment changes)
    {
        let d = record.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    if let Some(code) = take_study_fragment() {
                        d.dispatch(RecordAction::FromLink(
                            briefing::study::link::decode(&code).ok(),
                        ));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // another tab answered, imported or cleared (or changed the exam date): merge
    {
        let (d, key, settings) =
            (record.dispatcher(), props.progress_key.clone(), settings.setter());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else { return };
                    match e.key() {
                        Some(k) if k == key.as_str() => match e.new_value() {
                            None => d.dispatch(RecordAction::FromOtherTab(None)),
                            // (what cannot be read is left for the next load to report)
                            Some(v) => {
                                if let Ok(log) = briefing::study::migrate::read_record(&v) {
                                    d.dispatch(RecordAction::FromOtherTab(Some(log)));
                                }
                            }
                        },
                        Some(k) if StudySettings::is_key(&k) => {
                            settings.set(StudySettings::stored())
                        }
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
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
        Callback::from(move |text: String| d.dispatch(RecordAction::Import(text)))
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
    let study = {
        let log = record.log.clone();
        use_memo((record.version, *settings, *offset), move |(_, s, offset)| {
            Rc::new(Study::replay(
                &log,
                PlanSettings { retention: s.retention, exam: s.exam, offset: *offset },
            ))
        })
    };
    // every question the briefing can ask, with its topic: once there is a record to weigh.
    // (Making it takes the quiz's question generators, which the split build fetches with the
    // quiz: until they are here the catalog is empty, and the forecast waits for it.)
    let catalog = use_state(|| Rc::new(Vec::<(String, u32)>::new()));
    {
        let (b, catalog) = (props.briefing.clone(), catalog.clone());
        use_effect_with(record.log.is_empty(), move |&empty| match b {
            Ok(b) if !empty => question_catalog(b, move |c| catalog.set(Rc::new(c))),
            // (a record cleared; at start, with nothing to clear, no second render)
            _ if !catalog.is_empty() => catalog.set(Rc::new(Vec::new())),
            _ => {}
        });
    }
    // (nothing is due in an empty record: the first render reads no clock)
    let now = if record.log.is_empty() { 0 } else { epoch_ms() as i64 };
    let due: Rc<Vec<String>> = Rc::new(study.due_now(now).into_iter().map(String::from).collect());
    let today = briefing::study::time::day_of(now, *offset);
    let overview = {
        let (log, study, catalog) = (record.log.clone(), (*study).clone(), (*catalog).clone());
        use_memo((record.version, *settings, *offset, today, catalog.len()), move |_| {
            (!log.is_empty()).then(|| Rc::new(Overview::of(&log, &study, &catalog, now)))
        })
    };

    let results = {
        let index = index.clone();
        use_memo(view.filter.clone(), move |f| {
            let results = index.as_ref().as_ref().map(|i| i.run(f)).unwrap_or_default();
            // hits by paragraph line, each with the number of its first hit across the view
            let mut hits = HashMap::new();
            let mut first = 0;
            for h in &results.hits {
                hits.insert(h.line, (h.spans.clone(), first));
                first += h.spans.len();
            }
            let visible = (!f.is_empty()).then(|| Rc::new(results.qas.iter().cloned().collect()));
            (Rc::new(results), Rc::new(hits), visible)
        })
    };
    let dispatch = {
        let view = view.clone();
        // (what the reader does waits for the parts of the page still being hydrated, which
        // must be hydrated as the server rendered them: see `later.rs`)
        use_callback((), move |a: Action, _| {
            let view = view.clone();
            boot::when_hydrated(move || view.dispatch(a));
        })
    };

    // The URL's filters or quiz, once the page is hydrated; and the panels below the topics
    // (the figures table, import and export: JavaScript only) a frame later, so that hydrating
    // the page is not held up by them.
    let opened = use_state(|| false);
    {
        let (dispatch, briefing, opened) = (dispatch.clone(), briefing.clone(), opened.clone());
        let from_address = props.from_address;
        use_effect_with((), move |_| {
            boot::after_hydrated(move || {
                if let (Ok(b), true) = (&*briefing, from_address) {
                    let (f, notices, quiz) = view_from_url(b);
                    let typed = boot::take_typed().filter(|_| f.query.is_empty() && quiz.is_none());
                    if !(f.is_empty() && notices.is_empty() && quiz.is_none()) {
                        dispatch.emit(Action::FromUrl(f, notices, quiz));
                    }
                    if let Some(q) = typed {
                        dispatch.emit(Action::SetQuery(q));
                    }
                }
                opened.set(true);
                let d = dispatch.clone();
                crate::clock::after_next_frame(move || {
                    let at_fragment =
                        location().and_then(|l| l.hash().ok()).is_some_and(|h| h.len() > 1);
                    d.emit(Action::ShowPanels { at_fragment });
                });
            })
        });
    }
    // Every part of the page is the app's, showing the view the reader linked to: tests and the
    // benchmark know the app has started from <html data-app="ready">.
    use_effect_with(*opened, |&opened| {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let (true, Some(root)) = (opened, root) {
            let _ = root.set_attribute("data-app", "ready");
        }
    });

    // Escape anywhere closes the popover; a click outside any figure closes a pinned one.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            let listeners = doc.map(|doc| {
                let d = dispatch.clone();
                // not passive: "/" must not also type itself into the search box
                let options = gloo_events::EventListenerOptions::enable_prevent_default();
                let keys = EventListener::new_with_options(&doc, "keydown", options, move |e| {
                    let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
                    match k.key().as_str() {
                        "Escape" => d.emit(Action::Close),
                        // "/" goes to the search box, as on many sites, unless the reader is typing
                        "/" if !(k.ctrl_key() || k.meta_key() || k.alt_key() || typing(e)) => {
                            let search = web_sys::window()
                                .and_then(|w| w.document())
                                .and_then(|d| d.get_element_by_id("search"))
                                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                            if let Some(search) = search {
                                e.prevent_default();
                                let _ = search.focus();
                            }
                        }
                        _ => {}
                    }
                });
                let d = dispatch.clone();
                let clicks = EventListener::new_with_options(&doc, "click", options, move |e| {
                    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    let on_figure =
                        target.as_ref().and_then(|el| el.closest(".fig, .popover").ok().flatten());
                    if on_figure.is_none() {
                        d.emit(Action::Close);
                    }
                });
                (keys, clicks)
            });
            move || drop(listeners)
        });
    }

    // The filter lives in the URL: typing replaces the history entry, a chip pushes one.
    use_effect_with(
        (view.filter.clone(), view.quiz.clone(), view.history),
        |(filter, quiz, history)| {
            let query = quiz.as_ref().map_or_else(|| filter.to_query(), |q| q.to_query());
            let loc = location();
            let current = loc.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
            if *history != History::Keep && query != current {
                let path = loc.and_then(|l| l.pathname().ok()).unwrap_or_default();
                let url = if query.is_empty() { path } else { format!("{path}{query}") };
                if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                    let state = wasm_bindgen::JsValue::NULL;
                    let _ = match history {
                        History::Push => h.push_state_with_url(&state, "", Some(&url)),
                        _ => h.replace_state_with_url(&state, "", Some(&url)),
                    };
                }
            }
        },
    );

    // Back and forward bring an earlier filter back.
    {
        let (dispatch, briefing) = (dispatch.clone(), briefing.clone());
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "popstate", move |_| {
                    if let Ok(b) = &*briefing {
                        let (f, notices, quiz) = view_from_url(b);
                        dispatch.emit(Action::FromUrl(f, notices, quiz));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Next/previous match: bring the current hit into view.
    use_effect_with(view.hit_step, {
        let current = view.current_hit;
        move |_| {
            if let Some(n) = current {
                let el = web_sys::window().and_then(|w| w.document()).and_then(|d| {
                    d.query_selector(&format!("mark.hit[data-hit=\"{n}\"]")).ok().flatten()
                });
                if let Some(el) = el {
                    scroll_into_view(&el, web_sys::ScrollLogicalPosition::Center);
                }
            }
        }
    });

    // Starting or leaving a quiz brings the main column into view.
    use_effect_with(view.quiz.is_some(), |quizzing| {
        if *quizzing {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("content"))
            {
                el.scroll_into_view();
            }
        }
    });

    // The browser scrolls to a #fragment of the server rendering by itself. A link with a
    // filter (?q=芯片, ?t=3) opens on its results, not on the masthead above them; a #fragment
    // in a panel drawn after start (#figures, #data) is scrolled to once it is there. Either
    // only while the reader has not scrolled the page themselves.
    {
        let (filtered, panels) = (!view.filter.is_empty(), view.panels);
        use_effect_with((*opened, panels), move |&(opened, panels)| {
            let w = web_sys::window();
            let hash = w.as_ref().and_then(|w| w.location().hash().ok()).unwrap_or_default();
            let doc = w.as_ref().and_then(|w| w.document());
            let target = match hash.trim_start_matches('#') {
                "" if opened && filtered => doc.and_then(|d| d.get_element_by_id("content")),
                // (a fragment of the first view was the browser's to scroll to)
                id if panels && !id.is_empty() => {
                    doc.and_then(|d| d.get_element_by_id(id)).filter(|el| {
                        el.closest(".figures-panel, .study-stats, .data-panel")
                            .ok()
                            .flatten()
                            .is_some()
                    })
                }
                _ => None,
            };
            // (the scroll position is read only when there is somewhere to go: reading it makes
            // the browser lay the page out there and then, in the middle of hydrating it)
            if let Some(el) = target {
                if w.and_then(|w| w.scroll_y().ok()).is_some_and(|y| y <= 0.0) {
                    scroll_into_view(&el, web_sys::ScrollLogicalPosition::Start);
                }
            }
        });
    }

    // A figure chosen in the table or a summary: bring it into view, focus it, stop flashing
    // later. A figure in a Q&A the filters hide: clear the filters first, then try again.
    {
        let dispatch = dispatch.clone();
        let filtered = !view.filter.is_empty();
        use_effect_with(view.flash.clone(), move |flash| {
            if let Some((id, n)) = flash.clone() {
                let el = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&id));
                match el {
                    Some(el) => {
                        scroll_into_view(&el, web_sys::ScrollLogicalPosition::Center);
                        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                            let _ = h.focus();
                        }
                        let d = dispatch.clone();
                        gloo_timers::callback::Timeout::new(FLASH_MS, move || {
                            d.emit(Action::FlashDone(n))
                        })
                        .forget();
                    }
                    None if filtered => {
                        dispatch.emit(Action::ClearFilters);
                        dispatch.emit(Action::Flash(id));
                    }
                    None => {}
                }
            }
        });
    }

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
        hits: results.1.clone(),
        current: view.current_hit,
        visible: results.2.clone(),
    };
    let figure_ctx = FigureContext {
        highlight: view.highlight,
        flash: view.flash.as_ref().map(|(id, _)| id.clone()),
        open: view.popover.as_ref().map(|p| p.id.clone()),
        dispatch: dispatch.clone(),
    };
    let page = PageProps {
        briefing,
        view: view.clone(),
        dispatch,
        imported,
        results: results.0.clone(),
        record: record.clone(),
        study: (*study).clone(),
        overview: (*overview).clone(),
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
            // the page itself in the task after this one (see `later.rs`)
            { boot::later(html! { <Page ..page /> }) }
        </ContextProvider<SearchContext>>
        </ContextProvider<FigureContext>>
        </ContextProvider<LangContext>>
    }
}
