//! The reading view's interface state and its reducer. Components send actions; nothing here
//! touches the DOM.

use std::rc::Rc;

use briefing::figures::{FigureKind, SortKey, TableFilter, Unit};
use yew::prelude::*;

/// Where the figure popover points: the figure and the page coordinates under its mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Popover {
    pub id: AttrValue,
    pub left: f64,
    pub top: f64,
    /// opened by a click or tap: stays until closed
    pub pinned: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// figures highlighted in the text
    pub highlight: bool,
    pub popover: Option<Popover>,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: TableFilter,
    /// a figure to scroll to and flash, with a counter so the same figure can flash again
    pub flash: Option<(AttrValue, u32)>,
}

impl Default for View {
    fn default() -> Self {
        View {
            highlight: true,
            popover: None,
            sort: SortKey::Position,
            descending: false,
            filter: TableFilter::default(),
            flash: None,
        }
    }
}

pub enum Action {
    SetHighlight(bool),
    /// hover or keyboard focus reached a figure
    Show(Popover),
    /// pointer or focus left a figure: closes an unpinned popover for it
    Hide(AttrValue),
    /// click or tap: pins the popover, or closes it when already pinned on that figure
    Toggle(Popover),
    Close,
    SortBy(SortKey),
    /// back to reading order
    ResetSort,
    FilterKind(Option<FigureKind>),
    FilterUnit(Option<Unit>),
    /// jump to a figure in the text
    Flash(AttrValue),
    FlashDone(u32),
}

impl Reducible for View {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut v = (*self).clone();
        match action {
            Action::SetHighlight(on) => {
                v.highlight = on;
                if !on {
                    v.popover = None;
                }
            }
            Action::Show(p) => {
                if v.popover.as_ref().is_none_or(|q| !q.pinned) {
                    v.popover = Some(p);
                }
            }
            Action::Hide(id) => {
                if v.popover.as_ref().is_some_and(|q| q.id == id && !q.pinned) {
                    v.popover = None;
                }
            }
            Action::Toggle(p) => {
                let same_pinned = v.popover.as_ref().is_some_and(|q| q.id == p.id && q.pinned);
                v.popover = if same_pinned { None } else { Some(Popover { pinned: true, ..p }) };
            }
            Action::Close => v.popover = None,
            Action::SortBy(key) => {
                if v.sort == key {
                    v.descending = !v.descending;
                } else {
                    v.sort = key;
                    v.descending = false;
                }
            }
            Action::ResetSort => {
                v.sort = SortKey::Position;
                v.descending = false;
            }
            Action::FilterKind(k) => v.filter.kind = k,
            Action::FilterUnit(u) => v.filter.unit = u,
            Action::Flash(id) => {
                let n = v.flash.as_ref().map_or(0, |(_, n)| n + 1);
                v.highlight = true;
                v.flash = Some((id, n));
            }
            Action::FlashDone(n) => {
                if v.flash.as_ref().is_some_and(|(_, m)| *m == n) {
                    v.flash = None;
                }
            }
        }
        Rc::new(v)
    }
}

/// What paragraphs need to render figures: whether to mark them, which one flashes, and where
/// to send pointer and keyboard events.
#[derive(Clone, PartialEq)]
pub struct FigureContext {
    pub highlight: bool,
    pub flash: Option<AttrValue>,
    pub open: Option<AttrValue>,
    pub dispatch: Callback<Action>,
}
