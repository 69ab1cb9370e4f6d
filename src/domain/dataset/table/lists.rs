//! The items of a list cell (`countries`, `organizations`, `topics`), parted as people write
//! lists: `CN; FR`, `中国；法国`, `中国、法国`, `"CN,FR"` in a quoted cell, `CN/FR`. Which
//! separators it found is kept, so a message about an item can say how the cell was read.
//!
//! A comma or a slash may be part of a name ("Shanghai Advanced Research Institute, CAS"), so
//! in lists of names they part items only where that is unambiguous: see [`names`].

/// Separators that always part items: `;` and its full-width form, and the Chinese list comma.
const ALWAYS: [char; 3] = [';', '；', '、'];

/// Separators that may also be part of a name: commas and slashes, ASCII and full-width.
const WITHIN_NAMES: [char; 4] = [',', '，', '/', '／'];

/// A list cell read into items.
#[derive(Debug, PartialEq, Eq)]
pub struct ListCell<'a> {
    /// The items, trimmed, empty ones left out.
    pub items: Vec<&'a str>,
    /// The separators that parted items, in the order first met, each once.
    pub separators: Vec<char>,
}

impl ListCell<'_> {
    /// The separators as a message names them: `；`, or `; 、` for a cell with two kinds.
    pub fn separators_text(&self) -> String {
        let texts: Vec<String> = self.separators.iter().map(char::to_string).collect();
        texts.join(" ")
    }
}

/// Every item of `cell`, parted at any separator (no country name holds one).
pub fn countries(cell: &str) -> ListCell<'_> {
    let mut list = ListCell {
        items: Vec::new(),
        separators: Vec::new(),
    };
    list.split_into(cell, |c| ALWAYS.contains(&c) || WITHIN_NAMES.contains(&c));
    list
}

/// The names in `cell`: parted at `;`, `；` and `、`, then each part at commas and slashes
/// only when it is not a name `known` on its own and each of its pieces is.
pub fn names<'a>(cell: &'a str, known: impl Fn(&str) -> bool) -> ListCell<'a> {
    let mut parts = ListCell {
        items: Vec::new(),
        separators: Vec::new(),
    };
    parts.split_into(cell, |c| ALWAYS.contains(&c));
    let mut list = ListCell {
        items: Vec::new(),
        separators: parts.separators,
    };
    for part in parts.items {
        let mut pieces = ListCell {
            items: Vec::new(),
            separators: Vec::new(),
        };
        pieces.split_into(part, |c| WITHIN_NAMES.contains(&c));
        if pieces.items.len() > 1 && !known(part) && pieces.items.iter().all(|p| known(p)) {
            list.items.extend(pieces.items);
            for separator in pieces.separators {
                if !list.separators.contains(&separator) {
                    list.separators.push(separator);
                }
            }
        } else {
            list.items.push(part);
        }
    }
    list
}

impl<'a> ListCell<'a> {
    /// Appends the items of `text` parted where `is_separator`, noting the separators met.
    fn split_into(&mut self, text: &'a str, is_separator: impl Fn(char) -> bool) {
        let mut start = 0;
        for (at, c) in text.char_indices() {
            if is_separator(c) {
                self.push(&text[start..at]);
                if !self.separators.contains(&c) {
                    self.separators.push(c);
                }
                start = at + c.len_utf8();
            }
        }
        self.push(&text[start..]);
    }

    fn push(&mut self, item: &'a str) {
        let item = item.trim();
        if !item.is_empty() {
            self.items.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The items and separators of a countries cell.
    fn check(cell: &str, items: &[&str], separators: &str) {
        let list = countries(cell);
        assert_eq!(list.items, items, "{cell}");
        assert_eq!(list.separators_text(), separators, "{cell}");
    }

    #[test]
    fn countries_are_parted_at_every_separator() {
        check("CN; FR", &["CN", "FR"], ";");
        check("中国；法国", &["中国", "法国"], "；");
        check("中国、法国、德国", &["中国", "法国", "德国"], "、");
        check("CN,FR", &["CN", "FR"], ",");
        check("中国，法国", &["中国", "法国"], "，");
        check("CN/FR", &["CN", "FR"], "/");
        check("CN; FR, DE", &["CN", "FR", "DE"], "; ,");
        check(" CN ;; ", &["CN"], ";");
        check("CN", &["CN"], "");
        check("", &[], "");
    }

    #[test]
    fn a_comma_or_slash_parts_names_only_where_each_piece_is_a_name() {
        let known = |name: &str| {
            ["CAS", "CNRS", "Shanghai Advanced Research Institute, CAS"].contains(&name)
        };
        let items = |cell| names(cell, known).items;
        assert_eq!(items("CAS; CNRS"), ["CAS", "CNRS"]);
        assert_eq!(items("CAS、CNRS"), ["CAS", "CNRS"]);
        assert_eq!(items("CAS, CNRS"), ["CAS", "CNRS"]);
        assert_eq!(items("CAS/CNRS"), ["CAS", "CNRS"]);
        assert_eq!(
            items("Shanghai Advanced Research Institute, CAS"),
            ["Shanghai Advanced Research Institute, CAS"]
        );
        assert_eq!(
            items("University of California, Berkeley; CAS"),
            ["University of California, Berkeley", "CAS"]
        );
        let list = names("CAS, CNRS；Lab", known);
        assert_eq!(list.items, ["CAS", "CNRS", "Lab"]);
        assert_eq!(list.separators_text(), "； ,");
    }
}
