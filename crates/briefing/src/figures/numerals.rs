//! Chinese numerals for small counts (heading numbers, ordinals), and plain decimals.

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Reads a heading's numeral: Chinese (一, 十二, 二十, 一百零五) or ASCII / full-width digits, a
/// whole number and nothing else. `None` for anything else, including the empty string. The
/// figure recogniser's reader does the work, so headings and figures read numbers alike.
pub fn parse_small(s: &str) -> Option<u32> {
    crate::figures::read_value(s)
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
