//! The browser's own decoders for tables saved in Windows code pages (`TextDecoder`, fatal:
//! no replacement characters), so the wasm carries no decoding tables of its own.

use web_sys::{TextDecoder, TextDecoderOptions};

use crate::domain::dataset::LegacyEncoding;

/// `bytes` as text in `encoding`, or `None` when they are not text in it.
pub fn decode_in_browser(encoding: LegacyEncoding, bytes: &[u8]) -> Option<String> {
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = TextDecoder::new_with_label_and_options(encoding.label(), &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
