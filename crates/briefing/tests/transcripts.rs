//! The readers of transcripts without topic headings (`briefing::read`): the 12 real Foreign
//! Ministry briefings in `../shared/transcripts/mfa/` (read in place, never copied), with and
//! without their headline and in traditional characters; the project's own SCIO fixtures; and
//! the malformed cases.

use std::path::PathBuf;

use briefing::read::{self, lines::lines};
use briefing::{Briefing, ErrorKind, Format, RepairKind, SetAsideKind};
use proptest::prelude::*;

fn shared(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/transcripts").join(name)
}

/// The 12 shared transcripts, (file name, text).
fn mfa() -> Vec<(String, String)> {
    let dir = shared("mfa");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e} (CI keeps shared/ beside the checkout)", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            (name, std::fs::read_to_string(&p).unwrap_or_default())
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 12, "expected the 12 shared transcripts in {}", dir.display());
    out
}

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Simplified → traditional, character by character, with OpenCC's `STCharacters` (the
/// default form of each), as a big5 mirror of a government site would print the text.
fn traditional(text: &str) -> String {
    let table = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../vendor/opencc/STCharacters.txt"),
    )
    .unwrap_or_default();
    let map: std::collections::HashMap<char, char> = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (s, t) = l.split_once('\t')?;
            let (mut s, mut t) = (s.chars(), t.chars());
            Some((s.next()?, t.next()?))
        })
        .collect();
    assert!(map.len() > 2000, "vendor/opencc/STCharacters.txt is missing or cut");
    text.chars().map(|c| map.get(&c).copied().unwrap_or(c)).collect()
}

/// The body without its headline line, as when only the body is pasted.
fn body(text: &str) -> String {
    text.split_once('\n').map_or("", |(_, rest)| rest).to_string()
}

/// The labels that ask a question, counted straight from the text: each line's label before
/// its first colon (问, 追问, 记者追问, 记者, 记者笑, <outlet>记者) and each written question
/// after 会后有记者问及.
fn questions_in(text: &str) -> usize {
    let mut n = 0;
    let mut post = false;
    for raw in text.lines() {
        let l = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        let l = briefing::script::simplified(l);
        if l.starts_with("会后") && l.contains("记者问及：") {
            post = true;
            n += usize::from(!l.ends_with('：'));
            continue;
        }
        if post
            && l.split_once('、').is_some_and(|(k, _)| briefing::numerals::parse_small(k).is_some())
        {
            n += 1;
            continue;
        }
        let Some((head, _)) = l.split_once('：') else { continue };
        if head.chars().count() <= 20
            && (["问", "追问", "记者追问", "记者笑"].contains(&head) || head.ends_with("记者"))
        {
            n += 1;
        }
    }
    n
}

fn qas_asked(b: &Briefing) -> usize {
    b.qas().filter(|q| !q.question.paragraphs.is_empty()).count()
}

/// Every non-blank line of `text` is in `b`: the headline, the intro, a line set aside, or a
/// paragraph that starts on that line and is the line's text after its label.
fn nothing_lost(text: &str, b: &Briefing) -> Result<(), String> {
    let paragraphs: Vec<_> = b.paragraphs().collect();
    for l in lines(text) {
        if l.text == b.headline
            || b.set_aside.iter().any(|s| s.line == l.number && s.text == l.text)
        {
            continue;
        }
        let found = paragraphs
            .iter()
            .any(|p| p.line == l.number && l.text.ends_with(p.text.as_str()) && !p.text.is_empty());
        // a label alone on its line (主持人 某某：) carries no speech
        let bare_label = l.text.ends_with(['：', ':']) && l.text.chars().count() <= 30;
        if !found && !bare_label {
            return Err(format!("line {} is not in the output: {}", l.number, l.text));
        }
    }
    let speech: usize = paragraphs.iter().map(|p| p.text.chars().count()).sum();
    if speech == 0 {
        return Err("no speech at all".into());
    }
    Ok(())
}

#[test]
fn every_shared_transcript_reads_whole_with_its_questions_and_spokesperson() {
    for (name, text) in mfa() {
        let b = read::read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(b.format, Format::Mfa, "{name}");
        assert!(!b.traditional, "{name}");
        // the headline gives the date and the spokesperson
        let head = text.lines().next().unwrap_or_default();
        let date = &name[4..14];
        assert_eq!(b.event.date.as_deref(), Some(date), "{name}");
        assert_eq!(b.event.host.as_deref(), Some("外交部"), "{name}");
        assert_eq!(b.event.kind.as_deref(), Some("例行记者会"), "{name}");
        assert_eq!(b.headline, head.trim(), "{name}");
        let spokesperson =
            head.split("发言人").nth(1).and_then(|r| r.split("主持").next()).unwrap_or("");
        assert_eq!(b.speakers.len(), 1, "{name}: {:?}", b.speakers);
        assert_eq!(b.speakers[0].name, spokesperson, "{name}");
        assert_eq!(b.speakers[0].title, "外交部发言人", "{name}");
        // every question, and only questions, asked by a reporter; every answer by the spokesperson
        assert_eq!(qas_asked(&b), questions_in(&text), "{name}: Q&As");
        for qa in b.qas() {
            assert_eq!(qa.question.speaker, "记者", "{name} {}", qa.id);
            for a in &qa.answers {
                assert_eq!(
                    a.speaker, spokesperson,
                    "{name} {}: a colon line became a speaker",
                    qa.id
                );
            }
        }
        nothing_lost(&text, &b).unwrap_or_else(|e| panic!("{name}: {e}"));
        // the sections: the opening statement when there is one, then one per question
        for t in &b.topics {
            assert!(t.numeral.is_empty(), "{name}");
            let n = t.title.chars().count();
            assert!((2..=60).contains(&n), "{name}: title {:?}", t.title);
            assert!(!t.title.ends_with(['，', '、', '的']), "{name}: cut-off title {:?}", t.title);
            // a title says what, not who said it, from where or when: no verb of saying, no
            // source (据…报道) and no 近日 left at its end
            let dangling = ["称", "表示", "显示", "据", "近日", "日前", "昨日", "将", "已", "于"];
            assert!(
                !t.title.starts_with('据') && !dangling.iter().any(|d| t.title.ends_with(d)),
                "{name}: title {:?}",
                t.title
            );
        }
        assert!(b.figures().count() >= 3, "{name}: only {} figures", b.figures().count());
    }
}

#[test]
fn a_body_without_its_headline_reads_the_same_and_says_no_date_is_known() {
    for (name, text) in mfa() {
        let whole = read::read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let cut = body(&text);
        let b = read::read(&cut).unwrap_or_else(|e| panic!("{name} without headline: {e}"));
        assert_eq!(b.format, Format::Mfa, "{name}");
        assert_eq!(b.event.date, None, "{name}");
        assert!(b.event.year_basis.is_some(), "{name}: the missing date is said");
        assert_eq!(qas_asked(&b), qas_asked(&whole), "{name}");
        let titles = |b: &Briefing| b.topics.iter().map(|t| t.title.clone()).collect::<Vec<_>>();
        assert_eq!(titles(&b), titles(&whole), "{name}");
        nothing_lost(&cut, &b).unwrap_or_else(|e| panic!("{name} without headline: {e}"));
        // from 2020-03-24 the spokesperson's name labels the answers; before, 答： does
        let named = whole.qas().any(|q| {
            whole.speakers.iter().any(|s| text.contains(&format!("{}：", s.name)))
                && !q.answers.is_empty()
        });
        let expected = if named { whole.speakers[0].name.as_str() } else { "发言人" };
        assert_eq!(b.speakers.len(), 1, "{name}: {:?}", b.speakers);
        assert_eq!(b.speakers[0].name, expected, "{name}");
    }
}

#[test]
fn outlets_are_kept_apart_from_the_spokesperson() {
    let (_, text) = mfa().into_iter().find(|(n, _)| n.contains("2020-04-28")).unwrap_or_default();
    let b = read::read(&text).unwrap_or_else(|e| panic!("{e}"));
    let outlets: Vec<&str> = b.qas().filter_map(|q| q.outlet.as_deref()).collect();
    for o in ["俄新社", "路透社", "《澳大利亚人报》", "新华社", "印度报业托拉斯"]
    {
        assert!(outlets.contains(&o), "{o} missing from {outlets:?}");
    }
    // a follow-up (追问：, 记者：) is a further Q&A of the same section, by the same outlet
    let followed =
        b.topics.iter().find(|t| t.qas.len() > 1).unwrap_or_else(|| panic!("no follow-ups"));
    assert!(followed.qas.iter().all(|q| q.outlet == followed.qas[0].outlet));
}

#[test]
fn colon_lines_that_are_not_speakers_stay_speech() {
    let (_, text) = mfa().into_iter().find(|(n, _)| n.contains("2020-02-27")).unwrap_or_default();
    let b = read::read(&text).unwrap_or_else(|e| panic!("{e}"));
    let opening = &b.topics[0];
    assert_eq!(opening.title, "开场发布");
    let said: Vec<&str> = opening.qas[0]
        .answers
        .iter()
        .flat_map(|a| a.paragraphs.iter())
        .map(|p| p.text.as_str())
        .collect();
    assert!(said.iter().any(|p| p.starts_with("向大家通报一组数字：")), "{said:?}");
    assert_eq!(opening.qas[0].answers[0].speaker, "赵立坚");
}

#[test]
fn the_written_questions_after_the_briefing_are_sections_too() {
    let (_, text) = mfa().into_iter().find(|(n, _)| n.contains("2016-11-04")).unwrap_or_default();
    let b = read::read(&text).unwrap_or_else(|e| panic!("{e}"));
    let last = b.topics.last().unwrap_or_else(|| panic!("no topics"));
    assert!(last.qas[0].question.paragraphs[0].text.starts_with("据报道，韩方发布"));
    assert!(last.qas[0].answers[0].paragraphs[0].text.starts_with("华春莹表示"));
    // numbered ones, in the project's own words
    let numbered = "2021年3月1日外交部发言人某某主持例行记者会\n\n\
        问：某地举办了国际博览会，中方有何评价？\n答：我们乐见其成。\n会后，有记者问及：\n\
        一、近日某国举行大选。中方有何评论？\n答：我们尊重该国人民的选择。\n\
        二、某组织发布年度报告。你能否证实？\n某某表示，中方已注意到有关报告。\n";
    let b = read::read(numbered).unwrap_or_else(|e| panic!("{e}"));
    let titles: Vec<&str> = b.topics.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["某地举办了国际博览会", "某国举行大选", "某组织发布年度报告"]);
    assert!(b.topics[2].qas[0].answers[0].paragraphs[0].text.starts_with("某某表示"));
    assert_eq!(b.speakers[0].name, "某某");
}

#[test]
fn traditional_characters_read_as_their_simplified_forms_would() {
    for (name, text) in mfa() {
        let simplified = read::read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let t = traditional(&text);
        assert_ne!(t, text, "{name}: the conversion changed nothing");
        let b = read::read(&t).unwrap_or_else(|e| panic!("{name} in traditional: {e}"));
        assert!(b.traditional, "{name}");
        assert_eq!(b.event, simplified.event, "{name}");
        assert_eq!(qas_asked(&b), qas_asked(&simplified), "{name}");
        assert_eq!(b.topics.len(), simplified.topics.len(), "{name}");
        // the text is kept as printed, in traditional characters
        assert!(b.paragraphs().any(|p| p.text.contains('國') || p.text.contains('們')), "{name}");
        nothing_lost(&t, &b).unwrap_or_else(|e| panic!("{name} in traditional: {e}"));
        assert_eq!(b.figures().count(), simplified.figures().count(), "{name}: figures");
    }
    for f in ["scio-press-conference.txt", "scio-briefing-inline.txt"] {
        let text = fixture(f);
        let s = read::read(&text).unwrap_or_else(|e| panic!("{f}: {e}"));
        let t = traditional(&text);
        let b = read::read(&t).unwrap_or_else(|e| panic!("{f} in traditional: {e}"));
        assert_eq!(b.format, Format::Scio, "{f}");
        assert!(b.traditional);
        assert_eq!(b.speakers.len(), s.speakers.len(), "{f}");
        assert_eq!(b.set_aside.len(), s.set_aside.len(), "{f}");
        assert_eq!(b.qas().count(), s.qas().count(), "{f}");
        nothing_lost(&t, &b).unwrap_or_else(|e| panic!("{f} in traditional: {e}"));
    }
}

#[test]
fn an_scio_transcript_reads_with_its_speakers_titles_outlets_and_chrome_set_aside() {
    let text = fixture("scio-press-conference.txt");
    let b = read::read(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.format, Format::Scio);
    assert_eq!(b.headline, "国务院新闻办就2025年工业和信息化发展情况举行发布会");
    assert_eq!(b.event.date.as_deref(), Some("2026-01-21"));
    assert_eq!(b.event.host.as_deref(), Some("国务院新闻办公室"));
    assert_eq!(b.event.kind.as_deref(), Some("新闻发布会"));
    assert!(b.note.text.starts_with("国务院新闻办公室于2026年1月21日"));
    let people: Vec<(&str, &str)> =
        b.speakers.iter().map(|s| (s.name.as_str(), s.title.as_str())).collect();
    assert_eq!(
        people,
        [
            ("陈文华", "国务院新闻办新闻局副局长、新闻发言人"),
            ("李明远", "工业和信息化部副部长"),
            ("赵清和", "工业和信息化部总工程师"),
        ]
    );
    let titles: Vec<&str> = b.topics.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["开场介绍", "今年是“十五五”开局之年", "人工智能赋能制造业进展如何", "在中小企业纾困方面"]
    );
    let outlets: Vec<Option<&str>> = b.topics.iter().map(|t| t.qas[0].outlet.as_deref()).collect();
    assert_eq!(outlets, [None, Some("中央广播电视总台央视"), Some("新华社"), Some("第一财经")]);
    let kinds: Vec<SetAsideKind> = b.set_aside.iter().map(|s| s.kind).collect();
    use SetAsideKind::*;
    assert_eq!(kinds, [Credit, PageChrome, Caption, Timestamp, Caption, Credit]);
    // never mixed into speech
    for p in b.paragraphs() {
        assert!(
            !p.text.contains("摄") && !p.text.contains("责任编辑") && !p.text.contains("字体"),
            "{}",
            p.text
        );
    }
    nothing_lost(&text, &b).unwrap_or_else(|e| panic!("{e}"));
    let figures: Vec<&str> = b.figures().map(|f| f.text.as_str()).collect();
    for f in ["5.9%", "42万个", "230家", "超过1000亿元"] {
        assert!(figures.contains(&f), "{f} not in {figures:?}");
    }

    let inline = fixture("scio-briefing-inline.txt");
    let b = read::read(&inline).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.event.kind.as_deref(), Some("国务院政策例行吹风会"));
    let people: Vec<(&str, &str)> =
        b.speakers.iter().map(|s| (s.name.as_str(), s.title.as_str())).collect();
    assert_eq!(
        people,
        [("何晴", "主持人"), ("吴海平", "商务部副部长"), ("郑一帆", "国家发展改革委副秘书长")]
    );
    // 吴海平： without the title is the same speaker
    assert!(b.topics[1].qas[0].answers.iter().any(|a| a.speaker == "吴海平"));
    nothing_lost(&inline, &b).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn the_write_up_is_read_as_before() {
    let text = include_str!("../../../data/miit-2020-briefing.txt");
    let json = include_str!("../../../data/briefing.json");
    let b = read::read(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.format, Format::WriteUp);
    let mut expected = Briefing::from_json(json).unwrap_or_else(|e| panic!("{e}"));
    // (briefing.json holds the glosses of data/, which the reader does not add)
    for (p, q) in expected.paragraphs_mut().zip(b.paragraphs()) {
        for (f, g) in p.figures.iter_mut().zip(&q.figures) {
            f.gloss = g.gloss.clone();
        }
    }
    assert_eq!(b, expected);
}

#[test]
fn text_in_no_known_shape_gets_a_message_naming_the_line() {
    let e = read::read("\n\n这是一段普通的文字，没有标签。\n第二段也没有。\n")
        .err()
        .unwrap_or_else(|| panic!("read"));
    assert_eq!((e.line, e.kind.clone()), (3, ErrorKind::UnknownFormat));
    assert!(e.to_string().contains("line 3"), "{e}");
    // an SCIO page without its intro
    let e = read::read("某发布会\n主持人 某某：\n大家好。\n新华社记者：请问？\n某某：回答。\n")
        .err()
        .unwrap_or_else(|| panic!("read"));
    assert_eq!(e.kind, ErrorKind::MissingIntro);
    // an SCIO intro and nobody asking
    let e = read::read("国务院新闻办公室于2026年1月1日举行新闻发布会，请某某介绍情况，并答记者问。\n主持人 某某：\n大家好。\n").err().unwrap_or_else(|| panic!("read"));
    assert_eq!((e.line, e.kind), (3, ErrorKind::NoQuestions));
    // bytes that are not UTF-8 still name their line
    let e = read::read_bytes(b"\xe9\x97\xae\xef\xbc\x9a ok\n\xff\xfe")
        .err()
        .unwrap_or_else(|| panic!("read"));
    assert_eq!(e.line, 2);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Cut anywhere, lines shuffled or dropped: the reader never panics, and whatever it reads
    /// keeps every line of speech.
    #[test]
    fn no_speech_is_lost_on_cut_or_shuffled_transcripts(
        which in 0usize..12,
        cut in 0usize..100_000,
        seed in any::<u64>(),
        shuffle in any::<bool>(),
        script in any::<bool>(),
    ) {
        let all = mfa();
        let (_, text) = &all[which % all.len()];
        let mut ls: Vec<&str> = text.lines().collect();
        if shuffle {
            let mut s = seed | 1;
            for i in (1..ls.len()).rev() {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                ls.swap(i, (s % (i as u64 + 1)) as usize);
            }
        }
        let joined = ls.join("\n");
        let end = joined.char_indices().nth(cut % (joined.chars().count() + 1)).map_or(joined.len(), |(i, _)| i);
        let mut input = joined[..end].to_string();
        if script { input = traditional(&input); }
        if let Ok(b) = read::read(&input) {
            prop_assert!(nothing_lost(&input, &b).is_ok(), "{:?}", nothing_lost(&input, &b));
        }
    }
}

#[test]
fn the_write_up_in_traditional_characters_reads_as_the_built_in_one_does() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/miit-2020-briefing.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let s = read::read(&text).unwrap_or_else(|e| panic!("the built-in write-up: {e}"));
    let t = traditional(&text);
    assert!(t.contains("熱點一") && t.contains("編者按"), "the conversion reached the labels");
    let b = read::read(&t).unwrap_or_else(|e| panic!("the write-up in traditional: {e}"));
    assert_eq!(b.format, Format::WriteUp);
    assert!(b.traditional && !s.traditional);
    // the same structure, every string as printed (in traditional characters)
    assert_eq!(b.headline, traditional(&s.headline));
    assert_eq!(b.event.date, s.event.date);
    assert_eq!(b.event.host, s.event.host.as_deref().map(traditional));
    assert_eq!(b.event.kind, s.event.kind.as_deref().map(traditional));
    let people = |x: &Briefing| -> Vec<(String, String)> {
        x.speakers.iter().map(|p| (p.name.clone(), p.title.clone())).collect()
    };
    let want: Vec<_> = people(&s).iter().map(|(n, t)| (traditional(n), traditional(t))).collect();
    assert_eq!(people(&b), want);
    assert_eq!(b.topics.len(), 7);
    for (bt, st) in b.topics.iter().zip(&s.topics) {
        assert_eq!(bt.title, traditional(&st.title));
        assert_eq!(bt.qas.len(), st.qas.len(), "{}", st.title);
    }
    let texts = |x: &Briefing| -> Vec<String> { x.paragraphs().map(|p| p.text.clone()).collect() };
    let want: Vec<String> = texts(&s).iter().map(|p| traditional(p)).collect();
    assert_eq!(texts(&b), want, "every paragraph, mended as the simplified text is");
    // the six repairs and no more: 五中全會 is not taken for a plenum missing its 会
    let repairs = |x: &Briefing| -> Vec<(RepairKind, usize)> {
        x.repairs().map(|(_, r)| (r.kind, r.line)).collect()
    };
    assert_eq!(repairs(&b), repairs(&s));
    assert_eq!(b.figures().count(), s.figures().count(), "figures");
    let answerers: Vec<&str> =
        b.qas().flat_map(|q| &q.answers).map(|a| a.speaker.as_str()).collect();
    assert!(answerers.contains(&"田玉龍"), "{answerers:?}");
}

#[test]
fn a_quiz_on_a_transcript_names_its_sections_by_their_titles() {
    use briefing::quiz::{generate, QuestionKind, Settings};
    let b = read::read(&fixture("scio-press-conference.txt")).unwrap_or_else(|e| panic!("{e}"));
    let titles: Vec<&str> = b.topics.iter().map(|t| t.title.as_str()).collect();
    let quiz = generate(&b, 7, &Settings { count: 40, ..Settings::default() });
    assert!(!quiz.is_empty());
    for q in &quiz {
        // the context before the question: （<section title> · <speaker>）, no 热点 numeral
        let context = q.prompt.strip_prefix('（').and_then(|p| p.split(" · ").next());
        if let Some(c) = context.filter(|_| q.kind != QuestionKind::Topic) {
            assert!(titles.contains(&c), "{c:?} in {:?}", q.prompt);
        }
        if q.kind == QuestionKind::Topic {
            assert!(q.options.iter().all(|o| titles.contains(&o.as_str())), "{:?}", q.options);
        }
    }
}
