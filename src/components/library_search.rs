//! One search box over the whole library (in the library view): every briefing read and indexed
//! the first time the reader types (a few per task, with progress), then each keystroke runs
//! the core's `library::search::Shelf` over all of them. Hits are grouped by briefing, newest
//! first, each with a few words around its first hits; facets by kind of briefing and by the
//! speaker who answered. A hit opens its briefing with the search in its address.

use std::rc::Rc;

use briefing::library::search::{snippets, Shelf as Index, ShelfFilter};
use briefing::library::Library as Shelf;
use yew::prelude::*;

use crate::i18n::{fill, fill2, use_strings};
use crate::library::LibraryContext;
use crate::library_books::Books;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub shelf: Rc<Shelf>,
}

/// The library read and indexed for searching.
struct Prepared {
    books: Rc<Books>,
    index: Index,
}

/// Groups drawn at first (and per "more").
const GROUPS: usize = 20;

fn value(e: &InputEvent) -> String {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Reads (`library_books`) and indexes every briefing of `shelf`, yielding to the page every
/// ~30 ms and saying how far it is (the reading, then the indexing, each out of the total).
async fn prepare(shelf: Rc<Shelf>, progress: UseStateSetter<Option<(usize, usize)>>) -> Prepared {
    let p = progress.clone();
    let books =
        crate::library_books::read(shelf, move |n, total| p.set(Some((n / 2, total)))).await;
    let total = books.books.len();
    let mut index = Index::default();
    let mut since = crate::clock::now_ms();
    for (n, b) in books.books.iter().enumerate() {
        if crate::clock::now_ms() - since > 30.0 {
            progress.set(Some(((total + n) / 2, total)));
            crate::clock::yield_task().await;
            since = crate::clock::now_ms();
        }
        index.push(&b.fingerprint, &b.briefing, briefing::search::fold_script);
    }
    progress.set(None);
    Prepared { books, index }
}

#[component]
pub fn LibrarySearch(props: &Props) -> Html {
    let t = use_strings();
    let ctx = use_context::<LibraryContext>();
    let filter = use_state(ShelfFilter::default);
    let prepared = use_state(|| None::<Rc<Prepared>>);
    let progress = use_state(|| None::<(usize, usize)>);
    let shown = use_state(|| GROUPS);
    let stale = prepared.as_ref().is_none_or(|p| !Rc::ptr_eq(&p.books.made_of, &props.shelf));
    let wanted = !filter.query.trim().is_empty();
    {
        let (prepared, progress, shelf) = (prepared.clone(), progress.clone(), props.shelf.clone());
        let size = props.shelf.entries().len();
        crate::hooks::use_effect_on((wanted && stale, size), move |(go, _)| {
            if *go && progress.is_none() {
                progress.set(Some((0, shelf.entries().len())));
                let setter = progress.setter();
                wasm_bindgen_futures::spawn_local(async move {
                    prepared.set(Some(Rc::new(prepare(shelf, setter).await)));
                });
            }
        });
    }
    let on_input = {
        let (filter, shown) = (filter.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            shown.set(GROUPS);
            filter.set(ShelfFilter { query: value(&e), ..(*filter).clone() })
        })
    };
    let toggle = |kind: bool, name: String| {
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| {
            let mut f = (*filter).clone();
            let set = if kind { &mut f.kinds } else { &mut f.speakers };
            match set.iter().position(|s| *s == name) {
                Some(at) => {
                    set.remove(at);
                }
                None => set.push(name.clone()),
            }
            filter.set(f);
        })
    };
    let results = prepared.as_ref().filter(|_| wanted).map(|p| (p.clone(), p.index.run(&filter)));
    let open = |fingerprint: &str, p: &Rc<Prepared>| {
        let (ctx, query, p, fingerprint) =
            (ctx.clone(), filter.query.clone(), p.clone(), fingerprint.to_string());
        Callback::from(move |_: MouseEvent| {
            if let (Some(c), Some(book)) = (&ctx, p.books.get(&fingerprint)) {
                crate::library_books::open_at(c, book, &query);
            }
        })
    };
    let chips = |kind: bool, counts: &[(String, usize)], chosen: &[String]| -> Html {
        let mut counts = counts.to_vec();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        html! {
            <div class="library-facets" role="group" aria-label={if kind { t.library_search_kinds } else { t.library_search_speakers }}>
                { for counts.into_iter().take(12).map(|(name, n)| {
                    let on = chosen.contains(&name);
                    html! {
                        <button type="button" class="filter-chip" aria-pressed={if on { "true" } else { "false" }}
                            onclick={toggle(kind, name.clone())}>
                            <span lang={t.content_lang()}>{ name }</span><span class="filter-chip-count">{ n }</span>
                        </button>
                    }
                }) }
            </div>
        }
    };
    html! {
        <div class="library-search">
            <label class="import-label" for="library-search">{ t.library_search_label }</label>
            <input id="library-search" type="search" class="search-input" lang={t.content_lang()}
                value={filter.query.clone()} oninput={on_input} autocomplete="off" />
            if let (true, Some((done, total))) = (wanted, *progress) {
                <p class="library-search-status" role="status">
                    <progress max={total.to_string()} value={done.to_string()} />
                    { fill2(t.library_search_preparing, done, total) }
                </p>
            }
            if let Some((p, r)) = results {
                <div class="library-hits" aria-live="polite">
                    <p class="library-search-status" role="status">
                        { if r.groups.is_empty() {
                            t.library_search_none.to_string()
                        } else {
                            fill2(t.library_search_count, r.hit_count, r.groups.len())
                        } }
                    </p>
                    if r.kind_counts.len() > 1 || !filter.kinds.is_empty() {
                        { chips(true, &r.kind_counts, &filter.kinds) }
                    }
                    if !r.speaker_counts.is_empty() {
                        { chips(false, &r.speaker_counts, &filter.speakers) }
                    }
                    { for r.groups.iter().take(*shown).filter_map(|g| {
                        let b = &p.books.get(&g.fingerprint)?.briefing;
                        let date = b.event.date.clone().unwrap_or_else(|| t.library_no_date.into());
                        Some(html! {
                            <section class="library-hit-group" data-fingerprint={g.fingerprint.clone()}>
                                <h4>
                                    <button type="button" class="library-open" lang={t.content_lang()} onclick={open(&g.fingerprint, &p)}>
                                        { b.headline.clone() }
                                    </button>
                                </h4>
                                <p class="library-meta">{ format!("{date} · {}", fill(t.library_search_hits, g.hit_count)) }</p>
                                { for snippets(b, &g.hits, 3, 16).into_iter().map(|s| html! {
                                    <p class="library-snippet" lang={t.content_lang()}>
                                        { for s.pieces.into_iter().map(|(text, hit)| if hit {
                                            html! { <mark class="hit">{ text }</mark> }
                                        } else {
                                            html! { { text } }
                                        }) }
                                    </p>
                                }) }
                            </section>
                        })
                    }) }
                    if r.groups.len() > *shown {
                        <button type="button" class="quiz-secondary" onclick={{
                            let shown = shown.clone();
                            Callback::from(move |_: MouseEvent| shown.set(*shown + GROUPS))
                        }}>{ fill(t.library_search_more, r.groups.len() - *shown) }</button>
                    }
                </div>
            }
        </div>
    }
}
