//! How a topic's summary names its figures: its key figures, and for each the clause it stands
//! in (Chinese) or its gloss (English), cut to fit, and the label split around the figure.

use super::{Figure, FigureKind};

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
