//! A paragraph of briefing text with its repairs marked. The marker shows the published
//! original on hover and on keyboard focus.

use briefing::{Paragraph, Segment};
use yew::prelude::*;

use crate::components::repair_mark::RepairMark;
use crate::i18n::ZH as T;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub paragraph: Paragraph,
}

/// The published original as a reader can see it: line breaks become a visible mark.
pub fn shown_original(original: &str) -> String {
    let mut out = String::new();
    let mut in_break = false;
    for c in original.chars() {
        if c == '\n' {
            if !in_break {
                out.push_str(T.page_break_mark);
            }
            in_break = true;
        } else {
            in_break = false;
            out.push(c);
        }
    }
    out
}

#[component]
pub fn RichParagraph(props: &Props) -> Html {
    let p = &props.paragraph;
    html! {
        <p id={format!("p-{}", p.line)} class="para">
            { for p.segments().into_iter().map(|segment| match segment {
                Segment::Plain(text) => html! { text },
                Segment::Repaired(text, r) => {
                    let tip = format!(
                        "{}（{}）：“{}” → “{}”",
                        T.repair_original,
                        r.kind.label_zh(),
                        shown_original(&r.original),
                        text
                    );
                    html! {
                        <span class="repair" data-kind={r.kind.label_zh()}>
                            <ins class="repair-text">{ text }</ins>
                            <RepairMark tip={tip} />
                        </span>
                    }
                }
            }) }
        </p>
    }
}
