//! Text made safe inside HTML and SVG markup that the atlas writes for others to open: an
//! embed snippet pasted into another site, a picture file. Every text from the dataset or the
//! address goes through one of these, so it stays text and cannot open a tag or end an
//! attribute.

/// Text for an element's content: `&`, `<` and `>` escaped.
pub fn escape_text(raw: &str) -> String {
    escape(raw, false)
}

/// Text for a double- or single-quoted attribute value: quotes escaped too.
pub fn escape_attribute(raw: &str) -> String {
    escape(raw, true)
}

fn escape(raw: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0; a line break is.
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_can_open_a_tag_or_leave_an_attribute() {
        let nasty = "\"><script>alert('x')</script> & \u{1}";
        let attribute = escape_attribute(nasty);
        assert!(
            !attribute.contains(['"', '\'', '<', '>', '\u{1}']),
            "{attribute}"
        );
        assert_eq!(
            attribute,
            "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;  "
        );
        assert_eq!(escape_text("a < b & \"c\""), "a &lt; b &amp; \"c\"");
    }
}
