//! Countries as a table names them: ISO 3166-1 alpha-2 codes or names in English, Simplified
//! or Traditional Chinese, as the country table has them (`CN`, `China`, `中国`, `中國`), in
//! any case and width. An item that is neither says how the cell was parted and suggests the
//! country whose name is closest, with its code. Codes people write instead of ISO ones (`UK`)
//! are not taken: the dataset's rule is the ISO code.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::domain::country::{self, country_name};
use crate::domain::dataset::table::lists::{self, ListCell};
use crate::domain::i18n::{Key, Locale, Message};
use crate::domain::search::fold;

/// The codes of a `countries` cell, or one message for each item that is not a country. An
/// item that is not is kept as written, so the rules refuse the row too (and say it once).
pub fn read_list(cell: &str) -> (Vec<String>, Vec<Message>) {
    let list = lists::countries(cell);
    let mut codes = Vec::with_capacity(list.items.len());
    let mut problems = Vec::new();
    for &item in &list.items {
        match code_of(item) {
            Some(code) => codes.push(code.to_string()),
            None => {
                problems.push(not_in_list(item, &list));
                codes.push(item.to_string());
            }
        }
    }
    (codes, problems)
}

/// The code of the venue's `country` cell, or why it is not a country (the cell is then kept
/// as written).
pub fn read_one(cell: &str) -> Result<String, Message> {
    match code_of(cell) {
        Some(code) => Ok(code.to_string()),
        None => Err(match suggestion(cell) {
            Some((_, code)) if is_common_mistake(cell, code) => mistaken_code(cell, code),
            Some((name, code)) => suggest(Key::NotCountryNameSuggest, cell, name, code),
            None => Message::new(Key::NotCountryName, &[("item", cell)]),
        }),
    }
}

/// The ISO code `item` names, if it names a country.
fn code_of(item: &str) -> Option<&'static str> {
    by_name().get(&key(item)).copied()
}

/// An item of a countries cell that is not a country: how the cell was parted, and the
/// closest country, if one is close.
fn not_in_list(item: &str, list: &ListCell) -> Message {
    let suggested = suggestion(item);
    if list.separators.is_empty() {
        // Several countries with no separator between them ("CN FR", "中国 法国").
        let several = item.split_whitespace().count() > 1
            && item.split_whitespace().all(|w| code_of(w).is_some());
        return match suggested {
            Some((_, code)) if is_common_mistake(item, code) => mistaken_code(item, code),
            Some((name, code)) if !several => suggest(Key::NotCountryNameSuggest, item, name, code),
            _ => Message::new(Key::NotCountryNoSeparator, &[("item", item)]),
        };
    }
    let count = list.items.len().to_string();
    let separator = list.separators_text();
    let values = [
        ("item", item),
        ("count", count.as_str()),
        ("separator", separator.as_str()),
    ];
    match suggested {
        Some((name, code)) => {
            let mut message = Message::new(Key::NotCountryInListSuggest, &values);
            message.values.push(("name", name.to_string()));
            message.values.push(("code", code.to_string()));
            message
        }
        None => Message::new(Key::NotCountryInList, &values),
    }
}

/// Whether `item` is a code people write instead of the ISO `code` (`UK` for `GB`).
fn is_common_mistake(item: &str, code: &str) -> bool {
    country::common_mistake(&item.trim().to_ascii_uppercase()) == Some(code)
}

/// The message for a code people write instead of the ISO one, as the rules word it.
fn mistaken_code(item: &str, code: &str) -> Message {
    Message::new(Key::NotCountryCodeUse, &[("code", item), ("right", code)])
}

fn suggest(key: Key, item: &str, name: &str, code: &str) -> Message {
    Message::new(key, &[("item", item), ("name", name), ("code", code)])
}

/// A name or code folded for matching: case, width, accents and script set aside, spaces
/// collapsed.
fn key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every code and every name of the country table, folded, to its code; made on first use.
fn by_name() -> &'static HashMap<String, &'static str> {
    static BY_NAME: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    BY_NAME.get_or_init(|| {
        let mut map = HashMap::new();
        for code in country::assigned() {
            map.insert(key(code), code);
            for locale in Locale::ALL {
                map.entry(key(country_name(code, locale))).or_insert(code);
            }
        }
        map
    })
}

/// The country whose name (in any language) is closest to `item`, with the name as the table
/// writes it: one a few typing slips away ("Frnace"), else one whose name holds the item or is
/// held in it ("Hong Kong", "香港"). A code people write instead of the ISO one names that one.
fn suggestion(item: &str) -> Option<(&'static str, &'static str)> {
    if let Some(code) = country::common_mistake(&item.trim().to_ascii_uppercase()) {
        return Some((country_name(code, Locale::En), code));
    }
    let typed: Vec<char> = key(item).chars().collect();
    if typed.len() < 2 {
        return None;
    }
    let slips = (typed.len() / 3).max(1);
    let mut closest: Option<(usize, &str, &str)> = None;
    let mut holding: Option<(usize, &str, &str)> = None;
    for code in country::assigned() {
        for locale in Locale::ALL {
            let name = country_name(code, locale);
            let folded: Vec<char> = key(name).chars().collect();
            let distance = edit_distance(&typed, &folded);
            if distance <= slips && closest.is_none_or(|(d, _, _)| distance < d) {
                closest = Some((distance, name, code));
            }
            let (shorter, longer) = if typed.len() < folded.len() {
                (&typed, &folded)
            } else {
                (&folded, &typed)
            };
            // Two Chinese characters or four letters say enough to name a country.
            let enough = if shorter.iter().any(|c| !c.is_ascii()) {
                2
            } else {
                4
            };
            let gap = longer.len() - shorter.len();
            if shorter.len() >= enough
                && longer
                    .windows(shorter.len())
                    .any(|w| w == shorter.as_slice())
                && holding.is_none_or(|(g, _, _)| gap < g)
            {
                holding = Some((gap, name, code));
            }
        }
    }
    closest.or(holding).map(|(_, name, code)| (name, code))
}

/// The Levenshtein distance between two strings of characters.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let replace = previous[j] + usize::from(ca != cb);
            current[j + 1] = replace.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(cell: &str) -> Vec<String> {
        let (codes, problems) = read_list(cell);
        assert_eq!(problems, [], "{cell}");
        codes
    }

    /// The one message for `cell`, in English.
    fn told(cell: &str) -> String {
        let (_, problems) = read_list(cell);
        assert_eq!(problems.len(), 1, "{cell}: {problems:?}");
        problems[0].text(Locale::En)
    }

    #[test]
    fn reads_codes_and_names_in_each_language_with_each_separator() {
        for cell in [
            "CN; FR",
            "cn;fr",
            "ＣＮ；ＦＲ",
            "China; France",
            "CHINA、france",
            "中国；法国",
            "中國、法國",
            "中国, France",
            "中国，法国",
            "CN/FR",
            "中国／法國",
            "  China ;  FR ; ",
        ] {
            assert_eq!(codes(cell), ["CN", "FR"], "{cell}");
        }
        assert_eq!(codes("United Kingdom; 美国; 南韓"), ["GB", "US", "KR"]);
        assert_eq!(codes("Bosnia & Herzegovina"), ["BA"]);
        assert_eq!(codes(""), Vec::<String>::new());
    }

    #[test]
    fn every_name_of_the_table_reads_as_its_code() {
        for code in country::assigned() {
            for locale in Locale::ALL {
                let name = country_name(code, locale);
                assert_eq!(code_of(name), Some(code), "{name} ({locale:?})");
            }
        }
    }

    #[test]
    fn an_unknown_item_names_the_separator_and_the_closest_country() {
        assert_eq!(
            told("中国；Frnace"),
            "the cell was read as 2 countries separated by \"；\", and \"Frnace\" is neither a \
             two-letter ISO 3166-1 country code nor a country name; did you mean \"France\" (FR)?"
        );
        assert_eq!(
            told("CN, FR, Atlantis"),
            "the cell was read as 3 countries separated by \",\", and \"Atlantis\" is neither a \
             two-letter ISO 3166-1 country code nor a country name"
        );
        assert_eq!(
            told("Germny"),
            "\"Germny\" is neither a two-letter ISO 3166-1 country code nor a country name; did you mean \"Germany\" (DE)?"
        );
        assert_eq!(
            told("CN FR"),
            "\"CN FR\" is neither a two-letter ISO 3166-1 country code nor a country name; to list \
             several countries, separate them with semicolons (; or ；), the list comma 、, commas \
             or slashes (/)"
        );
        // The ISO code is the rule; the common slip gets the rules' own message.
        assert_eq!(
            told("UK"),
            "\"UK\" is not an ISO 3166-1 alpha-2 country code (use \"GB\")"
        );
        assert!(told("CN; UK").ends_with("did you mean \"United Kingdom\" (GB)?"));
        let (_, problems) = read_list("中国、香港");
        assert_eq!(
            problems[0].text(Locale::ZhHans),
            "此格按“、”分成 2 个国家/地区，其中“香港”既不是 ISO 3166-1 两字母国家/地区代码，\
             也不是国家/地区名称；是否指“中国香港特别行政区”（HK）？"
        );
        assert!(problems[0]
            .text(Locale::ZhHant)
            .starts_with("此格按「、」分成 2 個國家/地區"));
        let (codes, problems) = read_list("CN; Atlantis; Mars");
        assert_eq!(codes, ["CN", "Atlantis", "Mars"], "kept as written");
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn the_venue_country_is_one_code_or_name() {
        assert_eq!(read_one("fr"), Ok("FR".to_string()));
        assert_eq!(read_one("法國"), Ok("FR".to_string()));
        assert_eq!(read_one("France"), Ok("FR".to_string()));
        assert_eq!(read_one("UK").unwrap_err().key, Key::NotCountryCodeUse);
        assert_eq!(
            read_one("Frnace").unwrap_err().key,
            Key::NotCountryNameSuggest
        );
        assert_eq!(read_one("Atlantis").unwrap_err().key, Key::NotCountryName);
    }
}
