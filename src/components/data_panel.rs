//! The library, import and export: the library view (`library_view.rs`); transcripts pasted, or
//! chosen or dropped as files, many at once (parsed here by the core parser, one a task, never
//! uploaded), each with a line saying what became of it, kept in the library unless the reader
//! says not; a library file merged in; and the data out: figures as CSV and JSON, the briefing
//! as JSON, every question as Anki cards, and a printable worksheet.

use std::rc::Rc;

use briefing::library::{Library as Shelf, Summary};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clock::now_ms;
use crate::components::library_view::LibraryView;
use crate::components::set_aside_list::SetAsideList;
use crate::data::Shared;
use crate::download;
use crate::i18n::{content, fill, fill2, fill_html, use_strings, Strings};
use crate::library::{Imported, LibraryAction, LibraryContext, LibraryNote, Source};
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
        LibraryNote::Unavailable(why) => fill(t.library_unavailable, why),
        LibraryNote::KeptUnreadable(n) => fill(t.library_kept_unreadable, n),
        other => t.library_alert(other).unwrap_or_default(),
    }
}

/// Parses bytes the reader gave; the briefing, its text and the parse time in ms, or the
/// message to show.
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

/// What became of one file (or the pasted text) of an import: its line.
#[derive(Clone, PartialEq)]
enum Said {
    Added(Summary),
    /// already in the library: not kept twice
    Duplicate(Summary),
    /// a library file: added, already there, texts in it that do not read
    Merged(usize, usize, usize),
    Refused(String),
    /// read, but storage refused it (why)
    NotKept(Summary, String),
    /// read and opened, not kept (the reader chose so)
    Session(Summary),
}

#[derive(Clone, PartialEq)]
struct Line {
    name: String,
    said: Said,
}

/// A library file (`Library::to_file`), told from a transcript by its first characters.
fn is_library_file(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).into_owned();
    head.trim_start_matches('\u{feff}').trim_start().starts_with('{')
        && head.contains("briefing-explorer-library")
}

/// What an import ends with: every input's line, the library after it, the briefing to open
/// (when one text was given) and what to tell.
struct Done {
    lines: Vec<Line>,
    shelf: Shelf,
    open: Option<(Imported, u32)>,
    note: Option<LibraryNote>,
}

/// Reads every input, one a task (the page stays responsive, and `progress` says how far it
/// is), adds to `shelf` what is new, and keeps it in IndexedDB in one transaction: if storage
/// refuses, nothing of this import is kept and the library stays as it was.
async fn import_all(
    t: &'static Strings,
    inputs: Vec<(String, Vec<u8>)>,
    before: Shelf,
    keep: bool,
    progress: UseStateSetter<Option<(usize, usize)>>,
) -> Done {
    let (total, now) = (inputs.len(), crate::clock::epoch_ms() as i64);
    let mut shelf = before.clone();
    let (mut lines, mut open) = (Vec::new(), None);
    for (n, (name, bytes)) in inputs.into_iter().enumerate() {
        progress.set(Some((n, total)));
        crate::clock::yield_task().await;
        let said = if is_library_file(&bytes) {
            match shelf.merge_file(&String::from_utf8_lossy(&bytes), briefing::read::read) {
                Ok(m) => Said::Merged(m.added, m.already_there, m.unreadable.len()),
                Err(e) => Said::Refused(e.to_string()),
            }
        } else {
            match parse(t, &bytes) {
                Err(message) => Said::Refused(message),
                Ok((b, text, ms)) => {
                    let summary = Summary::of(&b);
                    let fingerprint = briefing::export::fingerprint(&text);
                    let held = shelf.get(&fingerprint).is_some();
                    if keep && !held {
                        // (a millisecond apart: the library keeps the order they were chosen in)
                        shelf.add_read(&text, &b, now + n as i64);
                    }
                    let said = match (held, keep) {
                        (true, _) => Said::Duplicate(summary),
                        (false, true) => Said::Added(summary),
                        (false, false) => Said::Session(summary),
                    };
                    let briefing = Shared(Rc::new(b));
                    open =
                        Some((Imported { briefing, text, fingerprint, saved: held || keep }, ms));
                    said
                }
            }
        };
        lines.push(Line { name, said });
    }
    progress.set(None);
    let new: Vec<&briefing::library::Entry> =
        shelf.entries().iter().filter(|e| before.get(&e.fingerprint).is_none()).collect();
    let mut note = None;
    if let Err(why) = crate::library_store::keep(&new).await {
        for line in &mut lines {
            if let Said::Added(s) = &line.said {
                line.said = Said::NotKept(s.clone(), why.clone());
            }
        }
        if let Some((i, _)) = open.as_mut().filter(|(i, _)| before.get(&i.fingerprint).is_none()) {
            i.saved = false;
        }
        note = Some(LibraryNote::NotSaved);
        shelf = before;
    }
    Done { lines, shelf, open: open.filter(|_| total == 1), note }
}

/// The line of one input: its name, then its format, date and counts, or why it was refused.
fn line_view(t: &Strings, line: &Line) -> Html {
    let summary = |s: &Summary| {
        let mut said = vec![s.headline.clone()];
        said.extend(s.kind.clone());
        said.push(s.date.clone().unwrap_or_else(|| t.library_no_date.into()));
        said.push(fill2(t.library_counts, s.qas, s.figures));
        said.join(" · ")
    };
    let (outcome, status, what) = match &line.said {
        Said::Added(s) => ("added", t.import_line_added.to_string(), summary(s)),
        Said::Duplicate(s) => ("duplicate", t.import_line_duplicate.to_string(), summary(s)),
        Said::Session(s) => ("session", t.import_line_session.to_string(), summary(s)),
        Said::NotKept(s, why) => ("not-kept", fill(t.import_line_not_kept, why), summary(s)),
        Said::Merged(added, there, bad) => {
            let mut said = fill2(t.import_line_merged, added, there);
            if *bad > 0 {
                said.push_str(&format!(" · {}", fill(t.library_kept_unreadable, bad)));
            }
            ("merged", said, String::new())
        }
        Said::Refused(why) => ("refused", t.import_line_refused.to_string(), why.clone()),
    };
    html! {
        <li class="import-line" data-outcome={outcome}>
            <span class="import-line-name">{ line.name.clone() }</span>
            <span class="import-line-status">{ status }</span>
            if !what.is_empty() {
                <span class="import-line-what" lang={t.content_lang()}>{ what }</span>
            }
        </li>
    }
}

/// What the panel remembers for the rest of the session: a briefing opened mounts the page
/// afresh (`Root`), and the lines of the import that opened it, and whether the reader keeps
/// imports, must outlive it.
#[derive(Clone)]
struct Memory {
    lines: Vec<Line>,
    keep: bool,
}

thread_local! {
    static MEMORY: std::cell::RefCell<Memory> =
        const { std::cell::RefCell::new(Memory { lines: Vec::new(), keep: true }) };
}

fn remembered() -> Memory {
    MEMORY.with(|m| m.borrow().clone())
}

fn remember(change: impl FnOnce(&mut Memory)) {
    MEMORY.with(|m| change(&mut m.borrow_mut()));
}

#[component]
pub fn DataPanel(props: &Props) -> Html {
    let t = use_strings();
    let ctx = use_context::<LibraryContext>();
    let error = use_state(|| None::<String>);
    let keep = use_state(|| remembered().keep);
    let export_error = use_state(|| None::<String>);
    let lines = use_state(|| remembered().lines);
    let progress = use_state(|| None::<(usize, usize)>);
    // the text box is not bound to state: a 2 MB paste costs nothing per keystroke, and it is
    // read only when the reader asks for it to be parsed
    let text_ref = use_node_ref();
    // the library, read from IndexedDB the first time the panel is drawn
    {
        let ctx = ctx.clone();
        let unread = ctx.as_ref().is_some_and(|c| c.library.shelf.is_none());
        crate::hooks::use_effect_on(unread, move |&unread| {
            if let (true, Some(c)) = (unread, ctx) {
                wasm_bindgen_futures::spawn_local(async move {
                    let (shelf, note) = crate::library_store::load().await;
                    c.dispatch.dispatch(LibraryAction::Shelf(Rc::new(shelf), note));
                });
            }
        });
    }

    let busy = use_mut_ref(|| false);
    let submit = {
        let (ctx, error, keep, lines, progress) =
            (ctx.clone(), error.clone(), keep.clone(), lines.clone(), progress.setter());
        Rc::new(move |inputs: Vec<(String, Vec<u8>)>| {
            let Some(c) = ctx.clone() else { return };
            if busy.replace(true) {
                return; // (one import at a time)
            }
            let (error, keep, lines, progress) =
                (error.clone(), *keep, lines.clone(), progress.clone());
            let busy = busy.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let before = match &c.library.shelf {
                    Some(s) => (**s).clone(),
                    None => crate::library_store::load().await.0,
                };
                let done = import_all(t, inputs, before, keep, progress).await;
                *busy.borrow_mut() = false;
                // one text refused: said where it was typed, as before
                let refused = match done.lines.as_slice() {
                    [Line { said: Said::Refused(why), .. }] => Some(why.clone()),
                    _ => None,
                };
                error.set(refused);
                remember(|m| m.lines = done.lines.clone());
                lines.set(done.lines);
                c.dispatch.dispatch(LibraryAction::Shelf(Rc::new(done.shelf), done.note.clone()));
                if let Some((i, ms)) = done.open {
                    let note = done.note.or(Some(LibraryNote::Imported { ms, saved: i.saved }));
                    c.dispatch.dispatch(LibraryAction::Open(Box::new(i), note));
                }
            });
        })
    };
    let on_open = {
        let (submit, text_ref) = (submit.clone(), text_ref.clone());
        Callback::from(move |_: MouseEvent| {
            let text = text_ref
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            submit(vec![(t.import_label.to_string(), text.into_bytes())]);
        })
    };
    // files, chosen or dropped: their bytes are read and imported together; one file's text
    // also goes into the box
    let read_files = {
        let (submit, text_ref) = (submit.clone(), text_ref.clone());
        Rc::new(move |files: web_sys::FileList| {
            let (submit, text_ref) = (submit.clone(), text_ref.clone());
            // (taken now: the input is emptied right after, and its list with it)
            let files: Vec<web_sys::File> =
                (0..files.length()).filter_map(|n| files.get(n)).collect();
            wasm_bindgen_futures::spawn_local(async move {
                let mut inputs = Vec::new();
                for file in files {
                    let bytes =
                        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                            Err(_) => Vec::new(),
                        };
                    inputs.push((file.name(), bytes));
                }
                if let ([(_, bytes)], Some(area)) =
                    (inputs.as_slice(), text_ref.cast::<web_sys::HtmlTextAreaElement>())
                {
                    if let (Ok(text), true) = (std::str::from_utf8(bytes), bytes.len() <= MAX_BYTES)
                    {
                        if !is_library_file(bytes) {
                            area.set_value(text.trim_start_matches('\u{feff}'));
                        }
                    }
                }
                if !inputs.is_empty() {
                    submit(inputs);
                }
            });
        })
    };
    let on_file = {
        let read_files = read_files.clone();
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(files) = input.as_ref().and_then(|i| i.files()) {
                read_files(files);
            }
            if let Some(i) = input {
                i.set_value(""); // the same files can be chosen again
            }
        })
    };
    // files held over the panel light it up
    let dragging = use_state(|| false);
    let on_drop = {
        let (read_files, dragging) = (read_files.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            if let Some(files) =
                e.data_transfer().and_then(|d| d.files()).filter(|f| f.length() > 0)
            {
                e.prevent_default();
                read_files(files);
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
        Callback::from(move |_: Event| {
            remember(|m| m.keep = !*keep);
            keep.set(!*keep)
        })
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

    html! {
        <section id="data" class={classes!("data-panel", dragging.then_some("dragging"))} aria-labelledby="data-heading"
            ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}>
            <h2 id="data-heading">{ t.data_heading }</h2>
            if let Some(note) = lib.as_ref().and_then(|l| l.note.clone()) {
                <p class="data-note" role="status">{ note_text(t, &note) }</p>
            }
            <SetAsideList briefing={props.briefing.clone()} />
            if let Some(shelf) = lib.as_ref().and_then(|l| l.shelf.clone()) {
                <LibraryView {shelf} />
            }
            <p class="panel-intro">{ fill_html(t.data_intro, content("编者按 / 热点一 / 记者: / 田玉龙:")) }</p>
            <label class="import-label" for="import-text">{ t.import_label }</label>
            <textarea id="import-text" class="import-text" ref={text_ref} rows="6" spellcheck="false"
                lang={t.content_lang()} aria-describedby="import-error" />
            <div class="import-actions">
                <label class="quiz-secondary file-button">
                    { t.import_file }
                    <input type="file" multiple=true accept=".txt,.json,text/plain,application/json" onchange={on_file} />
                </label>
                <label class="import-keep">
                    <input type="checkbox" checked={*keep} onchange={on_keep} />
                    <span>{ t.import_keep }</span>
                </label>
                <button type="button" class="quiz-confirm" onclick={on_open}>{ t.import_open }</button>
            </div>
            <p id="import-error" class="import-error" role="alert">{ (*error).clone().unwrap_or_default() }</p>
            if let Some((done, total)) = *progress {
                <p class="import-progress" role="status">
                    <progress max={total.to_string()} value={done.to_string()} />
                    { fill2(t.import_progress, done + 1, total) }
                </p>
            }
            if !lines.is_empty() {
                <ul class="import-lines" aria-live="polite">{ for lines.iter().map(|l| line_view(t, l)) }</ul>
            }
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
