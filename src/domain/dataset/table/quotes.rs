//! Whether a table ends inside a quoted cell. A quote that opens a cell and is never closed
//! makes the csv reader take the rest of the file as that one cell, without an error; this
//! finds it, so the person is told where the quote opened instead of what the cells after it
//! lack.

/// Whether `text`, with cells split at `separator`, ends inside a quoted cell. Quotes are read
/// as the csv reader reads them: a quote opens a cell only as its first character, and two
/// quotes inside a quoted cell stand for one.
pub fn ends_in_open_quote(text: &str, separator: u8) -> bool {
    #[derive(PartialEq)]
    enum State {
        CellStart,
        Unquoted,
        Quoted,
        /// A quote inside a quoted cell: it closes the cell, unless another follows.
        QuoteInQuoted,
    }
    let mut state = State::CellStart;
    for byte in text.bytes() {
        let ends_cell = byte == separator || byte == b'\n' || byte == b'\r';
        state = match (state, byte) {
            (State::CellStart, b'"') => State::Quoted,
            (State::Quoted, b'"') => State::QuoteInQuoted,
            (State::Quoted, _) => State::Quoted,
            (State::QuoteInQuoted, b'"') => State::Quoted,
            (_, _) if ends_cell => State::CellStart,
            (_, _) => State::Unquoted,
        };
    }
    state == State::Quoted
}

#[cfg(test)]
mod tests {
    use super::ends_in_open_quote;

    #[test]
    fn a_quote_left_open_is_found_and_closed_or_doubled_ones_are_not() {
        assert!(ends_in_open_quote("a,\"b\nc,d\n", b','));
        assert!(ends_in_open_quote("a;\"b \"\" c", b';'));
        assert!(!ends_in_open_quote("a,\"b, \"\"c\"\"\nd\"\n", b','));
        // A quote inside an unquoted cell is text.
        assert!(!ends_in_open_quote("a,b\"c\n", b','));
        assert!(!ends_in_open_quote("a\t\"b\tc\"", b'\t'));
        assert!(ends_in_open_quote("a\t\"b\tc", b'\t'));
    }
}
