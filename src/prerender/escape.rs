//! Dataset text made safe for the pages: for HTML text, for attribute values, and for JSON
//! inside a `<script>` element. Everything the page writer takes from the dataset goes
//! through one of these.

use crate::domain::publish::markup;

/// Text for an element's content: `&`, `<` and `>` escaped (as in everything the atlas writes
/// for others to open, [`markup::escape_text`]).
pub fn text(raw: &str) -> String {
    markup::escape_text(raw)
}

/// Text for a double-quoted attribute value, on one line: quotes escaped as well, and runs of
/// white space (line breaks included) made one space.
pub fn attribute(raw: &str) -> String {
    markup::escape_attribute(&one_line(raw))
}

/// Runs of white space, line breaks included, as one space; no space at either end.
pub fn one_line(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// JSON made safe inside `<script>`: no `<`, `>` or `&` (so no `</script>` or `<!--`), and
/// no U+2028 or U+2029, which older parsers take for line ends. Still the same JSON value.
pub fn json_in_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `text` cut at a word (or, in Chinese, a character) so it is at most `limit` characters
/// long with its "…".
pub fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let cut: String = text.chars().take(limit - 1).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        at_word.trim_end_matches([' ', ',', ';', ':', '.', '·'])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const NASTY: &str = "A \"quoted\" <b>bold</b> & 'single'\nsecond line";

    #[test]
    fn nothing_in_text_or_attributes_can_open_or_close_a_tag() {
        let text = text(NASTY);
        assert!(!text.contains('<') && !text.contains('>'));
        assert!(text.contains("&lt;b&gt;bold&lt;/b&gt; &amp; 'single'"));
        let attribute = attribute(NASTY);
        assert!(!attribute.contains(['"', '<', '>', '\'', '\n']));
        assert_eq!(
            attribute,
            "A &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; &#39;single&#39; second line"
        );
    }

    #[test]
    fn json_in_a_script_keeps_its_value_and_cannot_end_the_script() {
        let json = serde_json::json!({ "name": "</script><!-- & \u{2028}" }).to_string();
        let safe = json_in_script(&json);
        assert!(!safe.contains("</") && !safe.contains("<!--") && !safe.contains('\u{2028}'));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["name"], "</script><!-- & \u{2028}");
    }

    #[test]
    fn shortens_at_a_word_within_the_limit() {
        assert_eq!(shorten("short", 10), "short");
        let long = "one two three four five six seven";
        let cut = shorten(long, 20);
        assert!(cut.chars().count() <= 20, "{cut}");
        assert_eq!(cut, "one two three four…");
        let chinese = "中国材料研究学会代表团访问欧洲材料研究学会";
        assert_eq!(shorten(chinese, 6).chars().count(), 6);
    }
}
