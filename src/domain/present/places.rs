//! Where and how an event took place, in words: modes, cities, the panel's "where" line and
//! the countries taking part.

use crate::domain::country::country_name;
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::{Event, Mode, Venue};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hybrid_has_a_long_name() {
        assert_eq!(mode_long(Mode::Hybrid), Key::HybridLong);
        assert_eq!(mode_long(Mode::Online), mode(Mode::Online));
        assert_eq!(mode_long(Mode::InPerson), mode(Mode::InPerson));
    }
}
