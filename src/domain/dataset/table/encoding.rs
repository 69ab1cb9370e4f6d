//! Tables saved in a Windows code page: Excel's plain "CSV" is GBK (read as GB18030) on
//! Simplified Chinese Windows, Big5 on Traditional Chinese Windows and Windows-1252 on Western
//! Windows, with nothing in the file to say which. This module picks the most plausible of the
//! three and names the others, so the person can choose one if the pick was wrong.
//!
//! It decodes nothing itself: the decoder is a parameter (the browser's `TextDecoder` in the
//! page, `encoding_rs` natively, both the WHATWG Encoding Standard's decoders), so the wasm
//! carries no decoding tables. What it knows of Chinese comes from the decoder too: the first
//! levels of GB2312 and Big5, each standard's set of frequently used characters.

use crate::domain::country;
use crate::domain::i18n::{Key, Locale, Message};

/// A code page Excel saves "CSV" in, named as the WHATWG Encoding Standard names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LegacyEncoding {
    /// GBK and its superset GB18030: Simplified Chinese Windows (code page 936).
    Gb18030,
    /// Traditional Chinese Windows (code page 950).
    Big5,
    /// Western European and American Windows.
    Windows1252,
}

impl LegacyEncoding {
    /// In the order a tie between them is settled.
    pub const ALL: [LegacyEncoding; 3] = [
        LegacyEncoding::Gb18030,
        LegacyEncoding::Big5,
        LegacyEncoding::Windows1252,
    ];

    /// The label `TextDecoder` and `encoding_rs` know it by.
    pub fn label(self) -> &'static str {
        match self {
            LegacyEncoding::Gb18030 => "gb18030",
            LegacyEncoding::Big5 => "big5",
            LegacyEncoding::Windows1252 => "windows-1252",
        }
    }

    /// The encoding a label names (`gb18030`, `gbk`, `big5`, `windows-1252`, any case).
    pub fn from_label(label: &str) -> Option<LegacyEncoding> {
        match label.trim().to_ascii_lowercase().as_str() {
            "gb18030" | "gbk" | "gb2312" | "cp936" => Some(LegacyEncoding::Gb18030),
            "big5" | "cp950" => Some(LegacyEncoding::Big5),
            "windows-1252" | "cp1252" | "latin1" => Some(LegacyEncoding::Windows1252),
            _ => None,
        }
    }

    /// Its name as people write it.
    pub fn name(self) -> &'static str {
        match self {
            LegacyEncoding::Gb18030 => "GB18030",
            LegacyEncoding::Big5 => "Big5",
            LegacyEncoding::Windows1252 => "Windows-1252",
        }
    }

    /// The notice telling that a file was read in this encoding, and where it comes from.
    pub fn notice(self) -> Key {
        match self {
            LegacyEncoding::Gb18030 => Key::ReadAsGb18030,
            LegacyEncoding::Big5 => Key::ReadAsBig5,
            LegacyEncoding::Windows1252 => Key::ReadAsWindows1252,
        }
    }

    fn is_chinese(self) -> bool {
        self != LegacyEncoding::Windows1252
    }
}

/// How a table's bytes become text when they are not Unicode.
#[derive(Clone, Copy)]
pub struct Decoding<'a> {
    /// The bytes as text in an encoding, or `None` when they are not text in it (a fatal
    /// decoder: no replacement characters).
    pub decoder: &'a dyn Fn(LegacyEncoding, &[u8]) -> Option<String>,
    /// The encoding the person chose; `None` detects it.
    pub chosen: Option<LegacyEncoding>,
}

/// The code page a table was read in, and the others its bytes are text in, most plausible
/// first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyReading {
    pub read_as: LegacyEncoding,
    pub alternatives: Vec<LegacyEncoding>,
}

impl LegacyReading {
    /// The notice naming what `name` was read as.
    pub fn notice(&self, name: &str) -> Message {
        Message::new(self.read_as.notice(), &[("name", name)])
    }
}

/// `bytes` as text in the chosen encoding, else in the most plausible one; `None` when no
/// code page reads them.
pub fn decode(bytes: &[u8], decoding: Decoding) -> Option<(String, LegacyReading)> {
    let mut common = None;
    // Each encoding that reads the bytes, most plausible first (a tie keeps the order of
    // `ALL`), and the one read with its text.
    let mut scored: Vec<(LegacyEncoding, f64)> = Vec::new();
    let mut read = None;
    for encoding in LegacyEncoding::ALL {
        let Some(text) = (decoding.decoder)(encoding, bytes) else {
            continue;
        };
        let score = match encoding.is_chinese() {
            true => {
                let common = common.get_or_insert_with(|| CommonCharacters::new(decoding));
                chinese_plausibility(&text, common)
            }
            false => latin_plausibility(&text),
        };
        let at = scored.iter().take_while(|(_, s)| *s >= score).count();
        scored.insert(at, (encoding, score));
        let is_read = match decoding.chosen {
            Some(chosen) => encoding == chosen,
            None => at == 0,
        };
        if is_read {
            read = Some((encoding, text));
        }
    }
    let (read_as, text) = read?;
    let alternatives = scored
        .into_iter()
        .map(|(encoding, _)| encoding)
        .filter(|&encoding| encoding != read_as)
        .collect();
    Some((
        text,
        LegacyReading {
            read_as,
            alternatives,
        },
    ))
}

/// The bytes as text in `encoding` with `encoding_rs` (the same WHATWG decoders as the
/// browser's), as the native programs and tests read tables.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_natively(encoding: LegacyEncoding, bytes: &[u8]) -> Option<String> {
    let decoder = match encoding {
        LegacyEncoding::Gb18030 => encoding_rs::GB18030,
        LegacyEncoding::Big5 => encoding_rs::BIG5,
        LegacyEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
    };
    decoder
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| text.into_owned())
}

/// Enough characters to judge a large file by.
const SCORED_CHARACTERS: usize = 100_000;

/// Chinese characters people write often: `frequent` those the atlas writes itself (its
/// interface and the country names), `common` those of GB2312's and Big5's first levels.
struct CommonCharacters {
    common: Ideographs,
    frequent: Ideographs,
}

impl CommonCharacters {
    fn new(decoding: Decoding) -> CommonCharacters {
        let mut common = Ideographs::default();
        // GB2312's first level: rows 0xB0-0xD7 (3 755 characters, by pinyin).
        let gb2312 = pairs(0xB0..=0xD7, &[0xA1..=0xFE]);
        // Big5's first level: 0xA440-0xC67E (5 401 characters, by strokes); the rest of row
        // 0xC6 holds symbols and kana.
        let mut big5 = pairs(0xA4..=0xC5, &[0x40..=0x7E, 0xA1..=0xFE]);
        big5.extend(pairs(0xC6..=0xC6, &[0x40..=0x7E]));
        for (encoding, bytes) in [
            (LegacyEncoding::Gb18030, gb2312),
            (LegacyEncoding::Big5, big5),
        ] {
            common.insert_all(&(decoding.decoder)(encoding, &bytes).unwrap_or_default());
        }
        let mut frequent = Ideographs::default();
        for locale in [Locale::ZhHans, Locale::ZhHant] {
            for &key in Key::ALL {
                frequent.insert_all(locale.text(key));
            }
            for code in country::assigned() {
                frequent.insert_all(country::country_name(code, locale));
            }
        }
        CommonCharacters { common, frequent }
    }

    /// 0, 1 or 2: how often `c` is written.
    fn points(&self, c: char) -> u32 {
        match is_chinese_punctuation(c) {
            true => 2,
            false => self.common.contains(c) as u32 + self.frequent.contains(c) as u32,
        }
    }
}

/// A set of CJK Unified Ideographs (U+4E00-U+9FFF), one bit each.
struct Ideographs(Vec<u64>);

impl Default for Ideographs {
    fn default() -> Ideographs {
        Ideographs(vec![
            0;
            (IDEOGRAPHS.end - IDEOGRAPHS.start).div_ceil(64)
                as usize
        ])
    }
}

const IDEOGRAPHS: std::ops::Range<u32> = 0x4E00..0xA000;

impl Ideographs {
    fn insert_all(&mut self, text: &str) {
        for c in text.chars() {
            if let Some(i) = Ideographs::bit(c) {
                self.0[i / 64] |= 1 << (i % 64);
            }
        }
    }

    fn contains(&self, c: char) -> bool {
        Ideographs::bit(c).is_some_and(|i| self.0[i / 64] >> (i % 64) & 1 == 1)
    }

    fn bit(c: char) -> Option<usize> {
        IDEOGRAPHS
            .contains(&(c as u32))
            .then(|| (c as u32 - IDEOGRAPHS.start) as usize)
    }
}

/// Every double-byte code with a lead byte in `leads` and a trail byte in one of `trails`.
fn pairs(leads: std::ops::RangeInclusive<u8>, trails: &[std::ops::RangeInclusive<u8>]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for lead in leads {
        for trails in trails {
            for trail in trails.clone() {
                bytes.extend([lead, trail]);
            }
        }
    }
    bytes
}

fn is_ideograph(c: char) -> bool {
    Ideographs::bit(c).is_some()
}

fn is_chinese_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF5E}' | '“' | '”' | '‘' | '’' | '…' | '—' | '·')
}

/// From 0 to 1: how much of the text beyond ASCII is Chinese as people write it. A wrong
/// Chinese code page gives rare characters, kana, Cyrillic or private-use ones instead, and
/// Western text read as Chinese gives ideographs inside Latin words ("Z黵ich"), which count
/// for nothing.
fn chinese_plausibility(text: &str, common: &CommonCharacters) -> f64 {
    let (mut points, mut count) = (0, 0);
    let mut before = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let after = chars.peek().copied().unwrap_or(' ');
        if !c.is_ascii() {
            let in_latin_word = before.is_ascii_alphabetic() || after.is_ascii_alphabetic();
            if !(in_latin_word && is_ideograph(c)) {
                points += common.points(c);
            }
            count += 2;
            if count >= 2 * SCORED_CHARACTERS {
                break;
            }
        }
        before = c;
    }
    points as f64 / count.max(1) as f64
}

/// From 0 to 1: how much of the text beyond ASCII is letters and punctuation of Western
/// languages, a few to a word ("Zürich", "Größe", "d’étude", "“São Paulo”"). Chinese read as
/// Windows-1252 gives words made mostly of accented letters and symbols ("ÖÐ¹ú¿ÆÑ§Ôº").
fn latin_plausibility(text: &str) -> f64 {
    let (mut plausible, mut count) = (0, 0);
    // Words: runs of anything but ASCII spaces and punctuation.
    let words = text.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric());
    for word in words {
        let (mut letters, mut others) = (0, 0);
        let mut signs = 0;
        for c in word.chars() {
            match c {
                c if c.is_ascii() => letters += 1,
                c if is_western(c) => others += 1,
                _ => signs += 1,
            }
        }
        let beyond_ascii = others + signs;
        // Words of Western languages are mostly ASCII, but for short ones ("à", "été"), and
        // hold no symbols.
        let word_is_plausible = signs == 0
            && match letters + beyond_ascii {
                ..=3 => beyond_ascii == 1 || letters > 0,
                length => beyond_ascii * 2 <= length,
            };
        if word_is_plausible {
            plausible += others;
        }
        count += beyond_ascii;
        if count >= SCORED_CHARACTERS {
            break;
        }
    }
    plausible as f64 / count.max(1) as f64
}

/// A letter or sign Windows-1252 has for Western languages, rather than for symbols.
fn is_western(c: char) -> bool {
    match c {
        '×' | '÷' | 'Ð' | 'ð' | 'Þ' | 'þ' => false,
        'À'..='ÿ' | 'Œ' | 'œ' | 'Š' | 'š' | 'Ž' | 'ž' | 'Ÿ' => true,
        '‘' | '’' | '“' | '”' | '„' | '–' | '—' | '…' | '•' | '€' => true,
        '°' | '«' | '»' | '¿' | '¡' | '£' | '\u{A0}' => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(bytes: &[u8]) -> Option<LegacyReading> {
        let decoding = Decoding {
            decoder: &decode_natively,
            chosen: None,
        };
        decode(bytes, decoding).map(|(_, reading)| reading)
    }

    fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{text} in {}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn the_first_levels_come_from_the_decoders() {
        let decoding = Decoding {
            decoder: &decode_natively,
            chosen: None,
        };
        let characters = CommonCharacters::new(decoding);
        // 3 755 + 5 401 characters, of which some are the same in both.
        let common = (IDEOGRAPHS.map(|c| char::from_u32(c).unwrap()))
            .filter(|&c| characters.common.contains(c))
            .count();
        assert!((6_500..9_156).contains(&common), "{common}");
        assert_eq!(characters.points('的'), 2);
        assert_eq!(characters.points('國'), 2);
        assert_eq!(characters.points('ぁ'), 0);
        assert!(characters.frequent.contains('国') && characters.frequent.contains('國'));
    }

    #[test]
    fn latin_text_is_told_from_chinese_read_as_windows_1252() {
        assert_eq!(
            latin_plausibility("Zürich, Größe, d’étude, “São Paulo” – été"),
            1.0
        );
        // 中国科学院 in GBK, 學院院長 in GBK (trail bytes in ASCII), 中國科學院 in Big5.
        assert_eq!(latin_plausibility("ÖÐ¹ú¿ÆÑ§Ôº"), 0.0);
        assert_eq!(latin_plausibility("ŒWÔºÔºéL"), 0.0);
        assert_eq!(latin_plausibility("¤¤°ê¬ì¾Ç°|"), 0.0);
    }

    #[test]
    fn each_code_page_is_found_and_the_others_offered() {
        let cases = [
            (
                "中国科学院与法国国家科学研究中心举行战略对话",
                encoding_rs::GB18030,
                LegacyEncoding::Gb18030,
            ),
            (
                "中國科學院與法國國家科學研究中心舉行戰略對話",
                encoding_rs::BIG5,
                LegacyEncoding::Big5,
            ),
            (
                "Société Générale, Zürich – “café”",
                encoding_rs::WINDOWS_1252,
                LegacyEncoding::Windows1252,
            ),
        ];
        for (text, encoding, expected) in cases {
            let reading = detect(&encode(text, encoding)).unwrap();
            assert_eq!(reading.read_as, expected, "{text}");
            assert!(!reading.alternatives.contains(&expected));
            assert!(
                reading.alternatives.contains(&LegacyEncoding::Windows1252)
                    || expected == LegacyEncoding::Windows1252
            );
        }
    }

    #[test]
    fn a_chosen_encoding_is_read_even_when_less_plausible() {
        let bytes = encode("中国科学院", encoding_rs::GB18030);
        let decoding = Decoding {
            decoder: &decode_natively,
            chosen: Some(LegacyEncoding::Windows1252),
        };
        let (text, reading) = decode(&bytes, decoding).unwrap();
        assert_eq!(text, "ÖÐ¹ú¿ÆÑ§Ôº");
        assert_eq!(reading.read_as, LegacyEncoding::Windows1252);
        assert_eq!(reading.alternatives[0], LegacyEncoding::Gb18030);
    }
}
