//! Study records written before the log (format version 1: a Leitner box, a due time and the
//! latest 20 attempts of each question, as JSON) become logs: each attempt kept is an answer.

use super::log::{Answer, Log, Mode};

/// Why a stored record could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// neither a log nor a version 1 record
    Corrupt(String),
    /// a JSON record of another format version
    UnknownVersion(u32),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Corrupt(e) => write!(f, "the study record is damaged ({e})"),
            RecordError::UnknownVersion(v) => {
                write!(f, "the study record has format version {v}, this app reads 1 and the log")
            }
        }
    }
}

/// A JSON value, as far as a version 1 record needs. (A reader of its own: serde_json's would
/// be the only JSON reader in the app's .wasm, for a record read once.)
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            // (the last of a repeated key, as serde_json keeps it)
            Json::Obj(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn num(&self) -> Option<f64> {
        match self {
            Json::Num(n) => Some(*n),
            _ => None,
        }
    }
}

/// A JSON reader over bytes: RFC 8259, nesting at most `DEPTH` deep.
struct Reader<'a> {
    s: &'a [u8],
    at: usize,
}

const DEPTH: usize = 64;

impl Reader<'_> {
    fn space(&mut self) {
        while self.s.get(self.at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }
    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let ok = self.s.get(self.at) == Some(&b);
        self.at += usize::from(ok);
        ok
    }
    fn word(&mut self, w: &str, v: Json) -> Option<Json> {
        self.s[self.at..].starts_with(w.as_bytes()).then(|| {
            self.at += w.len();
            v
        })
    }
    fn value(&mut self, depth: usize) -> Option<Json> {
        self.space();
        match *self.s.get(self.at)? {
            _ if depth > DEPTH => None,
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => self.string().map(Json::Str),
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Json::Arr(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if self.eat(b'}') {
                    return Some(Json::Obj(fields));
                }
                loop {
                    self.space();
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    fields.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Some(Json::Obj(fields));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            _ => self.number().map(Json::Num),
        }
    }
    fn number(&mut self) -> Option<f64> {
        let start = self.at;
        while self
            .s
            .get(self.at)
            .is_some_and(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
        {
            self.at += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.at]).ok()?;
        let (mantissa, exp) = match text.find(['e', 'E']) {
            Some(i) => (&text[..i], text[i + 1..].parse::<i32>().ok()?),
            None => (text, 0),
        };
        // JSON's grammar: no leading +, no bare point, no leading zeros
        let digits = mantissa.strip_prefix('-').unwrap_or(mantissa);
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "1"));
        let all_digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(int) || !all_digits(frac) || (int.len() > 1 && int.starts_with('0')) {
            return None;
        }
        let m = crate::numerals::decimal(mantissa)?;
        let v = if exp == 0 { m } else { m * 10f64.powi(exp) };
        v.is_finite().then_some(v)
    }
    fn hex4(&mut self) -> Option<u32> {
        let h = std::str::from_utf8(self.s.get(self.at..self.at + 4)?).ok()?;
        self.at += 4;
        u32::from_str_radix(h, 16).ok()
    }
    fn string(&mut self) -> Option<String> {
        if self.s.get(self.at) != Some(&b'"') {
            return None;
        }
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let b = *self.s.get(self.at)?;
            self.at += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = *self.s.get(self.at)?;
                    self.at += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if self.s.get(self.at..self.at + 2) != Some(b"\\u") {
                                    return None;
                                }
                                self.at += 2;
                                let lo = self.hex4().filter(|lo| (0xDC00..0xE000).contains(lo))?;
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return None,
                _ => out.push(b),
            }
        }
    }
}

/// The JSON document `s`, or `None` if it is not one.
fn json(s: &str) -> Option<Json> {
    let mut r = Reader { s: s.as_bytes(), at: 0 };
    let v = r.value(0)?;
    r.space();
    (r.at == r.s.len()).then_some(v)
}

/// Reads a version 1 record as a log of its attempts (practice answers). Anything but a valid
/// version 1 document is an error, so the caller can report it and keep a copy.
pub fn from_v1_json(s: &str) -> Result<Log, RecordError> {
    let corrupt = |why: &str| RecordError::Corrupt(why.to_string());
    let doc = json(s).ok_or_else(|| corrupt("not JSON"))?;
    if !matches!(doc, Json::Obj(_)) {
        return Err(corrupt("not a record"));
    }
    let version = doc.get("version").ok_or_else(|| corrupt("no version"))?;
    let version = version
        .num()
        .filter(|v| v.fract() == 0.0 && *v >= 0.0)
        .ok_or_else(|| corrupt("the version is not a number"))?;
    if version != 1.0 {
        return Err(RecordError::UnknownVersion(version.min(u32::MAX as f64) as u32));
    }
    let Some(Json::Obj(items)) = doc.get("items") else { return Err(corrupt("no items")) };
    let mut answers = Vec::new();
    for (id, item) in items {
        let level = item
            .get("box")
            .and_then(Json::num)
            .filter(|b| b.fract() == 0.0 && (0.0..=5.0).contains(b));
        let due = item.get("due").and_then(Json::num);
        let Some(Json::Arr(history)) = item.get("history") else {
            return Err(corrupt("an item has no history"));
        };
        if level.is_none() || due.is_none() || id.is_empty() {
            return Err(corrupt("a value is out of range"));
        }
        for attempt in history {
            let (t, right) = match attempt {
                Json::Arr(pair) => match pair.as_slice() {
                    [Json::Num(t), Json::Bool(r)] => (*t, *r),
                    _ => return Err(corrupt("an attempt is not [time, right]")),
                },
                _ => return Err(corrupt("an attempt is not [time, right]")),
            };
            if !(0.0..=253_402_300_799_999.0).contains(&t) {
                return Err(corrupt("a value is out of range"));
            }
            answers.push(Answer {
                time: t.round() as i64,
                id: id.clone(),
                right,
                mode: Mode::Practice,
            });
        }
    }
    Ok(Log::from_answers(answers))
}

/// Is `s` a version 1 record (JSON, which starts with `{`) rather than a log? (Cheap: the
/// app reads a log at once, and fetches `from_v1_json`'s code only for the earlier format.)
pub fn is_v1(s: &str) -> bool {
    s.trim_start().starts_with('{')
}

/// Reads a log (CSV), the format every record is stored in today.
pub fn read_log(s: &str) -> Result<Log, RecordError> {
    Log::from_csv(s).map_err(|e| RecordError::Corrupt(e.to_string()))
}

/// Reads a stored or imported record: a log (CSV) or a version 1 record (`is_v1`).
pub fn read_record(s: &str) -> Result<Log, RecordError> {
    if is_v1(s) {
        from_v1_json(s)
    } else {
        read_log(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_1_record_becomes_a_log_of_its_attempts() {
        let v1 = concat!(
            r#"{"version":1,"items":{"figure-choice:f29-2":{"box":2,"due":1796198400000,"#,
            r#""history":[[1796112000000,true],[1796112600000.4,true]]},"#,
            r#""topic:f3-1":{"box":0,"due":1796112600000,"history":[[1796112000000,false]]}}}"#
        );
        let log = read_record(v1).unwrap();
        let got: Vec<(i64, &str, bool)> =
            log.answers().iter().map(|a| (a.time, a.id.as_str(), a.right)).collect();
        assert_eq!(
            got,
            [
                (1796112000000, "figure-choice:f29-2", true),
                (1796112000000, "topic:f3-1", false),
                (1796112600000, "figure-choice:f29-2", true)
            ]
        );
        assert!(log.answers().iter().all(|a| a.mode == Mode::Practice));
    }

    #[test]
    fn the_json_reader_reads_what_serde_json_reads() {
        for doc in [
            r#"{"a":[1,-2.5,3e2,0.001,true,false,null,"x\"\\\/\n\u00e9\ud83d\ude00"],"b":{}}"#,
            "  [ ]  ",
            r#""中文""#,
            "-0",
            "1E-3",
            r#"{"a":1,"a":2}"#,
        ] {
            let ours = json(doc).unwrap_or_else(|| panic!("{doc}"));
            let theirs: serde_json::Value =
                serde_json::from_str(doc).unwrap_or_else(|e| panic!("{doc}: {e}"));
            assert!(same(&ours, &theirs), "{doc}: {ours:?} against {theirs:?}");
        }
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "01",
            ".5",
            "1.",
            "+1",
            "\"a",
            "\"\\x\"",
            "\"\\ud83d\"",
            "nul",
            "[1] 2",
            "\"\u{1}\"",
            "1e999",
        ] {
            assert_eq!(json(bad), None, "{bad:?}");
            assert!(
                serde_json::from_str::<serde_json::Value>(bad).is_err() || bad == "1e999",
                "{bad:?}"
            );
        }
        assert_eq!(json(&format!("{}1{}", "[".repeat(80), "]".repeat(80))), None, "too deep");
    }

    /// The same value, numbers compared as f64.
    fn same(j: &Json, v: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (j, v) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Num(a), Value::Number(b)) => b.as_f64() == Some(*a),
            (Json::Str(a), Value::String(b)) => a == b,
            (Json::Arr(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
            }
            // (serde_json keeps the last of a repeated key, as `get` does)
            (Json::Obj(a), Value::Object(b)) => {
                b.iter().all(|(k, bv)| j.get(k).is_some_and(|av| same(av, bv)))
                    && a.iter().all(|(k, _)| b.contains_key(k))
            }
            _ => false,
        }
    }

    #[test]
    fn damage_and_other_versions_are_reported() {
        assert!(matches!(read_record("{not json"), Err(RecordError::Corrupt(_))));
        assert!(matches!(
            read_record(r#"{"version":1,"items":{"x":{"box":9,"due":0,"history":[]}}}"#),
            Err(RecordError::Corrupt(_))
        ));
        assert!(matches!(
            read_record(r#"{"version":1,"items":{"x":{"box":1,"due":0,"history":[[-5,true]]}}}"#),
            Err(RecordError::Corrupt(_))
        ));
        assert!(matches!(
            read_record(r#"{"version":1,"items":{"x":{"box":"a"}}}"#),
            Err(RecordError::Corrupt(_))
        ));
        assert_eq!(
            read_record(r#"{"items":{},"version":7,"new":[1]}"#),
            Err(RecordError::UnknownVersion(7))
        );
        assert!(matches!(read_record(r#"{"items":{}}"#), Err(RecordError::Corrupt(_))));
        assert!(matches!(read_record("[1]"), Err(RecordError::Corrupt(_))));
        assert!(matches!(read_record("id,time\n"), Err(RecordError::Corrupt(_))));
        assert_eq!(read_record(r#"{"version":1,"items":{}}"#), Ok(Log::new()));
        assert_eq!(read_record("id,time,result,mode\n"), Ok(Log::new()));
    }
}
