//! Comparable figures, for charts: the figures of a topic that share a unit and a measure word,
//! and the bars that draw them (on a log scale when their values span orders of magnitude).

use super::{Figure, FigureKind, Unit};

/// Figures of one topic that can stand side by side in a chart: same unit and measure word.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'a> {
    pub unit: Unit,
    pub measure: Option<&'a str>,
    pub figures: Vec<&'a Figure>,
    /// values span more than two orders of magnitude: draw on a log scale
    pub log_scale: bool,
}

/// One bar of a comparison chart.
pub struct Bar<'a> {
    pub figure: &'a Figure,
    pub value: f64,
    /// its length, in tenths of a percent of the chart's width (at least 1.5%, so a small
    /// value still shows)
    pub tenths: u32,
}

impl Bar<'_> {
    /// The length as an SVG width out of 100 ("62.5"). Formatted as integers: float formatting
    /// costs the app kilobytes.
    pub fn width(&self) -> String {
        format!("{}.{}", self.tenths / 10, self.tenths % 10)
    }
}

impl Comparison<'_> {
    /// A bar for each figure with a value, scaled to the largest; on a log scale when the
    /// values span orders of magnitude, so small ones stay visible.
    pub fn bars(&self) -> Vec<Bar<'_>> {
        let max = self.figures.iter().filter_map(|f| f.value).fold(0.0f64, f64::max);
        let share = |v: f64| -> f64 {
            let s =
                if self.log_scale { v.max(1.0).log10() / max.max(10.0).log10() } else { v / max };
            (s * 100.0).clamp(1.5, 100.0)
        };
        self.figures
            .iter()
            .filter_map(|f| {
                let value = f.value?;
                Some(Bar { figure: f, value, tenths: (share(value) * 10.0).round() as u32 })
            })
            .collect()
    }
}

/// Groups of comparable figures in a topic's answers: statistics and targets that share a unit
/// and a measure word, two or more with different values. The generic 个 and lengths of time
/// are left out: 60万个 base stations and 19个 provinces share a measure word, not a meaning.
pub fn comparisons(topic: &crate::Topic) -> Vec<Comparison<'_>> {
    let mut groups: Vec<Comparison<'_>> = Vec::new();
    let answers =
        topic.qas.iter().flat_map(|qa| qa.answers.iter()).flat_map(|a| a.paragraphs.iter());
    for f in answers.flat_map(|p| p.figures.iter()) {
        let chartable = matches!(
            f.unit,
            Unit::Percent | Unit::PercentagePoint | Unit::Yuan | Unit::Currency | Unit::Count
        ) && f.kind != FigureKind::Date
            && f.upper.is_none()
            && f.value.is_some_and(|v| v > 0.0)
            && f.measure.as_deref() != Some("个");
        if !chartable {
            continue;
        }
        let measure = f.measure.as_deref();
        match groups.iter_mut().find(|g| g.unit == f.unit && g.measure == measure) {
            Some(g) => {
                if !g.figures.iter().any(|h| h.value == f.value) {
                    g.figures.push(f);
                }
            }
            None => groups.push(Comparison {
                unit: f.unit,
                measure,
                figures: vec![f],
                log_scale: false,
            }),
        }
    }
    groups.retain(|g| g.figures.len() >= 2);
    for g in &mut groups {
        let values = g.figures.iter().filter_map(|f| f.value);
        let (lo, hi) = values.fold((f64::INFINITY, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        g.log_scale = hi / lo > 100.0;
    }
    groups
}
