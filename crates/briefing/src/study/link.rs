//! A log carried in a link's fragment (`#study=…`), which never reaches any host: the answers
//! packed into bytes and written in base64url.
//!
//! The bytes: a format byte (1); the unit of time (1000 when every time is a whole second, else
//! 1 ms); the question ids, sorted, each as the length of the prefix it shares with the one
//! before and the rest; then the answers in time order, each as the units since the one before
//! and its id's number with the result and the mode in its two low bits. Numbers are LEB128
//! varints. An answer takes two to four bytes; a hundred ids about 900.

use super::log::{Answer, Log, Mode};

/// The fragment's key: `#study=…`.
pub const KEY: &str = "study";
const FORMAT: u8 = 1;
/// At most this many ids and answers are read from a link (a guard against a hostile one).
const MAX_ITEMS: u64 = 1 << 20;

/// Why a link's record could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// not base64url
    Encoding,
    /// another format, or bytes that do not make a record
    Damaged,
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::Encoding => {
                write!(f, "the link's study record is not base64url (was it cut short?)")
            }
            LinkError::Damaged => {
                write!(f, "the link's study record is damaged or from another version")
            }
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes of base64url text, padded or not; `None` for any other character or a length no
/// encoding gives.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        out.extend(n.to_be_bytes()[1..chunk.len()].iter());
    }
    Some(out)
}

fn put(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads bytes front to back; every read fails rather than runs past the end.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.0.split_first()?;
            self.0 = rest;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }
    fn bytes(&mut self, n: u64) -> Option<&[u8]> {
        let n = usize::try_from(n).ok().filter(|&n| n <= self.0.len())?;
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
}

/// The log packed for a link (see the module's doc).
pub fn encode(log: &Log) -> String {
    let mut ids: Vec<&str> = log.answers().iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = vec![FORMAT];
    let unit: i64 = if log.answers().iter().all(|a| a.time % 1000 == 0) { 1000 } else { 1 };
    put(&mut out, unit as u64);
    put(&mut out, ids.len() as u64);
    let mut prev = "";
    for id in &ids {
        let shared = prev
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|&end| id.get(..end) == prev.get(..end))
            .last()
            .unwrap_or(0);
        put(&mut out, shared as u64);
        put(&mut out, (id.len() - shared) as u64);
        out.extend_from_slice(&id.as_bytes()[shared..]);
        prev = id;
    }
    put(&mut out, log.len() as u64);
    let mut last = 0i64;
    for (n, a) in log.answers().iter().enumerate() {
        // the first time as it is (a zigzag for times before 1970), then the gaps
        let t = a.time / unit;
        let gap = if n == 0 { ((t << 1) ^ (t >> 63)) as u64 } else { (t - last) as u64 };
        put(&mut out, gap);
        last = t;
        let index = ids.binary_search(&a.id.as_str()).unwrap_or(0) as u64;
        put(&mut out, index << 2 | u64::from(a.right) << 1 | u64::from(a.mode == Mode::Exam));
    }
    base64url(&out)
}

/// The log a link carries (`decode(encode(log)) == log`).
pub fn decode(text: &str) -> Result<Log, LinkError> {
    let bytes = from_base64url(text.trim()).ok_or(LinkError::Encoding)?;
    read(&bytes).ok_or(LinkError::Damaged)
}

fn read(bytes: &[u8]) -> Option<Log> {
    let mut r = Reader(bytes);
    if r.bytes(1)? != [FORMAT] {
        return None;
    }
    let unit = match r.varint()? {
        1 => 1,
        1000 => 1000,
        _ => return None,
    };
    let count = r.varint().filter(|&n| n <= MAX_ITEMS)?;
    let mut ids: Vec<String> = Vec::new();
    for _ in 0..count {
        let shared = usize::try_from(r.varint()?).ok()?;
        let len = r.varint()?;
        let mut id = ids.last().map_or("", |p| p.as_str()).get(..shared)?.to_string();
        id.push_str(std::str::from_utf8(r.bytes(len)?).ok()?);
        if id.is_empty() || ids.last().is_some_and(|p| *p >= id) {
            return None;
        }
        ids.push(id);
    }
    let count = r.varint().filter(|&n| n <= MAX_ITEMS)?;
    let mut answers = Vec::with_capacity(count as usize);
    let mut units = 0i64;
    for n in 0..count {
        let v = r.varint()?;
        units = if n == 0 {
            (v >> 1) as i64 ^ -((v & 1) as i64)
        } else {
            units.checked_add(i64::try_from(v).ok()?)?
        };
        let code = r.varint()?;
        let id = ids.get(usize::try_from(code >> 2).ok()?)?.clone();
        let mode = if code & 1 == 1 { Mode::Exam } else { Mode::Practice };
        let time = units.checked_mul(unit)?;
        answers.push(Answer { time, id, right: code & 2 == 2, mode });
    }
    r.0.is_empty().then(|| Log::from_answers(answers))
}

/// A QR code: `size` × `size` modules, dark or light.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    pub size: usize,
    dark: Vec<bool>,
}

/// The longest text put in one QR code. (Version 40 holds 2,953 bytes at the lowest error
/// correction; beyond about 1,800 a phone's camera struggles to read a code off a screen.)
pub const QR_MAX: usize = 1_800;

impl Qr {
    /// The QR code of `text` (error correction Medium, raised when the version has room), or
    /// `None` when the text is longer than `QR_MAX`.
    pub fn of(text: &str) -> Option<Qr> {
        if text.len() > QR_MAX {
            return None;
        }
        let code = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Low).ok()?;
        let size = code.size() as usize;
        let dark = (0..size * size)
            .map(|i| code.get_module((i % size) as i32, (i / size) as i32))
            .collect();
        Some(Qr { size, dark })
    }

    /// Is the module at column `x`, row `y` dark?
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// An SVG path of the dark modules, one unit each, offset by `margin` units (the quiet zone):
    /// for `<path d=…>` in a `viewBox` of `size + 2 * margin`.
    pub fn path(&self, margin: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.dark(x, y) {
                    let start = x;
                    while self.dark(x, y) {
                        x += 1;
                    }
                    d.push_str(&format!(
                        "M{} {}h{}v1h-{}z",
                        start + margin,
                        y + margin,
                        x - start,
                        x - start
                    ));
                }
                x += 1;
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a phone's camera would read from the code, drawn 4 pixels a module.
    fn scan(qr: &Qr) -> Option<String> {
        let (scale, margin) = (4, 4);
        let side = (qr.size + 2 * margin) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = ((x / scale).wrapping_sub(margin), (y / scale).wrapping_sub(margin));
            if qr.dark(mx, my) {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        grids.first().and_then(|g| g.decode().ok()).map(|(_, text)| text)
    }

    #[test]
    fn a_study_link_becomes_a_qr_code_that_scans_back() {
        let answers: Vec<Answer> = (0..120)
            .map(|k| Answer {
                time: T0 + k * 61_000,
                id: format!("figure-choice:f{}-{}", k % 40, k % 2),
                right: k % 3 != 0,
                mode: Mode::Practice,
            })
            .collect();
        let log = Log::from_answers(answers);
        let url = format!("https://example.github.io/briefing/#study={}", encode(&log));
        let qr = Qr::of(&url).expect("fits");
        assert_eq!(scan(&qr).as_deref(), Some(url.as_str()));
        let code = url.split_once("#study=").map(|(_, c)| c).unwrap_or("");
        assert_eq!(decode(code), Ok(log));
        assert!(qr.path(4).starts_with('M'));
        assert_eq!(Qr::of(&"x".repeat(QR_MAX + 1)), None);
    }

    const T0: i64 = 1_796_112_000_000;

    #[test]
    fn base64url_matches_rfc_4648() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(plain.as_bytes()), coded);
            assert_eq!(from_base64url(coded).as_deref(), Some(plain.as_bytes()));
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(from_base64url("Zg=="), Some(b"f".to_vec()));
        assert_eq!(from_base64url("Z"), None);
        assert_eq!(from_base64url("Zm+v"), None);
    }

    #[test]
    fn a_log_survives_the_link_and_is_small() {
        let mut answers = Vec::new();
        for k in 0..300i64 {
            let id = format!("figure-choice:f{}-{}", k % 50, k % 3);
            answers.push(Answer {
                time: T0 + k * 97_000,
                id,
                right: k % 4 != 0,
                mode: if k % 7 == 0 { Mode::Exam } else { Mode::Practice },
            });
        }
        answers.push(Answer {
            time: -5,
            id: "年份：二〇二〇".into(),
            right: true,
            mode: Mode::Practice,
        });
        answers.push(Answer {
            time: T0,
            id: "年份：二〇二一".into(),
            right: false,
            mode: Mode::Practice,
        });
        let log = Log::from_answers(answers);
        let code = encode(&log);
        assert_eq!(decode(&code), Ok(log.clone()));
        assert!(code.len() < 2_800, "{} characters for 302 answers on 52 ids, in ms", code.len());
        // the app records whole seconds
        let seconds = Log::from_answers(
            log.answers()
                .iter()
                .map(|a| Answer { time: a.time / 1000 * 1000, ..a.clone() })
                .collect(),
        );
        let code = encode(&seconds);
        assert_eq!(decode(&code), Ok(seconds));
        assert!(
            code.len() < 2_000,
            "{} characters for 302 answers on 52 ids, in seconds",
            code.len()
        );
        assert_eq!(decode(&encode(&Log::new())), Ok(Log::new()));
    }

    #[test]
    fn a_damaged_link_is_refused() {
        let log = Log::from_answers(vec![Answer {
            time: T0,
            id: "q1".into(),
            right: true,
            mode: Mode::Practice,
        }]);
        let code = encode(&log);
        assert_eq!(decode("not base64!"), Err(LinkError::Encoding));
        assert!(
            decode(&code[..code.len() - 1]).is_err() && decode(&code[..code.len() - 2]).is_err()
        );
        assert_eq!(decode(&format!("{code}AAAA")), Err(LinkError::Damaged));
        assert_eq!(decode(&base64url(&[2, 1, 0, 0])), Err(LinkError::Damaged));
        assert_eq!(
            decode(&base64url(&[1, 7, 0, 0])),
            Err(LinkError::Damaged),
            "an unknown unit of time"
        );
        assert_eq!(
            decode(&base64url(&[1, 1, 0xff, 0xff, 0xff, 0xff, 0x7f])),
            Err(LinkError::Damaged)
        );
    }
}
