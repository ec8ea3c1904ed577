//! The words around a number that decide whether it is a figure, and what kind: the measure
//! words that make a count, the qualifiers printed before and after (超过, 以上), the cues of a
//! plan (计划, 力争), and the nouns that make a small count rhetoric (三个重要领域). Tables and
//! character-level matching only, apart from the recogniser so the lists read at a glance;
//! `recognise` decides with them.

use super::Qualifier;

/// Measure words that make a count a figure. Longest first.
pub(super) const MEASURES: [&str; 33] = [
    "个百分点",
    "大类",
    "方面",
    "周年",
    "人次",
    "个",
    "家",
    "款",
    "项",
    "类",
    "位",
    "名",
    "人",
    "次",
    "件",
    "台",
    "辆",
    "座",
    "所",
    "条",
    "种",
    "户",
    "场",
    "批",
    "部",
    "倍",
    "只",
    "艘",
    // cases, books, pages, aircraft (the Foreign Ministry's briefings)
    "例",
    "本",
    "页",
    "架",
    "枚",
];

/// Currencies other than the yuan, after an amount: 3000万美元 (a `Unit::Currency`).
pub(super) const CURRENCIES: [&str; 7] = ["美元", "欧元", "英镑", "日元", "卢布", "港元", "港币"];

/// No figure is this large: 10^18 is a million 万亿.
pub(super) const MAX_VALUE: f64 = 1e18;

/// Qualifiers printed after a figure.
pub(super) const QUALIFIERS_AFTER: [(&str, Qualifier); 4] = [
    ("以上", Qualifier::AtLeast),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("左右", Qualifier::About),
];

pub(super) const QUALIFIERS_BEFORE: [(&str, Qualifier); 13] = [
    ("不超过", Qualifier::AtMost),
    ("不少于", Qualifier::AtLeast),
    ("将近", Qualifier::About),
    ("接近", Qualifier::About),
    ("大约", Qualifier::About),
    ("超过", Qualifier::Over),
    ("突破", Qualifier::Over),
    ("至少", Qualifier::AtLeast),
    ("最多", Qualifier::AtMost),
    ("逾", Qualifier::Over),
    ("超", Qualifier::Over),
    ("近", Qualifier::About),
    ("约", Qualifier::About),
];

/// Words before a figure in the same sentence that make it a plan or a promise.
pub(super) const TARGET_CUES: [&str; 8] =
    ["计划", "力争", "争取", "预计", "目标", "将", "通过", "到20"];

/// Nouns that, counted with a small Chinese numeral, are rhetoric rather than data:
/// 三个重要领域, 两个重点工作.
pub(super) const RHETORICAL_NOUNS: [&str; 9] =
    ["方面", "领域", "重点", "特点", "目标", "原则", "任务", "环节", "层面"];

pub(super) fn starts_with_at(chars: &[char], i: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(j, w)| chars.get(i + j) == Some(&w))
}

pub(super) fn ends_with_at(chars: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && starts_with_at(chars, end - n, word)
}

/// The quoted phrase around `i`, if `i` is inside short quotes: “十四五”, “两个毫不动摇”.
pub(super) fn inside_short_quote(chars: &[char], i: usize) -> bool {
    let open = (0..i)
        .rev()
        .take(10)
        .find(|&k| matches!(chars[k], '“' | '”' | '"' | '「' | '」' | '《' | '》'));
    let Some(o) = open else { return false };
    if !matches!(chars[o], '“' | '「' | '"') {
        return false;
    }
    let close = (i..chars.len().min(i + 12)).find(|&k| matches!(chars[k], '”' | '」' | '"'));
    close.is_some()
}
