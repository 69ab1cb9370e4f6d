//! ISO 3166-1 alpha-2 country codes: which codes exist, so the dataset cannot say `UK` for `GB`.
//!
//! Names are not kept here: the interface asks the browser (`Intl.DisplayNames`) for a
//! country's name in the reader's language, which costs no bytes in the bundle.

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

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case, as in the dataset).
pub fn is_assigned(code: &str) -> bool {
    code.len() == 2 && assigned().any(|c| c == code)
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
