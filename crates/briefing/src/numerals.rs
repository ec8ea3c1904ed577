//! Chinese numerals for small counts (heading numbers, ordinals).

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Reads a heading's numeral: Chinese (一, 十二, 二十, 一百零五) or ASCII / full-width digits, a
/// whole number and nothing else. `None` for anything else, including the empty string. The
/// figure recogniser's reader does the work, so headings and figures read numbers alike.
pub fn parse_small(s: &str) -> Option<u32> {
    crate::figures::read_value(s)
        .filter(|v| v.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(v))
        .map(|v| v as u32)
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
    fn writes_and_reads_back() {
        for n in 1..=99 {
            assert_eq!(parse_small(&to_chinese(n)), Some(n), "{n}");
        }
    }
}
