//! The search over the briefing on show, run again when the filter changes.

use std::collections::HashMap;
use std::rc::Rc;

use briefing::search::{Filter, Index, Results};
use yew::prelude::*;

use crate::data::Shared;
use crate::hooks::use_effect_on;
use crate::state::HitsByLine;

/// This filter's results: the Q&As and hits, the hits by paragraph line (each with the number
/// of its first hit across the view), and the Q&As shown (`None`: no filter, all of them).
pub type Search = (Rc<Results>, Rc<HitsByLine>, Option<Rc<std::collections::HashSet<String>>>);

/// The index is built once per briefing (and once more when the folding of traditional
/// characters arrives); the search runs once per filter.
///
/// 繁/简 folding (`search::fold_script`, OpenCC's table) is code the first view does not
/// fetch: it is asked for when a query is typed or the briefing is in traditional
/// characters, and until it is here the search matches characters as typed.
#[hook]
pub fn use_search(briefing: &Result<Shared, String>, filter: &Filter) -> Rc<Search> {
    let script = use_state(|| None::<briefing::search::Fold>);
    {
        let traditional = briefing.as_ref().is_ok_and(|b| b.traditional);
        let wanted = traditional || !filter.query.trim().is_empty();
        let script = script.clone();
        use_effect_on(wanted, move |&wanted| {
            if wanted && script.is_none() {
                crate::boot::lazy::script_fold(move |fold| script.set(Some(fold)));
            }
        });
    }
    let folds_script = script.is_some();
    let index = {
        let (briefing, fold) = (briefing.clone(), *script);
        use_memo(folds_script, move |_| {
            let fold = fold.unwrap_or(briefing::search::fold);
            briefing.as_ref().ok().map(|b| Index::with_fold(b, fold))
        })
    };
    use_memo((filter.clone(), folds_script), move |(f, _)| {
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
