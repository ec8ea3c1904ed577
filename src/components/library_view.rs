//! The library view, at the top of the data panel (so its code travels with the panel's): every
//! briefing kept, with its date, kind, host and spokespeople, its Q&A and figure counts and the
//! reader's progress on it; sorted by date, filtered by kind and host; opened, removed (with
//! undo), and exported as one file. The built-in briefing heads the list.

use std::rc::Rc;

use briefing::library::{Entry, Library as Shelf, Listing, Order, Removed};
use briefing::study::plan::{Progress, Settings, Study};
use yew::prelude::*;

use crate::components::library_search::LibrarySearch;
use crate::components::select_value;
use crate::i18n::{fill, fill2, use_strings, Strings};
use crate::library::{Imported, LibraryAction, LibraryContext, Source};

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub shelf: Rc<Shelf>,
}

/// What the reader has done on one briefing (its study record, replayed; `None`: the built-in
/// briefing's).
fn progress(fingerprint: Option<&str>, settings: Settings, now: i64) -> Progress {
    let key = match fingerprint {
        Some(fp) => format!("briefing-explorer/progress/{fp}"),
        None => "briefing-explorer/progress".to_string(),
    };
    crate::storage::stored(&key)
        .map(|log| Study::replay(&log, settings).progress(now))
        .unwrap_or_default()
}

/// "12 answered · 3 due today · 84% expected on exam day", or nothing before an answer.
fn progress_line(t: &Strings, p: Progress) -> Option<String> {
    (p.answered > 0).then(|| {
        let mut line = fill2(t.library_progress, p.answered, p.due);
        if let Some(r) = p.recall_at_exam() {
            line.push_str(" · ");
            line.push_str(&fill(t.library_recall, (r * 100.0).round() as u32));
        }
        line
    })
}

/// One line of what the view says of a briefing: date · kind · host · spokespeople.
fn meta(t: &Strings, e: &Entry) -> String {
    let s = &e.summary;
    let mut parts = vec![s.date.clone().unwrap_or_else(|| t.library_no_date.into())];
    parts.extend(s.kind.clone());
    parts.extend(s.host.clone());
    if !s.spokespeople.is_empty() {
        parts.push(s.spokespeople.join("、"));
    }
    parts.join(" · ")
}

fn order_of(v: &str) -> Order {
    match v {
        "oldest" => Order::OldestFirst,
        "imported" => Order::Imported,
        _ => Order::NewestFirst,
    }
}

#[component]
pub fn LibraryView(props: &Props) -> Html {
    let t = use_strings();
    let ctx = use_context::<LibraryContext>();
    let listing = use_state(Listing::default);
    let removed = use_state(|| None::<Removed>);
    let error = use_state(|| None::<String>);
    let usage = use_state(|| None::<(f64, f64)>);
    {
        let (usage, count) = (usage.clone(), props.shelf.entries().len());
        crate::hooks::use_effect_on(count, move |_| {
            wasm_bindgen_futures::spawn_local(
                async move { usage.set(crate::idb::estimate().await) },
            );
        });
    }
    let Some(ctx) = ctx else { return html! {} };
    let lib = ctx.library.clone();
    let on_show = lib.name();

    let open = {
        let (ctx, error) = (ctx.clone(), error.clone());
        move |e: &Entry| {
            let (ctx, error) = (ctx.clone(), error.clone());
            let (text, fingerprint) = (Rc::<str>::from(e.text.as_str()), e.fingerprint.clone());
            Callback::from(move |_: MouseEvent| match briefing::read::read(&text) {
                Ok(b) => {
                    let b = crate::data::Shared(Rc::new(b));
                    let i = Imported {
                        briefing: b,
                        text: text.clone(),
                        fingerprint: fingerprint.clone(),
                        saved: true,
                    };
                    ctx.dispatch.dispatch(LibraryAction::Open(Box::new(i), None));
                }
                Err(e) => error.set(Some(t.parse_error(&e))),
            })
        }
    };
    let builtin = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch.dispatch(LibraryAction::Builtin))
    };
    let remove = {
        let (ctx, removed, error, shelf) =
            (ctx.clone(), removed.clone(), error.clone(), props.shelf.clone());
        move |fingerprint: String| {
            let (ctx, removed, error, shelf) =
                (ctx.clone(), removed.clone(), error.clone(), shelf.clone());
            Callback::from(move |_: MouseEvent| {
                let (ctx, removed, error, fingerprint) =
                    (ctx.clone(), removed.clone(), error.clone(), fingerprint.clone());
                let mut next = (*shelf).clone();
                let Some(gone) = next.remove(&fingerprint) else { return };
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::library_store::drop_kept(&fingerprint).await {
                        Ok(()) => {
                            error.set(None);
                            removed.set(Some(gone));
                            ctx.dispatch.dispatch(LibraryAction::Shelf(Rc::new(next), None));
                        }
                        Err(why) => error.set(Some(fill(t.import_line_not_kept, why))),
                    }
                });
            })
        }
    };
    let undo = {
        let (ctx, removed, error, shelf) =
            (ctx.clone(), removed.clone(), error.clone(), props.shelf.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(gone) = (*removed).clone() else { return };
            let (ctx, removed, error) = (ctx.clone(), removed.clone(), error.clone());
            let mut next = (*shelf).clone();
            let fingerprint = gone.entry().fingerprint.clone();
            next.restore(gone);
            wasm_bindgen_futures::spawn_local(async move {
                let back: Vec<&Entry> = next.get(&fingerprint).into_iter().collect();
                match crate::library_store::keep(&back).await {
                    Ok(()) => {
                        removed.set(None);
                        ctx.dispatch.dispatch(LibraryAction::Shelf(Rc::new(next), None));
                    }
                    Err(why) => error.set(Some(fill(t.import_line_not_kept, why))),
                }
            });
        })
    };
    let export = {
        let (shelf, error) = (props.shelf.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let saved = crate::download::save(
                "briefing-library.json",
                "application/json",
                &shelf.to_file(),
            );
            error.set(saved.err().map(|e| fill(t.export_failed, e)));
        })
    };
    let on_order = {
        let listing = listing.clone();
        Callback::from(move |e: Event| {
            listing.set(Listing { order: order_of(&select_value(&e)), ..(*listing).clone() })
        })
    };
    let on_kind = {
        let listing = listing.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            listing.set(Listing { kind: (!v.is_empty()).then_some(v), ..(*listing).clone() })
        })
    };
    let on_host = {
        let listing = listing.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            listing.set(Listing { host: (!v.is_empty()).then_some(v), ..(*listing).clone() })
        })
    };

    let shelf = &props.shelf;
    let (kinds, hosts) = shelf.facets();
    let settings = {
        let s = crate::study_state::StudySettings::stored();
        Settings {
            retention: s.retention,
            exam: s.exam,
            offset: crate::study_state::local_offset(),
        }
    };
    let now = crate::clock::epoch_ms() as i64;
    let listed = shelf.listed(&listing);
    let progresses: std::collections::HashMap<&str, Progress> = shelf
        .entries()
        .iter()
        .map(|e| (e.fingerprint.as_str(), progress(Some(&e.fingerprint), settings, now)))
        .collect();
    let built_in = progress(None, settings, now);
    let total = progresses.values().fold(built_in, |a, b| a + *b);
    let builtin_on_show = lib.active == Source::Builtin;
    let headline = lib.builtin.as_ref().map(|b| b.headline.clone()).unwrap_or_default();
    let item = |e: &Entry| {
        let here = on_show.as_deref() == Some(e.fingerprint.as_str());
        let s = &e.summary;
        html! {
            <li class={classes!("library-item", here.then_some("on-show"))} data-fingerprint={e.fingerprint.clone()}>
                <div class="library-item-main">
                    <button type="button" class="library-open" lang={t.content_lang()} onclick={open(e)}
                        aria-current={here.then_some("true")}>{ s.headline.clone() }</button>
                    <p class="library-meta" lang={t.content_lang()}>{ meta(t, e) }</p>
                    <p class="library-counts">
                        { fill2(t.library_counts, s.qas, s.figures) }
                        if let Some(line) = progresses.get(e.fingerprint.as_str()).and_then(|p| progress_line(t, *p)) {
                            <span class="library-progress">{ " · " }{ line }</span>
                        }
                    </p>
                </div>
                if here {
                    <span class="library-here">{ t.library_on_show }</span>
                }
                <button type="button" class="quiz-secondary library-remove" onclick={remove(e.fingerprint.clone())}
                    aria-label={format!("{} {}", t.library_remove, s.headline)}>{ t.library_remove }</button>
            </li>
        }
    };
    html! {
        <div class="library-view" id="library">
            <div class="library-head">
                <h3 class="library-heading">{ t.library_heading }</h3>
                <span class="library-count">{ fill(t.library_count, shelf.entries().len()) }</span>
                if let Some((used, quota)) = *usage {
                    <span class="library-usage">{ fill2(t.library_usage, mb(used), mb(quota)) }</span>
                }
            </div>
            if let Some(line) = progress_line(t, total) {
                <p class="library-total">{ t.library_total }{ line }</p>
            }
            if let Some(gone) = &*removed {
                <p class="library-undo" role="status">
                    { fill(t.library_removed, &gone.entry().summary.headline) }
                    <button type="button" class="quiz-confirm" onclick={undo}>{ t.library_undo }</button>
                </p>
            }
            if let Some(e) = &*error {
                <p class="import-error" role="alert">{ e.clone() }</p>
            }
            if shelf.entries().len() > 1 {
                <div class="library-controls">
                    <label>{ t.library_order }
                        <select class="library-order" onchange={on_order}>
                            <option value="newest" selected={listing.order == Order::NewestFirst}>{ t.library_newest }</option>
                            <option value="oldest" selected={listing.order == Order::OldestFirst}>{ t.library_oldest }</option>
                            <option value="imported" selected={listing.order == Order::Imported}>{ t.library_imported }</option>
                        </select>
                    </label>
                    if kinds.len() > 1 {
                        <select class="library-kind" aria-label={t.library_all_kinds} onchange={on_kind}>
                            { choices(t.library_all_kinds, &kinds, listing.kind.as_deref()) }
                        </select>
                    }
                    if hosts.len() > 1 {
                        <select class="library-host" aria-label={t.library_all_hosts} onchange={on_host}>
                            { choices(t.library_all_hosts, &hosts, listing.host.as_deref()) }
                        </select>
                    }
                </div>
            }
            if !shelf.entries().is_empty() {
                <LibrarySearch shelf={shelf.clone()} />
            }
            <ol class="library-list">
                <li class={classes!("library-item", "library-builtin", builtin_on_show.then_some("on-show"))}>
                    <div class="library-item-main">
                        <button type="button" class="library-open" lang={t.content_lang()} onclick={builtin}
                            aria-current={builtin_on_show.then_some("true")}>{ headline }</button>
                        <p class="library-meta">{ t.library_builtin }</p>
                        if let Some(line) = progress_line(t, built_in) {
                            <p class="library-counts"><span class="library-progress">{ line }</span></p>
                        }
                    </div>
                    if builtin_on_show {
                        <span class="library-here">{ t.library_on_show }</span>
                    }
                </li>
                { for listed.into_iter().map(item) }
            </ol>
            if shelf.entries().is_empty() {
                <p class="library-empty">{ t.library_empty }</p>
            } else {
                <button type="button" class="quiz-secondary library-export" onclick={export}>{ t.library_export }</button>
            }
        </div>
    }
}

/// A filter's options: "all" first, then each value, the chosen one selected.
fn choices(all: &'static str, values: &[&str], chosen: Option<&str>) -> Html {
    html! { <>
        <option value="" selected={chosen.is_none()}>{ all }</option>
        { for values.iter().map(|v| html! {
            <option value={v.to_string()} selected={chosen == Some(*v)}>{ v.to_string() }</option>
        }) }
    </> }
}

/// Bytes in megabytes, or gigabytes from 1 GB, to one decimal.
fn mb(bytes: f64) -> String {
    let mb = bytes / 1_048_576.0;
    if mb >= 1024.0 {
        format!("{:.1} GB", mb / 1024.0)
    } else {
        format!("{mb:.1} MB")
    }
}
