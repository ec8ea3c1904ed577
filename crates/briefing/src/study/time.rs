//! Instants and calendar days for the study record: milliseconds since 1970 UTC, written and read
//! as ISO 8601 (`2026-12-01T08:00:00Z`, `2026-12-01T08:00:00.250Z`) and days as `YYYY-MM-DD`.
//!
//! A calendar day is the reader's own: every function that cuts time into days takes the local
//! offset from UTC (`offset`, in ms, positive east of Greenwich), and the command line uses 0.

/// One minute, in ms.
pub const MINUTE_MS: i64 = 60_000;
/// One day, in ms.
pub const DAY_MS: i64 = 24 * 60 * MINUTE_MS;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month, day) of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    days_from_civil(if m == 12 { y + 1 } else { y }, if m == 12 { 1 } else { m + 1 }, 1)
        - days_from_civil(y, m, 1)
}

/// Reads exactly `n` ASCII digits.
fn digits(s: &str, n: usize) -> Option<i64> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// The day number (since 1970-01-01) of `YYYY-MM-DD`, years 1970–9999; `None` for anything else,
/// including dates that do not exist (2026-02-30).
pub fn parse_date(s: &str) -> Option<i64> {
    let (y, rest) = s.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    let (y, m, d) = (digits(y, 4)?, digits(m, 2)?, digits(d, 2)?);
    ((1970..=9999).contains(&y) && (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
        .then(|| days_from_civil(y, m, d))
}

/// `YYYY-MM-DD` of a day number.
pub fn format_date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The instant of `2026-12-01T08:00:00Z` or `2026-12-01T08:00:00.25Z` (a fraction of up to nine
/// digits, kept to the ms); `+00:00` may stand for `Z`. Other offsets and anything malformed are
/// refused: the record is kept in UTC.
pub fn parse_instant(s: &str) -> Option<i64> {
    let body = s.strip_suffix('Z').or_else(|| s.strip_suffix("+00:00"))?;
    let (date, clock) = body.split_once('T')?;
    let day = parse_date(date)?;
    let (hms, frac) = match clock.split_once('.') {
        Some((hms, frac)) => (hms, Some(frac)),
        None => (clock, None),
    };
    let mut parts = hms.split(':');
    let (h, mi, sec) =
        (digits(parts.next()?, 2)?, digits(parts.next()?, 2)?, digits(parts.next()?, 2)?);
    if parts.next().is_some() || h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    let ms = match frac {
        None => 0,
        Some(f) if (1..=9).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{f:0<3}").get(..3).and_then(|m| m.parse::<i64>().ok())?
        }
        Some(_) => return None,
    };
    Some(day * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 + ms)
}

/// ISO 8601 UTC of an instant: `2026-12-01T08:00:00Z`, with `.mmm` only when there are ms.
pub fn format_instant(ms: i64) -> String {
    let (day, rest) = (ms.div_euclid(DAY_MS), ms.rem_euclid(DAY_MS));
    let (s, milli) = (rest / 1000, rest % 1000);
    let clock = format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
    if milli == 0 {
        format!("{}T{clock}Z", format_date(day))
    } else {
        format!("{}T{clock}.{milli:03}Z", format_date(day))
    }
}

/// The reader's calendar day of an instant, for a local offset from UTC (ms).
pub fn day_of(ms: i64, offset: i64) -> i64 {
    (ms + offset).div_euclid(DAY_MS)
}

/// The instant a local calendar day begins.
pub fn start_of(day: i64, offset: i64) -> i64 {
    day * DAY_MS - offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_round_trip_through_iso_8601() {
        let t = parse_instant("2026-12-01T08:00:00Z").unwrap();
        assert_eq!(t, 1_796_112_000_000);
        assert_eq!(format_instant(t), "2026-12-01T08:00:00Z");
        assert_eq!(parse_instant("2026-12-01T08:00:00.25Z"), Some(t + 250));
        assert_eq!(parse_instant("2026-12-01T08:00:00.123456789+00:00"), Some(t + 123));
        assert_eq!(format_instant(t + 7), "2026-12-01T08:00:00.007Z");
        assert_eq!(
            parse_instant("2024-02-29T23:59:59Z").map(format_instant).as_deref(),
            Some("2024-02-29T23:59:59Z")
        );
        assert_eq!(parse_instant("1970-01-01T00:00:00Z"), Some(0));
    }

    #[test]
    fn malformed_instants_and_dates_are_refused() {
        for bad in [
            "",
            "2026-12-01",
            "2026-12-01T08:00:00",
            "2026-12-01T08:00:00+08:00",
            "2026-12-01 08:00:00Z",
            "2026-13-01T08:00:00Z",
            "2026-02-30T08:00:00Z",
            "2026-12-01T24:00:00Z",
            "2026-12-01T08:60:00Z",
            "2026-12-01T08:00:00.Z",
            "2026-12-01T08:00:00.1234567890Z",
            "2026-12-01T8:00:00Z",
            "+026-12-01T08:00:00Z",
            "2026-12-01T08:00:00:00Z",
            "２０２６-12-01T08:00:00Z",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("2024-02-29").map(format_date).as_deref(), Some("2024-02-29"));
        assert_eq!(parse_date("1969-12-31"), None);
    }

    #[test]
    fn days_are_the_readers_own() {
        let t = parse_instant("2026-12-01T20:00:00Z").unwrap();
        let utc = parse_date("2026-12-01").unwrap();
        assert_eq!(day_of(t, 0), utc);
        // 04:00 the next morning in Beijing
        assert_eq!(day_of(t, 8 * 60 * MINUTE_MS), utc + 1);
        assert_eq!(
            start_of(utc + 1, 8 * 60 * MINUTE_MS),
            parse_instant("2026-12-01T16:00:00Z").unwrap()
        );
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        for day in (0..146_097 * 2).step_by(7) {
            assert_eq!(parse_date(&format_date(day)), Some(day));
        }
    }
}
