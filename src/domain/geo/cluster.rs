//! Merges venue markers that would overlap at the current zoom into clusters.
//!
//! Only venues in view take part, and neighbours are found through a grid of cells one
//! merge-radius wide, so the cost grows with the number of venues on screen (never with the
//! number of events: those were gathered into venues beforehand).

use std::collections::HashMap;

use crate::domain::geo::viewport::{Viewport, MAX_ZOOM};
use crate::domain::plane::{Bounds, Point};

/// Markers closer than this many CSS pixels merge into a cluster.
pub const CLUSTER_RADIUS_PX: f64 = 26.0;

/// The largest marker radius, in CSS pixels.
pub const MAX_MARKER_RADIUS: f64 = 20.0;
/// How far a cluster's dashed ring reaches beyond its disc (ring at +4, 2 px stroke).
pub const CLUSTER_RING_PX: f64 = 5.0;
/// Clear space kept between two markers' drawn edges, in CSS pixels.
pub const MARKER_GAP_PX: f64 = 2.0;

/// A marker's radius in CSS pixels: grows with the square root of its count, within bounds.
pub fn marker_radius(weight: u32) -> f64 {
    (6.0 + 3.0 * f64::from(weight).sqrt()).min(MAX_MARKER_RADIUS)
}

/// How far a marker is drawn from its centre, in CSS pixels: its disc (with its 2 px outline),
/// and a cluster's ring.
pub fn drawn_radius(cluster: &Cluster) -> f64 {
    let ring = if cluster.members.len() > 1 {
        CLUSTER_RING_PX
    } else {
        1.0
    };
    marker_radius(cluster.weight) + ring
}

/// The view that splits a cluster of venues at `positions` (world units): zoomed in just far
/// enough for the farthest two to sit apart as markers of the largest size, and at least twice as
/// far as `current`, centred on them. `pixels_per_unit` is CSS pixels per view unit.
pub fn splitting_viewport(
    positions: &[Point],
    current: &Viewport,
    pixels_per_unit: f64,
) -> Option<Viewport> {
    let bounds = Bounds::around(positions.iter().copied())?;
    let spread = positions
        .iter()
        .flat_map(|a| positions.iter().map(move |b| (a.x - b.x).hypot(a.y - b.y)))
        .fold(0.0_f64, f64::max);
    // Far enough apart for two of the largest markers to sit side by side, with room to spare.
    let apart = 1.2 * (2.0 * (MAX_MARKER_RADIUS + CLUSTER_RING_PX) + MARKER_GAP_PX);
    let separating = apart.max(1.5 * CLUSTER_RADIUS_PX) / (pixels_per_unit * spread.max(1e-6));
    let zoom = separating.max(current.zoom * 2.0).min(MAX_ZOOM);
    Some(Viewport::fit_within(
        current.height,
        bounds,
        0.0,
        zoom,
        zoom,
    ))
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

/// Clusters the venues visible in `viewport`, drawn at `pixels_per_unit` CSS pixels per view
/// unit: venues closer than [`CLUSTER_RADIUS_PX`] merge, then markers whose drawn discs
/// (which grow with their counts) would touch merge too, until no two overlap.
pub fn cluster(venues: &[Weighted], viewport: &Viewport, pixels_per_unit: f64) -> Vec<Cluster> {
    let merged = merge_near(venues, viewport, CLUSTER_RADIUS_PX / pixels_per_unit);
    separate(merged, viewport, pixels_per_unit)
}

/// Greedy merging, heaviest first: a venue joins the nearest cluster seed within `radius`
/// view units.
fn merge_near(venues: &[Weighted], viewport: &Viewport, radius: f64) -> Vec<Cluster> {
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

/// Merges markers whose drawn discs overlap, the lighter into the heavier (which keeps its
/// place), pass after pass until none do: a merged marker grows and may reach a new neighbour.
fn separate(clusters: Vec<Cluster>, viewport: &Viewport, pixels_per_unit: f64) -> Vec<Cluster> {
    let mut clusters = clusters;
    let cell = 2.0 * (MAX_MARKER_RADIUS + CLUSTER_RING_PX) + MARKER_GAP_PX;
    loop {
        clusters.sort_by(|a, b| {
            b.weight
                .cmp(&a.weight)
                .then(a.members[0].cmp(&b.members[0]))
        });
        let at: Vec<Point> = clusters
            .iter()
            .map(|c| {
                let v = viewport.to_view(c.position);
                Point {
                    x: v.x * pixels_per_unit,
                    y: v.y * pixels_per_unit,
                }
            })
            .collect();
        let cell_of = |p: Point| ((p.x / cell).floor() as i64, (p.y / cell).floor() as i64);
        let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
        let mut kept: Vec<Cluster> = Vec::with_capacity(clusters.len());
        let mut kept_at: Vec<Point> = Vec::with_capacity(clusters.len());
        let mut merged = false;
        for (cluster, p) in clusters.into_iter().zip(at) {
            let (cx, cy) = cell_of(p);
            let radius = drawn_radius(&cluster);
            let touching = (cx - 1..=cx + 1)
                .flat_map(|x| (cy - 1..=cy + 1).map(move |y| (x, y)))
                .filter_map(|c| grid.get(&c))
                .flatten()
                .copied()
                .find(|&k| {
                    let q = kept_at[k];
                    (p.x - q.x).hypot(p.y - q.y) < radius + drawn_radius(&kept[k]) + MARKER_GAP_PX
                });
            match touching {
                Some(k) => {
                    kept[k].members.extend(cluster.members);
                    kept[k].weight += cluster.weight;
                    merged = true;
                }
                None => {
                    grid.entry((cx, cy)).or_default().push(kept.len());
                    kept.push(cluster);
                    kept_at.push(p);
                }
            }
        }
        clusters = kept;
        if !merged {
            return clusters;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::projection::project;
    use crate::domain::random::Xorshift;

    /// CSS pixels per view unit, as on a map drawn 1000 px wide.
    const PPU: f64 = 1.0;

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
            height: crate::domain::geo::viewport::VIEW_HEIGHT,
        }
    }

    #[test]
    fn nearby_cities_merge_at_world_view_and_split_when_zoomed() {
        let venues = places();
        let world = cluster(&venues, &Viewport::world(), PPU);
        let beijing = world.iter().find(|c| c.members.contains(&0)).unwrap();
        assert!(
            beijing.members.contains(&1),
            "Beijing and Huairou merge at world view"
        );
        assert_eq!(world.iter().map(|c| c.weight).sum::<u32>(), 20);

        // Eastern China at a province-level zoom: Lanxi and Yingtan apart, Beijing/Huairou still one.
        let east_china = zoomed_on(118.0, 34.0, 40.0);
        let clusters = cluster(&venues, &east_china, PPU);
        assert!(clusters
            .iter()
            .all(|c| !(c.members.contains(&2) && c.members.contains(&3))));
        // Zoomed on Beijing: Huairou splits off.
        let clusters = cluster(&venues, &zoomed_on(116.5, 40.1, 400.0), PPU);
        assert!(clusters
            .iter()
            .all(|c| !(c.members.contains(&0) && c.members.contains(&1))));
    }

    #[test]
    fn venues_out_of_view_are_left_out() {
        let clusters = cluster(&places(), &zoomed_on(7.75, 48.57, 60.0), PPU);
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
        let clusters = cluster(&venues, &view, PPU);
        let mut seen = vec![0; venues.len()];
        for c in &clusters {
            for &m in &c.members {
                seen[m] += 1;
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
        assert_no_overlap(&clusters, &view, PPU);
    }

    /// Asserts that no two markers' drawn discs overlap, by brute force over every pair.
    fn assert_no_overlap(clusters: &[Cluster], view: &Viewport, ppu: f64) {
        let px = |c: &Cluster| {
            let v = view.to_view(c.position);
            (v.x * ppu, v.y * ppu)
        };
        for (i, a) in clusters.iter().enumerate() {
            for b in &clusters[i + 1..] {
                let ((ax, ay), (bx, by)) = (px(a), px(b));
                let distance = (ax - bx).hypot(ay - by);
                let needed = drawn_radius(a) + drawn_radius(b);
                assert!(
                    distance >= needed,
                    "markers of {} and {} events {distance:.1} px apart, need {needed:.1}",
                    a.weight,
                    b.weight
                );
            }
        }
    }

    #[test]
    fn heavy_markers_never_overlap_at_any_zoom_or_scale() {
        // 3 000 venues in clumps, as real cities are, with counts up to thousands.
        let mut random = Xorshift::new(11);
        let mut next = || random.unit();
        let centres: Vec<(f64, f64)> = (0..40)
            .map(|_| (-120.0 + 260.0 * next(), -40.0 + 100.0 * next()))
            .collect();
        let venues: Vec<Weighted> = (0..3_000)
            .map(|i| {
                let (lon, lat) = centres[i % centres.len()];
                Weighted {
                    position: project(lon + 6.0 * (next() - 0.5), lat + 4.0 * (next() - 0.5)),
                    weight: 1 + (next().powi(4) * 3_000.0) as u32,
                }
            })
            .collect();
        let total: u32 = venues.iter().map(|v| v.weight).sum();
        for (view, ppu) in [
            (Viewport::world(), 0.39),
            (Viewport::world(), 1.44),
            (zoomed_on(10.0, 50.0, 4.0), 1.28),
            (zoomed_on(116.0, 35.0, 12.0), 0.8),
            (zoomed_on(-75.0, 40.0, 60.0), 1.0),
        ] {
            let clusters = cluster(&venues, &view, ppu);
            assert_no_overlap(&clusters, &view, ppu);
            if view == Viewport::world() {
                let counted: u32 = clusters.iter().map(|c| c.weight).sum();
                assert_eq!(counted, total, "every event counted once at world zoom");
            }
        }
    }

    #[test]
    fn clicking_a_cluster_zooms_until_its_members_split() {
        let places = places();
        let world = Viewport::world();
        let pixels_per_unit = 1.2;
        let merged = cluster(&places, &world, pixels_per_unit);
        let big = merged
            .iter()
            .find(|c| c.members.len() > 1)
            .expect("a cluster at world zoom");
        let positions: Vec<Point> = big.members.iter().map(|&m| places[m].position).collect();
        let view = splitting_viewport(&positions, &world, pixels_per_unit).unwrap();
        assert!(view.zoom >= world.zoom * 2.0);
        let members: Vec<Weighted> = big.members.iter().map(|&m| places[m]).collect();
        let after = cluster(&members, &view, pixels_per_unit);
        assert!(after.len() > 1, "still one marker: {after:?}");
        assert_eq!(splitting_viewport(&[], &world, 1.0), None);
    }

    #[test]
    fn marker_radius_grows_with_the_count_and_stops() {
        assert!(marker_radius(1) < marker_radius(10));
        assert_eq!(marker_radius(100_000), 20.0);
    }
}
