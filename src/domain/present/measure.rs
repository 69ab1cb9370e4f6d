//! How wide a text is drawn, and a text cut to fit a room: the timeline's titles and the
//! network's names are placed with these, before anything is drawn.

/// About how wide `text` is drawn at `font_px`: Han characters and full-width forms a full em,
/// capitals and wide letters two thirds, the rest about half. Errs on the wide side, so a
/// title cut to fit never runs into the next mark.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().map(|c| char_width(c) * font_px).sum()
}

fn char_width(c: char) -> f64 {
    match c {
        c if c.is_ascii_uppercase() || matches!(c, 'm' | 'w' | 'M' | 'W' | '—') => 0.72,
        c if c.is_ascii() => 0.55,
        c if (c as u32) >= 0x2E80 => 1.0,
        _ => 0.6,
    }
}

/// `text` cut with "…" to fit `room_px` at `font_px`, or `None` when not even a few
/// characters fit (the title is then shown on hover and focus only).
pub fn fit_text(text: &str, room_px: f64, font_px: f64) -> Option<String> {
    if text_width(text, font_px) <= room_px {
        return Some(text.to_string());
    }
    let ellipsis = text_width("…", font_px);
    let mut used = ellipsis;
    let mut kept = String::new();
    for c in text.chars() {
        used += char_width(c) * font_px;
        if used > room_px {
            break;
        }
        kept.push(c);
    }
    let kept = kept.trim_end();
    (kept.chars().count() >= 3).then(|| format!("{kept}…"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_cut_to_their_room() {
        let title = "CAS–CNRS strategic dialogue";
        let full = text_width(title, 11.0);
        assert_eq!(fit_text(title, full + 1.0, 11.0).as_deref(), Some(title));
        let cut = fit_text(title, full / 2.0, 11.0).unwrap();
        assert!(cut.ends_with('…') && cut.len() < title.len(), "{cut}");
        assert!(text_width(&cut, 11.0) <= full / 2.0);
        assert_eq!(fit_text(title, 12.0, 11.0), None);
        // Han characters take a full em each.
        assert_eq!(text_width("中国科学院", 12.0), 60.0);
        let zh = fit_text("中国科学院与法国国家科学研究中心", 60.0, 12.0).unwrap();
        assert_eq!(zh, "中国科学…");
    }
}
