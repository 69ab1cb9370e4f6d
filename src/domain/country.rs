//! ISO 3166-1 alpha-2 country codes: which codes exist, so the dataset cannot say `UK` for `GB`,
//! and their names in each interface language.
//!
//! The names are CLDR's, in a table written by `tests/tools/country_names.mjs` (5.6 KB
//! gzipped, fetched beside the wasm: see [`crate::domain::bundled`]). Asking the browser instead (`Intl.DisplayNames`) costs no bytes but 35–60 ms of
//! every cold start, while it loads its locale data.

use std::cmp::Ordering;
use std::sync::OnceLock;

use crate::domain::bundled;
use crate::domain::i18n::Locale;

/// Every officially assigned ISO 3166-1 alpha-2 code, sorted.
const ASSIGNED: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY \
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA \
RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Every assigned code, in alphabetical order.
pub fn assigned() -> impl Iterator<Item = &'static str> {
    ASSIGNED.split(' ')
}

/// Where `code` stands among the assigned codes: a binary search over the list's fixed-width
/// entries (checking a dataset asks this for every country of every event and organization).
fn position(code: &str) -> Option<usize> {
    const WIDTH: usize = 3; // two letters and a space
    if code.len() != 2 {
        return None;
    }
    let (mut low, mut high) = (0, ASSIGNED.len().div_ceil(WIDTH));
    while low < high {
        let middle = (low + high) / 2;
        match ASSIGNED[middle * WIDTH..middle * WIDTH + 2].cmp(code) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Some(middle),
        }
    }
    None
}

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case, as in the dataset).
pub fn is_assigned(code: &str) -> bool {
    position(code).is_some()
}

/// Each assigned code's names, in the order of [`ASSIGNED`] (the table's own order, as
/// `tests/tools/country_names.mjs` writes it), read from the table once.
fn names() -> &'static [[&'static str; 3]] {
    static NAMES_BY_CODE: OnceLock<Vec<[&'static str; 3]>> = OnceLock::new();
    NAMES_BY_CODE.get_or_init(|| {
        bundled::files()
            .country_names
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| {
                let mut fields = line.split('\t').skip(1);
                let mut next = || fields.next().unwrap_or_default();
                [next(), next(), next()]
            })
            .collect()
    })
}

/// The name of an ISO 3166-1 alpha-2 code in `locale` ("FR" → "France", "法国", "法國"), or
/// the code itself when it has none.
pub fn country_name(code: &str, locale: Locale) -> &str {
    let column = match locale {
        Locale::En => 0,
        Locale::ZhHans => 1,
        Locale::ZhHant => 2,
    };
    position(code)
        .and_then(|at| names().get(at))
        .map_or(code, |names| names[column])
}

/// A hint for a code people often write instead of the ISO one.
pub fn common_mistake(code: &str) -> Option<&'static str> {
    match code {
        "UK" => Some("GB"),
        "EL" => Some("GR"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_code_list_is_sorted_two_letter_codes_one_space_apart() {
        let codes: Vec<&str> = super::assigned().collect();
        assert_eq!(super::ASSIGNED.len(), codes.len() * 3 - 1);
        assert!(codes.windows(2).all(|w| w[0] < w[1] && w[0].len() == 2));
        for (i, code) in codes.iter().enumerate() {
            assert_eq!(super::position(code), Some(i));
        }
        for wrong in ["", "A", "UK", "fr", "FRA", "Zz", "AA", "ZZ"] {
            assert_eq!(super::position(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn the_names_table_lists_the_assigned_codes_in_their_order() {
        let table: Vec<&str> = crate::domain::bundled::files()
            .country_names
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.split('\t').next().unwrap())
            .collect();
        assert_eq!(table, super::assigned().collect::<Vec<_>>());
    }

    #[test]
    fn every_assigned_code_has_a_name_in_each_language() {
        use crate::domain::i18n::Locale;
        for code in super::assigned() {
            for locale in Locale::ALL {
                let name = super::country_name(code, locale);
                assert!(name != code && !name.is_empty(), "{code} in {locale:?}");
            }
        }
        assert_eq!(super::country_name("FR", Locale::En), "France");
        assert_eq!(super::country_name("CN", Locale::ZhHans), "中国");
        assert_eq!(super::country_name("CN", Locale::ZhHant), "中國");
        assert_eq!(super::country_name("XX", Locale::En), "XX");
    }

    use super::*;

    #[test]
    fn knows_all_249_codes_in_order() {
        let codes: Vec<&str> = assigned().collect();
        assert_eq!(codes.len(), 249);
        assert!(
            codes.windows(2).all(|w| w[0] < w[1]),
            "codes must be sorted and unique"
        );
    }

    #[test]
    fn rejects_non_codes() {
        assert!(is_assigned("GB") && is_assigned("CN") && is_assigned("FR"));
        for code in ["UK", "gb", "G", "GBR", "EU", ""] {
            assert!(!is_assigned(code), "{code}");
        }
        assert_eq!(common_mistake("UK"), Some("GB"));
    }
}
