//! Every label a person reads that is made from the data: which language of a dataset text
//! to show, dates with their precision, places, modes and organizations, marker names. The
//! data types know nothing of words and [`crate::domain::i18n`] knows nothing of data types;
//! this module imports both, and nothing below it imports this.

use crate::domain::country::country_name;
use crate::domain::dataset::Dataset;
use crate::domain::date::{DateSpan, PartialDate, Precision};
use crate::domain::filter::ActiveFilter;
use crate::domain::geo::cluster::Cluster;
use crate::domain::geo::venues::VenuesOnMap;
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::{Event, Localized, Mode, Organization, Venue};
use crate::domain::pronunciation::is_cjk;
use crate::domain::script::{script_of, Script};

/// The months in English, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A dataset text as shown: the text, its language tag, and whether it stands in for the
/// chosen language (the interface then marks it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: &'static str,
    pub fallback: bool,
}

/// Choosing which language of a dataset text to show; implemented for [`Locale`] here, so the
/// language module needs no data types.
pub trait Pick {
    /// The Chinese where the reader chose Chinese and the dataset has it, else the English.
    fn pick(self, text: &Localized) -> Shown<'_>;
    /// The other text of a pair, shown second (the original beside the translation), if any.
    fn other(self, text: &Localized) -> Option<Shown<'_>>;
}

impl Pick for Locale {
    fn pick(self, text: &Localized) -> Shown<'_> {
        match (&text.zh, self.is_chinese()) {
            (Some(zh), true) => Shown {
                text: zh,
                lang: chinese_lang(zh, self),
                fallback: false,
            },
            // A text written only in Chinese fills both slots (a table row with only
            // `title_zh`): it is Chinese for every reader.
            (Some(zh), false) if *zh == text.en => Shown {
                text: zh,
                lang: chinese_lang(zh, Locale::ZhHans),
                fallback: false,
            },
            _ => Shown {
                text: &text.en,
                lang: "en",
                fallback: self.is_chinese(),
            },
        }
    }

    fn other(self, text: &Localized) -> Option<Shown<'_>> {
        if text.zh.as_deref() == Some(text.en.as_str()) {
            // One text in both slots has no other language to show beside it.
            None
        } else if self.pick(text).lang == "en" {
            text.zh.as_deref().map(|zh| Shown {
                text: zh,
                lang: chinese_lang(zh, Locale::ZhHans),
                fallback: false,
            })
        } else {
            Some(Shown {
                text: &text.en,
                lang: "en",
                fallback: false,
            })
        }
    }
}

/// The `lang` of a Chinese text: its script where the characters tell, else `reader`'s.
fn chinese_lang(zh: &str, reader: Locale) -> &'static str {
    match script_of(zh) {
        Script::Traditional => "zh-Hant",
        Script::Simplified => "zh-Hans",
        Script::Either => reader.tag(),
    }
}

/// The `lang` of a text whose language the dataset does not say (a source's quote): its
/// Chinese script if it has Han characters, else English.
pub fn text_lang(text: &str) -> &'static str {
    match (text.chars().any(is_cjk), script_of(text)) {
        (false, _) => "en",
        (true, Script::Traditional) => "zh-Hant",
        (true, _) => "zh-Hans",
    }
}

/// A date span in `locale` that keeps its stated precision: "26–31 May 2024", "May 2023",
/// "2020–2021"; "2024年5月26日–31日", "2023年5月", "2020年–2021年".
pub fn date_span(span: &DateSpan, locale: Locale) -> String {
    if locale.is_chinese() {
        date_span_zh(span)
    } else {
        date_span_en(span)
    }
}

fn date_span_en(span: &DateSpan) -> String {
    let month = |m: u8| MONTH_NAMES[m as usize - 1];
    let one = |d: &PartialDate| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", month(m), d.year),
        (Some(m), None) => format!("{} {}", month(m), d.year),
        _ => d.year.to_string(),
    };
    let Some(end) = span.end.filter(|e| *e != span.start) else {
        return one(&span.start);
    };
    let (s, e) = (span.start, end);
    match (s.month, s.day, e.month, e.day) {
        (Some(sm), Some(sd), Some(em), Some(ed)) if s.year == e.year && sm == em => {
            format!("{sd}–{ed} {} {}", month(sm), s.year)
        }
        (Some(sm), Some(sd), Some(_), Some(_)) if s.year == e.year => {
            format!("{sd} {} – {}", month(sm), one(&e))
        }
        _ => format!("{}–{}", one(&s), one(&e)),
    }
}

/// Chinese labels write the year first and leave out what the end shares with the start.
fn date_span_zh(span: &DateSpan) -> String {
    let one = |d: &PartialDate| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
        (Some(m), None) => format!("{}年{m}月", d.year),
        _ => format!("{}年", d.year),
    };
    let Some(end) = span.end.filter(|e| *e != span.start) else {
        return one(&span.start);
    };
    let (s, e) = (span.start, end);
    match (s.month, s.day, e.month, e.day) {
        (Some(sm), Some(_), Some(em), Some(ed)) if s.year == e.year && sm == em => {
            format!("{}–{ed}日", one(&s))
        }
        (Some(_), Some(_), Some(em), Some(ed)) if s.year == e.year => {
            format!("{}–{em}月{ed}日", one(&s))
        }
        (Some(_), None, Some(em), None) if s.year == e.year => format!("{}–{em}月", one(&s)),
        _ => format!("{}–{}", one(&s), one(&e)),
    }
}

/// What the panel says of a date known only to its month or year ("known to the month").
pub fn precision_note(precision: Precision) -> Option<Key> {
    match precision {
        Precision::Day => None,
        Precision::Month => Some(Key::KnownToMonth),
        Precision::Year => Some(Key::KnownToYear),
    }
}

/// What a calendar entry says of a date stretched over its whole month or year.
pub fn calendar_span_note(precision: Precision) -> Option<Key> {
    match precision {
        Precision::Day => None,
        Precision::Month => Some(Key::MonthSpanNote),
        Precision::Year => Some(Key::YearSpanNote),
    }
}

/// The short name of a mode, as filters and chips show it ("Hybrid").
pub fn mode(mode: Mode) -> Key {
    match mode {
        Mode::InPerson => Key::InPerson,
        Mode::Online => Key::Online,
        Mode::Hybrid => Key::Hybrid,
    }
}

/// The long name of a mode, as the panel shows it ("Hybrid (in person and online)").
pub fn mode_long(mode: Mode) -> Key {
    match mode {
        Mode::Hybrid => Key::HybridLong,
        other => self::mode(other),
    }
}

/// The city in `locale`: its Chinese name for a Chinese reader where the dataset has one.
pub fn city(venue: &Venue, locale: Locale) -> &str {
    match (&venue.city_zh, locale.is_chinese()) {
        (Some(city), true) => city,
        _ => &venue.city,
    }
}

/// Where an event took place, as lists show it: the city, "Online" or "Place not given".
pub fn place(event: &Event, locale: Locale) -> String {
    match (&event.venue, event.mode) {
        (Some(venue), _) => city(venue, locale).to_string(),
        (None, Mode::Online) => locale.text(Key::Online).into(),
        (None, _) => locale.text(Key::PlaceNotGiven).into(),
    }
}

/// Where, and how people took part, as the event panel says it: "In person · Palais de la
/// Musique, Strasbourg, France", "线下 · 法国斯特拉斯堡", "Online". A venue the dataset names
/// only by its city is not named twice.
pub fn where_line(event: &Event, locale: Locale) -> String {
    let mode = locale.text(mode_long(event.mode));
    let Some(venue) = &event.venue else {
        return match event.mode {
            Mode::Online => mode.to_string(),
            _ => format!("{mode} · {}", locale.text(Key::PlaceNotGiven)),
        };
    };
    let city = city(venue, locale);
    let country = country_name(&venue.country, locale);
    let name = match (&venue.name_zh, locale.is_chinese()) {
        (Some(name), true) => name,
        _ => &venue.name,
    };
    let named = (*name != venue.city && name != city).then_some(name);
    let place = match (named, locale.is_chinese()) {
        (Some(name), true) => format!("{country}{city} · {name}"),
        (None, true) => format!("{country}{city}"),
        (Some(name), false) => format!("{name}, {city}, {country}"),
        (None, false) => format!("{city}, {country}"),
    };
    format!("{mode} · {place}")
}

/// The countries taking part, by name, in `locale`.
pub fn countries(event: &Event, locale: Locale) -> String {
    event
        .countries
        .iter()
        .map(|code| country_name(code, locale))
        .collect::<Vec<_>>()
        .join(locale.list_separator())
}

/// What lists of organizations show: the short name where there is one, else the name.
pub fn organization_short(organization: &Organization, locale: Locale) -> &str {
    organization
        .abbr
        .as_deref()
        .unwrap_or_else(|| locale.pick(&organization.name).text)
}

/// An organization as the filters and the panel name it: its name, with its short name.
pub fn organization_full(organization: &Organization, locale: Locale) -> String {
    let name = locale.pick(&organization.name).text;
    match &organization.abbr {
        Some(abbr) if abbr != name => format!("{name} ({abbr})"),
        _ => name.to_string(),
    }
}

/// The first few organizations of an event, short names, with how many more there are.
pub fn organizations_brief(dataset: &Dataset, event: &Event, locale: Locale) -> String {
    const SHOWN: usize = 3;
    let names: Vec<&str> = event
        .organizations
        .iter()
        .filter_map(|o| dataset.organization(o))
        .map(|o| organization_short(o, locale))
        .collect();
    let more = names.len().saturating_sub(SHOWN);
    let shown = names[..names.len().min(SHOWN)].join(locale.list_separator());
    if more > 0 {
        let more = locale.fill(Key::MoreOrganizations, &[("count", &more.to_string())]);
        format!("{shown} {more}")
    } else {
        shown
    }
}

/// What kind of filter a chip removes ("Country", "From").
pub fn active_filter_kind(filter: &ActiveFilter) -> Key {
    match filter {
        ActiveFilter::Country(_) => Key::Country,
        ActiveFilter::Organization(_) => Key::Organization,
        ActiveFilter::Topic(_) => Key::Topic,
        ActiveFilter::Mode(_) => Key::Mode,
        ActiveFilter::From(_) => Key::From,
        ActiveFilter::To(_) => Key::To,
        ActiveFilter::Text(_) => Key::SearchChip,
    }
}

/// A chip's value: the organization's or topic's name, the mode, the date at its precision,
/// the search in quotes. Countries are named by the browser (`None` here).
pub fn active_filter_value(
    dataset: &Dataset,
    filter: &ActiveFilter,
    locale: Locale,
) -> Option<String> {
    let date = |start: &PartialDate| {
        date_span(
            &DateSpan {
                start: *start,
                end: None,
            },
            locale,
        )
    };
    Some(match filter {
        ActiveFilter::Country(_) => return None,
        ActiveFilter::Organization(id) => dataset
            .organization(id)
            .map_or_else(|| id.clone(), |o| organization_full(o, locale)),
        ActiveFilter::Topic(id) => dataset
            .topic(id)
            .map_or_else(|| id.clone(), |t| locale.pick(&t.name).text.to_string()),
        ActiveFilter::Mode(m) => locale.text(mode(*m)).to_string(),
        ActiveFilter::From(d) | ActiveFilter::To(d) => date(d),
        ActiveFilter::Text(text) => format!("“{text}”"),
    })
}

/// A count short enough for a marker's disc: "999", "1.2k", "12k", "120k"; in Chinese by
/// ten thousands: "9999", "1.2万", "12万".
pub fn marker_count(n: u32, locale: Locale) -> String {
    let (unit, suffix) = if locale.is_chinese() {
        (10_000, "万")
    } else {
        (1_000, "k")
    };
    if n < unit {
        return n.to_string();
    }
    let scaled = f64::from(n) / f64::from(unit);
    if scaled < 10.0 {
        // One decimal, cut rather than rounded up, and no ".0".
        let tenths = (scaled * 10.0).floor() / 10.0;
        let text = format!("{tenths:.1}");
        format!("{}{suffix}", text.trim_end_matches(".0"))
    } else {
        format!("{}{suffix}", scaled.floor())
    }
}

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

/// A map marker's accessible name; it holds the count the marker shows, so the name contains
/// its visible text: "3 events in 2 places (Beijing, Beijing (Huairou)). …".
pub fn marker_label(
    dataset: &Dataset,
    venues: &VenuesOnMap,
    cluster: &Cluster,
    locale: Locale,
) -> String {
    let places: Vec<&str> = cluster
        .members
        .iter()
        .map(|&m| locale.pick(&venues.placed[m].label).text)
        .collect();
    let count = locale.number(cluster.weight as usize);
    if places.len() > 1 {
        locale.fill(
            Key::MarkerCluster,
            &[
                ("count", &count),
                ("places", &places.len().to_string()),
                ("names", &places.join(locale.list_separator())),
            ],
        )
    } else if cluster.weight == 1 {
        let first = venues.events_of(&cluster.members).next();
        let title = first.map_or("", |i| locale.pick(&dataset.events()[i].title).text);
        locale.fill(Key::MarkerOne, &[("place", places[0]), ("title", title)])
    } else {
        locale.fill(Key::MarkerMany, &[("count", &count), ("place", places[0])])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::projection::Point;
    use crate::domain::geo::venues::group_by_venue;
    use crate::BUNDLED_DATASET_JSON;

    fn span(start: &str, end: Option<&str>) -> DateSpan {
        DateSpan {
            start: PartialDate::parse(start).unwrap(),
            end: end.map(|e| PartialDate::parse(e).unwrap()),
        }
    }

    #[test]
    fn date_labels_keep_precision() {
        let en = |s, e| date_span(&span(s, e), Locale::En);
        assert_eq!(en("2024-05-26", Some("2024-05-31")), "26–31 May 2024");
        assert_eq!(en("2024-05-30", Some("2024-06-02")), "30 May – 2 June 2024");
        assert_eq!(en("2023-05", None), "May 2023");
        assert_eq!(en("2020", Some("2021")), "2020–2021");
        assert_eq!(en("2021-07-15", None), "15 July 2021");
        assert_eq!(en("2021-07-15", Some("2021-07-15")), "15 July 2021");
    }

    #[test]
    fn chinese_date_labels_put_the_year_first() {
        let zh = |s, e| date_span(&span(s, e), Locale::ZhHans);
        assert_eq!(zh("2024-05-26", Some("2024-05-31")), "2024年5月26日–31日");
        assert_eq!(zh("2024-05-30", Some("2024-06-02")), "2024年5月30日–6月2日");
        assert_eq!(zh("2023-05", None), "2023年5月");
        assert_eq!(zh("2023-05", Some("2023-07")), "2023年5月–7月");
        assert_eq!(zh("2020", Some("2021")), "2020年–2021年");
        assert_eq!(date_span(&span("2023", None), Locale::ZhHant), "2023年");
    }

    #[test]
    fn precision_has_words_only_when_not_a_day() {
        assert_eq!(precision_note(Precision::Day), None);
        assert_eq!(precision_note(Precision::Month), Some(Key::KnownToMonth));
        assert_eq!(calendar_span_note(Precision::Year), Some(Key::YearSpanNote));
        assert_eq!(mode_long(Mode::Hybrid), Key::HybridLong);
        assert_eq!(mode_long(Mode::Online), mode(Mode::Online));
    }

    #[test]
    fn dataset_texts_fall_back_to_english_and_say_so() {
        let both = Localized {
            en: "Dialogue".into(),
            zh: Some("对话會".into()),
        };
        let english_only = Localized {
            en: "Visit".into(),
            zh: None,
        };
        assert_eq!(Locale::En.pick(&both).text, "Dialogue");
        assert_eq!(Locale::ZhHans.pick(&both).text, "对话會");
        let fallback = Locale::ZhHant.pick(&english_only);
        assert_eq!(
            (fallback.text, fallback.lang, fallback.fallback),
            ("Visit", "en", true)
        );
        assert!(!Locale::En.pick(&english_only).fallback);
        assert_eq!(Locale::En.other(&both).unwrap().text, "对话會");
        assert_eq!(Locale::ZhHans.other(&both).unwrap().lang, "en");
        assert_eq!(Locale::ZhHans.other(&english_only), None);
    }

    // Issue #28: a table row with only `title_zh` showed its title twice in the panel.
    #[test]
    fn a_text_only_in_chinese_is_shown_once_and_tagged_chinese() {
        let chinese_only = Localized {
            en: "中法科学对话".into(),
            zh: Some("中法科学对话".into()),
        };
        for locale in Locale::ALL {
            let shown = locale.pick(&chinese_only);
            assert_eq!(
                (shown.text, shown.lang, shown.fallback),
                ("中法科学对话", "zh-Hans", false),
                "{locale:?}"
            );
            assert_eq!(locale.other(&chinese_only), None, "{locale:?}");
        }
    }

    #[test]
    fn places_and_organizations_in_each_language() {
        let dataset = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
        let strasbourg = dataset
            .events()
            .iter()
            .find(|e| e.venue.as_ref().is_some_and(|v| v.city == "Strasbourg"))
            .unwrap();
        assert_eq!(place(strasbourg, Locale::En), "Strasbourg");
        assert_eq!(place(strasbourg, Locale::ZhHans), "斯特拉斯堡");
        let online = dataset
            .events()
            .iter()
            .find(|e| e.mode == Mode::Online)
            .unwrap();
        assert_eq!(place(online, Locale::En), "Online");
        assert_eq!(place(online, Locale::ZhHans), "线上");
        let cas = dataset.organization("cas").unwrap();
        assert_eq!(organization_short(cas, Locale::En), "CAS");
        assert!(organization_full(cas, Locale::En).ends_with("(CAS)"));
        let many = dataset
            .events()
            .iter()
            .find(|e| e.organizations.len() > 3)
            .unwrap();
        let brief = organizations_brief(&dataset, many, Locale::En);
        assert!(brief.contains("more"), "{brief}");
    }

    #[test]
    fn chips_name_their_filter_in_each_language() {
        let dataset = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
        let value = |f: ActiveFilter, locale| active_filter_value(&dataset, &f, locale);
        assert_eq!(value(ActiveFilter::Country("FR".into()), Locale::En), None);
        let from = ActiveFilter::From(PartialDate::parse("2021-07").unwrap());
        assert_eq!(value(from.clone(), Locale::En).unwrap(), "July 2021");
        assert_eq!(value(from.clone(), Locale::ZhHant).unwrap(), "2021年7月");
        assert_eq!(active_filter_kind(&from), Key::From);
        assert_eq!(
            value(ActiveFilter::Mode(Mode::Online), Locale::ZhHans).unwrap(),
            "线上"
        );
        assert!(value(ActiveFilter::Organization("cas".into()), Locale::En)
            .unwrap()
            .contains("CAS"));
        let unknown = ActiveFilter::Topic("no-such-topic".into());
        assert_eq!(value(unknown, Locale::En).unwrap(), "no-such-topic");
    }

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

    #[test]
    fn marker_counts_fit_a_disc() {
        assert_eq!(marker_count(7, Locale::En), "7");
        assert_eq!(marker_count(999, Locale::En), "999");
        assert_eq!(marker_count(1_000, Locale::En), "1k");
        assert_eq!(marker_count(1_250, Locale::En), "1.2k");
        assert_eq!(marker_count(9_999, Locale::En), "9.9k");
        assert_eq!(marker_count(12_345, Locale::En), "12k");
        assert_eq!(marker_count(123_456, Locale::En), "123k");
        assert_eq!(marker_count(9_999, Locale::ZhHans), "9999");
        assert_eq!(marker_count(12_000, Locale::ZhHant), "1.2万");
        assert_eq!(marker_count(120_000, Locale::ZhHans), "12万");
    }

    #[test]
    fn marker_names_start_with_the_count_they_show() {
        let dataset = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
        let all: Vec<usize> = (0..dataset.events().len()).collect();
        let venues = group_by_venue(&dataset, &all);
        let beijing = venues
            .placed
            .iter()
            .position(|v| v.label.en == "Beijing")
            .unwrap();
        let huairou = venues
            .placed
            .iter()
            .position(|v| v.label.en == "Beijing (Huairou)")
            .unwrap();
        let weight = |m: &[usize]| venues.events_of(m).count() as u32;
        let cluster = Cluster {
            position: Point { x: 0.0, y: 0.0 },
            members: vec![beijing, huairou],
            weight: weight(&[beijing, huairou]),
        };
        let label = marker_label(&dataset, &venues, &cluster, Locale::En);
        assert!(label.starts_with(&cluster.weight.to_string()), "{label}");
        assert!(label.contains("Huairou"), "{label}");
        let one = Cluster {
            members: vec![beijing],
            weight: weight(&[beijing]),
            ..cluster
        };
        let label = marker_label(&dataset, &venues, &one, Locale::ZhHans);
        assert!(label.contains(&one.weight.to_string()), "{label}");
        assert!(label.contains("北京"), "{label}");
    }
}
