//! A static HTML rendering of the reading view, made at build time: the briefing is readable
//! before the WebAssembly arrives and where it never runs (no JavaScript, reader modes,
//! crawlers). It uses the app's markup and class names, so the page does not jump when the app
//! takes over. All text is escaped here; nothing is ever injected at run time.

use crate::figures::Figure;
use crate::model::{Briefing, Paragraph};

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
    let mut i = 0;
    while i < pieces.len() {
        let fig = pieces[i].figure;
        let mut text = String::new();
        while i < pieces.len() && pieces[i].figure == fig {
            text.push_str(pieces[i].text);
            i += 1;
        }
        match fig.and_then(|k| p.figures.get(k)) {
            Some(f) => out.push_str(&mark(f, &text)),
            None => out.push_str(&escape(&text)),
        }
    }
    out.push_str("</p>");
    out
}

fn mark(f: &Figure, text: &str) -> String {
    format!(
        "<mark id=\"{}\" class=\"fig\" data-kind=\"{}\" data-value=\"{}\" title=\"{}\">{}</mark>",
        escape(&f.id),
        f.kind.as_str(),
        escape(&f.data_value()),
        escape(&f.gloss),
        escape(text)
    )
}

/// An interface label in both languages; the page shows the Chinese one unless the reader chose
/// English (a script in the page's head sets `data-ui="en"` on `<html>` before the first paint,
/// and the stylesheet shows the other span), so the static view does not switch language when
/// the app takes over.
fn ui(zh: &str, en: &str) -> String {
    format!("<span class=\"ui-zh\">{zh}</span><span class=\"ui-en\" lang=\"en\">{en}</span>")
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

    #[test]
    fn interface_labels_come_in_both_languages() {
        let b = match crate::parse::parse(include_str!("../../../data/miit-2020-briefing.txt")) {
            Ok(b) => b,
            Err(e) => panic!("the briefing parses: {e}"),
        };
        let h = reading_view(&b);
        for (zh, en) in [("发布人", "Spokespeople"), ("热点一", "Topic 1"), ("热点七", "Topic 7"), ("提问", "Question"), ("回答", "Answer"), ("记者", "Reporter")] {
            assert!(h.contains(&ui(zh, en)), "{zh} / {en}");
        }
        // the briefing's own words are not doubled
        assert_eq!(h.matches("工信部解读2020年工业通信业热点").count(), 1);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("<script>\"a\" & 'b'</script>"), "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
    }
}
