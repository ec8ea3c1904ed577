//! "The same measure in other briefings" (issue #30): what a figure counts, so that the count of
//! 5G base stations in one briefing finds the count of 5G base stations in the next.
//!
//! A figure's [`Measure`] is its unit, its measure word, and its subject: the words right
//! before it in its clause, without the verbs and qualifiers that lead up to a number (达到,
//! 超过, 累计, 同比增长 …). 全国5G基站超过70万个 measures 5G基站 in 万个-counts (Count, 个).
//! Two figures measure the same thing when unit and measure word are the same, their subjects
//! end in the same two characters (the head of a Chinese noun phrase is its end: 基站, 增加值),
//! and one holds the other or they share a run of [`SHARED_CHARS`] characters without a digit
//! (22日 is a date, not a thing). Dates are not measures.

use super::{Figure, FigureKind, Unit};
use crate::model::Briefing;

/// Characters two subjects must share (or one must hold the other) to be the same measure.
pub const SHARED_CHARS: usize = 3;

/// Characters of the subject kept, counting back from the figure.
const SUBJECT_CHARS: usize = 10;

/// Words between a subject and its number, taken off the end of the subject, longest first.
const LEAD_UP: &[&str] = &[
    "同比增长",
    "同比下降",
    "同比增加",
    "同比减少",
    "增长了",
    "提高了",
    "下降了",
    "达到了",
    "达到",
    "超过",
    "突破",
    "累计",
    "共计",
    "合计",
    "新增",
    "增长",
    "提高",
    "下降",
    "增加",
    "减少",
    "完成",
    "实现",
    "分别",
    "约为",
    "已达",
    "高达",
    "只有",
    "仅为",
    "同比",
    "比重",
    "占比",
    "达",
    "为",
    "有",
    "约",
    "近",
    "共",
    "占",
    "是",
    "了",
    "已",
    "将",
    "至",
    "到",
    "的",
    "增",
    "降",
    "超",
    "逾",
    "约",
];

/// What a figure measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    pub unit: Unit,
    /// the measure word or currency (个, 家, 美元), when there is one
    pub measure: Option<String>,
    /// the thing counted, as printed before the figure (5G基站, 规模以上工业增加值)
    pub subject: String,
}

/// The measure of figure `f` of a paragraph whose text is `text`; `None` for a date, a figure
/// with no value, or one with no words before it in its clause.
pub fn measure_of(text: &str, f: &Figure) -> Option<Measure> {
    if f.kind == FigureKind::Date || f.unit == Unit::Date || f.value.is_none() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut start = f.start.min(chars.len());
    while start > 0 && (is_han(chars[start - 1]) || chars[start - 1].is_ascii_alphanumeric()) {
        start -= 1;
    }
    let mut subject: String = chars[start..f.start.min(chars.len())].iter().collect();
    'strip: loop {
        for w in LEAD_UP {
            if let Some(rest) = subject.strip_suffix(w) {
                subject = rest.to_string();
                continue 'strip;
            }
        }
        break;
    }
    let n = subject.chars().count();
    let subject: String = subject.chars().skip(n.saturating_sub(SUBJECT_CHARS)).collect();
    (subject.chars().count() >= 2).then(|| Measure {
        unit: f.unit,
        measure: f.measure.clone(),
        subject,
    })
}

/// Do the two measure the same thing? (See the module's rule.)
pub fn same_measure(a: &Measure, b: &Measure) -> bool {
    let head = |s: &str| s.chars().rev().take(2).collect::<String>();
    let holds = |x: &str, y: &str| y.chars().count() >= SHARED_CHARS && x.contains(y);
    a.unit == b.unit
        && a.measure == b.measure
        && head(&a.subject) == head(&b.subject)
        && (holds(&a.subject, &b.subject)
            || holds(&b.subject, &a.subject)
            || shares_run(&a.subject, &b.subject, SHARED_CHARS))
}

fn shares_run(a: &str, b: &str, n: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    a.windows(n)
        .filter(|w| !w.iter().any(char::is_ascii_digit))
        .any(|w| b.contains(&w.iter().collect::<String>()))
}

fn is_han(c: char) -> bool {
    crate::repair::is_han(c)
}

/// The measure of the figure with id `id` in `b` (from its paragraph's text).
pub fn measure_of_id(b: &Briefing, id: &str) -> Option<Measure> {
    b.paragraphs()
        .find_map(|p| p.figures.iter().find(|f| f.id == id).map(|f| (p, f)))
        .and_then(|(p, f)| measure_of(&p.text, f))
}

/// One figure of another briefing that counts the same thing as the figure asked about.
#[derive(Debug, Clone, PartialEq)]
pub struct Across<'a> {
    /// which of the briefings given (its place in the list)
    pub book: usize,
    pub figure: &'a Figure,
}

/// The figures of `books` (each with the date of its event) whose measure is the same as
/// `measure` ([`same_measure`]), in date order (briefings without a date last), each briefing's
/// in reading order. The briefing the figure comes from is left out by its caller.
pub fn across<'a>(measure: &Measure, books: &[(&'a Briefing, Option<&'a str>)]) -> Vec<Across<'a>> {
    let mut found: Vec<(Option<&str>, usize, Across)> = Vec::new();
    for (book, (b, date)) in books.iter().enumerate() {
        for p in b.paragraphs() {
            for f in &p.figures {
                if measure_of(&p.text, f).is_some_and(|m| same_measure(measure, &m)) {
                    found.push((*date, book, Across { book, figure: f }));
                }
            }
        }
    }
    // (stable: one briefing's figures stay in reading order)
    found.sort_by(|a, b| match (a.0, b.0) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.1.cmp(&b.1),
    });
    found.into_iter().map(|(_, _, a)| a).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measures(text: &str) -> Vec<Measure> {
        let figs = crate::figures::recognise(text, crate::figures::Context::default());
        figs.iter().filter_map(|f| measure_of(text, f)).collect()
    }

    #[test]
    fn the_subject_is_what_stands_before_the_number_without_the_lead_up() {
        let m = measures("全国5G基站超过70万个，覆盖所有地级以上城市。");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].subject, "全国5G基站");
        assert_eq!((m[0].unit, m[0].measure.as_deref()), (Unit::Count, Some("个")));
        let m = measures("规模以上工业增加值同比增长2.8%。");
        assert_eq!(m[0].subject, "规模以上工业增加值");
    }

    #[test]
    fn the_same_thing_counted_in_two_briefings_matches_and_another_does_not() {
        let a = &measures("全国5G基站超过70万个。")[0];
        let b = &measures("我国已建成5G基站131.5万个。")[0];
        let c = &measures("全国已有中小企业4000万家。")[0];
        let d = &measures("5G终端连接数达到2亿个。")[0];
        assert!(same_measure(a, b), "{a:?} {b:?}");
        assert!(!same_measure(a, c), "another measure word");
        assert!(!same_measure(a, d), "{a:?} {d:?}: 5G alone is not the same thing");
        // the same words before different heads: arrears are not relief
        let e = &measures("拖欠中小企业账款1865亿元。")[0];
        let f = &measures("全年为中小企业减负超过1000亿元。")[0];
        assert!(!same_measure(e, f), "{e:?} {f:?}");
        // a shared date is not a shared thing
        let g = &measures("本月22日是两国建交45周年。")[0];
        let h = &measures("22日是地球日50周年。")[0];
        assert!(!same_measure(g, h), "{g:?} {h:?}");
    }
}
