//! The recogniser: finds the figures of a paragraph or of a speaker's turn. A number (read by
//! the number reader) becomes a figure when what surrounds it says so: not a name (5G, 第七次,
//! 十四五), a date, or a quantity with its unit, range, qualifier and kind (statistic or target);
//! a turn-level pass leaves out the counting words that head a speaker's own list.

use super::numerals::{chinese_digit, is_number_char, read_number, Number};
use super::words::{
    ends_with_at, inside_short_quote, starts_with_at, CURRENCIES, MAX_VALUE, MEASURES,
    QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RHETORICAL_NOUNS, TARGET_CUES,
};
use super::{Context, Figure, FigureKind, Qualifier, Unit};

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
        let starts_clause =
            matches!(prev, '\n' | '。' | ';' | '；' | ':' | '：' | ',' | '，' | '、');
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
    if ["调查", "号", "决议"].iter().any(|w| starts_with_at(chars, num.end, w)) {
        return None; // 337调查, 第2321号决议, 1172决议
    }
    if before == Some(&'·') || chars.get(num.end) == Some(&'·') {
        return None; // 9·19共同声明
    }
    if matches!(before, Some('几' | '数')) || (before == Some(&'上') && "百千万".contains(first))
    {
        return None; // 几十家, 数十万, 上千名: no number is given
    }
    if inside_short_quote(chars, i) {
        return None; // “两个毫不动摇”, “六稳”
    }
    if chars.get(num.end) == Some(&'年')
        && ["远景目标", "议程", "可持续发展议程"]
            .iter()
            .any(|w| starts_with_at(chars, num.end + 1, w))
    {
        return None; // 二〇三五年远景目标, 2030年议程: the name of a plan
    }
    if chinese_only && matches!(before, Some('这' | '那' | '此' | '该' | '其')) {
        return None; // 这两项工作: pointing back, not counting
    }
    if let Some(d) = date_at(chars, i, &num, ctx) {
        return Some(d);
    }
    if num.arabic && chars.get(num.end) == Some(&'日') {
        return None; // 22日表示: a day without its month, neither a date to learn nor a count
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
    if matches!(chars.get(end), Some('时' | '点'))
        || (num.arabic && matches!(before, Some('点' | '时')))
    {
        return None; // 上午10时, 0—24时, 6点07分: a time of day
    }
    let mut more = num.more;
    if matches!(chars.get(end), Some('多' | '余')) {
        more = true;
        end += 1; // 60多家, 50余名
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
    if let Some(cur) = CURRENCIES.iter().find(|w| starts_with_at(chars, k, w)) {
        return Some((Unit::Currency, Some(cur.to_string()), k + cur.chars().count()));
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
    // 将 right before a number is 把 (并将1名受伤的渔民移交), not "will"
    let cue_at = |cue: &str| {
        before.match_indices(cue).any(|(b, _)| {
            let next = before[b + cue.len()..].chars().next().or_else(|| chars.get(start).copied());
            cue != "将" || !next.is_some_and(is_number_char)
        })
    };
    let cued = TARGET_CUES.iter().any(|cue| cue_at(cue));
    cued && !PAST_MARKERS.iter().any(|m| sentence.contains(m))
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
                        let d1 = small(&d).unwrap_or(1);
                        iso = match day_span_end(chars, end, m1, d1) {
                            Some((m2, d2, e2)) => {
                                end = e2;
                                format!(
                                    "{year}-{}-{}/{year}-{}-{}",
                                    two(m1),
                                    two(d1),
                                    two(m2),
                                    two(d2)
                                )
                            }
                            None => format!("{year}-{}-{}", two(m1), two(d1)),
                        };
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
            iso = match year_span_end(chars, end, year) {
                // 1990年至2016年(底): one span
                Some((y2, e2)) => {
                    end = e2;
                    format!("{year}/{y2}")
                }
                None => year.to_string(),
            };
            if chars.get(end) == Some(&'底') {
                end += 1;
                qualifier = Some(Qualifier::EndOf);
            }
        }
        return Some(date_found(chars, i, end, iso, qualifier));
    }
    // 1月29日 without a year (the event's, or 去年/明年 from it)
    let said_year = [("今年", 0i32), ("去年", -1), ("前年", -2), ("明年", 1)]
        .into_iter()
        .find(|(w, _)| ends_with_at(chars, i, w))
        .map(|(_, shift)| shift);
    if (num.arabic || said_year.is_some()) && chars.get(num.end) == Some(&'月') {
        let m = small(num).filter(|&v| v <= 12)?;
        let year = ctx.year.map(|y| (y as i32 + said_year.unwrap_or(0)) as u32);
        let ym = |y: Option<u32>, m: u32| match y {
            Some(y) => format!("{y}-{}", two(m)),
            None => format!("--{}", two(m)),
        };
        let day = read_number(chars, num.end + 1)
            .filter(|d| chars.get(d.end) == Some(&'日') && small(d).is_some_and(|v| v <= 31));
        let Some(d) = day else {
            // a month on its own: 今年7月, 去年12月, 1月中旬
            end = num.end + 1;
            for part in ["上旬", "中旬", "下旬", "初", "中", "底"] {
                if starts_with_at(chars, end, part) {
                    end += part.chars().count();
                    break;
                }
            }
            return Some(date_found(chars, i, end, ym(year, m), None));
        };
        let day = small(&d).unwrap_or(1);
        end = d.end + 1;
        let iso = match day_span_end(chars, end, m, day) {
            // 6月16日至22日, 12月31日至1月2日
            Some((m2, d2, e2)) => {
                end = e2;
                format!("{}-{}/{}-{}", ym(year, m), two(day), ym(year, m2), two(d2))
            }
            None => format!("{}-{}", ym(year, m), two(day)),
        };
        return Some(date_found(chars, i, end, iso, None));
    }
    None
}

/// The end of a span of days after `M月D日` at `k`: 至22日, 至7月2日, —22日 → (month, day, end).
fn day_span_end(chars: &[char], k: usize, m: u32, d: u32) -> Option<(u32, u32, usize)> {
    if !matches!(chars.get(k), Some('至' | '到' | '—' | '-' | '–' | '~' | '～')) {
        return None;
    }
    let small = |n: &Number| (n.value.fract() == 0.0 && n.value >= 1.0).then_some(n.value as u32);
    let n = read_number(chars, k + 1)?;
    let v = small(&n)?;
    match chars.get(n.end) {
        Some('日') if v > d && v <= 31 => Some((m, v, n.end + 1)),
        Some('月') if v > m && v <= 12 => {
            let d2 = read_number(chars, n.end + 1)?;
            let dv = small(&d2).filter(|&x| x <= 31)?;
            (chars.get(d2.end) == Some(&'日')).then_some((v, dv, d2.end + 1))
        }
        _ => None,
    }
}

/// The end of a span of years after `YYYY年` at `k`: 至2016年 → (2016, end).
fn year_span_end(chars: &[char], k: usize, y: u32) -> Option<(u32, usize)> {
    if !matches!(chars.get(k), Some('至' | '到' | '—' | '-' | '–')) {
        return None;
    }
    let n = read_number(chars, k + 1)?;
    let y2 = n.value as u32;
    let ok = n.arabic && n.value.fract() == 0.0 && y2 > y && y2 <= 2999;
    (ok && chars.get(n.end) == Some(&'年')).then_some((y2, n.end + 1))
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
