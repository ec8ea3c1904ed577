//! A static HTML rendering of the reading view, made at build time: the briefing is readable
//! before the WebAssembly arrives and where it never runs (no JavaScript, reader modes,
//! crawlers). It uses the app's markup and class names, so the page does not jump when the app
//! takes over. All text is escaped here; nothing is ever injected at run time.

use crate::figures::{self, grouped, Figure, FigureKind, UNIT_NAMES_EN, UNIT_NAMES_ZH};
use crate::model::{runs, shown_original, Briefing, Paragraph, Piece, Topic, REPAIR_KIND_NAMES_EN, REPAIR_KIND_NAMES_ZH};

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn paragraph(p: &Paragraph) -> String {
    let mut out = format!("<p id=\"p-{}\" class=\"para\">", p.line);
    let pieces = p.pieces(&[]);
    for (fig, a, b) in runs(&pieces, |x| x.figure) {
        let inner = repairs(p, &pieces[a..b]);
        match fig.and_then(|k| p.figures.get(k)) {
            Some(f) => out.push_str(&mark(f, &inner)),
            None => out.push_str(&inner),
        }
    }
    out.push_str("</p>");
    out
}

/// The text of some pieces, each repair marked as the app marks it: the repaired words, then a
/// 修 mark whose tip (hover, focus) gives the published original. The tip follows the reader's
/// interface language through the stylesheet.
fn repairs(p: &Paragraph, pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    for (r, a, b) in runs(pieces, |x| x.repair) {
        let text: String = pieces[a..b].iter().map(|x| x.text).collect();
        match r.and_then(|k| p.repairs.get(k)) {
            None => out.push_str(&escape(&text)),
            Some(r) => {
                let original = shown_original(&r.original, "⏎");
                let zh = format!("原文（{}）: “{original}” → “{text}”", REPAIR_KIND_NAMES_ZH[r.kind.index()]);
                let en = format!("Original ({}): “{original}” → “{text}”", REPAIR_KIND_NAMES_EN[r.kind.index()]);
                out.push_str(&format!(
                    "<span class=\"repair\" data-kind=\"{}\"><ins class=\"repair-text\">{}</ins><button type=\"button\" class=\"repair-mark static\" aria-label=\"{zh}\" data-tip=\"{zh}\" data-tip-en=\"{en}\" data-glyph=\"修\"></button></span>",
                    r.kind.label_zh(),
                    escape(&text),
                    zh = escape(&zh),
                    en = escape(&en)
                ));
            }
        }
    }
    out
}

/// A figure's mark around its (escaped) inner markup.
fn mark(f: &Figure, inner: &str) -> String {
    format!(
        "<mark id=\"{}\" class=\"fig\" data-kind=\"{}\" data-value=\"{}\" title=\"{}\">{}</mark>",
        escape(&f.id),
        f.kind.as_str(),
        escape(&f.data_value()),
        escape(&f.gloss),
        inner
    )
}

/// An interface label in both languages; the page shows the Chinese one unless the reader chose
/// English (a script in the page's head sets `data-ui="en"` on `<html>` before the first paint,
/// and the stylesheet shows the other span), so the static view does not switch language when
/// the app takes over.
fn ui(zh: &str, en: &str) -> String {
    format!("<span class=\"ui-zh\">{zh}</span><span class=\"ui-en\" lang=\"en\">{en}</span>")
}

/// What a figure stands for, in both languages: its clause of the text, the figure in it
/// picked out, and its gloss (see `figures::summary_label`).
fn label(t: &Topic, f: &Figure) -> String {
    let zh = figures::summary_label(t, f, true, Some(figures::CLAUSE_CHARS));
    let (before, fig, after) = figures::split_at(&zh, &f.text);
    let zh = if fig.is_empty() { escape(before) } else { format!("{}<b>{}</b>{}", escape(before), escape(fig), escape(after)) };
    ui(&zh, &escape(&figures::summary_label(t, f, false, Some(figures::CLAUSE_CHARS))))
}

/// A topic's key figures and its charts, as the app draws them under the topic's heading. The
/// chips and the charts' values link to the figure in the text; the app makes them buttons.
fn summary(t: &Topic) -> String {
    let mut h = String::new();
    let key = figures::key_figures(t, figures::KEY_FIGURES_SHOWN);
    if !key.is_empty() {
        h.push_str(&format!("<div class=\"key-figures\"><h3 class=\"key-figures-label\">{}</h3><ul>", ui("要点数字", "Key figures")));
        for f in key {
            h.push_str(&format!(
                "<li><a class=\"chip\" href=\"#{id}\" data-kind=\"{}\" title=\"{}\"><span class=\"chip-figure\">{}</span><span class=\"chip-gloss\">{}</span></a></li>",
                f.kind.as_str(),
                // the whole clause (the page is in Chinese until the app takes over)
                escape(&figures::summary_label(t, f, true, None)),
                escape(&f.text),
                label(t, f),
                id = escape(&f.id),
            ));
        }
        h.push_str("</ul></div>");
    }
    let charts = figures::comparisons(t);
    if !charts.is_empty() {
        h.push_str("<div class=\"charts\">");
        for c in &charts {
            let (zh, en) = (UNIT_NAMES_ZH[c.unit.index()], UNIT_NAMES_EN[c.unit.index()]);
            let (zh, en) = match c.measure {
                Some(m) => (format!("数字对比：{zh}（{}）", escape(m)), format!("Figures compared: {en} ({})", escape(m))),
                None => (format!("数字对比：{zh}"), format!("Figures compared: {en}")),
            };
            h.push_str(&format!("<figure class=\"chart\"><figcaption><span class=\"chart-title\">{}</span>", ui(&zh, &en)));
            if c.log_scale {
                h.push_str(&format!("<span class=\"chart-scale\">{}</span>", ui("对数刻度", "log scale")));
            }
            h.push_str("</figcaption><ul class=\"chart-rows\">");
            for bar in c.bars() {
                let f = bar.figure;
                h.push_str(&format!(
                    "<li class=\"chart-row{}\"><span class=\"chart-label\">{}</span><svg class=\"chart-bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0\" y=\"0\" width=\"{}\" height=\"10\" rx=\"1.5\"></rect></svg><a class=\"chart-value\" href=\"#{}\" data-value=\"{}\">{}</a></li>",
                    if f.kind == FigureKind::Target { " target" } else { "" },
                    label(t, f),
                    bar.width(),
                    escape(&f.id),
                    grouped(bar.value),
                    escape(&f.text)
                ));
            }
            h.push_str("</ul></figure>");
        }
        h.push_str("</div>");
    }
    h
}

/// The reading view's body: masthead, topic list and every topic with its questions and answers.
pub fn reading_view(b: &Briefing) -> String {
    let mut h = String::new();
    // the same markup as the app's masthead, so nothing moves when the app takes over
    h.push_str("<header class=\"masthead\"><div class=\"masthead-inner\"><p class=\"eyebrow\">");
    let date = b.event.date_zh();
    let parts: Vec<String> = [b.event.host.clone(), b.event.kind.clone(), date.clone()].into_iter().flatten().collect();
    for (i, part) in parts.iter().enumerate() {
        h.push_str("<span class=\"eyebrow-part\">");
        match (&date, &b.event.date) {
            (Some(d), Some(iso)) if d == part => h.push_str(&format!("<time datetime=\"{}\">{}</time>", escape(iso), escape(part))),
            _ => h.push_str(&format!("<span>{}</span>", escape(part))),
        }
        if i + 1 < parts.len() {
            h.push_str("<span class=\"sep\" aria-hidden=\"true\">·</span>");
        }
        h.push_str("</span>");
    }
    h.push_str(&format!("</p><h1 class=\"headline\">{}</h1>", escape(&b.headline)));
    if let Some(by) = &b.byline {
        h.push_str(&format!("<p class=\"byline\">{}</p>", escape(&by.text)));
    }
    h.push_str(&format!("<div class=\"note\">{}</div>", paragraph(&b.note)));
    h.push_str(&format!(
        "<section class=\"speakers\" aria-labelledby=\"speakers-heading\"><h2 id=\"speakers-heading\" class=\"speakers-heading\">{}</h2><ul class=\"speaker-list\">",
        ui("发布人", "Spokespeople")
    ));
    for s in &b.speakers {
        let initial: String = s.name.chars().take(1).collect();
        h.push_str(&format!(
            "<li class=\"speaker-card\"><span class=\"speaker-avatar\" aria-hidden=\"true\">{}</span><span class=\"speaker-text\"><strong class=\"speaker-name\">{}</strong><span class=\"speaker-title\">{}</span></span></li>",
            escape(&initial),
            escape(&s.name),
            escape(&s.title)
        ));
    }
    // named by its heading, whose hidden language is left out of the name
    h.push_str(&format!(
        "</ul></section></div></header><div class=\"layout\"><nav class=\"topic-nav\" aria-labelledby=\"topic-nav-heading\"><h2 id=\"topic-nav-heading\" class=\"topic-nav-heading\">{}</h2><ol class=\"topic-nav-list\">",
        ui("热点目录", "Topics")
    ));
    for t in &b.topics {
        h.push_str(&format!(
            "<li><a href=\"#topic-{n}\"><span class=\"topic-nav-num\">{}</span><span class=\"topic-nav-title\">{}</span></a></li>",
            ui(&format!("热点{}", escape(&t.numeral)), &format!("Topic {}", t.number)),
            escape(&t.title),
            n = t.number
        ));
    }
    h.push_str("</ol></nav><main id=\"content\" class=\"content\">");
    for t in &b.topics {
        h.push_str(&format!(
            "<section id=\"topic-{n}\" class=\"topic\"><h2 class=\"topic-title\"><span class=\"topic-num\">{}</span><span class=\"topic-name\">{}</span><span class=\"topic-count\">{} {}</span></h2>",
            ui(&format!("热点{}", escape(&t.numeral)), &format!("Topic {}", t.number)),
            escape(&t.title),
            t.qas.len(),
            ui("问", "Q&amp;A"),
            n = t.number
        ));
        h.push_str(&summary(t));
        for qa in &t.qas {
            h.push_str(&format!(
                "<article id=\"{}\" class=\"qa\"><div class=\"question\"><p class=\"turn-label\"><span class=\"badge badge-question\">{}</span><span class=\"turn-speaker\">{}</span></p>",
                escape(&qa.id),
                ui("提问", "Question"),
                ui("记者", "Reporter")
            ));
            for p in &qa.question.paragraphs {
                h.push_str(&paragraph(p));
            }
            h.push_str("</div>");
            for a in &qa.answers {
                h.push_str(&format!(
                    "<div class=\"answer\"><p class=\"turn-label\"><span class=\"badge badge-answer\">{}</span><span class=\"turn-speaker\">{}</span></p>",
                    ui("回答", "Answer"),
                    escape(&a.speaker)
                ));
                if let Some(s) = b.speaker(&a.speaker).filter(|s| !s.title.is_empty()) {
                    // inside the label's paragraph, as in the app
                    h.truncate(h.len() - "</p>".len());
                    h.push_str(&format!("<span class=\"turn-title\">{}</span></p>", escape(&s.title)));
                }
                for p in &a.paragraphs {
                    h.push_str(&paragraph(p));
                }
                h.push_str("</div>");
            }
            h.push_str("</article>");
        }
        h.push_str("</section>");
    }
    h.push_str("</main></div>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn briefing() -> Briefing {
        match crate::parse::parse(include_str!("../../../data/miit-2020-briefing.txt")) {
            Ok(b) => b,
            Err(e) => panic!("the briefing parses: {e}"),
        }
    }

    #[test]
    fn interface_labels_come_in_both_languages() {
        let b = briefing();
        let h = reading_view(&b);
        for (zh, en) in [("发布人", "Spokespeople"), ("热点一", "Topic 1"), ("热点七", "Topic 7"), ("提问", "Question"), ("回答", "Answer"), ("记者", "Reporter")] {
            assert!(h.contains(&ui(zh, en)), "{zh} / {en}");
        }
        // the briefing's own words are not doubled
        assert_eq!(h.matches("工信部解读2020年工业通信业热点").count(), 1);
    }

    #[test]
    fn topics_open_with_their_key_figures_and_charts_and_repairs_are_marked() {
        let b = briefing();
        let h = reading_view(&b);
        // every topic with figures has its key figures (two have none: 热点三 and 热点七 give no
        // numbers), each a link to the figure's mark in the text
        assert_eq!(h.matches("<div class=\"key-figures\">").count(), 5);
        let chip = "<a class=\"chip\" href=\"#";
        for at in h.match_indices(chip).map(|(i, _)| i + chip.len()) {
            let id = &h[at..at + h[at..].find('"').unwrap_or(0)];
            assert!(h.contains(&format!("<mark id=\"{id}\" class=\"fig\"")), "the chip links to {id}, which is marked in the text");
        }
        let key: usize = b.topics.iter().map(|t| figures::key_figures(t, figures::KEY_FIGURES_SHOWN).len()).sum();
        assert_eq!(h.matches(chip).count(), key);
        assert!(key >= 5 * 3);
        // three charts (topics 1, 5 and 6), one on a log scale; 74.5% is the longest bar of its chart
        assert_eq!(h.matches("<figure class=\"chart\">").count(), 3);
        assert_eq!(h.matches("class=\"chart-scale\"").count(), 1);
        assert!(h.contains("width=\"100.0\" height=\"10\" rx=\"1.5\"></rect></svg><a class=\"chart-value\" href=\"#f15-5\" data-value=\"74.5\">74.5%</a>"));
        // the answer's speaker with their title
        assert!(h.contains("<span class=\"turn-speaker\">田玉龙</span><span class=\"turn-title\">"));
        // each repair is marked, its original in both languages, the repaired text in the page
        let marks = h.matches("class=\"repair-mark static\"").count();
        assert_eq!(marks, b.repairs().count());
        assert!(marks > 0);
        assert!(h.contains("<ins class=\"repair-text\">业设</ins>"));
        assert!(h.contains("data-tip=\"原文（分页断词）: “业⏎设” → “业设”\" data-tip-en=\"Original (word split by a page break): “业⏎设” → “业设”\""));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<script>\"a\" & 'b'</script>"), "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
    }
}
