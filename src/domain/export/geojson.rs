//! GeoJSON (RFC 7946): a FeatureCollection with one Feature per event, a Point at its venue,
//! or no geometry (`null`) for online and unplaced events.

use serde_json::{json, Value};

use crate::domain::export::{precision_name, ExportContext};

/// The collection of `events` (positions in the dataset), as JSON text.
pub fn collection(context: &ExportContext<'_>, events: &[usize]) -> String {
    let features: Vec<Value> = events
        .iter()
        .map(|&i| {
            let event = &context.dataset.events()[i];
            let geometry = event.venue.as_ref().map_or(
                Value::Null,
                |v| json!({ "type": "Point", "coordinates": [v.lon, v.lat] }),
            );
            json!({
                "type": "Feature",
                "id": event.id,
                "geometry": geometry,
                "properties": {
                    "title": event.title.en,
                    "title_zh": event.title.zh,
                    "start": event.span.start.to_string(),
                    "end": event.span.end.map(|d| d.to_string()),
                    "precision": precision_name(event),
                    "mode": event.mode.key(),
                    "city": event.venue.as_ref().map(|v| v.city.clone()),
                    "countries": event.countries,
                    "organizations": context.organization_names(event),
                    "topics": context.topic_names(event),
                    "link": (context.link)(&event.id),
                },
            })
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::export::with_bundled;
    use crate::domain::i18n::Locale;

    #[test]
    fn features_match_the_events_and_unplaced_ones_have_no_geometry() {
        with_bundled(Locale::En, |context, all| {
            let parsed: Value = serde_json::from_str(&collection(context, all)).unwrap();
            let features = parsed["features"].as_array().unwrap();
            assert_eq!(features.len(), all.len());
            for (feature, event) in features.iter().zip(context.dataset.events()) {
                assert_eq!(feature["id"], event.id.as_str());
                match &event.venue {
                    Some(v) => {
                        assert_eq!(feature["geometry"]["coordinates"], json!([v.lon, v.lat]))
                    }
                    None => assert!(feature["geometry"].is_null()),
                }
            }
        });
    }
}
