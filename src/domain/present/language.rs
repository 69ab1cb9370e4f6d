//! Which language of a dataset text to show ([`Pick`]), and the `lang` tag it carries.

use crate::domain::i18n::Locale;
use crate::domain::model::Localized;
use crate::domain::pronunciation::is_cjk;
use crate::domain::script::{script_of, Script};

/// A dataset text as shown: the text, its language tag, and whether it stands in for the
/// chosen language (the interface then marks it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: &'static str,
    pub fallback: bool,
}

/// Choosing which language of a dataset text to show; implemented for [`Locale`] here, so the
/// language module needs no data types.
pub trait Pick {
    /// The Chinese where the reader chose Chinese and the dataset has it, else the English.
    fn pick(self, text: &Localized) -> Shown<'_>;
    /// The other text of a pair, shown second (the original beside the translation), if any.
    fn other(self, text: &Localized) -> Option<Shown<'_>>;
}

impl Pick for Locale {
    fn pick(self, text: &Localized) -> Shown<'_> {
        match (&text.zh, self.is_chinese()) {
            (Some(zh), true) => Shown {
                text: zh,
                lang: chinese_lang(zh, self),
                fallback: false,
            },
            // A text written only in Chinese fills both slots (a table row with only
            // `title_zh`): it is Chinese for every reader.
            (Some(zh), false) if *zh == text.en => Shown {
                text: zh,
                lang: chinese_lang(zh, Locale::ZhHans),
                fallback: false,
            },
            _ => Shown {
                text: &text.en,
                lang: "en",
                fallback: self.is_chinese(),
            },
        }
    }

    fn other(self, text: &Localized) -> Option<Shown<'_>> {
        if text.zh.as_deref() == Some(text.en.as_str()) {
            // One text in both slots has no other language to show beside it.
            None
        } else if self.pick(text).lang == "en" {
            text.zh.as_deref().map(|zh| Shown {
                text: zh,
                lang: chinese_lang(zh, Locale::ZhHans),
                fallback: false,
            })
        } else {
            Some(Shown {
                text: &text.en,
                lang: "en",
                fallback: false,
            })
        }
    }
}

/// The `lang` of a Chinese text: its script where the characters tell, else `reader`'s.
fn chinese_lang(zh: &str, reader: Locale) -> &'static str {
    match script_of(zh) {
        Script::Traditional => "zh-Hant",
        Script::Simplified => "zh-Hans",
        Script::Either => reader.tag(),
    }
}

/// The `lang` of a text whose language the dataset does not say (a source's quote): its
/// Chinese script if it has Han characters, else English.
pub fn text_lang(text: &str) -> &'static str {
    match (text.chars().any(is_cjk), script_of(text)) {
        (false, _) => "en",
        (true, Script::Traditional) => "zh-Hant",
        (true, _) => "zh-Hans",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_texts_fall_back_to_english_and_say_so() {
        let both = Localized {
            en: "Dialogue".into(),
            zh: Some("对话會".into()),
        };
        let english_only = Localized {
            en: "Visit".into(),
            zh: None,
        };
        assert_eq!(Locale::En.pick(&both).text, "Dialogue");
        assert_eq!(Locale::ZhHans.pick(&both).text, "对话會");
        let fallback = Locale::ZhHant.pick(&english_only);
        assert_eq!(
            (fallback.text, fallback.lang, fallback.fallback),
            ("Visit", "en", true)
        );
        assert!(!Locale::En.pick(&english_only).fallback);
        assert_eq!(Locale::En.other(&both).unwrap().text, "对话會");
        assert_eq!(Locale::ZhHans.other(&both).unwrap().lang, "en");
        assert_eq!(Locale::ZhHans.other(&english_only), None);
    }

    // Issue #28: a table row with only `title_zh` showed its title twice in the panel.
    #[test]
    fn a_text_only_in_chinese_is_shown_once_and_tagged_chinese() {
        let chinese_only = Localized {
            en: "中法科学对话".into(),
            zh: Some("中法科学对话".into()),
        };
        for locale in Locale::ALL {
            let shown = locale.pick(&chinese_only);
            assert_eq!(
                (shown.text, shown.lang, shown.fallback),
                ("中法科学对话", "zh-Hans", false),
                "{locale:?}"
            );
            assert_eq!(locale.other(&chinese_only), None, "{locale:?}");
        }
    }
}
