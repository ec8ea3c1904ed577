//! Figures in Chinese text: find them, normalise them, and tell names from numbers.
//!
//! A figure is a number a reader would want to see stand out: 超过60万个, 74.5%, 4.3个百分点,
//! 1865亿元, 三到五年, 2020年8月. Its span covers its qualifier (超过, 近, 多) and its unit or
//! measure word. Numbers that are names (5G, R17, 337调查, 十四五, 十九届五中全会, 第七次,
//! “两个毫不动摇”) and the counting words of a speaker's own list (三个特点 followed by 第一,
//! 第二, 第三) are not figures.

use serde::{Deserialize, Serialize};

pub mod numerals;

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
        }
    }
}

/// What each unit is called, for readers: the app's interface and the static rendering.
pub const UNIT_NAMES_ZH: [&str; 8] =
    ["百分比", "百分点", "金额（元）", "数量", "年数", "月数", "天数", "日期"];
pub const UNIT_NAMES_EN: [&str; 8] = [
    "percentage",
    "percentage points",
    "amount (yuan)",
    "count",
    "years",
    "months",
    "days",
    "date",
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

/// What the recogniser knows about where the text comes from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The year to give dates printed without one (1月29日).
    pub year: Option<u32>,
}

// ---------------------------------------------------------------------------------------------
// numbers

fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn chinese_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '零' => Some(0),
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn small_unit(c: char) -> Option<f64> {
    match c {
        '十' => Some(10.0),
        '百' => Some(100.0),
        '千' => Some(1000.0),
        _ => None,
    }
}

fn is_number_char(c: char) -> bool {
    ascii_digit(c).is_some()
        || chinese_digit(c).is_some()
        || small_unit(c).is_some()
        || c == '万'
        || c == '亿'
}

/// A number read from the text: where it ends, its value, and what it was written with.
#[derive(Debug, Clone, PartialEq)]
struct Number {
    end: usize,
    value: f64,
    /// written with Arabic digits (at least one)
    arabic: bool,
    /// Chinese digits only, no units: 二〇三五 (a year written digit by digit)
    digit_string: bool,
    /// has 万 or 亿
    magnitude: bool,
    /// 多 inside the number (8500多亿) or right after it
    more: bool,
}

/// Reads the number starting at `i`: Arabic digits (with `,` grouping and a decimal point),
/// Chinese numerals, or a mix (1百23, 0.5万, 8500多亿).
fn read_number(chars: &[char], i: usize) -> Option<Number> {
    // the run of characters that can belong to a number
    let mut j = i;
    while j < chars.len() {
        let c = chars[j];
        let digit_next = |k: usize| chars.get(k).and_then(|&n| ascii_digit(n)).is_some();
        let ok = is_number_char(c)
            || ((c == '.' || c == '．') && j > i && digit_next(j - 1) && digit_next(j + 1))
            || (c == ','
                && j > i
                && digit_next(j - 1)
                && (1..=3).all(|o| digit_next(j + o))
                && !digit_next(j + 4))
            || (c == '多' && j > i && matches!(chars.get(j + 1), Some('万' | '亿')));
        if !ok {
            break;
        }
        j += 1;
    }
    if j == i {
        return None;
    }
    let run = &chars[i..j];
    let arabic = run.iter().any(|&c| ascii_digit(c).is_some());
    let has_units = run.iter().any(|&c| small_unit(c).is_some() || c == '万' || c == '亿');
    let more = run.contains(&'多');
    if !arabic && !has_units {
        // Chinese digits alone: one digit (三), or a year written digit by digit (二〇三五)
        let digits: String = run
            .iter()
            .filter_map(|&c| chinese_digit(c))
            .filter_map(|d| char::from_digit(d, 10))
            .collect();
        return match digits.len() {
            1 => Some(Number {
                end: j,
                value: crate::numerals::decimal(&digits)?,
                arabic,
                digit_string: false,
                magnitude: false,
                more,
            }),
            n if n > 1 && (n == 4 || run.iter().any(|&c| c == '〇' || c == '零')) => {
                Some(Number {
                    end: j,
                    value: crate::numerals::decimal(&digits)?,
                    arabic,
                    digit_string: true,
                    magnitude: false,
                    more,
                })
            }
            _ => None,
        };
    }
    let mut total = 0.0f64; // completed 亿 and 万 groups
    let mut section = 0.0f64; // below 万
    let mut pending: Option<f64> = None; // a number waiting for its unit
    let mut last_unit = f64::INFINITY;
    let mut magnitude = false;
    let mut k = 0;
    let mut end = j;
    while k < run.len() {
        let c = run[k];
        if ascii_digit(c).is_some() {
            if pending.is_some() {
                end = i + k;
                break;
            }
            let mut s = String::new();
            while k < run.len() {
                match run[k] {
                    ch if ascii_digit(ch).is_some() => {
                        s.push(char::from_digit(ascii_digit(ch).unwrap_or(0), 10).unwrap_or('0'));
                    }
                    '.' | '．' => s.push('.'),
                    ',' => {}
                    _ => break,
                }
                k += 1;
            }
            pending = crate::numerals::decimal(&s);
            continue;
        }
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                pending = None; // 一百零五
            } else if pending.is_some() {
                end = i + k;
                break;
            } else {
                pending = Some(d as f64);
            }
            k += 1;
            continue;
        }
        if let Some(u) = small_unit(c) {
            if u >= last_unit {
                end = i + k;
                break;
            }
            // 十 alone at the start is 10
            let n =
                pending.take().unwrap_or(if section == 0.0 && total == 0.0 { 1.0 } else { 0.0 });
            if n == 0.0 {
                end = i + k;
                break;
            }
            section += n * u;
            last_unit = u;
            k += 1;
            continue;
        }
        if c == '万' || c == '亿' {
            let group = section + pending.take().unwrap_or(0.0);
            let group = if group == 0.0 && total == 0.0 { 1.0 } else { group };
            if c == '亿' {
                total = (total + group) * 1e8;
            } else {
                total += group * 1e4;
            }
            section = 0.0;
            last_unit = f64::INFINITY;
            magnitude = true;
            k += 1;
            continue;
        }
        k += 1; // 多 inside: 8500多亿
    }
    let value = total + section + pending.unwrap_or(0.0);
    Some(Number { end, value, arabic, digit_string: false, magnitude, more })
}

/// The value of a string that is one number and nothing else (60, 60万, 六十万, 0.5万, １２),
/// or None.
pub fn read_value(s: &str) -> Option<f64> {
    let chars: Vec<char> = s.chars().collect();
    let n = read_number(&chars, 0)?;
    (n.end == chars.len()).then_some(n.value)
}

// ---------------------------------------------------------------------------------------------
// context words

/// Measure words that make a count a figure. Longest first.
const MEASURES: [&str; 26] = [
    "个百分点",
    "大类",
    "方面",
    "个",
    "家",
    "款",
    "项",
    "类",
    "位",
    "名",
    "人",
    "次",
    "件",
    "台",
    "辆",
    "座",
    "所",
    "条",
    "种",
    "户",
    "场",
    "批",
    "部",
    "倍",
    "只",
    "艘",
];

/// No figure is this large: 10^18 is a million 万亿.
const MAX_VALUE: f64 = 1e18;

/// Qualifiers printed after a figure.
const QUALIFIERS_AFTER: [(&str, Qualifier); 4] = [
    ("以上", Qualifier::AtLeast),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("左右", Qualifier::About),
];

const QUALIFIERS_BEFORE: [(&str, Qualifier); 13] = [
    ("不超过", Qualifier::AtMost),
    ("不少于", Qualifier::AtLeast),
    ("将近", Qualifier::About),
    ("接近", Qualifier::About),
    ("大约", Qualifier::About),
    ("超过", Qualifier::Over),
    ("突破", Qualifier::Over),
    ("至少", Qualifier::AtLeast),
    ("最多", Qualifier::AtMost),
    ("逾", Qualifier::Over),
    ("超", Qualifier::Over),
    ("近", Qualifier::About),
    ("约", Qualifier::About),
];

/// Words before a figure in the same sentence that make it a plan or a promise.
const TARGET_CUES: [&str; 8] = ["计划", "力争", "争取", "预计", "目标", "将", "通过", "到20"];

/// Nouns that, counted with a small Chinese numeral, are rhetoric rather than data:
/// 三个重要领域, 两个重点工作.
const RHETORICAL_NOUNS: [&str; 9] =
    ["方面", "领域", "重点", "特点", "目标", "原则", "任务", "环节", "层面"];

fn starts_with_at(chars: &[char], i: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(j, w)| chars.get(i + j) == Some(&w))
}

fn ends_with_at(chars: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && starts_with_at(chars, end - n, word)
}

/// The quoted phrase around `i`, if `i` is inside short quotes: “十四五”, “两个毫不动摇”.
fn inside_short_quote(chars: &[char], i: usize) -> bool {
    let open = (0..i)
        .rev()
        .take(10)
        .find(|&k| matches!(chars[k], '“' | '”' | '"' | '「' | '」' | '《' | '》'));
    let Some(o) = open else { return false };
    if !matches!(chars[o], '“' | '「' | '"') {
        return false;
    }
    let close = (i..chars.len().min(i + 12)).find(|&k| matches!(chars[k], '”' | '」' | '"'));
    close.is_some()
}

// ---------------------------------------------------------------------------------------------
// the recogniser

/// A figure before the turn-level pass; `small_count` marks a Chinese-numeral count (2–10)
/// that could be a list heading.
struct Found {
    figure: Figure,
    small_count: bool,
}

/// Finds the figures in one paragraph.
pub fn recognise(text: &str, ctx: Context) -> Vec<Figure> {
    let chars: Vec<char> = text.chars().collect();
    find(&chars, ctx).into_iter().map(|f| f.figure).collect()
}

/// Finds the figures in the paragraphs of one speaker's turn. Counting words that head the
/// speaker's own list (三个特点 followed by 第一, 第二, 第三) are left out.
pub fn recognise_turn(paragraphs: &[&str], ctx: Context) -> Vec<Vec<Figure>> {
    let texts: Vec<Vec<char>> = paragraphs.iter().map(|p| p.chars().collect()).collect();
    let mut out = Vec::new();
    for (pi, chars) in texts.iter().enumerate() {
        let found = find(chars, ctx);
        let kept = found
            .into_iter()
            .filter(|f| !(f.small_count && heads_a_list(&texts, pi, f.figure.end, f.figure.value)))
            .map(|f| f.figure)
            .collect();
        out.push(kept);
    }
    out
}

/// Is the count N at (paragraph `pi`, offset `end`) followed by the ordinals 一/第一 … N of a
/// list before any other ordinal?
fn heads_a_list(texts: &[Vec<char>], pi: usize, end: usize, value: Option<f64>) -> bool {
    let Some(n) = value.map(|v| v as u32) else { return false };
    let after: Vec<char> = texts[pi][end..]
        .iter()
        .copied()
        .chain(texts[pi + 1..].iter().flat_map(|t| std::iter::once('\n').chain(t.iter().copied())))
        .collect();
    let ordinal_at = |k: usize| -> Option<u32> {
        // 一是 / 第一, / 第一：
        let c = after[k];
        let prev = if k > 0 { after[k - 1] } else { '\n' };
        if prev == '第' {
            return None; // read at 第
        }
        if c == '第' {
            let d = chinese_digit(*after.get(k + 1)?)?;
            let sep = *after.get(k + 2)?;
            return matches!(sep, ',' | '，' | '、' | ':' | '：' | '是').then_some(d);
        }
        let d = chinese_digit(c)?;
        let starts_clause = matches!(prev, '\n' | '。' | ';' | '；' | ':' | '：' | ',' | '，');
        (starts_clause && after.get(k + 1) == Some(&'是')).then_some(d)
    };
    let ordinals: Vec<u32> = (0..after.len()).filter_map(ordinal_at).collect();
    ordinals.first() == Some(&1) && ordinals.iter().take(n as usize).copied().eq(1..=n)
}

fn find(chars: &[char], ctx: Context) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_number_char(chars[i]) || (i > 0 && is_number_char(chars[i - 1])) {
            i += 1;
            continue;
        }
        match figure_at(chars, i, ctx) {
            Some(f) => {
                i = f.figure.end;
                out.push(f);
            }
            None => {
                // skip the whole number so its tail is not read as another one
                i = read_number(chars, i).map_or(i + 1, |n| n.end.max(i + 1));
            }
        }
    }
    out
}

fn is_ascii_letter(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic())
}

/// A figure whose number starts at `i`, or None when the number is a name or not a figure.
fn figure_at(chars: &[char], i: usize, ctx: Context) -> Option<Found> {
    let num = read_number(chars, i)?;
    let before = if i > 0 { chars.get(i - 1) } else { None };
    // names and ordinals
    if is_ascii_letter(before) || is_ascii_letter(chars.get(num.end)) {
        return None; // 5G, R17, 4K
    }
    if matches!(before, Some('第') | Some('.') | Some('/')) {
        return None; // 第七次, 第一
    }
    let first = chars[i];
    let chinese_only = !num.arabic;
    if chinese_only && chars.get(num.end) == Some(&'是') {
        return None; // 一是, 二是
    }
    if matches!(chars.get(num.end), Some('届')) || starts_with_at(chars, num.end, "中全") {
        return None; // 十九届, 五中全会
    }
    if chinese_only
        && first == '十'
        && chars.get(i + 2) == Some(&'五')
        && chinese_digit(chars.get(i + 1).copied().unwrap_or(' ')).is_some()
    {
        return None; // 十四五
    }
    if starts_with_at(chars, num.end, "调查") || starts_with_at(chars, num.end, "号") {
        return None; // 337调查
    }
    if inside_short_quote(chars, i) {
        return None; // “两个毫不动摇”, “六稳”
    }
    if chars.get(num.end) == Some(&'年') && starts_with_at(chars, num.end + 1, "远景目标") {
        return None; // 二〇三五年远景目标: the name of a plan
    }
    if chinese_only && matches!(before, Some('这' | '那' | '此' | '该' | '其')) {
        return None; // 这两项工作: pointing back, not counting
    }
    if let Some(d) = date_at(chars, i, &num, ctx) {
        return Some(d);
    }
    if chinese_only && num.value <= 1.0 {
        return None; // 一批, 一份, 进一步, 之一
    }

    // a range: 三到五年, 3-5%, 3至5个
    let mut end = num.end;
    let mut upper = None;
    if let Some(&sep) = chars.get(end) {
        if matches!(sep, '到' | '至' | '—' | '-' | '~' | '～') {
            if let Some(n2) = read_number(chars, end + 1) {
                if n2.arabic == num.arabic && n2.value > num.value {
                    upper = Some(n2.value);
                    end = n2.end;
                }
            }
        }
    }
    let mut more = num.more;
    if chars.get(end) == Some(&'多') {
        more = true;
        end += 1;
    }

    // unit
    let (unit, measure, unit_end) = unit_at(chars, end)?;
    let mut end = unit_end;
    if unit == Unit::Count && measure.is_none() && chinese_only {
        return None; // 千行百业, 万众一心: Chinese numerals need a measure word
    }
    if matches!(unit, Unit::Years | Unit::Months | Unit::Days) && chars.get(end) == Some(&'多') {
        more = true;
        end += 1; // 两年多
    }
    // rhetoric: 三个重要领域
    let small_count =
        chinese_only && unit == Unit::Count && (2.0..=10.0).contains(&num.value) && !num.magnitude;
    if small_count && measure.as_deref() == Some("个") {
        let tail: String = chars[end..chars.len().min(end + 4)].iter().collect();
        if RHETORICAL_NOUNS
            .iter()
            .any(|n| tail.starts_with(n) || tail.chars().skip(2).collect::<String>().starts_with(n))
        {
            return None;
        }
    }

    // qualifier after: 60%以上, 200家以内, 3亿元左右
    let mut qualifier = if more { Some(Qualifier::MoreThan) } else { None };
    if let Some((word, q)) = QUALIFIERS_AFTER.iter().find(|(w, _)| starts_with_at(chars, end, w)) {
        qualifier = qualifier.or(Some(*q));
        end += word.chars().count();
    }

    // qualifier before (it wins over one after: 超过60%以上 is "over")
    let mut start = i;
    for (word, q) in QUALIFIERS_BEFORE {
        if ends_with_at(chars, i, word) {
            start = i - word.chars().count();
            qualifier = Some(q);
            break;
        }
    }

    // a run of digits too long to be a quantity anyone reports (and beyond exact arithmetic)
    let too_big = |v: f64| v.is_nan() || v >= MAX_VALUE;
    if too_big(num.value) || upper.is_some_and(too_big) {
        return None;
    }
    let kind = if is_target(chars, start) { FigureKind::Target } else { FigureKind::Statistic };
    let value = Some(num.value);
    Some(Found {
        figure: Figure {
            start,
            end,
            text: chars[start..end].iter().collect(),
            value,
            upper,
            date: None,
            unit,
            measure,
            qualifier,
            kind,
            id: String::new(),
            topic: None,
            speaker: None,
            gloss: String::new(),
        },
        small_count,
    })
}

/// The unit or measure word at `k`: (unit, measure word, end). None when what follows makes
/// the number no figure.
fn unit_at(chars: &[char], k: usize) -> Option<(Unit, Option<String>, usize)> {
    let c = chars.get(k).copied();
    match c {
        Some('%') | Some('％') => return Some((Unit::Percent, None, k + 1)),
        Some('元') => return Some((Unit::Yuan, None, k + 1)),
        _ => {}
    }
    if starts_with_at(chars, k, "个百分点") {
        return Some((Unit::PercentagePoint, None, k + 4));
    }
    if starts_with_at(chars, k, "个月") {
        return Some((Unit::Months, Some("个月".into()), k + 2));
    }
    if starts_with_at(chars, k, "年") {
        return Some((Unit::Years, None, k + 1));
    }
    if starts_with_at(chars, k, "天") {
        return Some((Unit::Days, None, k + 1));
    }
    for m in MEASURES {
        if starts_with_at(chars, k, m) {
            return Some((Unit::Count, Some(m.to_string()), k + m.chars().count()));
        }
    }
    Some((Unit::Count, None, k))
}

/// Words anywhere in a sentence that report the past: its figures are results, not plans.
const PAST_MARKERS: [&str; 4] = ["已", "了", "累计", "去年"];

/// Is the figure starting at `start` part of a plan: a target cue earlier in its sentence, and
/// nothing in the sentence that reports the past?
fn is_target(chars: &[char], start: usize) -> bool {
    let is_end = |c: char| matches!(c, '。' | '；' | ';' | '！' | '？' | '?' | '!' | ':' | '：');
    let sentence_start = (0..start).rev().find(|&k| is_end(chars[k])).map_or(0, |k| k + 1);
    let sentence_end = (start..chars.len()).find(|&k| is_end(chars[k])).unwrap_or(chars.len());
    let before: String = chars[sentence_start..start].iter().collect();
    let sentence: String = chars[sentence_start..sentence_end].iter().collect();
    TARGET_CUES.iter().any(|cue| before.contains(cue))
        && !PAST_MARKERS.iter().any(|m| sentence.contains(m))
}

/// A date starting at `i`: 2020年, 2020年8月, 2020年12月底, 2020年前11个月, 2020年1—11月,
/// 1月29日 (year from the context).
fn date_at(chars: &[char], i: usize, num: &Number, ctx: Context) -> Option<Found> {
    let two = |n: u32| format!("{n:02}");
    let small = |n: &Number| (n.value.fract() == 0.0 && n.value >= 1.0).then_some(n.value as u32);
    let after_year = chars.get(num.end) == Some(&'年');
    let is_year =
        after_year && (num.arabic || num.digit_string) && (1000.0..=2999.0).contains(&num.value);
    let mut end;
    let iso;
    let mut qualifier = None;
    if is_year {
        let year = num.value as u32;
        end = num.end + 1;
        let month = read_number(chars, end).filter(|m| small(m).is_some_and(|v| v <= 12));
        if starts_with_at(chars, end, "前") {
            // 2020年前11个月
            if let Some(m) =
                read_number(chars, end + 1).filter(|m| small(m).is_some_and(|v| v <= 12))
            {
                if starts_with_at(chars, m.end, "个月") {
                    end = m.end + 2;
                    let last = small(&m).unwrap_or(12);
                    iso = format!("{year}-01/{year}-{}", two(last));
                    return Some(date_found(chars, i, end, iso, None));
                }
            }
            iso = year.to_string();
        } else if let Some(m) = month {
            let m1 = small(&m).unwrap_or(1);
            // 2020年1—11月
            if matches!(chars.get(m.end), Some('—' | '-' | '–' | '~' | '～' | '至' | '到')) {
                if let Some(m2) = read_number(chars, m.end + 1)
                    .filter(|x| small(x).is_some_and(|v| v <= 12 && v > m1))
                {
                    if chars.get(m2.end) == Some(&'月') {
                        end = m2.end + 1;
                        iso =
                            format!("{year}-{}/{year}-{}", two(m1), two(small(&m2).unwrap_or(12)));
                        return Some(date_found(chars, i, end, iso, None));
                    }
                }
            }
            if chars.get(m.end) == Some(&'月') {
                end = m.end + 1;
                let day = read_number(chars, end).filter(|d| small(d).is_some_and(|v| v <= 31));
                match day {
                    Some(d) if chars.get(d.end) == Some(&'日') => {
                        end = d.end + 1;
                        iso = format!("{year}-{}-{}", two(m1), two(small(&d).unwrap_or(1)));
                    }
                    _ => iso = format!("{year}-{}", two(m1)),
                }
                if matches!(chars.get(end), Some('底')) {
                    end += 1;
                    qualifier = Some(Qualifier::EndOf);
                }
            } else {
                iso = year.to_string();
            }
        } else {
            iso = year.to_string();
            if chars.get(end) == Some(&'底') {
                end += 1;
                qualifier = Some(Qualifier::EndOf);
            }
        }
        return Some(date_found(chars, i, end, iso, qualifier));
    }
    // 1月29日 without a year
    if num.arabic && chars.get(num.end) == Some(&'月') {
        let m = small(num).filter(|&v| v <= 12)?;
        let d = read_number(chars, num.end + 1)?;
        if chars.get(d.end) != Some(&'日') {
            return None;
        }
        let day = small(&d).filter(|&v| v <= 31)?;
        end = d.end + 1;
        let iso = match ctx.year {
            Some(y) => format!("{y}-{}-{}", two(m), two(day)),
            None => format!("--{}-{}", two(m), two(day)),
        };
        return Some(date_found(chars, i, end, iso, None));
    }
    None
}

fn date_found(
    chars: &[char],
    start: usize,
    end: usize,
    iso: String,
    qualifier: Option<Qualifier>,
) -> Found {
    Found {
        figure: Figure {
            start,
            end,
            text: chars[start..end].iter().collect(),
            value: None,
            upper: None,
            date: Some(iso),
            unit: Unit::Date,
            measure: None,
            qualifier,
            kind: FigureKind::Date,
            id: String::new(),
            topic: None,
            speaker: None,
            gloss: String::new(),
        },
        small_count: false,
    }
}

// ---------------------------------------------------------------------------------------------
// glosses written by hand

/// Reads a gloss table (`id<TAB>text<TAB>gloss`, one header line) and gives each figure of the
/// briefing its written gloss. Every row must name a figure that exists with that exact text,
/// so a stale table is an error, not a silently wrong label.
pub fn apply_glosses(b: &mut crate::Briefing, tsv: &str) -> Result<usize, String> {
    let mut rows = std::collections::HashMap::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(text), Some(gloss), None) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            return Err(format!(
                "glosses line {}: expected id, text and gloss separated by tabs",
                n + 1
            ));
        };
        if gloss.trim().is_empty() {
            return Err(format!("glosses line {}: the gloss for {id} is empty", n + 1));
        }
        rows.insert(id.to_string(), (n + 1, text.to_string(), gloss.trim().to_string()));
    }
    let mut applied = 0;
    for p in b.paragraphs_mut() {
        for f in &mut p.figures {
            if let Some((line, text, gloss)) = rows.remove(&f.id) {
                if text != f.text {
                    return Err(format!(
                        "glosses line {line}: {} is {} in the text, not {text}",
                        f.id, f.text
                    ));
                }
                f.gloss = gloss;
                applied += 1;
            }
        }
    }
    if let Some((id, (line, _, _))) = rows.into_iter().min_by_key(|(_, (line, _, _))| *line) {
        return Err(format!("glosses line {line}: no figure {id} in the briefing"));
    }
    Ok(applied)
}

// ---------------------------------------------------------------------------------------------
// the figures table

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
const UNIT_ORDER: [Unit; 8] = [
    Unit::Count,
    Unit::Yuan,
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

/// How long a figure's clause may be, in characters, where the figure is named in a summary.
pub const CLAUSE_CHARS: usize = 36;

/// The clause a figure stands in: the text between the punctuation before and after it
/// (，。；：！？ and their half-width forms, and line ends), at most `max` characters, cut
/// around the figure with "…". It tells a Chinese reader what the figure counts, in the
/// briefing's own words, as the gloss tells an English reader.
pub fn clause(p: &crate::Paragraph, f: &Figure, max: usize) -> String {
    let chars: Vec<char> = p.text.chars().collect();
    let n = chars.len();
    let (s, e) = (f.start.min(n), f.end.min(n).max(f.start.min(n)));
    let stop = |c: &char| "，。；：！？,;:!?\n".contains(*c);
    let mut a = chars[..s].iter().rposition(stop).map_or(0, |i| i + 1);
    let mut b = chars[e..].iter().position(stop).map_or(n, |i| e + i);
    let long = b - a > max;
    if long {
        // keep the figure, and as much before it as after it
        let room = max.saturating_sub(e - s);
        let before = (s - a).min((room / 2).max(room.saturating_sub(b - e)));
        let after = (b - e).min(room - before);
        (a, b) = (s - before, e + after);
    }
    let mut out = String::new();
    if long && a > 0 && !stop(&chars[a - 1]) {
        out.push('…');
    }
    out.extend(chars[a..b].iter().filter(|c| !c.is_whitespace()));
    if long && b < n && !stop(&chars[b]) {
        out.push('…');
    }
    out
}

/// The clause of a figure of `topic` (see [`clause`]); empty if it is not in the topic.
pub fn clause_in(topic: &crate::Topic, f: &Figure, max: usize) -> String {
    let mut paragraphs = topic
        .qas
        .iter()
        .flat_map(|qa| std::iter::once(&qa.question).chain(qa.answers.iter()))
        .flat_map(|t| t.paragraphs.iter());
    paragraphs
        .find(|p| p.figures.iter().any(|g| g.id == f.id))
        .map_or_else(String::new, |p| clause(p, f, max))
}

/// What a figure counts, as a topic's key figures and charts name it: in Chinese the clause it
/// stands in (cut to [`CLAUSE_CHARS`]), in English its gloss without a closing "(74.5%)" that
/// only repeats the value shown beside it. `None` for `max` gives the whole clause or gloss (a
/// tooltip's).
pub fn summary_label(
    topic: &crate::Topic,
    f: &Figure,
    chinese: bool,
    max: Option<usize>,
) -> String {
    if chinese {
        return clause_in(topic, f, max.unwrap_or(usize::MAX));
    }
    let g = f.gloss.trim_end();
    match (max, g.strip_suffix(')').and_then(|head| head.rsplit_once(" ("))) {
        (Some(_), Some((head, inside))) if inside.chars().any(|c| c.is_ascii_digit()) => {
            head.to_string()
        }
        _ => g.to_string(),
    }
}

/// A label cut around the figure it names: (before, the figure, after); all of it in `before`'s
/// place, the rest empty, when the figure is not in it.
pub fn split_at<'a>(label: &'a str, figure: &str) -> (&'a str, &'a str, &'a str) {
    match label.find(figure).filter(|_| !figure.is_empty()) {
        Some(i) => (&label[..i], &label[i..i + figure.len()], &label[i + figure.len()..]),
        None => (label, "", ""),
    }
}

/// How many key figures a topic's summary shows (in the app and the static rendering).
pub const KEY_FIGURES_SHOWN: usize = 6;

/// A topic's key figures for its summary: the statistics and targets of its answers, in reading
/// order, at most `max`, one per distinct surface.
pub fn key_figures(topic: &crate::Topic, max: usize) -> Vec<&Figure> {
    let mut out: Vec<&Figure> = Vec::new();
    for qa in &topic.qas {
        for p in qa.answers.iter().flat_map(|a| a.paragraphs.iter()) {
            for f in &p.figures {
                if f.kind != FigureKind::Date
                    && !out.iter().any(|g| g.text == f.text)
                    && out.len() < max
                {
                    out.push(f);
                }
            }
        }
    }
    out
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

// ---------------------------------------------------------------------------------------------
// comparable figures, for charts

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
        let chartable =
            matches!(f.unit, Unit::Percent | Unit::PercentagePoint | Unit::Yuan | Unit::Count)
                && f.kind != FigureKind::Date
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
