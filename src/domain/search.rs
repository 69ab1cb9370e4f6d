//! Text search: folds case, full-width forms, Latin accents and Traditional Chinese characters
//! so that `cnrs`, `ＣＮＲＳ` and `CNRS` match alike, as do `中國` and `中国`; every query term
//! must occur in an event's searchable text.
//!
//! Event texts are folded once, when the dataset is indexed, into one [`SearchTexts`] that a
//! query term scans in one pass; a query is folded per keystroke.

use crate::domain::script::to_simplified;

/// Folds `text` for matching: lower case, full-width ASCII to ASCII, ideographic space to
/// space, Latin letters without accents, Chinese characters in their Simplified form.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appending to `out`.
fn fold_into(text: &str, out: &mut String) {
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

    /// For each term, which of `texts` contain it.
    pub fn hits_in(&self, texts: &SearchTexts) -> Vec<Vec<bool>> {
        self.terms
            .iter()
            .map(|term| texts.containing(term))
            .collect()
    }
}

/// Many folded texts (one per event, or per organization) in one string, each part ending in a
/// line break. A term has no whitespace, so no match runs from one text into the next, and one
/// scan of the string per term finds every text that contains it: no searcher is set up per
/// text, and there is one allocation in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchTexts {
    joined: String,
    /// Where each text ends in `joined`.
    ends: Vec<u32>,
}

impl SearchTexts {
    /// Room for `texts` texts of `bytes` bytes in all (folding keeps most lengths).
    pub fn with_capacity(texts: usize, bytes: usize) -> SearchTexts {
        SearchTexts {
            joined: String::with_capacity(bytes),
            ends: Vec::with_capacity(texts),
        }
    }

    /// Adds a text made of `parts`, folding them.
    pub fn push<'a>(&mut self, parts: impl IntoIterator<Item = &'a str>) {
        for part in parts {
            fold_into(part, &mut self.joined);
            self.joined.push('\n');
        }
        self.ends.push(self.joined.len() as u32);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// The folded text at `index`, each part followed by a line break.
    #[cfg(test)]
    fn get(&self, index: usize) -> &str {
        let start = index.checked_sub(1).map_or(0, |i| self.ends[i] as usize);
        &self.joined[start..self.ends[index] as usize]
    }

    /// For each text, whether it contains `term` (folded, without whitespace).
    fn containing(&self, term: &str) -> Vec<bool> {
        let mut found = vec![false; self.ends.len()];
        let mut text = 0;
        for (at, _) in self.joined.match_indices(term) {
            // Matches come in order, so the text holding one is found by walking forward.
            while self.ends[text] as usize <= at {
                text += 1;
            }
            found[text] = true;
        }
        found
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
    fn one_scan_finds_each_text_holding_every_term_once() {
        let mut texts = SearchTexts::default();
        let parts: [&[&str]; 4] = [
            &["C-MRS in Strasbourg", "E-MRS"],
            &["Lanxi 鎂產業"],
            &[],
            &["strasbourg, mrs again mrs"],
        ];
        for text in parts {
            texts.push(text.iter().copied());
        }
        assert_eq!(texts.len(), 4);
        assert_eq!(texts.get(0), "c-mrs in strasbourg\ne-mrs\n");
        assert_eq!(texts.get(1), "lanxi 镁产业\n");
        assert_eq!(texts.get(2), "");
        let hits = SearchQuery::new("MRS strasbourg 镁").hits_in(&texts);
        assert_eq!(hits[0], [true, false, false, true]);
        assert_eq!(hits[1], [true, false, false, true]);
        assert_eq!(hits[2], [false, true, false, false]);
        // A term never spans two texts: "e-mrs" ends one and "lanxi" starts the next.
        assert_eq!(SearchQuery::new("mrslanxi").hits_in(&texts)[0], [false; 4]);
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
