//! Import and export: another transcript pasted, dropped or chosen as a file (parsed here by
//! the core parser, never uploaded), the switch between it and the built-in briefing, and the
//! data out: figures as CSV and JSON, the briefing as JSON, every question as Anki cards, and a
//! printable worksheet.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::now_ms;
use crate::components::set_aside_list::SetAsideList;
use crate::data::Shared;
use crate::download;
use crate::i18n::{content, fill, fill2, fill_html, use_strings, Strings};
use crate::library::{LibraryAction, LibraryContext, LibraryNote, Source};
use crate::state::Action;

/// Larger inputs are refused before parsing (the published briefing is 40 KB).
const MAX_BYTES: usize = 8 * 1024 * 1024;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub briefing: Shared,
    pub dispatch: Callback<Action>,
}

fn note_text(t: &Strings, n: &LibraryNote) -> String {
    match n {
        LibraryNote::Imported { ms, saved } => {
            format!(
                "{}{}",
                fill(t.import_done, ms),
                if *saved { t.import_saved } else { t.import_session }
            )
        }
        LibraryNote::NotSaved => t.import_not_saved.into(),
        LibraryNote::StoredUnreadable { line } => fill(t.import_stored_unreadable, line),
        LibraryNote::Forgotten => t.import_forgotten.into(),
    }
}

/// Parses bytes the reader gave; an import on success, the message to show otherwise.
fn parse(t: &Strings, bytes: &[u8]) -> Result<(briefing::Briefing, Rc<str>, u32), String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(t.import_empty_box.into());
    }
    if bytes.len() > MAX_BYTES {
        return Err(fill2(
            t.import_too_large,
            bytes.len().div_ceil(1024 * 1024),
            MAX_BYTES / (1024 * 1024),
        ));
    }
    let start = now_ms();
    let b = briefing::read::read_bytes(bytes).map_err(|e| t.parse_error(&e))?;
    let ms = (now_ms() - start).max(0.0).round() as u32;
    let text: Rc<str> = String::from_utf8_lossy(bytes).into_owned().into();
    Ok((b, text, ms))
}

#[component]
pub fn DataPanel(props: &Props) -> Html {
    let t = use_strings();
    let ctx = use_context::<LibraryContext>();
    let error = use_state(|| None::<String>);
    let keep = use_state(|| false);
    let export_error = use_state(|| None::<String>);
    // the text box is not bound to state: a 2 MB paste costs nothing per keystroke, and it is
    // read only when the reader asks for it to be parsed
    let text_ref = use_node_ref();

    let submit = {
        let (ctx, error, keep) = (ctx.clone(), error.clone(), keep.clone());
        move |bytes: Vec<u8>| match parse(t, &bytes) {
            Ok((b, text, ms)) => {
                error.set(None);
                if let Some(c) = &ctx {
                    c.dispatch.dispatch(LibraryAction::Import(Box::new(b), text, *keep, ms));
                }
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let on_open = {
        let (submit, text_ref) = (submit.clone(), text_ref.clone());
        Callback::from(move |_: MouseEvent| {
            let text = text_ref
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            submit(text.into_bytes());
        })
    };
    // a file, chosen or dropped: its bytes go into the box (when they are text) and are parsed
    let read_file = {
        let (submit, text_ref) = (submit.clone(), text_ref.clone());
        Rc::new(move |file: web_sys::File| {
            let (submit, text_ref) = (submit.clone(), text_ref.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await
                else {
                    return;
                };
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                if let (Ok(text), Some(area)) =
                    (std::str::from_utf8(&bytes), text_ref.cast::<web_sys::HtmlTextAreaElement>())
                {
                    if bytes.len() <= MAX_BYTES {
                        area.set_value(text.trim_start_matches('\u{feff}'));
                    }
                }
                submit(bytes);
            });
        })
    };
    let on_file = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) {
                read_file(file);
            }
            if let Some(i) = input {
                i.set_value(""); // the same file can be chosen again
            }
        })
    };
    // a file held over the panel lights it up
    let dragging = use_state(|| false);
    let on_drop = {
        let (read_file, dragging) = (read_file.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                e.prevent_default();
                read_file(file);
            }
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_keep = {
        let keep = keep.clone();
        Callback::from(move |_: Event| keep.set(!*keep))
    };

    // exports
    let export = {
        let export_error = export_error.clone();
        move |name: String, mime: &'static str, make: Rc<dyn Fn() -> String>| {
            let export_error = export_error.clone();
            Callback::from(move |_: MouseEvent| {
                export_error.set(
                    download::save(&name, mime, &make()).err().map(|e| fill(t.export_failed, e)),
                );
            })
        }
    };
    let b = props.briefing.clone();
    let stem = if ctx.as_ref().is_some_and(|c| c.library.active == Source::Imported) {
        "imported-briefing"
    } else {
        "miit-2020-briefing"
    };
    let csv = {
        let b = b.clone();
        export(
            format!("{stem}-figures.csv"),
            "text/csv;charset=utf-8",
            Rc::new(move || briefing::export::figures_csv(&b)),
        )
    };
    let figures_json = {
        let b = b.clone();
        export(
            format!("{stem}-figures.json"),
            "application/json",
            Rc::new(move || briefing::export::figures_json(&b)),
        )
    };
    let briefing_json = {
        let b = b.clone();
        export(format!("{stem}.json"), "application/json", Rc::new(move || b.to_json()))
    };
    let anki = {
        let b = b.clone();
        export(
            format!("{stem}-anki.tsv"),
            "text/tab-separated-values;charset=utf-8",
            Rc::new(move || {
                // a deck to study: every question, several on a sentence where it has them
                let all = briefing::quiz::every_question(
                    &b,
                    1,
                    &briefing::quiz::Settings { count: 0, topics: vec![], kinds: vec![] },
                );
                briefing::quiz::to_tsv(&all)
            }),
        )
    };
    // the study record of the briefing on show, as stored (the log `briefing study` reads)
    let study_log = {
        let key = ctx.as_ref().map(|c| c.library.progress_key()).unwrap_or_default();
        export(
            "briefing-study-log.csv".into(),
            "text/csv;charset=utf-8",
            Rc::new(move || crate::storage::stored(&key).unwrap_or_default().to_csv()),
        )
    };
    let worksheet = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::StartQuiz(briefing::quiz::QuizUrl {
                seed: (crate::clock::epoch_ms() as u64) % 1_000_000_000,
                count: WORKSHEET_COUNT,
                mode: briefing::quiz::Mode::Worksheet,
                topics: vec![],
                kinds: vec![],
                review: false,
            }))
        })
    };

    let lib = ctx.as_ref().map(|c| c.library.clone());
    let switch = |to: Source| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = &ctx {
                c.dispatch.dispatch(LibraryAction::Switch(to, briefing::read::read));
            }
        })
    };
    let forget = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = &ctx {
                c.dispatch.dispatch(LibraryAction::Forget);
            }
        })
    };
    let headline = |s: &Shared| s.headline.clone();

    html! {
        <section id="data" class={classes!("data-panel", dragging.then_some("dragging"))} aria-labelledby="data-heading"
            ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}>
            <h2 id="data-heading">{ t.data_heading }</h2>
            if let Some(note) = lib.as_ref().and_then(|l| l.note.clone()) {
                <p class="data-note" role="status">{ note_text(t, &note) }</p>
            }
            <SetAsideList briefing={props.briefing.clone()} />
            if let Some(l) = lib.as_ref().filter(|l| l.imported.is_some()) {
                <div class="source-switch" role="group" aria-label={t.source_label}>
                    <span class="source-label">{ t.source_label }</span>
                    if let Ok(built_in) = &l.builtin {
                        <button type="button" class="filter-chip" aria-pressed={if l.active == Source::Builtin { "true" } else { "false" }}
                            onclick={switch(Source::Builtin)}>
                            <span>{ t.source_builtin }</span>
                            <span class="filter-chip-title" lang={t.content_lang()}>{ headline(built_in) }</span>
                        </button>
                    }
                    if let Some(i) = &l.imported {
                        <button type="button" class="filter-chip" aria-pressed={if l.active == Source::Imported { "true" } else { "false" }}
                            onclick={switch(Source::Imported)}>
                            <span>{ t.source_imported }</span>
                            <span class="filter-chip-title" lang={t.content_lang()}>{ headline(&i.briefing) }</span>
                        </button>
                    }
                    <button type="button" class="clear-filters" onclick={forget}>{ t.source_forget }</button>
                </div>
            }
            <p class="panel-intro">{ fill_html(t.data_intro, content("编者按 / 热点一 / 记者: / 田玉龙:")) }</p>
            <label class="import-label" for="import-text">{ t.import_label }</label>
            <textarea id="import-text" class="import-text" ref={text_ref} rows="6" spellcheck="false"
                lang={t.content_lang()} aria-describedby="import-error" />
            <div class="import-actions">
                <label class="quiz-secondary file-button">
                    { t.import_file }
                    <input type="file" accept=".txt,text/plain" onchange={on_file} />
                </label>
                <label class="import-keep">
                    <input type="checkbox" checked={*keep} onchange={on_keep} />
                    <span>{ t.import_keep }</span>
                </label>
                <button type="button" class="quiz-confirm" onclick={on_open}>{ t.import_open }</button>
            </div>
            <p id="import-error" class="import-error" role="alert">{ (*error).clone().unwrap_or_default() }</p>
            <h3 class="export-heading">{ t.export_heading }</h3>
            <div class="export-actions">
                <button type="button" class="quiz-secondary" data-export="figures-csv" onclick={csv}>{ t.export_figures_csv }</button>
                <button type="button" class="quiz-secondary" data-export="figures-json" onclick={figures_json}>{ t.export_figures_json }</button>
                <button type="button" class="quiz-secondary" data-export="briefing-json" onclick={briefing_json}>{ t.export_briefing_json }</button>
                <button type="button" class="quiz-secondary" data-export="anki" onclick={anki}>{ t.export_anki }</button>
                <button type="button" class="quiz-secondary" data-export="study-log" onclick={study_log}>{ t.export_study_log }</button>
                <button type="button" class="quiz-secondary" data-export="worksheet" onclick={worksheet}>
                    { fill(t.export_worksheet, WORKSHEET_COUNT) }
                </button>
            </div>
            if let Some(e) = &*export_error {
                <p class="import-error" role="alert">{ e.clone() }</p>
            }
        </section>
    }
}

/// Questions on a printed worksheet.
pub const WORKSHEET_COUNT: usize = 20;
