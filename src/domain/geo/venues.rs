//! Gathers the filtered events by place: one venue per distinct position, with its events.
//! Events without a position are gathered apart, as "online and unplaced".

use crate::domain::dataset::Dataset;
use crate::domain::geo::projection::project;
use crate::domain::model::Localized;
use crate::domain::plane::Point;

/// A place on the map and the filtered events held there.
#[derive(Clone, Debug, PartialEq)]
pub struct VenueGroup {
    /// The city as the dataset names it, in English and Chinese.
    pub label: Localized,
    pub country: String,
    /// World units.
    pub position: Point,
    /// Positions in [`Dataset::events`], in date order.
    pub events: Vec<usize>,
}

/// The filtered events as the map sees them: by place, and those with no place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VenuesOnMap {
    pub placed: Vec<VenueGroup>,
    /// Online events and events whose source names no place, in date order.
    pub unplaced: Vec<usize>,
}

impl VenuesOnMap {
    /// The events held at the venues `members` (indexes into `placed`), venue by venue.
    pub fn events_of<'a>(&'a self, members: &'a [usize]) -> impl Iterator<Item = usize> + 'a {
        members
            .iter()
            .flat_map(|&m| self.placed[m].events.iter().copied())
    }
}

/// The venues of `events` (positions in date order) and the events with no venue.
pub fn group_by_venue(dataset: &Dataset, events: &[usize]) -> VenuesOnMap {
    let mut venues: Vec<VenueGroup> = Vec::new();
    let mut index: std::collections::HashMap<(i64, i64), usize> = std::collections::HashMap::new();
    let mut unplaced = Vec::new();
    for &i in events {
        let Some(venue) = &dataset.events()[i].venue else {
            unplaced.push(i);
            continue;
        };
        // Venues within about 10 m are one place.
        let key = (
            (venue.lat * 1e4).round() as i64,
            (venue.lon * 1e4).round() as i64,
        );
        let slot = *index.entry(key).or_insert_with(|| {
            venues.push(VenueGroup {
                label: Localized {
                    en: venue.city.clone(),
                    zh: venue.city_zh.clone(),
                },
                country: venue.country.clone(),
                position: project(venue.lon, venue.lat),
                events: Vec::new(),
            });
            venues.len() - 1
        });
        venues[slot].events.push(i);
    }
    VenuesOnMap {
        placed: venues,
        unplaced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BUNDLED_DATASET_JSON;

    #[test]
    fn groups_the_bundled_events_by_place() {
        let dataset = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
        let all: Vec<usize> = (0..dataset.events().len()).collect();
        let VenuesOnMap {
            placed: venues,
            unplaced,
        } = group_by_venue(&dataset, &all);
        let labels: Vec<&str> = venues.iter().map(|v| v.label.en.as_str()).collect();
        for city in [
            "Strasbourg",
            "Beijing",
            "Beijing (Huairou)",
            "Lanxi",
            "Yingtan",
            "Shenyang",
        ] {
            assert!(labels.contains(&city), "{city} missing from {labels:?}");
        }
        assert_eq!(venues.len(), 6);
        let placed: usize = venues.iter().map(|v| v.events.len()).sum();
        assert_eq!(placed + unplaced.len(), all.len());
        for &i in &unplaced {
            assert!(dataset.events()[i].venue.is_none());
        }
    }
}
