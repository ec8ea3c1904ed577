//! Traditional and simplified characters. One table, OpenCC's `TSCharacters` (vendored in
//! `vendor/opencc/`, turned into code by `build.rs`), maps each traditional character to its
//! simplified form, character by character: a text and its folded form have the same length,
//! so offsets found in one are offsets in the other.
//!
//! The table is code, not data: in the split release build it is fetched with the code that
//! calls it (the transcript readers, the search's script folding), never with the first view.

include!(concat!(env!("OUT_DIR"), "/t2s.rs"));

/// The text with every traditional character in its simplified form (same number of chars).
pub fn simplified(text: &str) -> String {
    text.chars().map(to_simplified).collect()
}

/// Is the text written in traditional characters? At least 3 characters that have a simplified
/// form, and they make up at least 1 in 40 of its Han characters (a simplified text may quote
/// a traditional name or two; a traditional one has 繁 forms in nearly every sentence).
pub fn is_traditional(text: &str) -> bool {
    let (mut han, mut traditional) = (0usize, 0usize);
    for c in text.chars() {
        if ('\u{4e00}'..='\u{9fff}').contains(&c) {
            han += 1;
            if to_simplified(c) != c {
                traditional += 1;
            }
        }
    }
    traditional >= 3 && traditional * 40 >= han
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_traditional_to_simplified_one_for_one() {
        assert_eq!(simplified("發展經濟，外交部發言人"), "发展经济，外交部发言人");
        assert_eq!(simplified("发展 5G"), "发展 5G");
        let t = "記者會後";
        assert_eq!(simplified(t).chars().count(), t.chars().count());
    }

    #[test]
    fn tells_the_scripts_apart() {
        assert!(is_traditional("問：中方對此有何評論？答：我們注意到有關報道。"));
        assert!(!is_traditional("问：中方对此有何评论？答：我们注意到有关报道。"));
        // a simplified text that quotes one traditional name stays simplified
        assert!(!is_traditional(&"我们注意到有关报道，中方一贯主张对话。".repeat(20)));
    }
}
