//! Text search: folds case, full-width forms, Latin accents and Traditional Chinese characters
//! so that `cnrs`, `ＣＮＲＳ` and `CNRS` match alike, as do `中國` and `中国`; every query term
//! must occur in an event's searchable text.
//!
//! Event texts are folded once, when the dataset is indexed; a query is folded per keystroke.

use crate::domain::script::to_simplified;

/// Folds `text` for matching: lower case, full-width ASCII to ASCII, ideographic space to
/// space, Latin letters without accents, Chinese characters in their Simplified form.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                out.push(to_simplified(strip_accent(lower)));
            }
        }
    }
    out
}

/// The base letter of a lower-case accented Latin letter (the ones in European names and pinyin).
fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ǎ' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ǐ' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ǒ' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ǔ' | 'ů' | 'ű' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// A folded query: every whitespace-separated term must occur in the text searched.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    terms: Vec<String>,
}

impl SearchQuery {
    pub fn new(text: &str) -> SearchQuery {
        SearchQuery {
            terms: fold(text).split_whitespace().map(str::to_string).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every term occurs in `folded`, a text already passed through [`fold`].
    pub fn matches(&self, folded: &str) -> bool {
        self.terms.iter().all(|term| folded.contains(term.as_str()))
    }

    /// For each term, which of `texts` (already folded) contain it.
    pub fn hits_in(&self, texts: &[String]) -> Vec<Vec<bool>> {
        self.terms
            .iter()
            .map(|term| texts.iter().map(|t| t.contains(term.as_str())).collect())
            .collect()
    }

    /// Whether every term is found elsewhere (`found_elsewhere(term number)`, checked first)
    /// or in `folded`.
    pub fn matches_or(&self, folded: &str, found_elsewhere: impl Fn(usize) -> bool) -> bool {
        self.terms
            .iter()
            .enumerate()
            .all(|(k, term)| found_elsewhere(k) || folded.contains(term.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_width_and_accents() {
        assert_eq!(fold("CNRS"), "cnrs");
        assert_eq!(fold("ＣＮＲＳ　Ｓｔｒａｓｂｏｕｒｇ"), "cnrs strasbourg");
        assert_eq!(
            fold("Helmholtz-Zentrum für Materialien"),
            "helmholtz-zentrum fur materialien"
        );
        assert_eq!(fold("chuàng"), "chuang");
        assert_eq!(fold("魏炳波"), "魏炳波");
    }

    #[test]
    fn every_term_must_match() {
        let text = fold("C-MRS delegation visits Strasbourg 魏炳波");
        assert!(SearchQuery::new("strasbourg").matches(&text));
        assert!(SearchQuery::new("  STRASBOURG   c-mrs ").matches(&text));
        assert!(SearchQuery::new("魏炳波").matches(&text));
        assert!(!SearchQuery::new("strasbourg beijing").matches(&text));
        assert!(SearchQuery::new("   ").is_empty());
    }

    #[test]
    fn either_chinese_script_finds_the_other() {
        let simplified = fold("中国科学院与法国国家科学研究中心");
        let traditional = fold("中國科學院與法國國家科學研究中心");
        assert!(SearchQuery::new("法國").matches(&simplified));
        assert!(SearchQuery::new("法国").matches(&traditional));
        assert!(SearchQuery::new("科學院 中心").matches(&simplified));
        assert!(!SearchQuery::new("美國").matches(&traditional));
    }
}
