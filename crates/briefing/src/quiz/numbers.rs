//! Numbers as printed: a figure's number (Arabic or Chinese), options of its shape to choose
//! among, a plausible other value, and whether a typed answer means the same number.

use super::Rng;
use crate::figures::{Figure, FigureKind, Unit};
use crate::search::fold;

/// A digit or decimal point as printed, ASCII or full-width (６０万个, ７４．５％), as ASCII.
pub(super) fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' | '.' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        '．' => Some('.'),
        _ => None,
    }
}

/// `number` (ASCII) in full-width digits when the figure prints its number so, for a statement
/// put in its place.
pub(super) fn as_printed(f: &Figure, number: &str) -> String {
    if !f.text.chars().any(|c| ('０'..='９').contains(&c)) {
        return number.to_string();
    }
    number
        .chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '.' => '．',
            _ => c,
        })
        .collect()
}

/// The Arabic number inside a figure's surface: (start, end) in characters and its text, in
/// ASCII digits however it is printed.
pub(super) fn arabic_part(f: &Figure) -> Option<(usize, usize, String)> {
    let chars: Vec<char> = f.text.chars().collect();
    let start = chars.iter().position(|c| digit(*c).is_some_and(|d| d != '.'))?;
    let mut digits = String::new();
    let mut end = start;
    while let Some(d) = chars.get(end).and_then(|c| digit(*c)) {
        digits.push(d);
        end += 1;
    }
    (!digits.ends_with('.')).then_some((start, end, digits))
}

/// The shape of a printed number that a blind guesser could read: digits before the point,
/// digits after it, and trailing zeros of a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    int_digits: usize,
    decimals: usize,
    trailing_zeros: usize,
}

fn shape(s: &str) -> Shape {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let trailing_zeros =
        if frac.is_empty() { int.chars().rev().take_while(|&c| c == '0').count() } else { 0 };
    Shape { int_digits: int.len(), decimals: frac.len(), trailing_zeros }
}

/// `v` written with exactly `shape`'s decimals, or None when it does not fit the shape.
fn format_shaped(v: f64, sh: Shape) -> Option<String> {
    let scale = 10f64.powi(sh.decimals as i32);
    let units = (v * scale).round() as i64;
    if units <= 0 {
        return None;
    }
    let int = units / scale as i64;
    let frac = units % scale as i64;
    let s = if sh.decimals == 0 {
        int.to_string()
    } else {
        format!("{int}.{frac:0width$}", width = sh.decimals)
    };
    (shape(&s) == sh && !(sh.decimals > 0 && s.ends_with('0'))).then_some(s)
}

/// Rounds `v` to a number of the given shape: whole numbers keep their count of trailing zeros
/// (500 → 300, 700, not 650), decimals their places with a non-zero last digit.
fn to_shape(v: f64, sh: Shape) -> Option<String> {
    if sh.decimals > 0 {
        let step = 10f64.powi(-(sh.decimals as i32));
        let mut x = (v / step).round() * step;
        if format_shaped(x, sh).is_none() {
            x += step; // a last digit of 0: move one step
        }
        return format_shaped(x, sh);
    }
    let step = 10f64.powi(sh.trailing_zeros as i32);
    let mut k = (v / step).round();
    if (k as i64) % 10 == 0 {
        k += 1.0; // one more trailing zero would make it rounder than the answer
    }
    format_shaped(k * step, sh)
}

/// Three distractors and the answer, shuffled so that the answer's rank among the four values
/// is uniform. None when the number's shape leaves no room for three plausible values on both
/// sides (11 has no two-digit neighbour below it without a trailing zero): such a figure is only
/// asked as a typed question, because a choice question would give it away by its rank.
pub fn number_options(answer: &str, rng: &mut Rng) -> Option<(Vec<String>, usize)> {
    let value = crate::numerals::decimal(answer)?;
    let sh = shape(answer);
    let mut below: Vec<String> = Vec::new();
    let mut above: Vec<String> = Vec::new();
    for _ in 0..400 {
        if below.len() >= 3 && above.len() >= 3 {
            break;
        }
        let want_below = below.len() < 3 && (above.len() >= 3 || rng.below(2) == 0);
        // spread: 0.45–0.95 of the answer below it, 1.08–2.2 above
        let factor = if want_below { 0.45 + 0.5 * rng.unit() } else { 1.08 + 1.12 * rng.unit() };
        let Some(s) = to_shape(value * factor, sh) else { continue };
        let Some(v) = crate::numerals::decimal(&s) else { continue };
        if s == answer || below.contains(&s) || above.contains(&s) {
            continue;
        }
        if v < value && below.len() < 3 {
            below.push(s);
        } else if v > value && above.len() < 3 {
            above.push(s);
        }
    }
    if below.len() < 3 || above.len() < 3 {
        return None;
    }
    let rank = rng.below(4); // how many options are smaller than the answer
    rng.shuffle(&mut below);
    rng.shuffle(&mut above);
    let mut all: Vec<String> = below
        .into_iter()
        .take(rank)
        .chain(std::iter::once(answer.to_string()))
        .chain(above.into_iter().take(3 - rank))
        .collect();
    rng.shuffle(&mut all);
    let index = all.iter().position(|o| o == answer)?;
    Some((all, index))
}

/// Characters of a number written in Chinese (百万家, 四方面, 十大类, 不超过两家).
const CHINESE_NUMERALS: &str = "零一二两三四五六七八九十百千万亿";

/// The Chinese numeral of a count with no Arabic digits in it: (start, end) in characters, and
/// its text. Ranges and dates are not asked.
pub(super) fn chinese_part(f: &Figure) -> Option<(usize, usize, String)> {
    if arabic_part(f).is_some()
        || f.upper.is_some()
        || f.unit != Unit::Count
        || f.kind == FigureKind::Date
    {
        return None;
    }
    let chars: Vec<char> = f.text.chars().collect();
    let start = chars.iter().position(|c| CHINESE_NUMERALS.contains(*c))?;
    let end = start + chars[start..].iter().take_while(|c| CHINESE_NUMERALS.contains(**c)).count();
    Some((start, end, chars[start..end].iter().collect()))
}

/// Is `numeral` followed by `measure` written in `text` as a number of its own (万家, but not
/// the end of 十万家)?
pub(super) fn writes_count(text: &str, numeral: &str, measure: &str) -> bool {
    let pattern = format!("{numeral}{measure}");
    text.match_indices(&pattern)
        .any(|(i, _)| !text[..i].chars().next_back().is_some_and(|c| CHINESE_NUMERALS.contains(c)))
}

/// Round magnitudes as counts are written (百万家, 十万家, 万家), smallest first.
const MAGNITUDES: [&str; 9] = ["十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿"];

/// Three other numerals of the answer's kind and the answer, shuffled: neighbours on the ladder
/// of magnitudes (百万 → 十万, 千万 …), or whole numbers written alike (四 → 三, 五 …; 两 for
/// 2, as it is said before a measure word). None printed in the prompt (`printed`), and the
/// answer's rank among the four uniform, so "the biggest" is no better a guess than any other;
/// None when one side has no room for three.
pub(super) fn chinese_options(
    numeral: &str,
    printed: &dyn Fn(&str) -> bool,
    rng: &mut Rng,
) -> Option<(Vec<String>, usize)> {
    let ladder: Vec<String> = if numeral != "十" && MAGNITUDES.contains(&numeral) {
        MAGNITUDES.iter().map(|m| m.to_string()).collect()
    } else {
        let n = crate::numerals::parse_small(numeral).filter(|n| (1..=99).contains(n))?;
        if crate::numerals::to_chinese(n) != numeral.replace('两', "二") {
            return None;
        }
        (1..=n + 12)
            .map(|k| if k == 2 { "两".to_string() } else { crate::numerals::to_chinese(k) })
            .collect()
    };
    let at = ladder.iter().position(|m| m.replace('两', "二") == numeral.replace('两', "二"))?;
    let below: Vec<&String> = ladder[..at].iter().rev().filter(|m| !printed(m)).take(3).collect();
    let above: Vec<&String> = ladder[at + 1..].iter().filter(|m| !printed(m)).take(3).collect();
    if below.len() < 3 || above.len() < 3 {
        return None;
    }
    let rank = rng.below(4);
    let mut all: Vec<String> =
        below[..rank].iter().chain(&above[..3 - rank]).map(|m| m.to_string()).collect();
    all.push(numeral.to_string());
    rng.shuffle(&mut all);
    let index = all.iter().position(|o| o == numeral)?;
    Some((all, index))
}

/// One plausible other value of the same shape (for altered true/false statements).
pub(super) fn plausible_other(answer: &str, rng: &mut Rng) -> Option<String> {
    let value = crate::numerals::decimal(answer)?;
    let sh = shape(answer);
    (0..100).find_map(|_| {
        let factor =
            if rng.below(2) == 0 { 0.45 + 0.5 * rng.unit() } else { 1.08 + 1.12 * rng.unit() };
        to_shape(value * factor, sh).filter(|s| s != answer)
    })
}

/// Does a typed answer mean the same number as the blank's answer? Accepts 60, 60万 (when the
/// blank stands before 万), 600000, 六十万, full-width digits, grouping commas and spaces.
pub fn typed_matches(typed: &str, answer: &str, unit_after_blank: &str) -> bool {
    let typed: String =
        typed.chars().map(fold).filter(|c| !c.is_whitespace() && *c != ',').collect();
    let Some(want) = crate::numerals::decimal(answer) else { return false };
    let magnitude = if unit_after_blank.starts_with('亿') {
        1e8
    } else if unit_after_blank.starts_with('万') {
        1e4
    } else {
        1.0
    };
    let unit_tail: String =
        unit_after_blank.chars().skip_while(|c| *c == '万' || *c == '亿').collect();
    let typed = typed
        .strip_suffix(unit_tail.as_str())
        .filter(|_| !unit_tail.is_empty())
        .unwrap_or(&typed)
        .to_string();
    let Some(got) = crate::figures::read_value(&typed) else { return false };
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    // read as written (600000, 60万, 六十万) or in the blank's scale (60)
    close(got, want * magnitude) || close(got, want)
}
