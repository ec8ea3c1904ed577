//! Mending damage in published text. Each rule finds a kind of damage, changes the paragraph
//! text and records a [`Repair`] so the reader can see the original. Rules are deliberately
//! narrow: a false repair changes what a spokesperson said, which is worse than a typo.

use crate::fold::Fold;
use crate::model::{Paragraph, Repair, RepairKind};

pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Punctuation that can end a paragraph. A paragraph ending in anything else was cut short.
pub fn ends_sentence(c: char) -> bool {
    "。！？!?：:；;…”’」』）)》.".contains(c)
}

fn is_punctuation(c: char) -> bool {
    "，,、。！？!?：:；;…”“’‘」「』『）（()《》—".contains(c)
}

/// Replaces the characters `[start, end)` of `p.text` by `new`, records the repair (its span is
/// the new characters plus `keep_before`/`keep_after` unchanged neighbours) and shifts the spans
/// of repairs that lie after it.
#[allow(clippy::too_many_arguments)] // one call per repair kind, each naming every part
pub(crate) fn replace(
    p: &mut Paragraph,
    start: usize,
    end: usize,
    new: &str,
    shown: (usize, usize),
    kind: RepairKind,
    reason: String,
    line: usize,
) {
    let chars: Vec<char> = p.text.chars().collect();
    let (show_before, show_after) = shown;
    let span_start = start.saturating_sub(show_before);
    let span_end_old = (end + show_after).min(chars.len());
    let original: String = chars[span_start..span_end_old].iter().collect();
    let new_len = new.chars().count();
    let delta = new_len as isize - (end - start) as isize;
    let mut text: String = chars[..start].iter().collect();
    text.push_str(new);
    text.extend(&chars[end..]);
    p.text = text;
    for r in &mut p.repairs {
        if r.start >= end {
            r.start = (r.start as isize + delta) as usize;
            r.end = (r.end as isize + delta) as usize;
        }
    }
    let repair = Repair {
        start: span_start,
        end: (span_end_old as isize + delta) as usize,
        original,
        kind,
        reason,
        line,
    };
    let at = p.repairs.partition_point(|r| r.start < repair.start);
    p.repairs.insert(at, repair);
}

/// Runs every text rule over the paragraph. `fold` gives each character in the script the
/// rules are written in (see `fold::Fold`): 五中全會 in a traditional text is not damaged.
pub fn repair_text(p: &mut Paragraph, fold: impl Fold) {
    stray_english_word(p);
    doubled_word(p);
    missing_plenum_character(p, fold);
}

/// `民营企业 and 中小企业`: an English conjunction between Chinese words, left over from
/// translation or editing, becomes its Chinese equivalent.
fn stray_english_word(p: &mut Paragraph) {
    const WORDS: [(&str, &str); 2] = [("and", "和"), ("or", "或")];
    // the word stands between spaces: no space, nothing to do (most paragraphs)
    if !p.text.contains(' ') {
        return;
    }
    let mut from = 0;
    loop {
        let chars: Vec<char> = p.text.chars().collect();
        let mut found = None;
        let mut i = from;
        while i < chars.len() {
            if is_han(chars[i]) {
                let mut j = i + 1;
                while j < chars.len() && chars[j] == ' ' {
                    j += 1;
                }
                let word_start = j;
                while j < chars.len() && chars[j].is_ascii_alphabetic() {
                    j += 1;
                }
                let word = &chars[word_start..j];
                let mut k = j;
                while k < chars.len() && chars[k] == ' ' {
                    k += 1;
                }
                let spaced = word_start > i + 1 && k > j;
                if spaced && k < chars.len() && is_han(chars[k]) {
                    if let Some(&(w, zh)) =
                        WORDS.iter().find(|(w, _)| w.chars().eq(word.iter().copied()))
                    {
                        found = Some((i + 1, k, w, zh));
                        break;
                    }
                }
            }
            i += 1;
        }
        let Some((start, end, word, zh)) = found else { return };
        let reason = format!("stray English word “{word}” inside Chinese text; read as {zh}");
        replace(p, start, end, zh, (0, 0), RepairKind::StrayWord, reason, p.line);
        from = start + 1;
    }
}

/// Two-character words that are doubled on purpose (verb reduplication), never repaired.
const REDUPLICATIONS: [&str; 12] = [
    "研究", "讨论", "考虑", "商量", "学习", "休息", "介绍", "了解", "锻炼", "打扫", "收拾", "整理",
];

/// `推动条例的落地落地，`: a two-character word printed twice right before a punctuation mark.
/// Requiring the punctuation mark keeps compounds such as 企业创业创新 (业创业创) untouched.
fn doubled_word(p: &mut Paragraph) {
    let mut from = 0;
    loop {
        let chars: Vec<char> = p.text.chars().collect();
        let hit = (from..chars.len().saturating_sub(3)).find(|&i| {
            let (a, b) = (chars[i], chars[i + 1]);
            // the cheap comparisons first: this runs at every character
            chars[i + 2] == a
                && chars[i + 3] == b
                && a != b
                && is_han(a)
                && is_han(b)
                && chars.get(i + 4).is_none_or(|&c| is_punctuation(c))
                && !REDUPLICATIONS.iter().any(|r| r.chars().eq([a, b]))
        });
        let Some(i) = hit else { return };
        let word: String = chars[i..i + 2].iter().collect();
        let reason = format!("the word {word} is printed twice in a row; one copy removed");
        replace(p, i, i + 4, &word, (0, 0), RepairKind::DoubledWord, reason, p.line);
        from = i + 2;
    }
}

/// `十九届五中全提出`: the name of a party plenum (X中全会) with its last character missing.
fn missing_plenum_character(p: &mut Paragraph, fold: impl Fold) {
    if !p.text.contains("中全") {
        return;
    }
    let mut from = 0;
    loop {
        let chars: Vec<char> = p.text.chars().collect();
        let hit = (from..chars.len().saturating_sub(2)).find(|&i| {
            chars[i + 1] == '中'
                && chars[i + 2] == '全'
                && matches!(chars[i], '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九')
                && chars.get(i + 3).map(|&c| fold.fold_char(c)) != Some('会')
        });
        let Some(i) = hit else { return };
        // the character as the paragraph's script writes it
        let hui = if chars.iter().any(|&c| fold.fold_char(c) != c) { "會" } else { "会" };
        let name: String = chars[i..i + 3].iter().collect();
        let reason = format!("{name}会 (plenary session) is printed without its last character 会");
        replace(p, i + 3, i + 3, hui, (1, 0), RepairKind::MissingCharacter, reason, p.line);
        from = i + 4;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Paragraph {
        Paragraph { line: 7, text: text.into(), repairs: vec![], figures: vec![] }
    }

    fn repaired(text: &str) -> Paragraph {
        let mut p = para(text);
        repair_text(&mut p, crate::fold::AsPrinted);
        p
    }

    fn spans(p: &Paragraph) -> Vec<(String, String)> {
        let chars: Vec<char> = p.text.chars().collect();
        p.repairs
            .iter()
            .map(|r| (chars[r.start..r.end].iter().collect(), r.original.clone()))
            .collect()
    }

    #[test]
    fn stray_and_becomes_he() {
        let p = repaired("拖欠民营企业 and 中小企业逾期欠款");
        assert_eq!(p.text, "拖欠民营企业和中小企业逾期欠款");
        assert_eq!(spans(&p), [("和".into(), " and ".into())]);
        assert_eq!(p.repairs[0].kind, RepairKind::StrayWord);
        assert_eq!(p.repairs[0].line, 7);
    }

    #[test]
    fn latin_that_belongs_is_kept() {
        for text in [
            "芒果TV、永辉生活",
            "5G+工业互联网",
            "国际标准R17、R18",
            "整治APP等",
            "使用 Android 系统",
        ] {
            let p = repaired(text);
            assert_eq!(p.text, text);
            assert!(p.repairs.is_empty(), "{text}");
        }
    }

    #[test]
    fn doubled_word_before_punctuation_is_removed() {
        let p = repaired("推动《条例》的落地落地,优化平台");
        assert_eq!(p.text, "推动《条例》的落地,优化平台");
        assert_eq!(spans(&p), [("落地".into(), "落地落地".into())]);
        let end = repaired("要抓好落实落实。");
        assert_eq!(end.text, "要抓好落实。");
    }

    #[test]
    fn compounds_and_reduplication_are_not_doubled_words() {
        for text in
            ["小型微型企业创业创新示范基地", "我们再研究研究。", "紧紧围绕", "美国国际贸易委员会"]
        {
            let p = repaired(text);
            assert_eq!(p.text, text);
            assert!(p.repairs.is_empty(), "{text}");
        }
    }

    #[test]
    fn plenum_name_gets_its_last_character() {
        let p = repaired("党的十九届五中全提出的规划");
        assert_eq!(p.text, "党的十九届五中全会提出的规划");
        assert_eq!(spans(&p), [("全会".into(), "全".into())]);
        let ok = repaired("十九届五中全会精神");
        assert!(ok.repairs.is_empty());
        let at_end = repaired("三中全");
        assert_eq!(at_end.text, "三中全会");
    }

    #[test]
    fn later_spans_shift_when_earlier_text_changes() {
        let p = repaired("民营 and 中小;五中全提出,落地落地。");
        assert_eq!(p.text, "民营和中小;五中全会提出,落地。");
        assert_eq!(
            spans(&p),
            [
                ("和".into(), " and ".into()),
                ("全会".into(), "全".into()),
                ("落地".into(), "落地落地".into())
            ]
        );
    }
}
