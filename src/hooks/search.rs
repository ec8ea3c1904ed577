//! The search over the briefing on show, run again when the filter changes.

use std::collections::HashMap;
use std::rc::Rc;

use briefing::search::{Filter, Index, Results};
use yew::prelude::*;

use crate::data::Shared;
use crate::state::HitsByLine;

/// This filter's results: the Q&As and hits, the hits by paragraph line (each with the number
/// of its first hit across the view), and the Q&As shown (`None`: no filter, all of them).
pub type Search = (Rc<Results>, Rc<HitsByLine>, Option<Rc<std::collections::HashSet<String>>>);

/// The index is built once per briefing; the search runs once per filter.
#[hook]
pub fn use_search(briefing: &Result<Shared, String>, filter: &Filter) -> Rc<Search> {
    let index = {
        let briefing = briefing.clone();
        use_memo((), move |_| briefing.as_ref().ok().map(|b| Index::new(b)))
    };
    use_memo(filter.clone(), move |f| {
        let results = index.as_ref().as_ref().map(|i| i.run(f)).unwrap_or_default();
        let mut hits = HashMap::new();
        let mut first = 0;
        for h in &results.hits {
            hits.insert(h.line, (h.spans.clone(), first));
            first += h.spans.len();
        }
        let visible = (!f.is_empty()).then(|| Rc::new(results.qas.iter().cloned().collect()));
        (Rc::new(results), Rc::new(hits), visible)
    })
}
