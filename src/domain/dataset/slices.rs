//! A JSON dataset read a slice of events at a time, so reading a large file can stop between
//! slices and go on (the browser paints and answers in between): the file's top level is
//! walked here, each event's bytes are cut out and parsed by serde alone, and the other
//! fields (organizations, topics) are kept as bytes until the end. Not a JSON parser: it only
//! finds where values start and end (strings, escapes, nesting); serde reads every value.

use std::io::{BufRead, BufReader, Read};

use crate::domain::dataset::error::DatasetError;
use crate::domain::dataset::raw::{RawDataset, RawEvent};

/// A dataset file being read, event by event.
pub struct EventSlices<R: Read> {
    file: BufReader<R>,
    /// Where the next byte is: line and column from 1, as serde counts them.
    line: usize,
    column: usize,
    /// The top level's other fields, as written.
    others: Vec<(String, Vec<u8>)>,
    /// The events read so far.
    #[allow(clippy::vec_box)]
    events: Vec<Box<RawEvent>>,
    /// Whether the reader is inside the events' list (`true`) or past it or before it.
    in_events: bool,
    /// Whether the events' list was found.
    has_events: bool,
    /// Whether the top level's closing brace was read.
    done: bool,
}

impl<R: Read> EventSlices<R> {
    /// Starts reading `file`: its opening brace and every field up to the first event.
    pub fn new(file: R) -> Result<EventSlices<R>, DatasetError> {
        let mut slices = EventSlices {
            file: BufReader::with_capacity(1 << 16, file),
            line: 1,
            column: 1,
            others: Vec::new(),
            events: Vec::new(),
            in_events: false,
            has_events: false,
            done: false,
        };
        slices.skip_space()?;
        slices.expect(b'{', "expected `{` at the start of the dataset")?;
        slices.next_field(true)?;
        Ok(slices)
    }

    /// Reads up to `n` more events; whether any are left.
    pub fn read(&mut self, n: usize) -> Result<bool, DatasetError> {
        for _ in 0..n {
            if !self.in_events {
                return Ok(false);
            }
            self.skip_space()?;
            if self.peek()? == Some(b']') {
                self.advance();
                self.in_events = false;
                self.next_field(false)?;
                return Ok(!self.done);
            }
            let (line, column) = (self.line, self.column);
            let bytes = self.value()?;
            let event: RawEvent =
                serde_json::from_slice(&bytes).map_err(|e| at(e, line, column))?;
            self.events.push(Box::new(event));
            self.skip_space()?;
            match self.peek()? {
                Some(b',') => self.advance(),
                Some(b']') => {}
                _ => return Err(self.error("expected `,` or `]` after an event")),
            }
        }
        Ok(self.in_events || !self.done)
    }

    /// The dataset, once every event is read: the other fields parsed.
    pub fn finish(mut self) -> Result<RawDataset, DatasetError> {
        while self.read(usize::MAX)? {}
        let mut json =
            Vec::with_capacity(64 + self.others.iter().map(|o| o.1.len()).sum::<usize>());
        // Without its list of events the file is told so, as serde tells a missing field.
        json.push(b'{');
        if self.has_events {
            json.extend_from_slice(b"\"events\":[]");
        }
        for (k, (key, value)) in self.others.iter().enumerate() {
            if k > 0 || self.has_events {
                json.push(b',');
            }
            json.extend_from_slice(serde_json::to_string(key).unwrap_or_default().as_bytes());
            json.push(b':');
            json.extend_from_slice(value);
        }
        json.push(b'}');
        let mut raw: RawDataset = serde_json::from_slice(&json).map_err(|e| at(e, 1, 1))?;
        raw.events = self.events;
        Ok(raw)
    }

    /// Reads fields up to the events' list (it is then entered) or the closing brace.
    fn next_field(&mut self, first: bool) -> Result<(), DatasetError> {
        let mut first = first;
        loop {
            self.skip_space()?;
            match self.peek()? {
                Some(b'}') => {
                    self.advance();
                    self.done = true;
                    return Ok(());
                }
                Some(b',') if !first => self.advance(),
                _ if first => {}
                _ => return Err(self.error("expected `,` or `}` after a field")),
            }
            first = false;
            self.skip_space()?;
            if self.peek()? != Some(b'"') {
                return Err(self.error("expected a field name in quotes"));
            }
            let (line, column) = (self.line, self.column);
            let name: String =
                serde_json::from_slice(&self.value()?).map_err(|e| at(e, line, column))?;
            self.skip_space()?;
            self.expect(b':', "expected `:` after a field name")?;
            self.skip_space()?;
            if name == "events" && self.peek()? == Some(b'[') {
                self.advance();
                self.in_events = true;
                self.has_events = true;
                return Ok(());
            }
            let value = self.value()?;
            self.others.push((name, value));
        }
    }

    fn peek(&mut self) -> Result<Option<u8>, DatasetError> {
        match self.file.fill_buf() {
            Ok(buffer) => Ok(buffer.first().copied()),
            Err(e) => Err(self.error(&e.to_string())),
        }
    }

    /// Moves past the byte [`EventSlices::peek`] saw.
    fn advance(&mut self) {
        if let Some(&b) = self.file.fill_buf().ok().and_then(|buffer| buffer.first()) {
            count(b, &mut self.line, &mut self.column);
            self.file.consume(1);
        }
    }

    fn expect(&mut self, byte: u8, message: &str) -> Result<(), DatasetError> {
        match self.peek()? {
            Some(b) if b == byte => {
                self.advance();
                Ok(())
            }
            _ => Err(self.error(message)),
        }
    }

    fn skip_space(&mut self) -> Result<(), DatasetError> {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek()? {
            self.advance();
        }
        Ok(())
    }

    /// The bytes of the value that starts here: a string, an object or a list with all it
    /// holds, or a number, `true`, `false` or `null`.
    fn value(&mut self) -> Result<Vec<u8>, DatasetError> {
        let first = self
            .peek()?
            .ok_or_else(|| self.error("EOF while parsing a value"))?;
        let scalar = !matches!(first, b'{' | b'[' | b'"');
        let mut out = Vec::new();
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        loop {
            let (line, column) = (self.line, self.column);
            let buffer = match self.file.fill_buf() {
                Ok(buffer) => buffer,
                Err(e) => return Err(self.error(&e.to_string())),
            };
            if buffer.is_empty() {
                return match scalar && !out.is_empty() {
                    true => Ok(out),
                    false => Err(self.error("EOF while parsing a value")),
                };
            }
            let (mut used, mut end) = (0, false);
            for &b in buffer {
                if scalar {
                    if matches!(b, b',' | b']' | b'}' | b' ' | b'\n' | b'\r' | b'\t') {
                        end = true;
                        break;
                    }
                    used += 1;
                    continue;
                }
                used += 1;
                if in_string {
                    match (escaped, b) {
                        (true, _) => escaped = false,
                        (false, b'\\') => escaped = true,
                        (false, b'"') => {
                            in_string = false;
                            end = depth == 0;
                        }
                        _ => {}
                    }
                } else {
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.saturating_sub(1);
                            end = depth == 0;
                        }
                        _ => {}
                    }
                }
                if end {
                    break;
                }
            }
            let (mut line, mut column) = (line, column);
            for &b in &buffer[..used] {
                count(b, &mut line, &mut column);
            }
            out.extend_from_slice(&buffer[..used]);
            self.file.consume(used);
            (self.line, self.column) = (line, column);
            if end {
                return match out.is_empty() {
                    true => Err(self.error("expected a value")),
                    false => Ok(out),
                };
            }
        }
    }

    fn error(&self, message: &str) -> DatasetError {
        DatasetError::Json {
            line: self.line,
            column: self.column,
            message: message.to_string(),
        }
    }
}

/// Moves `line` and `column` past the byte `b`: one column per character, not per byte.
fn count(b: u8, line: &mut usize, column: &mut usize) {
    if b == b'\n' {
        *line += 1;
        *column = 1;
    } else if b & 0xC0 != 0x80 {
        *column += 1;
    }
}

/// A serde error in a value that starts at `line`, `column` of the file, placed in the file.
fn at(e: serde_json::Error, line: usize, column: usize) -> DatasetError {
    let message = e.to_string();
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    DatasetError::Json {
        line: line + e.line().saturating_sub(1),
        column: if e.line() <= 1 {
            column + e.column().saturating_sub(1)
        } else {
            e.column()
        },
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BUNDLED_DATASET_JSON;

    fn read_in_slices(json: &str, n: usize) -> Result<RawDataset, DatasetError> {
        let mut slices = EventSlices::new(json.as_bytes())?;
        while slices.read(n)? {}
        slices.finish()
    }

    #[test]
    fn reads_the_same_dataset_as_serde_in_any_slice_size() {
        let whole: RawDataset = serde_json::from_str(BUNDLED_DATASET_JSON).unwrap();
        for n in [1, 2, 7, 1000] {
            let sliced = read_in_slices(BUNDLED_DATASET_JSON, n).unwrap();
            assert_eq!(sliced.events, whole.events, "slices of {n}");
            assert_eq!(sliced.organizations.len(), whole.organizations.len());
            assert_eq!(sliced.topics.len(), whole.topics.len());
        }
    }

    #[test]
    fn a_large_file_read_in_slices_gives_the_dataset_a_whole_read_gives() {
        use crate::domain::dataset::table::encoding::decode_natively;
        use crate::domain::dataset::{open, Decoding, READ_WHOLE_UP_TO};
        let json = crate::domain::synthetic::dataset_json(3_000);
        let read = |size| {
            let decoding = Decoding {
                decoder: &decode_natively,
                chosen: None,
            };
            open(json.as_bytes(), size, "x.json", (&[], &[]), decoding)
                .result
                .unwrap()
        };
        let whole = read(json.len());
        // Said to be large, the same bytes go through the slices.
        let sliced = read(READ_WHOLE_UP_TO + 1);
        assert_eq!(sliced.dataset.to_json(), whole.dataset.to_json());
    }

    #[test]
    fn fields_in_any_order_and_values_of_every_kind() {
        let json = r#"{"topics": [], "note": "a \"quoted\" ] }", "n": 12, "b": true,
            "events": [], "organizations": []}"#;
        let raw = read_in_slices(json, 3).unwrap();
        assert!(raw.events.is_empty());
    }

    #[test]
    fn an_error_in_an_event_is_placed_in_the_file() {
        let json = "{\n  \"events\": [\n    { \"id\": \"a\", }\n  ]\n}\n";
        match read_in_slices(json, 10) {
            Err(DatasetError::Json { line, column, .. }) => assert_eq!((line, column), (3, 18)),
            other => panic!("{other:?}"),
        }
        assert!(read_in_slices("{\"events\": [{}", 10).is_err());
        assert!(read_in_slices("[1, 2]", 10).is_err());
        assert!(read_in_slices("{\"topics\": []}", 10).is_err(), "no events");
    }
}
