//! Every figure in one table: sortable, filterable by kind and unit; choosing a figure jumps to
//! it in the text.

use briefing::figures::{self, Figure, FigureKind, SortKey, TableFilter, Unit};
use yew::prelude::*;

use crate::components::select_value;
use crate::data::Shared;
use crate::hooks::use_effect_on;
use crate::i18n::{content, fill, use_strings};
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
    let b = &props.briefing;
    let all: Vec<&Figure> = b.figures().collect();
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
    let topic_label = |f: &Figure| {
        f.topic
            .and_then(|n| b.topics.iter().find(|t| t.number == n))
            .map_or_else(|| html! { t.note_label }, |tp| t.topic_label(tp))
    };
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
                <p class="panel-count" aria-live="polite">{ fill(t.figures_count, rows.len()) }</p>
            </div>
            <table id="figures-table" class="fig-table" aria-busy={(!drawn).then_some("true")}>
                <thead>
                    <tr>
                        { header(SortKey::Value, t.col_figure) }
                        <th scope="col">{ t.col_meaning }</th>
                        { header(SortKey::Topic, t.parts(b.format).column) }
                        { header(SortKey::Speaker, t.col_speaker) }
                        { header(SortKey::Kind, t.col_kind) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().take(row_limit).map(|&(key, f)| {
                        let id = AttrValue::from(f.id.clone());
                        let d = d.clone();
                        // keyed by the figure's place in the briefing (unique, whatever its id):
                        // rows added at the end, or sorted, are moved instead of every row's
                        // text being rewritten
                        html! {
                            <tr {key} data-figure={id.clone()}>
                                <td>
                                    <button type="button" class="fig-link" lang={t.content_lang()} data-kind={f.kind.as_str()}
                                        onclick={Callback::from(move |_| d.emit(Action::Flash(id.clone())))}>
                                        { &f.text }
                                    </button>
                                </td>
                                <td lang="en" class="fig-gloss">{ &f.gloss }</td>
                                <td class="fig-topic">{ topic_label(f) }</td>
                                <td class="fig-speaker">{
                                    match f.speaker.as_deref() {
                                        Some("记者") => html! { t.reporter_label },
                                        Some(s) => content(s.to_string()),
                                        None => html! {},
                                    }
                                }</td>
                                <td><span class="kind-badge" data-kind={f.kind.as_str()}>{ t.kind(f.kind) }</span></td>
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
