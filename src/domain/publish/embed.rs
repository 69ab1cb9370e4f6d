//! Embedding a view in another site's page: the view the frame shows (the current one with
//! `embed=1` and the language pinned), the view "Open in Cooperation Atlas" opens (the same
//! without `embed`), the sizes to choose from, and the `<iframe>` snippet, whose every
//! attribute is escaped. The oEmbed files the build writes carry the same snippet.

use crate::domain::i18n::{Key, Locale};
use crate::domain::publish::markup::escape_attribute;
use crate::domain::view_state::ViewState;

/// A size offered for the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmbedSize {
    /// 600 × 400 pixels: a column of text.
    Small,
    /// 800 × 600 pixels.
    Large,
    /// As wide as the page's column, 500 pixels high.
    FullWidth,
}

impl EmbedSize {
    pub const ALL: [EmbedSize; 3] = [EmbedSize::Small, EmbedSize::Large, EmbedSize::FullWidth];

    /// The frame's `width` attribute: pixels, or `100%`.
    pub fn width(self) -> &'static str {
        match self {
            EmbedSize::Small => "600",
            EmbedSize::Large => "800",
            EmbedSize::FullWidth => "100%",
        }
    }

    /// The frame's width in pixels, `None` for the full width.
    pub fn width_px(self) -> Option<u32> {
        match self {
            EmbedSize::Small => Some(600),
            EmbedSize::Large => Some(800),
            EmbedSize::FullWidth => None,
        }
    }

    /// The frame's height in pixels.
    pub fn height_px(self) -> u32 {
        match self {
            EmbedSize::Small => 400,
            EmbedSize::Large => 600,
            EmbedSize::FullWidth => 500,
        }
    }

    /// The size as the choice names it: "600 × 400", "Full width × 500".
    pub fn label(self, locale: Locale) -> String {
        let height = self.height_px().to_string();
        match self.width_px() {
            Some(width) => format!("{width} × {height}"),
            None => locale.fill(Key::EmbedFullWidth, &[("height", &height)]),
        }
    }

    /// A stable name (the radio buttons' values).
    pub fn key(self) -> &'static str {
        match self {
            EmbedSize::Small => "600x400",
            EmbedSize::Large => "800x600",
            EmbedSize::FullWidth => "full",
        }
    }
}

/// The view an embedding frame shows: `view` in the compact atlas, in `locale` (the language
/// the person sees, so the frame does not follow each reader's browser).
pub fn embedded_view(view: &ViewState, locale: Locale) -> ViewState {
    ViewState {
        embed: true,
        language: Some(locale),
        ..view.clone()
    }
}

/// The full atlas showing `view`: what "Open in Cooperation Atlas" opens and what a link
/// copied inside a frame leads to.
pub fn full_view(view: &ViewState) -> ViewState {
    ViewState {
        embed: false,
        ..view.clone()
    }
}

/// The HTML another site pastes: an `<iframe>` of `address` (absolute) at `size`, named by
/// `title` for screen readers. It sets no sandbox (the frame needs its scripts) and lets the
/// frame's "Copy link" use the clipboard. The inline style takes the border off and keeps a
/// fixed width within narrow columns; a page whose policy forbids inline styles keeps the
/// browser's border.
pub fn iframe_snippet(address: &str, size: EmbedSize, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" width=\"{}\" height=\"{}\" title=\"{}\" style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        escape_attribute(address),
        size.width(),
        size.height_px(),
        escape_attribute(&one_line(title)),
    )
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::view_state::{parse_query, to_query};

    #[test]
    fn the_frame_shows_the_view_embedded_in_the_chosen_language_and_opens_it_whole() {
        let (view, _) = parse_query("event=x&country=FR&from=2024&view=network");
        let embedded = embedded_view(&view, Locale::ZhHans);
        assert_eq!(
            to_query(&embedded),
            "event=x&country=FR&from=2024&view=network&embed=1&lang=zh-Hans"
        );
        assert_eq!(
            to_query(&full_view(&embedded)),
            "event=x&country=FR&from=2024&view=network&lang=zh-Hans"
        );
    }

    #[test]
    fn the_snippet_escapes_what_it_carries() {
        let snippet = iframe_snippet(
            "https://example.org/atlas/?q=%22&country=FR&embed=1",
            EmbedSize::Small,
            "“\"><script>alert(1)</script>” · 3 events\n",
        );
        assert!(snippet.starts_with(
            "<iframe src=\"https://example.org/atlas/?q=%22&amp;country=FR&amp;embed=1\" width=\"600\" height=\"400\" title=\"“&quot;&gt;&lt;script&gt;"
        ));
        assert!(!snippet.contains("<script") && !snippet.contains('\n'));
        assert_eq!(snippet.matches('<').count(), 2, "one element: {snippet}");
        let wide = iframe_snippet("https://example.org/", EmbedSize::FullWidth, "t");
        assert!(wide.contains("width=\"100%\" height=\"500\""));
    }

    #[test]
    fn sizes_are_named_in_every_language() {
        assert_eq!(EmbedSize::Large.label(Locale::En), "800 × 600");
        assert_eq!(EmbedSize::FullWidth.label(Locale::En), "Full width × 500");
        assert_eq!(EmbedSize::FullWidth.label(Locale::ZhHant), "全寬 × 500");
    }
}
