//! Decodes the bundled Natural Earth world (TopoJSON, from the `world-atlas` package) into
//! country rings in degrees, keyed by ISO 3166-1 alpha-2 codes. Antarctica is dropped.

use serde::Deserialize;

use crate::domain::geo::projection::project;
use crate::domain::plane::Point;

/// One country of the base map.
#[derive(Clone, Debug)]
pub struct CountryShape {
    /// ISO alpha-2, where the map's numeric id has one (a few disputed areas have none).
    pub code: Option<&'static str>,
    pub name: String,
    /// Closed rings, each a list of `[longitude, latitude]`.
    pub rings: Vec<Vec<[f64; 2]>>,
    /// A representative point (the centroid of the largest ring), in world units.
    pub anchor: Point,
}

#[derive(Deserialize)]
struct Topology {
    transform: Option<Transform>,
    arcs: Vec<Vec<Vec<f64>>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
        #[serde(default)]
        id: Option<String>,
        #[serde(default)]
        properties: Properties,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
        #[serde(default)]
        id: Option<String>,
        #[serde(default)]
        properties: Properties,
    },
    #[serde(other)]
    Other,
}

#[derive(Deserialize, Default)]
struct Properties {
    #[serde(default)]
    name: String,
}

/// ISO 3166-1 numeric → alpha-2, for the countries in Natural Earth's 1:110m map.
const NUMERIC_TO_ALPHA2: &str = "004AF 008AL 010AQ 012DZ 024AO 031AZ 032AR 036AU 040AT 044BS 050BD 051AM 056BE 064BT \
068BO 070BA 072BW 076BR 084BZ 090SB 096BN 100BG 104MM 108BI 112BY 116KH 120CM 124CA 140CF 144LK 148TD 152CL 156CN \
158TW 170CO 178CG 180CD 188CR 191HR 192CU 196CY 203CZ 204BJ 208DK 214DO 218EC 222SV 226GQ 231ET 232ER 233EE 238FK \
242FJ 246FI 250FR 260TF 262DJ 266GA 268GE 270GM 275PS 276DE 288GH 300GR 304GL 320GT 324GN 328GY 332HT 340HN 348HU \
352IS 356IN 360ID 364IR 368IQ 372IE 376IL 380IT 384CI 388JM 392JP 398KZ 400JO 404KE 408KP 410KR 414KW 417KG 418LA \
422LB 426LS 428LV 430LR 434LY 440LT 442LU 450MG 454MW 458MY 466ML 478MR 484MX 496MN 498MD 499ME 504MA 508MZ 512OM \
516NA 524NP 528NL 540NC 548VU 554NZ 558NI 562NE 566NG 578NO 586PK 591PA 598PG 600PY 604PE 608PH 616PL 620PT 624GW \
626TL 630PR 634QA 642RO 643RU 646RW 682SA 686SN 688RS 694SL 703SK 704VN 705SI 706SO 710ZA 716ZW 724ES 728SS 729SD \
732EH 740SR 748SZ 752SE 756CH 760SY 762TJ 764TH 768TG 780TT 784AE 788TN 792TR 795TM 800UG 804UA 807MK 818EG 826GB \
834TZ 840US 854BF 858UY 860UZ 862VE 887YE 894ZM";

/// The alpha-2 code of an ISO numeric code, if the table has it.
pub fn alpha2_of_numeric(numeric: &str) -> Option<&'static str> {
    NUMERIC_TO_ALPHA2
        .split_whitespace()
        .find(|entry| &entry[..3] == numeric)
        .map(|entry| &entry[3..])
}

/// Why the world map could not be read.
#[derive(Debug)]
pub struct MapError(pub String);

/// Decodes TopoJSON text into country shapes (Antarctica left out).
pub fn decode(text: &str) -> Result<Vec<CountryShape>, MapError> {
    let topology: Topology =
        serde_json::from_str(text).map_err(|e| MapError(format!("world map: {e}")))?;
    let arcs = decode_arcs(&topology);
    let ring = |indexes: &[i64]| -> Vec<[f64; 2]> {
        let mut points: Vec<[f64; 2]> = Vec::new();
        for &index in indexes {
            let (arc, reversed) = if index >= 0 {
                (index as usize, false)
            } else {
                ((!index) as usize, true)
            };
            let Some(arc) = arcs.get(arc) else { continue };
            let mut arc_points = arc.clone();
            if reversed {
                arc_points.reverse();
            }
            // Consecutive arcs share their joining point.
            let skip = usize::from(!points.is_empty());
            points.extend(arc_points.into_iter().skip(skip));
        }
        points
    };
    let mut countries = Vec::new();
    for geometry in topology.objects.countries.geometries {
        let (polygons, id, name): (Vec<Vec<Vec<i64>>>, _, _) = match geometry {
            Geometry::Polygon {
                arcs,
                id,
                properties,
            } => (vec![arcs], id, properties.name),
            Geometry::MultiPolygon {
                arcs,
                id,
                properties,
            } => (arcs, id, properties.name),
            Geometry::Other => continue,
        };
        let code = id.as_deref().and_then(alpha2_of_numeric);
        if code == Some("AQ") {
            continue;
        }
        let rings: Vec<Vec<[f64; 2]>> = polygons
            .iter()
            .flat_map(|p| p.iter().map(|r| ring(r)))
            .collect();
        let Some(anchor) = largest_ring_centroid(
            &polygons
                .iter()
                .filter_map(|p| p.first())
                .map(|r| ring(r))
                .collect::<Vec<_>>(),
        ) else {
            continue;
        };
        countries.push(CountryShape {
            code,
            name,
            rings,
            anchor,
        });
    }
    Ok(countries)
}

fn decode_arcs(topology: &Topology) -> Vec<Vec<[f64; 2]>> {
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .filter(|p| p.len() >= 2)
                .map(|p| match &topology.transform {
                    // Quantized arcs are delta-encoded.
                    Some(t) => {
                        x += p[0];
                        y += p[1];
                        [
                            x * t.scale[0] + t.translate[0],
                            y * t.scale[1] + t.translate[1],
                        ]
                    }
                    None => [p[0], p[1]],
                })
                .collect()
        })
        .collect()
}

/// The area-weighted centroid (world units) of the ring with the largest projected area.
fn largest_ring_centroid(outer_rings: &[Vec<[f64; 2]>]) -> Option<Point> {
    outer_rings
        .iter()
        .filter(|r| r.len() >= 3)
        .map(|ring| {
            let points: Vec<Point> = crate::domain::geo::projection::unwrap_longitudes(ring)
                .iter()
                .map(|&[lon, lat]| project(lon, lat))
                .collect();
            let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
            for i in 0..points.len() {
                let (a, b) = (points[i], points[(i + 1) % points.len()]);
                let cross = a.x * b.y - b.x * a.y;
                area += cross;
                cx += (a.x + b.x) * cross;
                cy += (a.y + b.y) * cross;
            }
            (area.abs() / 2.0, area, cx, cy)
        })
        .filter(|&(size, ..)| size > 0.0)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, area, cx, cy)| Point {
            x: cx / (3.0 * area),
            y: cy / (3.0 * area),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::geo::base_map::WORLD_MAP_JSON as WORLD_MAP;

    #[test]
    fn decodes_the_bundled_world_without_antarctica() {
        let countries = decode(WORLD_MAP).unwrap();
        assert_eq!(countries.len(), 176);
        assert!(countries.iter().all(|c| c.code != Some("AQ")));
        for code in [
            "CN", "FR", "DE", "GB", "CH", "ES", "PL", "NL", "SE", "RU", "KR", "US",
        ] {
            assert!(
                countries.iter().any(|c| c.code == Some(code)),
                "{code} missing"
            );
        }
    }

    #[test]
    fn numeric_codes_map_to_assigned_alpha2_codes() {
        for entry in NUMERIC_TO_ALPHA2.split_whitespace() {
            assert_eq!(entry.len(), 5, "{entry}");
            assert!(crate::domain::country::is_assigned(&entry[3..]), "{entry}");
        }
        assert_eq!(alpha2_of_numeric("250"), Some("FR"));
        assert_eq!(alpha2_of_numeric("156"), Some("CN"));
        assert_eq!(alpha2_of_numeric("826"), Some("GB"));
    }

    #[test]
    fn anchors_fall_inside_the_country() {
        let countries = decode(WORLD_MAP).unwrap();
        let anchor = |code: &str| {
            let c = countries.iter().find(|c| c.code == Some(code)).unwrap();
            crate::domain::geo::projection::unproject(c.anchor)
        };
        let (lon, lat) = anchor("FR");
        assert!(
            (-5.0..8.0).contains(&lon) && (42.0..51.0).contains(&lat),
            "France anchor {lon},{lat}"
        );
        let (lon, lat) = anchor("CN");
        assert!(
            (90.0..115.0).contains(&lon) && (28.0..42.0).contains(&lat),
            "China anchor {lon},{lat}"
        );
    }
}
