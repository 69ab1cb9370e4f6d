//! Pinyin pronunciation fragments such as `創(chuàng)` that some web pages leave in Chinese text.
//!
//! Pages with ruby annotations lose their markup when copied, leaving the reading in
//! parentheses after the character. Such fragments never belong in the dataset; the
//! validator rejects them and the source-quote test strips them from the raw documents.

/// Whether `inner` (the text between the parentheses) is a pinyin syllable: lower-case
/// Latin letters, possibly with tone marks. `(CAS)`, `(北京)` or `(IMWA)` are not.
fn is_pinyin_syllable(inner: &str) -> bool {
    !inner.is_empty()
        && inner.chars().count() <= 7
        && inner
            .chars()
            .all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c))
}

/// `text` with every `(pinyin)` fragment that follows a CJK character removed.
pub fn strip_fragments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let (before, from_open) = rest.split_at(open);
        out.push_str(before);
        let after_cjk = out.chars().last().is_some_and(is_cjk);
        match from_open[1..].find(')') {
            Some(close) if after_cjk && is_pinyin_syllable(&from_open[1..1 + close]) => {
                rest = &from_open[close + 2..];
            }
            _ => {
                out.push('(');
                rest = &from_open[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `text` carries at least one pronunciation fragment.
pub fn has_fragments(text: &str) -> bool {
    strip_fragments(text) != text
}

/// CJK Unified Ideographs and their first extension, where the dataset's characters live.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_fragments_after_characters() {
        assert_eq!(strip_fragments("原始創(chuàng)新策源地"), "原始創新策源地");
        assert_eq!(strip_fragments("關(guān)鍵核心技術(shù)"), "關鍵核心技術");
        assert!(has_fragments("科研任務(wù)"));
    }

    #[test]
    fn keeps_real_parentheses() {
        for text in [
            "中國科學院(CAS)",
            "中国矿业大学 ( 北京 ) 教授",
            "(IMWA) 副主席",
            "Delegation (led by Wei)",
        ] {
            assert_eq!(strip_fragments(text), text);
            assert!(!has_fragments(text));
        }
    }
}
