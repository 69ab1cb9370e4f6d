//! What a person sees, as one value ([`ViewState`]), and its one canonical URL query form.
//!
//! Parsing is lenient and happens in two stages, like the dataset: [`parse_query`] reads the
//! query string's syntax (names, encodings, date forms), then [`ViewState::resolve`] drops
//! facet values the dataset does not know. Whatever is dropped comes back as a [`Notice`]
//! so the interface can say what was ignored; nothing here fails. [`to_query`] writes the
//! canonical form: fixed parameter order, sorted values, no empty parameters.

use crate::domain::dataset::Dataset;
use crate::domain::date::PartialDate;
use crate::domain::filter::{Filters, TimeWindow};
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Facet;
use crate::domain::network::graph::NodeKind;

/// Everything that can be shared in a link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// A dataset to load instead of the bundled one: a path on this site, relative to the page.
    pub dataset: Option<String>,
    pub filters: Filters,
    /// The selected event's id; it may name no event (the panel then says so).
    pub selected_id: Option<String>,
    /// The cooperation network in the map's place, with organizations or countries as its
    /// nodes; `None` shows the map.
    pub network: Option<NodeKind>,
    /// The timeline at true scale (`scale=true`), without breaks.
    pub true_scale: bool,
    /// The compact atlas made to sit in another site's page (`embed=1`): a one-line title
    /// bar, the map (or network) and the timeline filling the frame, the rest one button away.
    pub embed: bool,
    /// The interface language the person chose; without it the browser's language is used.
    pub language: Option<Locale>,
}

/// Something in the URL that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub parameter: String,
    pub value: String,
    pub reason: Key,
}

impl Notice {
    /// The notice in `locale`: `name="value": reason`.
    pub fn describe(&self, locale: Locale) -> String {
        let reason = locale.text(self.reason);
        if self.value.is_empty() {
            format!("\"{}\": {reason}", self.parameter)
        } else {
            format!("{}=\"{}\": {reason}", self.parameter, self.value)
        }
    }
}

/// Parameter names, in canonical order.
const DATA: &str = "data";
const EVENT: &str = "event";
const TEXT: &str = "q";
const COUNTRY: &str = "country";
const ORGANIZATION: &str = "org";
const TOPIC: &str = "topic";
const MODE: &str = "mode";
const FROM: &str = "from";
const TO: &str = "to";
/// Whether the map or the network is shown (`view=network`); the word is kept in links.
const MAP_OR_NETWORK: &str = "view";
const NODES: &str = "by";
const SCALE: &str = "scale";
const EMBED: &str = "embed";
const LANGUAGE: &str = "lang";

/// Reads a URL query (with or without the leading `?`) into a view state. Never fails:
/// unknown or malformed parts are skipped and reported.
pub fn parse_query(query: &str) -> (ViewState, Vec<Notice>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let (mut network, mut nodes) = (false, NodeKind::default());
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = match percent_decode(raw_name) {
            Ok(name) => name,
            Err(reason) => {
                notices.push(Notice {
                    parameter: raw_name.to_string(),
                    value: String::new(),
                    reason,
                });
                continue;
            }
        };
        let value = match percent_decode(raw_value) {
            Ok(value) => value,
            Err(reason) => {
                notices.push(Notice {
                    parameter: name,
                    value: raw_value.to_string(),
                    reason,
                });
                continue;
            }
        };
        let mut ignore = |reason| {
            notices.push(Notice {
                parameter: name.clone(),
                value: value.clone(),
                reason,
            });
        };
        if value.is_empty() {
            continue;
        }
        let filters = &mut state.filters;
        match name.as_str() {
            DATA if is_same_site_path(&value) => state.dataset = Some(value.clone()),
            DATA => ignore(Key::NoticeNotSameSite),
            EVENT => state.selected_id = Some(value.clone()),
            TEXT => filters.text = value.clone(),
            COUNTRY | ORGANIZATION | TOPIC | MODE => {
                let facet = Facet::ALL
                    .into_iter()
                    .find(|&f| facet_parameter(f) == name)
                    .unwrap_or(Facet::Country);
                for key in list(&value) {
                    // Only a mode can be told wrong here; other values wait for the dataset.
                    if !filters.choose(facet, key) {
                        notices.push(Notice {
                            parameter: name.clone(),
                            value: key.to_string(),
                            reason: Key::NoticeNotMode,
                        });
                    }
                }
            }
            FROM | TO => match PartialDate::parse(&value) {
                Ok(date) if name == FROM => filters.window.from = Some(date),
                Ok(date) => filters.window.to = Some(date),
                Err(_) => ignore(Key::NoticeNotDate),
            },
            MAP_OR_NETWORK => match value.as_str() {
                "network" => network = true,
                "map" => network = false,
                _ => ignore(Key::NoticeNotView),
            },
            NODES => match NodeKind::from_key(&value) {
                Some(kind) => nodes = kind,
                None => ignore(Key::NoticeNotNodes),
            },
            SCALE => match value.as_str() {
                "true" => state.true_scale = true,
                "breaks" => state.true_scale = false,
                _ => ignore(Key::NoticeNotScale),
            },
            EMBED => match value.as_str() {
                "1" | "true" => state.embed = true,
                "0" | "false" => state.embed = false,
                _ => ignore(Key::NoticeNotEmbed),
            },
            LANGUAGE => match Locale::ALL
                .into_iter()
                .find(|l| l.tag().eq_ignore_ascii_case(&value))
            {
                Some(locale) => state.language = Some(locale),
                None => ignore(Key::NoticeNotLanguage),
            },
            _ => ignore(Key::NoticeUnknown),
        }
    }
    state.network = network.then_some(nodes);
    let window = state.filters.window;
    if let (Some(from), Some(to)) = (window.from, window.to) {
        if from.first_day() > to.last_day() {
            notices.push(Notice {
                parameter: format!("{FROM}, {TO}"),
                value: format!("{from} > {to}"),
                reason: Key::NoticeWindowReversed,
            });
            state.filters.window = TimeWindow::default();
        }
    }
    (state, notices)
}

/// Whether `path` stays on this site: relative, with no scheme, host or parent steps.
pub fn is_same_site_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains("//")
        && !path.contains(':')
        && !path.contains('\\')
        && path.split('/').all(|part| part != "..")
}

/// The query parameter that holds `facet`'s chosen values.
fn facet_parameter(facet: Facet) -> &'static str {
    match facet {
        Facet::Country => COUNTRY,
        Facet::Organization => ORGANIZATION,
        Facet::Topic => TOPIC,
        Facet::Mode => MODE,
    }
}

fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

impl ViewState {
    /// Drops countries, organizations and topics the dataset does not know, reporting each.
    /// The selected event is kept even when unknown, so the panel can say "not found".
    pub fn resolve(mut self, dataset: &Dataset) -> (ViewState, Vec<Notice>) {
        let mut notices = Vec::new();
        for facet in [Facet::Country, Facet::Organization, Facet::Topic] {
            self.filters.retain(facet, |key| {
                let known = dataset.facet_position(facet, key).is_some();
                if !known {
                    notices.push(Notice {
                        parameter: facet_parameter(facet).to_string(),
                        value: key.to_string(),
                        reason: Key::NoticeNotInDataset,
                    });
                }
                known
            });
        }
        (self, notices)
    }
}

/// The canonical query string for `state`, without the leading `?`; empty for the default view.
pub fn to_query(state: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut add = |name: &str, value: String| {
        if !value.is_empty() {
            parts.push(format!("{name}={value}"));
        }
    };
    let joined = |values: &mut dyn Iterator<Item = &str>| {
        values.map(percent_encode).collect::<Vec<_>>().join(",")
    };
    let filters = &state.filters;
    let dataset = state.dataset.as_deref().map(percent_encode);
    add(DATA, dataset.unwrap_or_default());
    add(
        EVENT,
        state
            .selected_id
            .as_deref()
            .map(percent_encode)
            .unwrap_or_default(),
    );
    add(TEXT, percent_encode(&filters.text));
    for facet in Facet::ALL {
        add(
            facet_parameter(facet),
            joined(&mut filters.chosen(facet).into_iter()),
        );
    }
    add(
        FROM,
        filters
            .window
            .from
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    add(
        TO,
        filters.window.to.map(|d| d.to_string()).unwrap_or_default(),
    );
    add(
        MAP_OR_NETWORK,
        state
            .network
            .map(|_| "network".to_string())
            .unwrap_or_default(),
    );
    add(
        NODES,
        match state.network {
            Some(NodeKind::Country) => NodeKind::Country.key().to_string(),
            _ => String::new(),
        },
    );
    add(SCALE, if state.true_scale { "true" } else { "" }.into());
    add(EMBED, if state.embed { "1" } else { "" }.into());
    add(
        LANGUAGE,
        state
            .language
            .map(|l| l.tag().to_string())
            .unwrap_or_default(),
    );
    parts.join("&")
}

/// Percent-encodes everything but RFC 3986 unreserved characters (commas too, so list
/// separators stay unambiguous).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as a space, the way HTML forms encode one).
pub fn percent_decode(text: &str) -> Result<String, Key> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).ok_or(Key::NoticeBrokenEscape)?;
                let hex = std::str::from_utf8(hex).map_err(|_| Key::NoticeBrokenEscape)?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| Key::NoticeBrokenEscape)?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| Key::NoticeNotUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Mode;
    use crate::domain::random::Xorshift;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn writes_one_canonical_form() {
        let mut state = ViewState {
            selected_id: Some("roadshow-yingtan-2021".into()),
            ..ViewState::default()
        };
        state
            .filters
            .countries
            .extend(["RU".to_string(), "CN".to_string()]);
        state.filters.modes.insert(Mode::Online);
        state.filters.modes.insert(Mode::Hybrid);
        state.filters.text = "Wei Bingbo, 魏".into();
        state.filters.window.from = Some(date("2021-07"));
        assert_eq!(
            to_query(&state),
            "event=roadshow-yingtan-2021&q=Wei%20Bingbo%2C%20%E9%AD%8F&country=CN,RU&mode=online,hybrid&from=2021-07"
        );
        assert_eq!(to_query(&ViewState::default()), "");
    }

    #[test]
    fn reads_what_it_writes_and_tolerates_variants() {
        let (state, notices) =
            parse_query("?country=RU&country=CN,,&q=wei+bingbo&event=x&mode=hybrid,online");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            to_query(&state),
            "event=x&q=wei%20bingbo&country=CN,RU&mode=online,hybrid"
        );
    }

    #[test]
    fn the_network_view_and_its_nodes_round_trip() {
        for (query, network) in [
            ("view=network", Some(NodeKind::Organization)),
            ("view=network&by=country", Some(NodeKind::Country)),
            ("", None),
        ] {
            let (state, notices) = parse_query(query);
            assert!(notices.is_empty());
            assert_eq!(state.network, network, "{query}");
            assert_eq!(to_query(&state), query);
        }
        // `by` alone, or `view=map`, is the map.
        assert_eq!(parse_query("by=country&view=map").0.network, None);
        let (_, notices) = parse_query("view=graph&by=person");
        let reasons: Vec<Key> = notices.iter().map(|n| n.reason).collect();
        assert_eq!(reasons, [Key::NoticeNotView, Key::NoticeNotNodes]);
    }

    #[test]
    fn true_scale_is_written_only_when_on() {
        let (state, notices) = parse_query("scale=true&lang=en");
        assert!(notices.is_empty() && state.true_scale);
        assert_eq!(to_query(&state), "scale=true&lang=en");
        assert!(!parse_query("scale=breaks").0.true_scale);
        let (state, notices) = parse_query("scale=log");
        assert!(!state.true_scale);
        assert_eq!(notices[0].reason, Key::NoticeNotScale);
    }

    #[test]
    fn the_embedded_atlas_is_written_before_the_language() {
        let (state, notices) = parse_query("lang=zh-Hans&embed=1&country=FR");
        assert!(notices.is_empty() && state.embed);
        assert_eq!(to_query(&state), "country=FR&embed=1&lang=zh-Hans");
        assert!(parse_query("embed=true").0.embed);
        assert!(!parse_query("embed=0").0.embed);
        let (state, notices) = parse_query("embed=yes");
        assert!(!state.embed);
        assert_eq!(notices[0].reason, Key::NoticeNotEmbed);
        let without = ViewState {
            embed: false,
            ..state
        };
        assert_eq!(to_query(&without), "");
    }

    #[test]
    fn reports_what_it_ignores() {
        let (state, notices) =
            parse_query("colour=red&mode=teleport&from=2024-13&q=%E9%AD&to=yesterday&event=");
        assert_eq!(state, ViewState::default());
        let ignored: Vec<&str> = notices.iter().map(|n| n.parameter.as_str()).collect();
        assert_eq!(ignored, ["colour", "mode", "from", "q", "to"]);
        assert!(notices[0]
            .describe(Locale::En)
            .contains("unknown parameter"));
    }

    #[test]
    fn loads_datasets_only_from_this_site() {
        let (state, notices) = parse_query("data=data%2Fevents-10000.json");
        assert_eq!(state.dataset.as_deref(), Some("data/events-10000.json"));
        assert!(notices.is_empty());
        assert_eq!(to_query(&state), "data=data%2Fevents-10000.json");
        for bad in [
            "https%3A%2F%2Fexample.org%2Fx.json",
            "%2F%2Fexample.org%2Fx.json",
            "%2Fetc%2Fpasswd",
            "..%2Fsecret.json",
            "javascript%3Aalert(1)",
        ] {
            let (state, notices) = parse_query(&format!("data={bad}"));
            assert_eq!(state.dataset, None, "{bad}");
            assert_eq!(notices.len(), 1, "{bad}");
        }
    }

    #[test]
    fn keeps_the_chosen_language_last() {
        let (state, notices) = parse_query("lang=zh-hant&event=x");
        assert_eq!(state.language, Some(Locale::ZhHant));
        assert!(notices.is_empty());
        assert_eq!(to_query(&state), "event=x&lang=zh-Hant");
        let (state, notices) = parse_query("lang=klingon");
        assert_eq!(state.language, None);
        assert_eq!(notices[0].reason, Key::NoticeNotLanguage);
        assert!(notices[0]
            .describe(Locale::ZhHans)
            .contains("不是地图集支持的语言"));
    }

    #[test]
    fn drops_a_window_that_ends_before_it_starts() {
        let (state, notices) = parse_query("from=2024&to=2023-05");
        assert!(state.filters.window.is_unbounded());
        assert_eq!(notices.len(), 1);
    }

    fn text(r: &mut Xorshift, alphabet: &[char], max: usize) -> String {
        (0..r.below(max + 1))
            .map(|_| alphabet[r.below(alphabet.len())])
            .collect()
    }

    const NASTY: &[char] = &[
        'a', 'Z', '0', ' ', '&', '=', '%', '+', ',', '?', '#', '/', '魏', '創', 'é', '\u{3000}',
        'Ｃ', '-', '_', '~', '"', '\'', '<',
    ];

    fn random_state(r: &mut Xorshift) -> ViewState {
        let slug = |r: &mut Xorshift| {
            let s = text(r, &['a', 'b', 'z', '0', '9', '-'], 12);
            if s.is_empty() {
                "x".to_string()
            } else {
                s
            }
        };
        let mut state = ViewState::default();
        if r.below(2) == 0 {
            state.selected_id = Some(text(r, NASTY, 20)).filter(|s| !s.is_empty());
        }
        if r.below(3) == 0 {
            state.dataset = Some(format!("data/{}.json", slug(r)));
        }
        state.filters.text = text(r, NASTY, 30);
        for _ in 0..r.below(4) {
            state.filters.countries.insert(slug(r).to_uppercase());
            state.filters.organizations.insert(slug(r));
            state.filters.topics.insert(slug(r));
        }
        for mode in Mode::ALL {
            if r.below(2) == 0 {
                state.filters.modes.insert(mode);
            }
        }
        let year = 1990 + r.below(40) as i32;
        if r.below(2) == 0 {
            state.filters.window.from = Some(PartialDate {
                year,
                month: Some(1 + r.below(12) as u8),
                day: None,
            });
        }
        if r.below(2) == 0 {
            state.filters.window.to = Some(PartialDate {
                year: year + 1,
                month: None,
                day: None,
            });
        }
        if r.below(2) == 0 {
            state.language = Some(Locale::ALL[r.below(3)]);
        }
        state.true_scale = r.below(2) == 0;
        state.embed = r.below(2) == 0;
        state
    }

    #[test]
    fn property_parse_of_serialize_is_identity() {
        let mut r = Xorshift::new(0x5EED_1234_ABCD_0001);
        for _ in 0..5_000 {
            let state = random_state(&mut r);
            let query = to_query(&state);
            let (parsed, notices) = parse_query(&query);
            assert!(notices.is_empty(), "{query}: {notices:?}");
            assert_eq!(parsed, state, "query {query}");
            assert!(
                !query.contains("=&") && !query.ends_with('='),
                "empty parameter in {query}"
            );
        }
    }

    #[test]
    fn property_any_string_parses_without_panic_to_a_canonical_state() {
        let mut r = Xorshift::new(0xF00D_FACE_0000_0042);
        let alphabet: Vec<char> = NASTY
            .iter()
            .copied()
            .chain("eventqcountryorgtopicmodefromto2024-05".chars())
            .collect();
        for _ in 0..20_000 {
            let query = text(&mut r, &alphabet, 60);
            let (state, _) = parse_query(&query);
            let canonical = to_query(&state);
            let (again, notices) = parse_query(&canonical);
            assert!(notices.is_empty(), "{query} -> {canonical}: {notices:?}");
            assert_eq!(again, state, "{query} -> {canonical}");
        }
    }
}
