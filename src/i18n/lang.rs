//! The interface language: which one, its tag, and the reader's remembered choice.

use crate::storage;

/// The interface language.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

const LANG_KEY: &str = "briefing-explorer/lang";

impl Lang {
    /// The BCP 47 tag for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The reader's remembered choice; anything unknown means the default.
    pub fn stored() -> Lang {
        match storage::setting(LANG_KEY).as_deref() {
            Some("en") => Lang::En,
            _ => Lang::Zh,
        }
    }

    /// Remembers the reader's choice for their next visit.
    pub fn remember(self) {
        storage::set_setting(LANG_KEY, (self == Lang::En).then_some("en"));
    }

    /// Puts the language on `<html lang>` (the briefing text keeps its own `lang`) and
    /// `<html data-ui>`, which picks the labels shown in both languages (`both`). index.html's
    /// script does the same before the first paint.
    pub fn show(self) {
        crate::html_root::set_attribute("lang", Some(self.code()));
        crate::html_root::set_attribute("data-ui", (self == Lang::En).then_some("en"));
    }
}

#[cfg(test)]
/// (the table's language: no text)
impl super::table::Texts for Lang {
    fn texts(&self, _: &str, _: &mut Vec<(String, &'static str)>) {}
}
