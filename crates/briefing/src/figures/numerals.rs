//! Numbers as a briefing prints them: read (Arabic or full-width digits, Chinese numerals, or a
//! mix: 60万, 六十万, 0.5万, 8500多亿, 二〇三五), and written for headings (一, 十二, 二十三);
//! plain decimals read without the standard library's float parser.
//!
//! One reader serves the figure recogniser, a heading's number (`parse_small`), and a typed quiz
//! answer (`read_value`), so all three read a number alike. A leaf: it uses nothing else of the
//! crate, so everything that reads numbers can depend on it, and it on nothing.

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Reads a heading's numeral: Chinese (一, 十二, 二十, 一百零五) or ASCII / full-width digits, a
/// whole number and nothing else. `None` for anything else, including the empty string. The
/// figure recogniser's reader does the work, so headings and figures read numbers alike.
pub fn parse_small(s: &str) -> Option<u32> {
    read_value(s)
        .filter(|v| v.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(v))
        .map(|v| v as u32)
}

/// Reads a plain decimal: an optional sign, ASCII digits with at most one point (`12`, `-3.5`,
/// `0.25`, `.5`, `7.`), nothing else: no exponent, `inf` or `NaN`, spaces or grouping. The value
/// is the correctly rounded `f64` (the same as `str::parse`) whenever the digits, without the
/// point, are a whole number below 2^53 and there are at most 22 after the point: every number
/// in a briefing, a quiz answer or a typed reply. Longer ones are read to within a rounding or
/// two from their first 16 digits.
///
/// (Written out instead of `str::parse::<f64>`, which brings a 10 KB table of powers of five
/// into the browser's download for numbers a briefing never has.)
pub fn decimal(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    if whole.len() + frac.len() == 0
        || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // the digits as a whole number `m` times 10^`exp`. `m` takes digits while one more keeps it
    // below 2^53, so it is exact; past that, a digit of the whole part only scales it and one
    // of the fraction is dropped.
    const ROOM: f64 = (1u64 << 53) as f64 / 10.0;
    let (mut m, mut exp) = (0.0f64, 0i32);
    for b in whole.bytes() {
        if m < ROOM {
            m = m * 10.0 + f64::from(b - b'0');
        } else {
            exp += 1;
        }
    }
    for b in frac.bytes() {
        if m >= ROOM {
            break;
        }
        m = m * 10.0 + f64::from(b - b'0');
        exp -= 1;
    }
    // 10^k is exact up to k = 22: one rounding, the correctly rounded value
    let value = if exp >= 0 { m * 10f64.powi(exp) } else { m / 10f64.powi(-exp) };
    Some(if negative { -value } else { value })
}

/// Writes 1..=99 in Chinese numerals as headings use them (一, 十, 十二, 二十三); larger
/// numbers in Arabic digits.
pub fn to_chinese(n: u32) -> String {
    let d = |k: u32| DIGITS[k as usize].to_string();
    match n {
        0..=9 => d(n),
        10 => "十".into(),
        11..=19 => format!("十{}", d(n % 10)),
        20..=99 if n.is_multiple_of(10) => format!("{}十", d(n / 10)),
        20..=99 => format!("{}十{}", d(n / 10), d(n % 10)),
        _ => n.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// reading numbers: the figure recogniser's reader, and so the headings'

fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

pub(super) fn chinese_digit(c: char) -> Option<u32> {
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

pub(super) fn is_number_char(c: char) -> bool {
    ascii_digit(c).is_some()
        || chinese_digit(c).is_some()
        || small_unit(c).is_some()
        || c == '万'
        || c == '亿'
}

/// A number read from the text: where it ends, its value, and what it was written with.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Number {
    pub(super) end: usize,
    pub(super) value: f64,
    /// written with Arabic digits (at least one)
    pub(super) arabic: bool,
    /// Chinese digits only, no units: 二〇三五 (a year written digit by digit)
    pub(super) digit_string: bool,
    /// has 万 or 亿
    pub(super) magnitude: bool,
    /// 多 inside the number (8500多亿) or right after it
    pub(super) more: bool,
}

/// Reads the number starting at `i`: Arabic digits (with `,` grouping and a decimal point),
/// Chinese numerals, or a mix (1百23, 0.5万, 8500多亿).
pub(super) fn read_number(chars: &[char], i: usize) -> Option<Number> {
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
                value: decimal(&digits)?,
                arabic,
                digit_string: false,
                magnitude: false,
                more,
            }),
            n if n > 1 && (n == 4 || run.iter().any(|&c| c == '〇' || c == '零')) => {
                Some(Number {
                    end: j,
                    value: decimal(&digits)?,
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
            pending = decimal(&s);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_heading_numerals() {
        let cases = [
            ("一", Some(1)),
            ("七", Some(7)),
            ("十", Some(10)),
            ("十二", Some(12)),
            ("二十", Some(20)),
            ("二十三", Some(23)),
            ("一百零五", Some(105)),
            ("两", Some(2)),
            ("3", Some(3)),
            ("１２", Some(12)),
            ("", None),
            ("一二", None),
            ("十百", None),
            ("甲", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_small(s), want, "{s}");
        }
    }

    #[test]
    fn reads_decimals_as_the_standard_reader_does() {
        for s in [
            "0",
            "7",
            "12",
            "-3.5",
            "+2",
            "0.25",
            ".5",
            "7.",
            "1.4",
            "0.1",
            "2020",
            "123456789.123456",
            "-0.001",
            "9007199254740991",
            "3.14159265358979",
        ] {
            assert_eq!(decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        for s in ["", "-", ".", "1e5", "inf", "NaN", "1.2.3", " 1", "1,000", "１２", "--1", "0x10"]
        {
            assert_eq!(decimal(s), None, "{s:?}");
        }
        // beyond 53 bits: within a rounding of the exact value
        let long = decimal("12345678901234567890.5").unwrap_or(0.0);
        assert!((long / 12345678901234567890.5 - 1.0).abs() < 1e-15, "{long}");
        let digits = format!("1.{}", "4".repeat(400));
        assert!(
            (decimal(&digits).unwrap_or(0.0) - 1.444_444_444_444_444).abs() < 1e-15,
            "{digits}"
        );
    }

    #[test]
    fn writes_and_reads_back() {
        for n in 1..=99 {
            assert_eq!(parse_small(&to_chinese(n)), Some(n), "{n}");
        }
    }
}
