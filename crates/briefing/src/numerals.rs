//! Chinese numerals for small counts (heading numbers, ordinals).

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit(c: char) -> Option<u32> {
    match c {
        '〇' | '零' => Some(0),
        '两' => Some(2),
        _ => DIGITS.iter().position(|&d| d == c).map(|p| p as u32),
    }
}

/// Reads a Chinese numeral below 10 000 (一, 十二, 二十, 一百零五, 三千二百) or a run of
/// ASCII / full-width digits. `None` for anything else, including the empty string.
pub fn parse_small(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if s.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return s
            .chars()
            .map(|c| if c.is_ascii_digit() { c } else { char::from_u32(c as u32 - 0xFEE0).unwrap_or('0') })
            .collect::<String>()
            .parse()
            .ok();
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    let mut last_unit = u32::MAX;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            if pending.is_some() && d != 0 {
                return None; // two digits in a row: 一二 is not a number
            }
            pending = if d == 0 { None } else { Some(d) };
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        };
        if unit >= last_unit {
            return None; // units must fall: 十百 is not a number
        }
        // 十 alone at the start means 10 (十二 = 12).
        let n = pending.take().unwrap_or(if unit == 10 && total == 0 { 1 } else { 0 });
        if n == 0 {
            return None;
        }
        total += n * unit;
        last_unit = unit;
    }
    Some(total + pending.unwrap_or(0))
}

/// Writes 1..=99 in Chinese numerals as headings use them (一, 十, 十二, 二十三); larger
/// numbers in Arabic digits.
pub fn to_chinese(n: u32) -> String {
    let d = |k: u32| DIGITS[k as usize].to_string();
    match n {
        0..=9 => d(n),
        10 => "十".into(),
        11..=19 => format!("十{}", d(n % 10)),
        20..=99 if n % 10 == 0 => format!("{}十", d(n / 10)),
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
