//! A file as the browser hands it over: read from a stream piece by piece (with its progress
//! reported), the pieces kept in the browser's memory, and read back in order by the dataset's
//! readers, so a large file is never copied whole into the app's memory.

use std::sync::Arc;

use js_sys::{Reflect, Uint8Array};
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A file's pieces as they arrived, still in the browser's memory, and how many bytes they
/// hold.
#[derive(Clone)]
pub struct ArrivedFile {
    pieces: Arc<SendWrapper<Vec<Uint8Array>>>,
    pub size: usize,
}

impl ArrivedFile {
    /// Its first bytes (of the first piece).
    pub fn start(&self) -> Vec<u8> {
        match self.pieces.first() {
            Some(piece) => piece.subarray(0, piece.length().min(8)).to_vec(),
            None => Vec::new(),
        }
    }

    /// All its bytes in one array, in the browser's memory.
    pub fn joined(&self) -> Uint8Array {
        let whole = Uint8Array::new_with_length(self.size as u32);
        let mut at = 0;
        for piece in self.pieces.iter() {
            whole.set(piece, at);
            at += piece.length();
        }
        whole
    }

    /// A reader of the pieces, in order; they stay in the browser's memory while any copy of
    /// the file is kept.
    pub fn reader(&self) -> Pieces {
        Pieces {
            pieces: self.pieces.clone(),
            next: 0,
            current: None,
        }
    }
}

/// A file as it arrived, read in order.
pub struct Pieces {
    pieces: Arc<SendWrapper<Vec<Uint8Array>>>,
    /// The piece to read after the current one.
    next: usize,
    /// The piece being read, and how much of it has been.
    current: Option<(Uint8Array, u32)>,
}

impl std::io::Read for Pieces {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if let Some((piece, at)) = &mut self.current {
                let n = (piece.length() - *at).min(buffer.len() as u32);
                if n > 0 || buffer.is_empty() {
                    piece
                        .subarray(*at, *at + n)
                        .copy_to(&mut buffer[..n as usize]);
                    *at += n;
                    return Ok(n as usize);
                }
            }
            let piece = self.pieces.get(self.next);
            self.next += 1;
            match piece {
                Some(piece) => self.current = Some((piece.clone(), 0)),
                None => return Ok(0),
            }
        }
    }
}

/// Reads `stream` to its end, reporting each whole percent (or megabyte, when the size is
/// unknown) that arrives.
pub async fn read_stream(
    stream: web_sys::ReadableStream,
    total: Option<f64>,
    progress: impl Fn(f64),
) -> Result<ArrivedFile, JsValue> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut pieces = Vec::new();
    let mut loaded = 0;
    let step = total.map_or(1e6, |t| (t / 100.0).max(1.0));
    let mut reported = 0.0;
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        if Reflect::get(&chunk, &JsValue::from_str("done"))?.is_truthy() {
            return Ok(ArrivedFile {
                pieces: Arc::new(SendWrapper::new(pieces)),
                size: loaded,
            });
        }
        let piece = Uint8Array::new(&Reflect::get(&chunk, &JsValue::from_str("value"))?);
        loaded += piece.length() as usize;
        pieces.push(piece);
        if loaded as f64 - reported >= step {
            reported = loaded as f64;
            progress(reported);
        }
    }
}
