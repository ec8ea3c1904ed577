//! The figures table: which figures it shows (by kind and unit) and in what order, and the
//! units it offers to filter by. Sorting is stable, so ties keep reading order.

use super::{Figure, FigureKind, Unit};

/// How the figures table is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// reading order
    #[default]
    Position,
    /// by normalised value (dates by date), smallest first
    Value,
    Topic,
    Speaker,
    Kind,
}

/// Which figures the table shows: None means all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableFilter {
    pub kind: Option<FigureKind>,
    pub unit: Option<Unit>,
}

/// The figures of a briefing for the table: filtered, then sorted (stable: ties keep reading
/// order), descending when asked. Each row comes with its figure's place in `figures`, which
/// names the row whatever the figure's id.
pub fn table<'a>(
    figures: &[&'a Figure],
    filter: &TableFilter,
    sort: SortKey,
    descending: bool,
) -> Vec<(usize, &'a Figure)> {
    let mut rows: Vec<(usize, &Figure)> = figures
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, f)| {
            filter.kind.is_none_or(|k| f.kind == k) && filter.unit.is_none_or(|u| f.unit == u)
        })
        .collect();
    let kind_rank = |k: FigureKind| match k {
        FigureKind::Statistic => 0,
        FigureKind::Target => 1,
        FigureKind::Date => 2,
    };
    let unit_rank = |u: Unit| UNIT_ORDER.iter().position(|&v| v == u).unwrap_or(UNIT_ORDER.len());
    let flip = |ord: std::cmp::Ordering| if descending { ord.reverse() } else { ord };
    crate::order::sort_by(&mut rows, |(ia, a), (ib, b)| {
        let ord = match sort {
            SortKey::Position => flip(ia.cmp(ib)),
            // by value within each unit (counts, then amounts, percentages … dates by date): 60万个
            // and 4个月 are not more or less than each other; the units keep their order either way
            SortKey::Value => unit_rank(a.unit).cmp(&unit_rank(b.unit)).then_with(|| {
                flip(match (a.value, b.value) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => a.date.cmp(&b.date),
                })
            }),
            SortKey::Topic => flip(a.topic.unwrap_or(0).cmp(&b.topic.unwrap_or(0))),
            SortKey::Speaker => flip(a.speaker.cmp(&b.speaker)),
            SortKey::Kind => flip(kind_rank(a.kind).cmp(&kind_rank(b.kind))),
        };
        ord.then(ia.cmp(ib))
    });
    rows
}

/// The order units are listed and grouped in, for readers.
const UNIT_ORDER: [Unit; 9] = [
    Unit::Count,
    Unit::Yuan,
    Unit::Currency,
    Unit::Percent,
    Unit::PercentagePoint,
    Unit::Years,
    Unit::Months,
    Unit::Days,
    Unit::Date,
];

/// The units present among the figures, in a fixed order, for the table's unit filter.
pub fn units_present(figures: &[&Figure]) -> Vec<Unit> {
    UNIT_ORDER.into_iter().filter(|u| figures.iter().any(|f| f.unit == *u)).collect()
}
