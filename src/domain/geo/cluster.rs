//! Merges venue markers that would overlap at the current zoom into clusters.
//!
//! Only venues in view take part, and neighbours are found through a grid of cells one
//! merge-radius wide, so the cost grows with the number of venues on screen (never with the
//! number of events: those were gathered into venues beforehand).

use std::collections::HashMap;

use crate::domain::geo::projection::Point;
use crate::domain::geo::viewport::{Bounds, Viewport, MAX_ZOOM};

/// Markers closer than this many CSS pixels merge into a cluster.
pub const CLUSTER_RADIUS_PX: f64 = 26.0;

/// A marker's radius in CSS pixels: grows with the square root of its count, within bounds.
pub fn marker_radius(weight: u32) -> f64 {
    (6.0 + 3.0 * f64::from(weight).sqrt()).min(20.0)
}

/// The view that splits a cluster of venues at `positions` (world units): zoomed in just far
/// enough for the farthest two to be half again a merge radius apart, and at least twice as
/// far as `current`, centred on them. `pixels_per_unit` is CSS pixels per view unit.
pub fn splitting_view(positions: &[Point], current: &Viewport, pixels_per_unit: f64) -> Option<Viewport> {
    let bounds = Bounds::around(positions.iter().copied())?;
    let spread = positions
        .iter()
        .flat_map(|a| positions.iter().map(move |b| (a.x - b.x).hypot(a.y - b.y)))
        .fold(0.0_f64, f64::max);
    let separating = 1.5 * CLUSTER_RADIUS_PX / (pixels_per_unit * spread.max(1e-6));
    let zoom = separating.max(current.zoom * 2.0).min(MAX_ZOOM);
    Some(Viewport::fit(bounds, 0.0, zoom, zoom))
}

/// A venue as clustering sees it.
#[derive(Clone, Copy, Debug)]
pub struct Weighted {
    /// World units.
    pub position: Point,
    /// How many events; heavier venues seed clusters first.
    pub weight: u32,
}

/// One marker to draw: a single venue or several merged.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// World units: the position of the heaviest member.
    pub position: Point,
    /// Indexes into the input, heaviest first.
    pub members: Vec<usize>,
    pub weight: u32,
}

/// Clusters the venues visible in `viewport`; markers closer than `radius` view units merge.
pub fn cluster(venues: &[Weighted], viewport: &Viewport, radius: f64) -> Vec<Cluster> {
    let reach = radius / viewport.zoom;
    let visible = viewport.visible();
    let mut order: Vec<usize> = (0..venues.len())
        .filter(|&i| visible.contains(venues[i].position, reach))
        .collect();
    order.sort_by(|&a, &b| venues[b].weight.cmp(&venues[a].weight).then(a.cmp(&b)));

    let cell_of = |p: Point| ((p.x / reach).floor() as i64, (p.y / reach).floor() as i64);
    let mut seeds: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in order {
        let p = venues[i].position;
        let (cx, cy) = cell_of(p);
        let nearest = (cx - 1..=cx + 1)
            .flat_map(|x| (cy - 1..=cy + 1).map(move |y| (x, y)))
            .filter_map(|cell| seeds.get(&cell))
            .flatten()
            .map(|&c| {
                (
                    c,
                    (clusters[c].position.x - p.x).hypot(clusters[c].position.y - p.y),
                )
            })
            .filter(|&(_, distance)| distance < reach)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        match nearest {
            Some((c, _)) => {
                clusters[c].members.push(i);
                clusters[c].weight += venues[i].weight;
            }
            None => {
                seeds.entry((cx, cy)).or_default().push(clusters.len());
                clusters.push(Cluster {
                    position: p,
                    members: vec![i],
                    weight: venues[i].weight,
                });
            }
        }
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::projection::project;
    use crate::domain::random::Xorshift;

    const RADIUS: f64 = 24.0;

    fn places() -> Vec<Weighted> {
        vec![
            Weighted {
                position: project(116.4074, 39.9042),
                weight: 5,
            }, // Beijing
            Weighted {
                position: project(116.632, 40.316),
                weight: 3,
            }, // Huairou, ~50 km away
            Weighted {
                position: project(119.4606, 29.2085),
                weight: 2,
            }, // Lanxi
            Weighted {
                position: project(117.0692, 28.2602),
                weight: 1,
            }, // Yingtan, ~250 km from Lanxi
            Weighted {
                position: project(7.7521, 48.5734),
                weight: 9,
            }, // Strasbourg
        ]
    }

    fn zoomed_on(lon: f64, lat: f64, zoom: f64) -> Viewport {
        Viewport {
            center: project(lon, lat),
            zoom,
        }
    }

    #[test]
    fn nearby_cities_merge_at_world_view_and_split_when_zoomed() {
        let venues = places();
        let world = cluster(&venues, &Viewport::world(), RADIUS);
        let beijing = world.iter().find(|c| c.members.contains(&0)).unwrap();
        assert!(
            beijing.members.contains(&1),
            "Beijing and Huairou merge at world view"
        );
        assert_eq!(world.iter().map(|c| c.weight).sum::<u32>(), 20);

        // Eastern China at a province-level zoom: Lanxi and Yingtan apart, Beijing/Huairou still one.
        let east_china = zoomed_on(118.0, 34.0, 40.0);
        let clusters = cluster(&venues, &east_china, RADIUS);
        assert!(clusters
            .iter()
            .all(|c| !(c.members.contains(&2) && c.members.contains(&3))));
        // Zoomed on Beijing: Huairou splits off.
        let clusters = cluster(&venues, &zoomed_on(116.5, 40.1, 400.0), RADIUS);
        assert!(clusters
            .iter()
            .all(|c| !(c.members.contains(&0) && c.members.contains(&1))));
    }

    #[test]
    fn venues_out_of_view_are_left_out() {
        let clusters = cluster(&places(), &zoomed_on(7.75, 48.57, 60.0), RADIUS);
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].members, vec![4]);
    }

    #[test]
    fn every_visible_venue_is_in_exactly_one_cluster_and_clusters_do_not_overlap() {
        // A deterministic scatter of 2 000 venues over Europe.
        let mut random = Xorshift::new(7);
        let mut next = || random.unit();
        let venues: Vec<Weighted> = (0..2_000)
            .map(|_| Weighted {
                position: project(-10.0 + 40.0 * next(), 36.0 + 24.0 * next()),
                weight: 1 + (next() * 5.0) as u32,
            })
            .collect();
        let view = Viewport::fit(
            Bounds::around(venues.iter().map(|v| v.position)).unwrap(),
            10.0,
            0.8,
            400.0,
        );
        let clusters = cluster(&venues, &view, RADIUS);
        let mut seen = vec![0; venues.len()];
        for c in &clusters {
            for &m in &c.members {
                seen[m] += 1;
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
        let reach = RADIUS / view.zoom;
        for (i, a) in clusters.iter().enumerate() {
            for b in &clusters[i + 1..] {
                assert!((a.position.x - b.position.x).hypot(a.position.y - b.position.y) >= reach);
            }
        }
    }

    #[test]
    fn clicking_a_cluster_zooms_until_its_members_split() {
        let places = places();
        let world = Viewport::world();
        let pixels_per_unit = 1.2;
        let radius = CLUSTER_RADIUS_PX / pixels_per_unit;
        let merged = cluster(&places, &world, radius);
        let big = merged.iter().find(|c| c.members.len() > 1).expect("a cluster at world zoom");
        let positions: Vec<Point> = big.members.iter().map(|&m| places[m].position).collect();
        let view = splitting_view(&positions, &world, pixels_per_unit).unwrap();
        assert!(view.zoom >= world.zoom * 2.0);
        let members: Vec<Weighted> = big.members.iter().map(|&m| places[m]).collect();
        let after = cluster(&members, &view, radius);
        assert!(after.len() > 1, "still one marker: {after:?}");
        assert_eq!(splitting_view(&[], &world, 1.0), None);
    }

    #[test]
    fn marker_radius_grows_with_the_count_and_stops() {
        assert!(marker_radius(1) < marker_radius(10));
        assert_eq!(marker_radius(100_000), 20.0);
    }
}
