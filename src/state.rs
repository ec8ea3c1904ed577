//! The reading view's interface state and its reducer. Components send actions; nothing here
//! touches the DOM.

use std::collections::HashMap;
use std::rc::Rc;

use briefing::figures::{FigureKind, SortKey, TableFilter, Unit};
use briefing::quiz::QuizUrl;
use briefing::search::{Filter, UrlNotice};
use yew::prelude::*;

/// Where the figure popover points: the figure and the page coordinates under its mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Popover {
    pub id: AttrValue,
    pub left: f64,
    pub top: f64,
    /// opened by a click or tap: stays until closed
    pub pinned: bool,
    /// drawn above the mark (`top` is then the top of the mark): there is no room below it
    pub above: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// figures highlighted in the text
    pub highlight: bool,
    pub popover: Option<Popover>,
    pub sort: SortKey,
    pub descending: bool,
    pub table: TableFilter,
    /// a figure to scroll to and flash, with a counter so the same figure can flash again
    pub flash: Option<(AttrValue, u32)>,
    /// what the reader filters by; mirrored in the URL's query string
    pub filter: Filter,
    /// how the last filter change goes into the browser history
    pub history: History,
    /// what could not be used in the URL the page was opened with
    pub notices: Vec<UrlNotice>,
    /// the search hit the reader stepped to (None until they step), and a counter that
    /// changes on every step
    pub current_hit: Option<usize>,
    pub hit_step: u32,
    /// the quiz being taken, when the URL says so
    pub quiz: Option<QuizUrl>,
    /// the panels below the topics (figures table, import and export) are drawn: they come a
    /// frame after the page is hydrated, and are not part of its server rendering
    pub panels: bool,
    /// the figures table may fill a few rows per task: the panels have just come, at start, with
    /// the reading view on show and no #fragment in the URL (so the reader is above the table).
    /// Any other action clears it: a table drawn later (back from a quiz) is drawn whole, so
    /// that nothing grows above a reader who has gone further down.
    pub gradual: bool,
    /// the figure whose measure the reader follows into the library's other briefings (shown
    /// by the figures table), with a counter so the same figure can be asked for again
    pub same: Option<(AttrValue, u32)>,
}

/// How a filter change is recorded in the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum History {
    /// the change came from the URL (load, back, forward): leave the history alone
    Keep,
    /// typing: replace the current entry
    Replace,
    /// a chip: a new entry, so Back undoes it
    Push,
}

impl Default for View {
    fn default() -> Self {
        View {
            highlight: true,
            popover: None,
            sort: SortKey::Position,
            descending: false,
            table: TableFilter::default(),
            flash: None,
            filter: Filter::default(),
            history: History::Keep,
            notices: Vec::new(),
            current_hit: None,
            hit_step: 0,
            quiz: None,
            panels: false,
            gradual: false,
            same: None,
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
    /// the same measure as this figure in the library's other briefings (the popover's button)
    SameMeasure(AttrValue),
    SortBy(SortKey),
    /// back to reading order
    ResetSort,
    FilterKind(Option<FigureKind>),
    FilterUnit(Option<Unit>),
    /// jump to a figure in the text
    Flash(AttrValue),
    /// typing in the search box
    SetQuery(String),
    ToggleTopic(u32),
    ToggleSpeaker(String),
    /// only the questions of this outlet (新华社), or all again
    ToggleOutlet(String),
    ToggleFigures,
    ClearFilters,
    /// the URL changed (load, back, forward)
    FromUrl(Filter, Vec<UrlNotice>, Option<QuizUrl>),
    DismissNotices,
    StartQuiz(QuizUrl),
    CloseQuiz,
    /// next or previous search hit, out of `count`
    StepHit {
        forward: bool,
        count: usize,
    },
    FlashDone(u32),
    /// the panels below the topics can be drawn; `at_fragment`: the URL has a #fragment, so the
    /// reader may be anywhere on the page
    ShowPanels {
        at_fragment: bool,
    },
}

impl Reducible for View {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut v = (*self).clone();
        v.gradual =
            matches!(action, Action::ShowPanels { at_fragment: false }) && self.quiz.is_none();
        match action {
            Action::ShowPanels { .. } => v.panels = true,
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
            Action::SameMeasure(id) => {
                v.popover = None;
                v.same = Some((id, v.same.as_ref().map_or(0, |s| s.1 + 1)));
            }
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
            Action::FilterKind(k) => v.table.kind = k,
            Action::FilterUnit(u) => v.table.unit = u,
            Action::SetQuery(q) => {
                v.filter.query = q;
                v.history = History::Replace;
                v.current_hit = None;
            }
            Action::ToggleTopic(n) => {
                toggle(&mut v.filter.topics, n);
                briefing::order::sort(&mut v.filter.topics);
                v.history = History::Push;
                v.current_hit = None;
            }
            Action::ToggleSpeaker(name) => {
                toggle(&mut v.filter.speakers, name);
                v.history = History::Push;
                v.current_hit = None;
            }
            Action::ToggleOutlet(name) => {
                toggle(&mut v.filter.outlets, name);
                v.history = History::Push;
                v.current_hit = None;
            }
            Action::ToggleFigures => {
                v.filter.figures_only = !v.filter.figures_only;
                v.history = History::Push;
                v.current_hit = None;
            }
            Action::ClearFilters => {
                v.filter = Filter::default();
                v.history = History::Push;
                v.current_hit = None;
            }
            Action::FromUrl(filter, notices, quiz) => {
                v.filter = filter;
                v.notices = notices;
                v.quiz = quiz;
                v.history = History::Keep;
                v.current_hit = None;
            }
            Action::StartQuiz(q) => {
                v.quiz = Some(q);
                v.popover = None;
                v.history = History::Push;
            }
            Action::CloseQuiz => {
                v.quiz = None;
                v.history = History::Push;
            }
            Action::DismissNotices => v.notices.clear(),
            Action::StepHit { forward, count } => {
                if count > 0 {
                    v.current_hit = Some(match (v.current_hit, forward) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    });
                    v.hit_step += 1;
                }
            }
            Action::Flash(id) => {
                if v.quiz.take().is_some() {
                    v.history = History::Push; // leaving the quiz for the source
                }
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

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}

/// Per paragraph (source line): its hit spans, and the global number of its first hit.
pub type HitsByLine = HashMap<usize, (Vec<(usize, usize)>, usize)>;

/// Search hits by paragraph (source line): the spans and the global number of the first one.
#[derive(Clone, PartialEq, Default)]
pub struct SearchContext {
    pub hits: Rc<HitsByLine>,
    pub current: Option<usize>,
    /// the Q&As to show; None when nothing is filtered
    pub visible: Option<Rc<std::collections::HashSet<String>>>,
}

impl SearchContext {
    pub fn shows(&self, qa_id: &str) -> bool {
        self.visible.as_ref().is_none_or(|v| v.contains(qa_id))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_view_is_the_whole_briefing_without_the_panels_below_it() {
        // what the server renders and the browser hydrates: no filter, no quiz, no panels
        let first = Rc::new(View::default());
        assert!(first.filter.is_empty() && first.quiz.is_none() && !first.panels);
        let later = first.reduce(Action::ShowPanels { at_fragment: false });
        assert!(later.panels);
        // and the panels stay whatever the reader does next
        assert!(later.reduce(Action::SetQuery("芯片".into())).panels);
    }

    #[test]
    fn following_a_figure_into_the_library_closes_its_popover_and_can_be_asked_again() {
        let pinned = Popover { id: "f1".into(), left: 0.0, top: 0.0, pinned: true, above: false };
        let open = Rc::new(View::default()).reduce(Action::Toggle(pinned));
        assert!(open.popover.is_some());
        let asked = open.reduce(Action::SameMeasure("f1".into()));
        assert!(asked.popover.is_none());
        assert_eq!(asked.same, Some((AttrValue::from("f1"), 0)));
        // the same figure again is a new request (the table shows it again after a close)
        assert_eq!(
            asked.reduce(Action::SameMeasure("f1".into())).same.as_ref().map(|s| s.1),
            Some(1)
        );
    }

    #[test]
    fn the_figures_table_fills_gradually_only_when_the_panels_come_with_the_reading_view_at_its_top(
    ) {
        // at start, the reader at the top of the reading view: a few rows per task
        let start = Rc::new(View::default()).reduce(Action::ShowPanels { at_fragment: false });
        assert!(start.gradual);
        // opened at a #fragment (#stats, #topic-3): the reader may be below the table
        assert!(!Rc::new(View::default()).reduce(Action::ShowPanels { at_fragment: true }).gradual);
        // whatever comes next draws a new table whole
        assert!(!start.clone().reduce(Action::SetQuery("芯片".into())).gradual);
        // a page opened on a quiz: the table is drawn when the reader comes back, whole
        let quiz = QuizUrl {
            seed: 1,
            count: 5,
            mode: briefing::quiz::Mode::Practice,
            topics: vec![],
            kinds: vec![],
            review: false,
        };
        let opened =
            Rc::new(View::default()).reduce(Action::FromUrl(Filter::default(), vec![], Some(quiz)));
        let panels = opened.reduce(Action::ShowPanels { at_fragment: false });
        assert!(panels.panels && !panels.gradual);
        let back = panels.reduce(Action::CloseQuiz);
        assert!(back.quiz.is_none() && !back.gradual);
    }
}
