//! The views loaded on first use, in the release build that splits them off (the `split`
//! feature): see `lazy.rs`.

use std::cell::Cell;

use yew::prelude::*;

use crate::hooks::use_effect_on;
use crate::i18n::{use_strings, Strings};

type NearCallback =
    wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>;

/// An observer waiting for a place to come near the window; dropped, it stops (a stand-in
/// drawn away before the reader came near it, as when a quiz replaces the reading view).
/// (It holds the callback the observer calls, so that it lives as long as the observer.)
struct Watch(web_sys::IntersectionObserver, #[allow(dead_code)] NearCallback);

impl Drop for Watch {
    fn drop(&mut self) {
        self.0.disconnect();
    }
}

/// Calls `f` once `slot`'s element comes within 800 px of the window, for as long as the
/// returned `Watch` is kept; `None` (and `f` never called) without an element or an
/// `IntersectionObserver`.
fn when_near(slot: &NodeRef, f: Callback<()>) -> Option<Watch> {
    use wasm_bindgen::JsCast;
    let element = slot.cast::<web_sys::Element>();
    let callback = NearCallback::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            if entries
                .iter()
                .any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting())
            {
                observer.disconnect();
                f.emit(());
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("800px");
    match (
        element,
        web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ),
    ) {
        (Some(element), Ok(observer)) => {
            observer.observe(&element);
            Some(Watch(observer, callback))
        }
        _ => None,
    }
}

/// The view's own section, for the two at the foot of the page: its `id`, class and heading.
pub struct Section {
    pub id: &'static str,
    pub class: &'static str,
    pub heading: fn(&Strings) -> &'static str,
}

/// What stands in for a view while its file is on its way.
pub struct Shell {
    pub section: Option<Section>,
    /// fetched when its place comes near the window, not when drawn
    pub near: bool,
}

/// Where a view's code is: on its way, not fetched (the reader may try again), or here.
#[derive(Clone, Copy)]
enum Part<V> {
    Waiting,
    Failed,
    Ready(V),
}

/// The shell, with a line saying the view is loading or could not be (and a retry button).
/// (One function for every view, not a copy per view.)
/// `close`: the way back out of a quiz whose code did not come.
fn shell(
    t: &'static Strings,
    shell: &Shell,
    slot: &NodeRef,
    failed: bool,
    retry: Callback<()>,
    close: Option<Callback<()>>,
) -> Html {
    let status = if failed {
        html! {
            <div class="lazy-failed" role="alert">
                <p>{ t.part_failed }</p>
                <button type="button" class="quiz-confirm" onclick={move |_| retry.emit(())}>{ t.part_retry }</button>
                if let Some(close) = close {
                    <button type="button" class="quiz-secondary" onclick={move |_| close.emit(())}>{ t.quiz_back }</button>
                }
            </div>
        }
    } else {
        html! { <p class="lazy-loading" role="status">{ t.part_loading }</p> }
    };
    match shell.section {
        Some(Section { id, class, heading }) => html! {
            <section ref={slot} {id} class={classes!(class, "lazy-slot")} aria-labelledby={format!("{id}-heading")}
                aria-busy={(!failed).then_some("true")}>
                <h2 id={format!("{id}-heading")}>{ heading(t) }</h2>
                { status }
            </section>
        },
        None => {
            html! { <div ref={slot} class="lazy-slot" aria-busy={(!failed).then_some("true")}>{ status }</div> }
        }
    }
}

/// Fetches a view's file: its drawing function, or `None` if the file could not be had.
type Load<V> = fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<V>>>>;

/// The hook behind each stand-in: where the view's code is, the stand-in's place, and what
/// fetches the code (again, after a failure). `loaded` keeps the view's drawing function for the
/// rest of the session, so a view drawn again (a second quiz) is drawn at once.
#[hook]
fn use_part<V: Copy + 'static>(
    loaded: fn(&Loaded) -> &Cell<Option<V>>,
    load: Load<V>,
    near: bool,
) -> (Part<V>, NodeRef, Callback<()>) {
    let part = use_state(|| LOADED.with(|l| loaded(l).get()).map_or(Part::Waiting, Part::Ready));
    let slot = use_node_ref();
    let fetch = {
        let part = part.clone();
        use_callback((), move |_: (), _| {
            part.set(Part::Waiting);
            let part = part.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match load().await {
                    Some(view) => {
                        LOADED.with(|l| loaded(l).set(Some(view)));
                        part.set(Part::Ready(view));
                    }
                    None => part.set(Part::Failed),
                }
            })
        })
    };
    {
        let (fetch, slot, waiting) = (fetch.clone(), slot.clone(), matches!(*part, Part::Waiting));
        use_effect_on((), move |_| {
            // (at once when drawn, or when its place cannot be watched)
            let watch = (waiting && near).then(|| when_near(&slot, fetch.clone())).flatten();
            if waiting && watch.is_none() {
                fetch.emit(());
            }
            move || drop(watch)
        });
    }
    (*part, slot, fetch)
}

/// Every question id with its topic.
type Catalog = Vec<(String, u32)>;

// Every question id with its topic (`study::catalog`, for the forecast over the whole briefing)
// comes from the quiz's question generators: behind a split point of its own, they leave the
// main module and share a file with the quiz.
#[wasm_split_helpers::wasm_split(catalog, fallible)]
fn load_catalog() -> Result<fn(&briefing::Briefing) -> Catalog, wasm_split_helpers::SplitLoaderError>
{
    Ok(briefing::study::catalog)
}

/// `study::catalog` of `b`, handed to `done` once the code that makes it is here (never, if its
/// file cannot be fetched: the forecast over the whole briefing is then not shown).
pub fn question_catalog(b: crate::data::Shared, done: impl FnOnce(Catalog) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(catalog) = load_catalog().await {
            done(catalog(&b));
        }
    });
}

/// The library's code at start-up: what IndexedDB keeps read, the briefing asked for opened.
type Restore = fn(
    crate::library::Want,
)
    -> std::pin::Pin<Box<dyn std::future::Future<Output = crate::library::Restored>>>;

// The library (IndexedDB, the move of an earlier import, the reader of every format): fetched
// when the address names a briefing or the reader has imported one.
#[wasm_split_helpers::wasm_split(library, fallible)]
fn load_library() -> Result<Restore, wasm_split_helpers::SplitLoaderError> {
    Ok(|want| Box::pin(crate::library_store::restore(want)))
}

/// The library read and the briefing `want` names opened, handed to `done`; if the library's
/// code cannot be fetched, `done` hears that (and the built-in briefing stays on show).
pub fn restore_library(
    want: crate::library::Want,
    done: impl FnOnce(crate::library::Restored) + 'static,
) {
    let done: Box<dyn FnOnce(crate::library::Restored)> = Box::new(done);
    wasm_bindgen_futures::spawn_local(async move {
        done(match load_library().await {
            Ok(restore) => restore(want).await,
            Err(_) => crate::library::Restored {
                shelf: None,
                open: None,
                note: Some(crate::library::LibraryNote::CodeUnavailable),
            },
        })
    });
}

// The search's folding of traditional characters: OpenCC's table, fetched the first time a
// search needs it.
#[wasm_split_helpers::wasm_split(script, fallible)]
fn load_script_fold() -> Result<briefing::search::Fold, wasm_split_helpers::SplitLoaderError> {
    Ok(briefing::search::fold_script)
}

/// `search::fold_script`, handed to `done` once its code is here (never, if its file cannot
/// be fetched: search then matches the characters as typed).
pub fn script_fold(done: impl FnOnce(briefing::search::Fold) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(fold) = load_script_fold().await {
            done(fold);
        }
    });
}

/// A study record read, or why not.
type Read = Result<briefing::study::log::Log, briefing::study::migrate::RecordError>;
/// … or `None`: the code that reads it could not be fetched.
type ReadRecord = Option<Read>;

// The reader of version 1 study records (JSON, from before the log): read once, at the first
// visit after an update, if ever.
#[wasm_split_helpers::wasm_split(migrate, fallible)]
fn load_migrate() -> Result<fn(&str) -> Read, wasm_split_helpers::SplitLoaderError> {
    Ok(briefing::study::migrate::from_v1_json)
}

/// A study record's text read (`study::migrate::read_record`), handed to `done`: at once for a
/// log; for a record of the earlier format, once the code that reads it is here, or `None` if
/// its file cannot be fetched.
pub fn read_record(text: String, done: impl FnOnce(ReadRecord) + 'static) {
    use briefing::study::migrate::{is_v1, read_log};
    if !is_v1(&text) {
        return done(Some(read_log(&text)));
    }
    let done: Box<dyn FnOnce(ReadRecord)> = Box::new(done);
    wasm_bindgen_futures::spawn_local(async move {
        done(load_migrate().await.ok().map(|read| read(&text)));
    });
}

/// The record a `#study=` link carries, or why it cannot be read.
type Link = Result<briefing::study::log::Log, briefing::study::link::LinkError>;

// The decoder of study links: needed only when a page opens with `#study=` in its address.
#[wasm_split_helpers::wasm_split(link, fallible)]
fn load_link() -> Result<fn(&str) -> Link, wasm_split_helpers::SplitLoaderError> {
    Ok(briefing::study::link::decode)
}

/// The record a `#study=` link's code carries (`study::link::decode`), handed to `done` once the
/// code that decodes it is here, or `None` if its file cannot be fetched.
pub fn decode_link(code: String, done: impl FnOnce(Option<Link>) + 'static) {
    let done: Box<dyn FnOnce(Option<Link>)> = Box::new(done);
    wasm_bindgen_futures::spawn_local(async move {
        done(load_link().await.ok().map(|decode| decode(&code)));
    });
}

/// A view's drawing function, once its file is here.
type Draw<P> = Cell<Option<fn(P) -> Html>>;

/// The views whose code is here, kept for the rest of the session.
#[derive(Default)]
struct Loaded {
    quiz: Draw<crate::components::quiz_view::Props>,
    worksheet: Draw<crate::components::worksheet::Props>,
    stats: Draw<crate::components::study_stats::Props>,
    data: Draw<crate::components::data_panel::Props>,
    figures: Draw<crate::components::figures_panel::Props>,
}

thread_local! {
    static LOADED: Loaded = Loaded::default();
}

/// A stand-in component for one view: `$name` stands for `$view` (props `$props`), its code in
/// the split-off file `$module`, fetched by `$load` and kept in `Loaded::$module`.
macro_rules! lazy_view {
    ($name:ident, $module:ident, $load:ident, $view:path, $props:path, $shell:expr, close = $close:expr) => {
        // (`fallible`: a file that cannot be fetched is an error here, not an abort of the app)
        #[wasm_split_helpers::wasm_split($module, fallible)]
        fn $load() -> Result<fn($props) -> Html, wasm_split_helpers::SplitLoaderError> {
            Ok(|props| html! { <$view ..props /> })
        }

        #[component]
        pub fn $name(props: &$props) -> Html {
            let t = use_strings();
            let stand_in: Shell = $shell;
            let (part, slot, retry) =
                use_part(|l| &l.$module, || Box::pin(async { $load().await.ok() }), stand_in.near);
            match part {
                Part::Ready(view) => view(props.clone()),
                _ => {
                    shell(t, &stand_in, &slot, matches!(part, Part::Failed), retry, ($close)(props))
                }
            }
        }
    };
}

lazy_view!(
    QuizView,
    quiz,
    load_quiz,
    crate::components::quiz_view::QuizView,
    crate::components::quiz_view::Props,
    Shell { section: None, near: false },
    close = |p: &crate::components::quiz_view::Props| Some(p.on_close.clone())
);
lazy_view!(
    Worksheet,
    worksheet,
    load_worksheet,
    crate::components::worksheet::Worksheet,
    crate::components::worksheet::Props,
    Shell { section: None, near: false },
    close = |p: &crate::components::worksheet::Props| Some(p.on_close.clone())
);
lazy_view!(
    StudyStats,
    stats,
    load_stats,
    crate::components::study_stats::StudyStats,
    crate::components::study_stats::Props,
    Shell {
        section: Some(Section { id: "stats", class: "study-stats", heading: |t| t.stats_heading }),
        near: true
    },
    close = |_| None
);
lazy_view!(
    DataPanel,
    data,
    load_data,
    crate::components::data_panel::DataPanel,
    crate::components::data_panel::Props,
    Shell {
        section: Some(Section { id: "data", class: "data-panel", heading: |t| t.data_heading }),
        near: true
    },
    close = |_| None
);
lazy_view!(
    FiguresPanel,
    figures,
    load_figures,
    crate::components::figures_panel::FiguresPanel,
    crate::components::figures_panel::Props,
    Shell {
        section: Some(Section {
            id: "figures",
            class: "figures-panel",
            heading: |t| t.figures_heading
        }),
        near: true
    },
    close = |_| None
);
