//! Builds the topics of a transcript without topic headings from its turns, in reading order:
//! an opening section for what is said before the first question, then a section for each
//! question, its follow-ups (追问) as further Q&As of the same section.

use crate::model::{Paragraph, Qa, Topic, Turn};
use crate::parse::REPORTER;
use crate::read::title;

/// The title of the section before the first question.
pub const OPENING: &str = "开场发布";

/// What a line of speech does, as a reader classified it.
#[derive(Debug, Clone, PartialEq)]
pub enum Say<'a> {
    /// A question that opens a section: `问：`, `<outlet>记者：`.
    Question { outlet: Option<String>, text: &'a str },
    /// A question within the section: `追问：`, `记者：` after an exchange.
    FollowUp { text: &'a str },
    /// The first paragraph of an answer (`答：`, `耿爽：`); the text may be empty when the label
    /// stands alone on its line.
    Answer { speaker: &'a str, text: &'a str },
    /// A paragraph that continues the turn before it.
    Text(&'a str),
}

/// The sections as they are built.
pub struct Sections {
    topics: Vec<Topic>,
    /// who speaks the paragraphs before the first labelled turn
    default_speaker: String,
    opening_title: &'static str,
    /// a question has been asked (the sections after the opening have begun)
    asked: bool,
    /// the turn that goes on is a question (its label may have stood alone on its line)
    in_question: bool,
}

impl Sections {
    pub fn new(default_speaker: &str, opening_title: &'static str) -> Sections {
        Sections {
            topics: Vec::new(),
            default_speaker: default_speaker.to_string(),
            opening_title,
            asked: false,
            in_question: false,
        }
    }

    fn paragraph(line: usize, text: &str) -> Vec<Paragraph> {
        if text.is_empty() {
            return vec![];
        }
        vec![Paragraph { line, text: text.to_string(), repairs: vec![], figures: vec![] }]
    }

    /// The Q&A a turn goes on in: the last one, or the opening section's, begun if nothing has
    /// been said yet. (Every section is begun with a Q&A, so the last topic always has one.)
    fn current(&mut self, line: usize) -> &mut Qa {
        if self.topics.is_empty() {
            self.topics.push(Topic {
                number: 1,
                numeral: String::new(),
                title: self.opening_title.to_string(),
                line,
                qas: vec![Qa {
                    id: "t1-q1".into(),
                    question: Turn { speaker: REPORTER.into(), paragraphs: vec![] },
                    answers: vec![],
                    outlet: None,
                }],
            });
        }
        let topic = self.topics.len() - 1;
        let qa = self.topics[topic].qas.len() - 1;
        &mut self.topics[topic].qas[qa]
    }

    /// Adds one classified line (source line `line`).
    pub fn say(&mut self, line: usize, say: Say<'_>) {
        let question = matches!(say, Say::Question { .. } | Say::FollowUp { .. });
        let in_question = self.in_question;
        if !matches!(say, Say::Text(_)) {
            self.in_question = question;
        }
        match say {
            Say::Question { outlet, text } => self.question(line, outlet, text),
            Say::FollowUp { text } => {
                if !self.has_question() {
                    self.question(line, None, text);
                    return;
                }
                let Some(topic) = self.topics.last_mut() else { return };
                let outlet = topic.qas.first().and_then(|q| q.outlet.clone());
                let id = format!("t{}-q{}", topic.number, topic.qas.len() + 1);
                topic.qas.push(Qa {
                    id,
                    question: Turn {
                        speaker: REPORTER.into(),
                        paragraphs: Self::paragraph(line, text),
                    },
                    answers: vec![],
                    outlet,
                });
            }
            Say::Answer { speaker, text } => {
                let qa = self.current(line);
                let paragraphs = Self::paragraph(line, text);
                match qa.answers.last_mut() {
                    Some(a) if a.speaker == speaker => a.paragraphs.extend(paragraphs),
                    _ => qa.answers.push(Turn { speaker: speaker.to_string(), paragraphs }),
                }
            }
            Say::Text(text) => {
                let speaker = self.default_speaker.clone();
                let qa = self.current(line);
                let p = Self::paragraph(line, text);
                match qa.answers.last_mut() {
                    _ if in_question => qa.question.paragraphs.extend(p),
                    Some(a) => a.paragraphs.extend(p),
                    None => qa.answers.push(Turn { speaker, paragraphs: p }),
                }
            }
        }
    }

    fn question(&mut self, line: usize, outlet: Option<String>, text: &str) {
        self.asked = true;
        let number = self.topics.len() as u32 + 1;
        self.topics.push(Topic {
            number,
            numeral: String::new(),
            // (from the question's text, once it is whole: `finish`)
            title: String::new(),
            line,
            qas: vec![Qa {
                id: format!("t{number}-q1"),
                question: Turn {
                    speaker: REPORTER.into(),
                    paragraphs: Self::paragraph(line, text),
                },
                answers: vec![],
                outlet,
            }],
        });
    }

    /// Is there a question yet (a section other than the opening)?
    pub fn has_question(&self) -> bool {
        self.asked
    }

    /// The sections; a turn left without paragraphs (a label at the very end) is dropped, and
    /// so is a section left without any speech.
    pub fn finish(mut self) -> Vec<Topic> {
        for t in &mut self.topics {
            for qa in &mut t.qas {
                qa.answers.retain(|a| !a.paragraphs.is_empty());
            }
            t.qas.retain(|qa| !qa.question.paragraphs.is_empty() || !qa.answers.is_empty());
        }
        self.topics.retain(|t| !t.qas.is_empty());
        for (i, t) in self.topics.iter_mut().enumerate() {
            t.number = i as u32 + 1;
            if t.title.is_empty() {
                let q = t.qas.first().and_then(|q| q.question.paragraphs.first());
                let q = q.map_or("", |p| p.text.as_str());
                t.title = title::from_question(q, &crate::script::simplified(q));
            }
            for (j, qa) in t.qas.iter_mut().enumerate() {
                qa.id = format!("t{}-q{}", i + 1, j + 1);
            }
        }
        self.topics
    }
}
