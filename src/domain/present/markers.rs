//! What a map marker says: its count, short enough for its disc, and its accessible name.

use crate::domain::dataset::Dataset;
use crate::domain::geo::cluster::Cluster;
use crate::domain::geo::venues::VenuesOnMap;
use crate::domain::i18n::{Counted, Key, Locale};
use crate::domain::present::Pick;

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
    let count = cluster.weight as usize;
    if places.len() > 1 {
        locale.count_with(
            Counted::MarkerCluster,
            count,
            &[
                ("places", &places.len().to_string()),
                ("names", &places.join(locale.list_separator())),
            ],
        )
    } else if cluster.weight == 1 {
        let first = venues.events_of(&cluster.members).next();
        let title = first.map_or("", |i| locale.pick(&dataset.events()[i].title).text);
        locale.fill(Key::MarkerOne, &[("place", places[0]), ("title", title)])
    } else {
        locale.count_with(Counted::MarkerMany, count, &[("place", places[0])])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::venues::group_by_venue;
    use crate::domain::plane::Point;
    use crate::BUNDLED_DATASET_JSON;

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
