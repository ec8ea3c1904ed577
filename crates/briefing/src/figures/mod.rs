//! Figures in Chinese text: find them, normalise them, and tell names from numbers.
//!
//! A figure is a number a reader would want to see stand out: 超过60万个, 74.5%, 4.3个百分点,
//! 1865亿元, 三到五年, 2020年8月. Its span covers its qualifier (超过, 近, 多) and its unit or
//! measure word. Numbers that are names (5G, R17, 337调查, 十四五, 十九届五中全会, 第七次,
//! “两个毫不动摇”) and the counting words of a speaker's own list (三个特点 followed by 第一,
//! 第二, 第三) are not figures.
//!
//! Here: the figure itself (what it measures, its qualifier and kind) and how its value is written
//! out (600,000; 60万; 74.5). Beside it, one job a file, each using only what is here and in the
//! files listed before it: `numerals` reads and writes numbers (a leaf: it knows nothing of
//! figures), `words` lists the words around a number that make it a figure, `recognise` finds the
//! figures of a paragraph or a turn, `glosses` gives them the English glosses written by hand, and
//! `table`, `summary` and `charts` arrange found figures for the figures table, a topic's summary
//! and its comparison charts. Everything public is re-exported here, so `briefing::figures::X` is
//! the path whichever file defines `X`.

use serde::{Deserialize, Serialize};

mod charts;
mod glosses;
pub mod measure;
pub mod numerals;
mod recognise;
mod summary;
mod table;
mod words;

pub use charts::{comparisons, Bar, Comparison};
pub use glosses::apply_glosses;
pub use numerals::read_value;
pub use recognise::{recognise, recognise_turn};
pub use summary::{
    clause, clause_in, key_figures, split_at, summary_label, CLAUSE_CHARS, KEY_FIGURES_SHOWN,
};
pub use table::{table, units_present, SortKey, TableFilter};

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// 74.5%
    Percent,
    /// 4.3个百分点: a difference of percentages, not a percentage.
    PercentagePoint,
    /// 元, 万元, 亿元 (the magnitude is in the value)
    Yuan,
    /// a count, with its measure word when it has one (个, 家, 款 …)
    Count,
    /// a length of time in years (两年多, 三到五年)
    Years,
    /// a length of time in months (4个月)
    Months,
    /// a length of time in days
    Days,
    /// a point or span in the calendar (2020年, 2020年8月, 1月29日, 2020年1—11月)
    Date,
    /// money in another currency: 3000万美元, 20亿英镑 (the currency is the measure word)
    Currency,
}

impl Unit {
    /// Its place in [`UNIT_NAMES_ZH`] and [`UNIT_NAMES_EN`].
    pub fn index(self) -> usize {
        match self {
            Unit::Percent => 0,
            Unit::PercentagePoint => 1,
            Unit::Yuan => 2,
            Unit::Count => 3,
            Unit::Years => 4,
            Unit::Months => 5,
            Unit::Days => 6,
            Unit::Date => 7,
            Unit::Currency => 8,
        }
    }
}

/// What each unit is called, for readers: the app's interface and the static rendering.
pub const UNIT_NAMES_ZH: [&str; 9] =
    ["百分比", "百分点", "金额（元）", "数量", "年数", "月数", "天数", "日期", "金额（外币）"];
pub const UNIT_NAMES_EN: [&str; 9] = [
    "percentage",
    "percentage points",
    "amount (yuan)",
    "count",
    "years",
    "months",
    "days",
    "date",
    "amount (other currency)",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// 超过, 突破, 逾
    Over,
    /// N多: 60多家, 8500多亿元, 两年多
    MoreThan,
    /// 近, 约, 将近, 接近
    About,
    /// 不超过, 最多
    AtMost,
    /// 不少于, 至少
    AtLeast,
    /// 底: 2020年12月底
    EndOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKind {
    /// a number reported as fact
    Statistic,
    /// a number planned or promised (计划新建5G基站60万个)
    Target,
    /// a date
    Date,
}

impl FigureKind {
    /// The name used in the data and in `data-kind`: statistic, target, date.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Statistic => "statistic",
            FigureKind::Target => "target",
            FigureKind::Date => "date",
        }
    }
}

/// One figure found in a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Character offsets `[start, end)` in the paragraph text.
    pub start: usize,
    pub end: usize,
    /// The figure as printed, qualifier and unit included.
    pub text: String,
    /// The normalised number (60万 → 600000; 74.5% → 74.5). None for dates.
    pub value: Option<f64>,
    /// The upper end of a range (三到五年 → 5).
    pub upper: Option<f64>,
    /// ISO form of a date or date span: 2020, 2020-08, 2021-01-29, 2020-01/2020-11.
    pub date: Option<String>,
    pub unit: Unit,
    /// The measure word as printed (个, 家, 款, 项 …), when there is one.
    pub measure: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub kind: FigureKind,
    /// Stable id, `f{line}-{n}`: source line of the paragraph and position in it from 1.
    pub id: String,
    /// The topic it belongs to (None in the editor's note).
    pub topic: Option<u32>,
    /// Who said it (None in the editor's note).
    pub speaker: Option<String>,
    /// What it means, in a short English phrase.
    pub gloss: String,
}

impl Figure {
    /// The value for a `data-value` attribute: the ISO date, `3-5` for a range, or the number
    /// without a trailing `.0`.
    pub fn data_value(&self) -> String {
        if let Some(d) = &self.date {
            return d.clone();
        }
        match (self.value, self.upper) {
            (Some(v), Some(u)) => format!("{}-{}", plain_number(v), plain_number(u)),
            (Some(v), None) => plain_number(v),
            _ => String::new(),
        }
    }
}

/// A plain English description made from the figure's parts (over 600,000; 74.5%; 3–5 years),
/// for figures that have no gloss written for them.
pub fn default_gloss(f: &Figure) -> String {
    if let Some(d) = &f.date {
        return d.clone();
    }
    let q = match f.qualifier {
        Some(Qualifier::Over) => "over ",
        Some(Qualifier::MoreThan) => "more than ",
        Some(Qualifier::About) => "about ",
        Some(Qualifier::AtMost) => "at most ",
        Some(Qualifier::AtLeast) => "at least ",
        Some(Qualifier::EndOf) => "end of ",
        None => "",
    };
    let n = |v: f64| grouped(v);
    let amount = match (f.value, f.upper) {
        (Some(v), Some(u)) => format!("{}–{}", n(v), n(u)),
        (Some(v), None) => n(v),
        _ => String::new(),
    };
    let unit = match f.unit {
        Unit::Percent => "%".to_string(),
        Unit::PercentagePoint => " percentage points".to_string(),
        Unit::Yuan => " yuan".to_string(),
        Unit::Years => " years".to_string(),
        Unit::Months => " months".to_string(),
        Unit::Days => " days".to_string(),
        Unit::Currency => match f.measure.as_deref() {
            Some("美元") => " US dollars",
            Some("欧元") => " euros",
            Some("英镑") => " pounds sterling",
            Some("日元") => " yen",
            Some("卢布") => " roubles",
            Some("港元" | "港币") => " Hong Kong dollars",
            _ => "",
        }
        .to_string(),
        Unit::Count | Unit::Date => String::new(),
    };
    format!("{q}{amount}{unit}")
}

/// 600000 → "600,000"; 74.5 → "74.5".
pub fn grouped(v: f64) -> String {
    let s = plain_number(v);
    let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// 600000.0 → "600000", 74.5 → "74.5" (at most four decimals). Written with integer
/// arithmetic: float formatting would add kilobytes to the WebAssembly build.
pub fn plain_number(v: f64) -> String {
    if v.abs() >= 1e14 {
        // no room for four decimals in a u64: a whole number (exact up to 2^128; the
        // recogniser never gives a figure anywhere near that)
        let sign = if v < 0.0 { "-" } else { "" };
        return format!("{sign}{}", v.abs().round() as u128);
    }
    let scaled = (v.abs() * 10000.0).round() as u64;
    let (int, frac) = (scaled / 10000, scaled % 10000);
    let sign = if v < 0.0 && scaled > 0 { "-" } else { "" };
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let frac = format!("{frac:04}");
    format!("{sign}{int}.{}", frac.trim_end_matches('0'))
}

/// 600000 → "60万", 186500000000 → "1865亿", 74.5 → "74.5": the value in Chinese grouping.
pub fn chinese_grouped(v: f64) -> String {
    let abs = v.abs();
    let (scaled, suffix) = if abs >= 1e8 {
        (v / 1e8, "亿")
    } else if abs >= 1e4 {
        (v / 1e4, "万")
    } else {
        (v, "")
    };
    format!("{}{suffix}", plain_number((scaled * 10000.0).round() / 10000.0))
}

/// What the recogniser knows about where the text comes from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The year to give dates printed without one (1月29日).
    pub year: Option<u32>,
}
