//! Every figure in one table: sortable, filterable by kind and unit; choosing a figure jumps to
//! it in the text. With a library, the table can hold every briefing's figures instead, with a
//! column naming the briefing and its date; choosing one of those opens its briefing on it.

use std::rc::Rc;

use briefing::figures::{self, Figure, FigureKind, SortKey, TableFilter, Unit};
use yew::prelude::*;

use crate::components::select_value;
use crate::data::Shared;
use crate::hooks::use_effect_on;
use crate::i18n::{content, fill, fill2, use_strings};
use crate::library::{LibraryAction, LibraryContext};
use crate::library_books::Books;
use crate::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    pub briefing: Shared,
    /// only what the table shows, so a search keystroke does not redraw it
    pub table: TableFilter,
    pub sort: SortKey,
    pub descending: bool,
    pub dispatch: Callback<Action>,
    /// fill the table a few rows per task (`View::gradual`)
    pub gradual: bool,
    /// a figure of the briefing on show whose measure the reader follows into the library
    /// (`View::same`, from its popover)
    pub same: Option<(AttrValue, u32)>,
}

/// Rows drawn at first, and added per "show more" (an import can have tens of thousands).
const ROW_PAGE: usize = 200;
/// Rows drawn per task while the table fills for the first time.
const ROW_CHUNK: usize = 12;
/// The table has filled: every row up to the page is drawn.
const FILLED: usize = usize::MAX;

const KINDS: [FigureKind; 3] = [FigureKind::Statistic, FigureKind::Target, FigureKind::Date];

#[component]
pub fn FiguresPanel(props: &Props) -> Html {
    let t = use_strings();
    let more = use_state(|| ROW_PAGE);
    let ctx = use_context::<LibraryContext>();
    let shelf = ctx.as_ref().and_then(|c| c.library.shelf.clone());
    // every briefing of the library instead of the one on show: read on first use
    let whole = use_state(|| false);
    let books = use_state(|| None::<Rc<Books>>);
    let reading = use_state(|| None::<(usize, usize)>);
    {
        // (the library is read from IndexedDB once, if the data panel has not read it yet)
        let ctx = ctx.clone();
        let unread = ctx.as_ref().is_some_and(|c| c.library.shelf.is_none());
        use_effect_on(unread, move |&unread| {
            if let (true, Some(c)) = (unread, ctx) {
                wasm_bindgen_futures::spawn_local(async move {
                    let (shelf, note) = crate::library_store::load().await;
                    c.dispatch.dispatch(LibraryAction::Shelf(Rc::new(shelf), note));
                });
            }
        });
    }
    {
        let (books, reading) = (books.clone(), reading.clone());
        let want = shelf
            .clone()
            .filter(|s| *whole && books.as_ref().is_none_or(|b| !Rc::ptr_eq(&b.made_of, s)));
        use_effect_on(want.as_ref().map(|s| s.entries().len()), move |_| {
            if let Some(shelf) = want {
                let setter = reading.setter();
                wasm_bindgen_futures::spawn_local(async move {
                    let read =
                        crate::library_books::read(shelf, |n, total| setter.set(Some((n, total))))
                            .await;
                    setter.set(None);
                    books.set(Some(read));
                });
            }
        });
    }
    // the same measure as one figure, in the library's other briefings, in date order
    let series = use_state(|| None::<Rc<Series>>);
    let b = &props.briefing;
    let across = books.as_ref().filter(|_| *whole).cloned();
    // the figures, and for each the book it comes from (across the library)
    let (all, owner): (Vec<&Figure>, Vec<usize>) = match &across {
        Some(books) => books
            .books
            .iter()
            .enumerate()
            .flat_map(|(n, book)| book.briefing.figures().map(move |f| (f, n)))
            .unzip(),
        None => (b.figures().collect(), Vec::new()),
    };
    let v = props;
    let rows = figures::table(&all, &v.table, v.sort, v.descending);
    // The rows are about half of the page's elements and far below the reading view, which
    // comes first (the load benchmark in BENCHMARKS.md times both moments): at start none is
    // drawn in the first frame, then `ROW_CHUNK` more in each task until every row is
    // (`FILLED`), so that no one task, on a phone's CPU, draws and lays out the whole table.
    // Only then (`View::gradual`: with the reader above the table), since a table growing above
    // the reader moves what they read down the page in a browser without scroll
    // anchoring (Safari), and can take a #stats link's target out of sight. Drawn later (back
    // from a quiz, another briefing), the table is drawn whole.
    let filling = use_state(|| if props.gradual { 0 } else { FILLED });
    {
        let filling = filling.clone();
        use_effect_on((*filling, rows.len()), move |&(n, total)| match n {
            FILLED => {}
            0 => crate::clock::after_next_frame(move || filling.set(ROW_CHUNK)),
            n if n >= total.min(ROW_PAGE) => filling.set(FILLED),
            n => crate::clock::next_task(move || filling.set(n + ROW_CHUNK)),
        });
    }
    let drawn = *filling == FILLED;
    let row_limit = if drawn { *more } else { (*filling).min(*more) };
    let units = figures::units_present(&all);
    let d = props.dispatch.clone();

    let on_kind = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let k = KINDS.into_iter().find(|k| k.as_str() == select_value(&e));
            d.emit(Action::FilterKind(k));
        })
    };
    let on_unit = {
        let (d, units) = (d.clone(), units.clone());
        Callback::from(move |e: Event| {
            let u = select_value(&e).parse::<usize>().ok().and_then(|i| units.get(i).copied());
            d.emit(Action::FilterUnit(u));
        })
    };
    let header = |key: SortKey, label: &'static str| {
        let sorted = v.sort == key;
        let aria = match (sorted, v.descending) {
            (false, _) => None,
            (true, false) => Some("ascending"),
            (true, true) => Some("descending"),
        };
        let d = d.clone();
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="sort" title={t.sort_by} onclick={Callback::from(move |_| d.emit(Action::SortBy(key)))}>
                    { label }
                    <span class="sort-arrow" aria-hidden="true">
                        { match aria { Some("ascending") => "▲", Some(_) => "▼", None => "↕" } }
                    </span>
                </button>
            </th>
        }
    };
    let open_in = |key: usize, f: &Figure| {
        let (ctx, books, text) = (ctx.clone(), across.clone(), f.text.clone());
        let book = owner.get(key).copied();
        Callback::from(move |_: MouseEvent| {
            if let (Some(c), Some(books), Some(n)) = (&ctx, &books, book) {
                crate::library_books::open_at(c, &books.books[n], &text);
            }
        })
    };
    let same = |key: usize, f: &Figure| {
        let (series, shelf, id) = (series.clone(), shelf.clone(), f.id.clone());
        // (the briefing the figure is in: a book across the library, or the one on show)
        let source =
            match across.as_ref().and_then(|books| owner.get(key).map(|&n| &books.books[n])) {
                Some(book) => (book.briefing.clone(), Some(book.fingerprint.clone())),
                None => (props.briefing.0.clone(), ctx.as_ref().and_then(|c| c.library.name())),
            };
        Callback::from(move |_: MouseEvent| {
            follow(series.setter(), shelf.clone(), source.clone(), id.clone())
        })
    };
    {
        // asked for from a popover
        let (series, shelf) = (series.clone(), shelf.clone());
        let source = (props.briefing.0.clone(), ctx.as_ref().and_then(|c| c.library.name()));
        use_effect_on(props.same.clone(), move |same| {
            if let Some((id, _)) = same {
                follow(series.setter(), shelf, source, id.to_string());
            }
        });
    }
    let topic_label = |f: &Figure| {
        f.topic
            .and_then(|n| b.topics.iter().find(|t| t.number == n))
            .map_or_else(|| html! { t.note_label }, |tp| t.topic_label(tp))
    };
    let library = shelf.as_ref().is_some_and(|s| !s.entries().is_empty());
    let unit_index = v.table.unit.and_then(|u| units.iter().position(|x| *x == u));
    html! {
        <section id="figures" class="figures-panel" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{ t.figures_heading }</h2>
            <p class="panel-intro">{ t.figures_intro }</p>
            <div class="panel-controls">
                <label>
                    <span>{ t.filter_kind }</span>
                    <select onchange={on_kind} aria-controls="figures-table">
                        <option value="" selected={v.table.kind.is_none()}>{ t.all }</option>
                        { for KINDS.iter().map(|k| html! {
                            <option value={k.as_str()} selected={v.table.kind == Some(*k)}>{ t.kind(*k) }</option>
                        }) }
                    </select>
                </label>
                <label>
                    <span>{ t.filter_unit }</span>
                    <select onchange={on_unit} aria-controls="figures-table">
                        <option value="" selected={unit_index.is_none()}>{ t.all }</option>
                        { for units.iter().enumerate().map(|(i, u): (usize, &Unit)| html! {
                            <option value={i.to_string()} selected={unit_index == Some(i)}>{ t.unit(*u) }</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="reading-order" aria-pressed={if v.sort == SortKey::Position { "true" } else { "false" }}
                    onclick={{ let d = d.clone(); Callback::from(move |_| d.emit(Action::ResetSort)) }}>
                    { t.reading_order }
                </button>
                if let Some(shelf) = shelf.as_ref().filter(|s| !s.entries().is_empty()) {
                    <button type="button" class="reading-order figures-whole" aria-pressed={if *whole { "true" } else { "false" }}
                        onclick={{ let whole = whole.clone(); Callback::from(move |_| whole.set(!*whole)) }}>
                        { fill(t.figures_whole, shelf.entries().len()) }
                    </button>
                }
                <p class="panel-count" aria-live="polite">{ fill(t.figures_count, rows.len()) }</p>
            </div>
            if let (true, Some((n, total))) = (*whole, *reading) {
                <p class="panel-count" role="status">{ fill2(t.figures_reading, n, total) }</p>
            }
            if let Some(found) = (*series).clone() {
                { same_measure(t, &found, ctx.as_ref(), series.setter()) }
            }
            <table id="figures-table" class="fig-table" aria-busy={(!drawn).then_some("true")}>
                <thead>
                    <tr>
                        { header(SortKey::Value, t.col_figure) }
                        <th scope="col">{ t.col_meaning }</th>
                        if across.is_some() {
                            <th scope="col">{ t.col_briefing }</th>
                        } else {
                            { header(SortKey::Topic, t.parts(b.format).column) }
                        }
                        { header(SortKey::Speaker, t.col_speaker) }
                        { header(SortKey::Kind, t.col_kind) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().take(row_limit).map(|&(key, f)| {
                        let id = AttrValue::from(f.id.clone());
                        let d = d.clone();
                        let book = across.as_ref().and_then(|books| owner.get(key).map(|&n| &books.books[n]));
                        let onclick = match book {
                            Some(_) => open_in(key, f),
                            None => Callback::from(move |_| d.emit(Action::Flash(id.clone()))),
                        };
                        // keyed by the figure's place in the briefing (unique, whatever its id):
                        // rows added at the end, or sorted, are moved instead of every row's
                        // text being rewritten
                        html! {
                            <tr {key} data-figure={f.id.clone()} data-briefing={book.map(|b| b.fingerprint.clone())}>
                                <td>
                                    <button type="button" class="fig-link" lang={t.content_lang()} data-kind={f.kind.as_str()} {onclick}>
                                        { &f.text }
                                    </button>
                                </td>
                                <td lang="en" class="fig-gloss">{ &f.gloss }</td>
                                if let Some(book) = book {
                                    <td class="fig-topic fig-briefing" lang={t.content_lang()}>
                                        { book.briefing.event.date.clone().unwrap_or_default() }
                                        <span class="fig-briefing-name">{ book.briefing.headline.clone() }</span>
                                    </td>
                                } else {
                                    <td class="fig-topic">{ topic_label(f) }</td>
                                }
                                <td class="fig-speaker">{
                                    match f.speaker.as_deref() {
                                        Some("记者") => html! { t.reporter_label },
                                        Some(s) => content(s.to_string()),
                                        None => html! {},
                                    }
                                }</td>
                                <td>
                                    <span class="kind-badge" data-kind={f.kind.as_str()}>{ t.kind(f.kind) }</span>
                                    if library && f.value.is_some() && f.kind != FigureKind::Date {
                                        <button type="button" class="fig-same" onclick={same(key, f)}
                                            aria-label={fill(t.same_measure_label, &f.text)}>{ t.same_measure }</button>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if rows.is_empty() {
                <p class="panel-empty">{ t.no_rows }</p>
            }
            if drawn && rows.len() > row_limit {
                <button type="button" class="show-more" onclick={{
                    let more = more.clone();
                    Callback::from(move |_: MouseEvent| more.set(*more + ROW_PAGE * 5))
                }}>{ fill(t.show_more_rows, rows.len() - row_limit) }</button>
            }
        </section>
    }
}

/// The same measure as one figure in the library's other briefings: what it counts, and each
/// figure found, in date order, with its briefing.
#[derive(PartialEq)]
struct Series {
    /// the figure asked about, as printed, and the thing it counts
    figure: String,
    subject: String,
    books: Rc<Books>,
    /// (book, figure id, as printed, its value as the popover gives it)
    found: Vec<(usize, String, String, String)>,
}

impl Series {
    /// The figure `id` of `source` (the library's `fingerprint`, if it is one of its briefings)
    /// against every other briefing of `books`; `None` for a figure whose measure is not known.
    fn of(
        source: &briefing::Briefing,
        id: &str,
        fingerprint: Option<&str>,
        books: Rc<Books>,
    ) -> Option<Series> {
        use briefing::figures::measure::{across, measure_of_id};
        let m = measure_of_id(source, id)?;
        let figure = source.figures().find(|f| f.id == id)?.text.clone();
        let others: Vec<(usize, (&briefing::Briefing, Option<&str>))> = books
            .books
            .iter()
            .enumerate()
            .filter(|(_, b)| Some(b.fingerprint.as_str()) != fingerprint)
            .map(|(n, b)| (n, (&*b.briefing, b.briefing.event.date.as_deref())))
            .collect();
        let list: Vec<(&briefing::Briefing, Option<&str>)> =
            others.iter().map(|(_, x)| *x).collect();
        let found = across(&m, &list)
            .into_iter()
            .map(|a| {
                let f = a.figure;
                (
                    others[a.book].0,
                    f.id.clone(),
                    f.text.clone(),
                    crate::components::figure_popover::value_line(f),
                )
            })
            .collect();
        Some(Series { figure, subject: m.subject, books, found })
    }
}

/// Finds the figure `id` of `source` (a briefing, and its fingerprint if it is one of the
/// library's) in the library's other briefings, reading them first if need be, and shows it.
fn follow(
    series: UseStateSetter<Option<Rc<Series>>>,
    shelf: Option<Rc<briefing::library::Library>>,
    source: (Rc<briefing::Briefing>, Option<String>),
    id: String,
) {
    let Some(shelf) = shelf else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let books = crate::library_books::read(shelf, |_, _| {}).await;
        series.set(Series::of(&source.0, &id, source.1.as_deref(), books).map(Rc::new));
    });
}

/// The series drawn above the table: each figure found opens its briefing on it.
fn same_measure(
    t: &'static crate::i18n::Strings,
    s: &Rc<Series>,
    ctx: Option<&LibraryContext>,
    close: UseStateSetter<Option<Rc<Series>>>,
) -> Html {
    html! {
        <div class="same-measure" role="region" aria-label={fill(t.same_measure_heading, &s.figure)}>
            <h3 lang={t.content_lang()}>{ fill(t.same_measure_heading, format!("{}{}", s.subject, s.figure)) }</h3>
            if s.found.is_empty() {
                <p>{ t.same_measure_none }</p>
            }
            <ol class="same-measure-list">
                { for s.found.iter().map(|(n, _, text, value)| {
                    let book = &s.books.books[*n];
                    let (ctx, series, text2) = (ctx.cloned(), s.clone(), text.clone());
                    let n = *n;
                    let open = Callback::from(move |_: MouseEvent| {
                        if let Some(c) = &ctx {
                            crate::library_books::open_at(c, &series.books.books[n], &text2);
                        }
                    });
                    html! {
                        <li data-briefing={book.fingerprint.clone()}>
                            <span class="same-measure-date">{ book.briefing.event.date.clone().unwrap_or_default() }</span>
                            <button type="button" class="fig-link" lang={t.content_lang()} onclick={open}>{ text.clone() }</button>
                            <span class="same-measure-value">{ value.clone() }</span>
                            <span class="fig-briefing-name" lang={t.content_lang()}>{ book.briefing.headline.clone() }</span>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="quiz-secondary" onclick={Callback::from(move |_: MouseEvent| close.set(None))}>{ t.close }</button>
        </div>
    }
}
