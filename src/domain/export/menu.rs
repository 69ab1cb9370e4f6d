//! The event list's "Export" menu as data: its entries (what each saves, how it is labelled)
//! and the button's label with its count. A new kind of entry is one more variant here and one
//! more arm where the list's menu acts on it.

use crate::domain::export::Format;
use crate::domain::i18n::{Key, Locale};

/// One entry of the menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportEntry {
    /// The filtered events saved as a file of this format.
    Events(Format),
    /// The dialog with the snippet that embeds this view in another site's page.
    Embed,
    /// The browser's print of the view: title, map, timeline and the list.
    Print,
}

impl ExportEntry {
    /// The entries in menu order.
    pub const ALL: [ExportEntry; 5] = [
        ExportEntry::Events(Format::Ics),
        ExportEntry::Events(Format::Csv),
        ExportEntry::Events(Format::GeoJson),
        ExportEntry::Embed,
        ExportEntry::Print,
    ];

    /// The interface text naming the entry.
    pub fn label(self) -> Key {
        match self {
            ExportEntry::Events(format) => format.label(),
            ExportEntry::Embed => Key::Embed,
            ExportEntry::Print => Key::Print,
        }
    }

    /// A stable name for the entry (the `data-entry` hook of tests and styles).
    pub fn name(self) -> &'static str {
        match self {
            ExportEntry::Events(format) => format.extension(),
            ExportEntry::Embed => "embed",
            ExportEntry::Print => "print",
        }
    }

    /// Whether the entry has something to save when no event is shown (a view of no events
    /// is not worth embedding or printing either).
    pub fn works_without_events(self) -> bool {
        match self {
            ExportEntry::Events(_) | ExportEntry::Embed | ExportEntry::Print => false,
        }
    }
}

/// The menu button's label: "Export 1 event", "Export 1,234 events".
pub fn menu_label(locale: Locale, n_events: usize) -> String {
    match n_events {
        1 => locale.text(Key::ExportOne).to_string(),
        n => locale.fill(Key::Export, &[("count", &locale.number(n))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_event_is_singular_others_plural_in_every_language() {
        assert_eq!(menu_label(Locale::En, 1), "Export 1 event");
        assert_eq!(menu_label(Locale::En, 0), "Export 0 events");
        assert_eq!(menu_label(Locale::En, 12_345), "Export 12,345 events");
        for locale in Locale::ALL {
            let one = menu_label(locale, 1);
            assert!(one.contains('1') && !one.contains('{'), "{locale:?}: {one}");
            let many = menu_label(locale, 25);
            assert!(
                many.contains("25") && !many.contains('{'),
                "{locale:?}: {many}"
            );
        }
        assert_eq!(menu_label(Locale::ZhHans, 1), "导出 1 个活动");
    }

    #[test]
    fn every_format_is_an_entry_with_its_own_name() {
        for format in Format::ALL {
            assert!(ExportEntry::ALL.contains(&ExportEntry::Events(format)));
        }
        let mut names: Vec<&str> = ExportEntry::ALL.iter().map(|e| e.name()).collect();
        names.dedup();
        assert_eq!(names.len(), ExportEntry::ALL.len());
    }
}
