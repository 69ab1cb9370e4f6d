//! From a file's bytes to text and a separator: what spreadsheet programs write when they save
//! a table (UTF-8 with or without a byte-order mark, Excel's UTF-16 "Unicode text"; commas,
//! semicolons where the decimal mark is a comma, or tabs). Windows code pages are
//! [`super::encoding`]'s.

/// The file as text without its byte-order mark, or the bytes back when it is neither UTF-8
/// nor UTF-16 (an ANSI code page such as Windows-1252 or GBK).
pub fn decode(mut bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    let utf16_or_bytes = |text: Option<String>, bytes: Vec<u8>| text.ok_or(bytes);
    match bytes.as_slice() {
        [0xEF, 0xBB, 0xBF, ..] => {
            bytes.drain(..3);
            String::from_utf8(bytes).map_err(|e| e.into_bytes())
        }
        [0xFF, 0xFE, rest @ ..] => utf16_or_bytes(utf16(rest, u16::from_le_bytes), bytes),
        [0xFE, 0xFF, rest @ ..] => utf16_or_bytes(utf16(rest, u16::from_be_bytes), bytes),
        // No mark: an ASCII first character beside a zero byte gives UTF-16 away.
        [first, 0, ..] if *first != 0 => utf16_or_bytes(utf16(&bytes, u16::from_le_bytes), bytes),
        [0, second, ..] if *second != 0 => utf16_or_bytes(utf16(&bytes, u16::from_be_bytes), bytes),
        _ => String::from_utf8(bytes).map_err(|e| e.into_bytes()),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// The separator of the table whose first line is `header`: of comma, semicolon and tab, the
/// one that splits it into the most of the `known` column names (then the most fields; a
/// comma when nothing tells).
pub fn separator(header: &str, known: &[&str]) -> u8 {
    [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&separator| {
            let names = header.split(separator as char);
            let known_names = names
                .filter(|name| {
                    let name = name.trim().trim_matches('"').trim().to_ascii_lowercase();
                    known.contains(&name.as_str())
                })
                .count();
            (known_names, header.matches(separator as char).count())
        })
        .unwrap_or(b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, mark: bool) -> Vec<u8> {
        let mut bytes = if mark { vec![0xFF, 0xFE] } else { vec![] };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn reads_utf8_with_or_without_a_mark_and_utf16_either_way_round() {
        let text = "id,title_zh\r\na,科技合作\r\n";
        assert_eq!(decode(text.as_bytes().to_vec()).unwrap(), text);
        let marked = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(marked).unwrap(), text);
        assert_eq!(decode(utf16le(text, true)).unwrap(), text);
        assert_eq!(decode(utf16le(text, false)).unwrap(), text);
        let mut big = vec![0xFE, 0xFF];
        big.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(big).unwrap(), text);
    }

    #[test]
    fn refuses_what_is_not_unicode() {
        // "Café" in Windows-1252, as Excel's plain "CSV (comma delimited)" saves it.
        assert!(decode(b"id,title_en\r\na,Caf\xE9\r\n".to_vec()).is_err());
        assert_eq!(decode(vec![0xFF, 0xFE, 0x41]), Err(vec![0xFF, 0xFE, 0x41]));
    }

    #[test]
    fn finds_the_separator_from_the_column_names() {
        let known = ["id", "title_en", "start", "summary"];
        assert_eq!(separator("id,title_en,start", &known), b',');
        assert_eq!(separator("id;title_en;start", &known), b';');
        assert_eq!(separator("id\ttitle_en\tstart", &known), b'\t');
        // A semicolon table whose names hold commas is still a semicolon table.
        assert_eq!(separator("\"id\";\"title_en\";\"a, b\"", &known), b';');
        assert_eq!(separator("", &known), b',');
    }
}
