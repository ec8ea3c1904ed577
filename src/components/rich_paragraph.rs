//! A paragraph of briefing text with its figures highlighted and its repairs marked. The
//! figure marks send pointer and keyboard events up through the figure context; the repair mark
//! shows the published original.

use briefing::figures::Figure;
use briefing::{runs, Paragraph, Piece};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::repair_mark::RepairMark;
use crate::i18n::{use_strings, Lang, Strings, EN, ZH};
use crate::state::{Action, FigureContext, Popover, SearchContext};

/// The published original as a reader can see it: line breaks become a visible mark.
pub fn shown_original(t: &Strings, original: &str) -> String {
    briefing::shown_original(original, t.page_break_mark)
}

/// Where a popover for the element under this event goes, in page coordinates.
fn anchor(e: &Event, id: &AttrValue) -> Option<Popover> {
    // Yew delegates events to the root, so find the mark from the event's target.
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    anchor_at(&target.closest("mark.fig").ok()??, id)
}

/// How tall a figure's popover is, about (its facts and the gloss), in CSS pixels.
const POPOVER_HEIGHT: f64 = 260.0;

/// Where the popover of the figure marked by `el` goes: under the mark (above it near the
/// bottom of the window), inside the window.
pub fn anchor_at(el: &web_sys::Element, id: &AttrValue) -> Option<Popover> {
    let r = el.get_bounding_client_rect();
    let w = web_sys::window()?;
    let (sx, sy) = (w.scroll_x().ok()?, w.scroll_y().ok()?);
    let vw = w.inner_width().ok()?.as_f64()?;
    let width = 304.0f64.min(vw - 16.0);
    let left = (r.left() + sx).min(sx + vw - width - 8.0).max(sx + 8.0);
    // below the mark, unless it would run off the bottom of the window and there is more room
    // above (a popover is about 15 rem tall)
    let vh = w.inner_height().ok()?.as_f64()?;
    let above = vh - r.bottom() < POPOVER_HEIGHT && r.top() > vh - r.bottom();
    let top = if above { r.top() + sy - 6.0 } else { r.bottom() + sy + 6.0 };
    Some(Popover { id: id.clone(), left, top, pinned: false, above })
}

fn render_repairs(p: &Paragraph, pieces: &[Piece<'_>]) -> Html {
    html! {
        { for runs(pieces, |x| x.repair).into_iter().map(|(r, a, b)| {
            let text: String = pieces[a..b].iter().map(|x| x.text).collect();
            match r.and_then(|k| p.repairs.get(k)) {
                None => html! { text },
                Some(r) => {
                    let tip = |t: &Strings| format!(
                        "{}{}{}{}: “{}” → “{}”",
                        t.repair_original,
                        t.paren.0,
                        t.repair_kind(r.kind),
                        t.paren.1,
                        shown_original(t, &r.original),
                        text
                    );
                    let (zh, en) = (tip(&ZH), tip(&EN));
                    html! {
                        <span class="repair" data-kind={r.kind.label_zh()}>
                            <ins class="repair-text">{ text }</ins>
                            <RepairMark tip={zh} tip_en={en} />
                        </span>
                    }
                }
            }
        }) }
    }
}

fn figure_mark(t: &Strings, f: &Figure, inner: Html, ctx: &FigureContext) -> Html {
    let id = AttrValue::from(f.id.clone());
    let d = ctx.dispatch.clone();
    let on = move |make: fn(Popover) -> Action, id: AttrValue, d: Callback<Action>| {
        move |e: Event| {
            if let Some(p) = anchor(&e, &id) {
                d.emit(make(p));
            }
        }
    };
    let onmouseenter = {
        let f = on(Action::Show, id.clone(), d.clone());
        Callback::from(move |e: MouseEvent| f(e.into()))
    };
    let onfocus = {
        let f = on(Action::Show, id.clone(), d.clone());
        Callback::from(move |e: FocusEvent| f(e.into()))
    };
    let onclick = {
        let f = on(Action::Toggle, id.clone(), d.clone());
        Callback::from(move |e: MouseEvent| f(e.into()))
    };
    let onkeydown = {
        let f = on(Action::Toggle, id.clone(), d.clone());
        let d = d.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => d.emit(Action::Close),
            "Enter" | " " => {
                e.prevent_default();
                f(e.into());
            }
            _ => {}
        })
    };
    let onmouseleave = {
        let (d, id) = (d.clone(), id.clone());
        Callback::from(move |_: MouseEvent| d.emit(Action::Hide(id.clone())))
    };
    let onblur = {
        let (d, id) = (d.clone(), id.clone());
        Callback::from(move |_: FocusEvent| d.emit(Action::Hide(id.clone())))
    };
    let flashing = ctx.flash.as_ref() == Some(&id);
    let open = ctx.open.as_ref() == Some(&id);
    html! {
        <mark
            id={id.clone()}
            class={classes!("fig", flashing.then_some("flash"))}
            data-kind={f.kind.as_str()}
            data-value={f.data_value()}
            title={(t.lang == Lang::En && !f.gloss.is_empty()).then(|| f.gloss.clone())}
            tabindex="0"
            role="button"
            aria-expanded={if open { "true" } else { "false" }}
            aria-controls={open.then_some("figure-popover")}
            {onmouseenter} {onmouseleave} {onfocus} {onblur} {onclick} {onkeydown}
        >{ inner }</mark>
    }
}

/// Search hits inside a run of pieces, each as `<mark class="hit" data-hit=N>`, N counted across
/// the whole view so next/previous can find it.
fn render_hits(p: &Paragraph, pieces: &[Piece<'_>], first: usize, current: Option<usize>) -> Html {
    html! {
        { for runs(pieces, |x| x.hit).into_iter().map(|(hit, a, b)| {
            let inner = render_repairs(p, &pieces[a..b]);
            match hit {
                None => inner,
                Some(k) => {
                    let n = first + k;
                    html! {
                        <mark class={classes!("hit", (current == Some(n)).then_some("current"))} data-hit={n.to_string()}>
                            { inner }
                        </mark>
                    }
                }
            }
        }) }
    }
}

/// A paragraph of briefing text: its figures (when highlighted) and search hits marked, its
/// repairs shown. A function, not a component: the page has some fifty paragraphs, and hydrating
/// each as a component of its own (two renders, its hooks, its markers in the page) was most of
/// what hydrating a Q&A cost. Its caller reads the contexts (`use_paragraph_context`) and
/// re-renders it when they change.
pub fn rich_paragraph(c: &ParagraphContext, p: &Paragraph) -> Html {
    let (t, ctx, search) = (c.strings, c.figures.as_ref(), &c.search);
    let (hits, first) = search.hits.get(&p.line).map_or((&[][..], 0), |(h, f)| (&h[..], *f));
    let pieces = p.pieces(hits);
    let highlight = ctx.is_some_and(|c| c.highlight);
    html! {
        <p id={format!("p-{}", p.line)} class="para" lang={t.content_lang()}>
            { for runs(&pieces, |x| x.figure).into_iter().map(|(fig, a, b)| {
                let inner = render_hits(p, &pieces[a..b], first, search.current);
                match (fig.and_then(|k| p.figures.get(k)), ctx) {
                    (Some(f), Some(ctx)) if highlight => figure_mark(t, f, inner, ctx),
                    _ => inner,
                }
            }) }
        </p>
    }
}

/// What a paragraph is drawn with: the reader's language, the figures' state and the search.
pub struct ParagraphContext {
    pub strings: &'static Strings,
    pub figures: Option<FigureContext>,
    pub search: SearchContext,
}

/// The contexts a component drawing paragraphs reads (it re-renders when one changes).
#[hook]
pub fn use_paragraph_context() -> ParagraphContext {
    ParagraphContext {
        strings: use_strings(),
        figures: use_context::<FigureContext>(),
        search: use_context::<SearchContext>().unwrap_or_default(),
    }
}
