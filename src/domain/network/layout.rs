//! Where each node of a network is drawn: a force-directed layout (Fruchterman and Reingold:
//! nodes repel, edges pull, heat cools), deterministic (same network, same picture), stable
//! (nodes that were drawn before start where they were, with little heat), run a few ticks at
//! a time so a large one never holds the page. Past [`EXACT_LIMIT`] nodes, repulsion is
//! counted only from nodes in neighbouring grid cells, as in their paper. A last pass pushes
//! overlapping discs apart.

use std::collections::HashMap;

use crate::domain::network::graph::Network;
use crate::domain::random::fnv1a;

/// The preferred distance between two joined nodes, in layout units (pixels at zoom 1).
pub const IDEAL: f64 = 70.0;
/// Up to this many nodes every pair repels; above, only nodes in neighbouring grid cells
/// (four times fewer pairs for the 300 organizations of the synthetic data).
pub const EXACT_LIMIT: usize = 200;
/// The smallest and largest disc radius.
pub const MIN_RADIUS: f64 = 5.0;
pub const MAX_RADIUS: f64 = 26.0;
/// The clear space kept between two discs.
const GAP: f64 = 4.0;
/// The heat below which the layout is settled.
const SETTLED: f64 = 0.4;

/// A disc's radius for a node of `events` when the largest has `most`: its area grows with
/// its events.
pub fn node_radius(events: u32, most: u32) -> f64 {
    let share = f64::from(events) / f64::from(most.max(1));
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share.sqrt()
}

/// A force-directed layout in progress.
#[derive(Clone, Debug)]
pub struct Simulation {
    positions: Vec<(f64, f64)>,
    radii: Vec<f64>,
    /// (a, b, pull): pull grows with the shared events.
    springs: Vec<(usize, usize, f64)>,
    /// Whether each node was in the layout before: such a node moves at a twentieth of the
    /// heat, so the picture stays steady while filters change and new nodes find their place.
    kept: Vec<bool>,
    heat: f64,
}

impl Simulation {
    /// Starts a layout of `network`. Nodes found in `previous` (by key) start there and the
    /// heat is low, so they move little; others start beside a placed partner, else on a
    /// spiral in an order given by a hash of their key.
    pub fn new(network: &Network, previous: &HashMap<String, (f64, f64)>) -> Simulation {
        let most = network.nodes.first().map_or(1, |n| n.events);
        let radii: Vec<f64> = network
            .nodes
            .iter()
            .map(|n| node_radius(n.events, most))
            .collect();
        let mut positions: Vec<Option<(f64, f64)>> = network
            .nodes
            .iter()
            .map(|n| previous.get(&n.key).copied())
            .collect();
        let neighbours = network.neighbours();
        let kept: Vec<bool> = positions.iter().map(Option::is_some).collect();
        let warm = kept.iter().filter(|&&k| k).count() * 2 >= network.nodes.len().max(1);
        for (i, node) in network.nodes.iter().enumerate() {
            if positions[i].is_some() {
                continue;
            }
            let hash = fnv1a(&node.key);
            let angle = f64::from(hash % 3600) / 3600.0 * std::f64::consts::TAU;
            let partner = neighbours[i].iter().find_map(|&other| positions[other]);
            positions[i] = Some(match partner {
                Some((x, y)) => (x + IDEAL * angle.cos(), y + IDEAL * angle.sin()),
                None => {
                    // The golden-angle spiral fills a disc evenly.
                    let r = IDEAL * 0.6 * ((i + 1) as f64).sqrt();
                    let turn = i as f64 * 2.399_963 + angle * 0.1;
                    (r * turn.cos(), r * turn.sin())
                }
            });
        }
        let springs = network
            .edges
            .iter()
            .map(|e| (e.a, e.b, 1.0 + (e.weight() as f64).ln()))
            .collect();
        Simulation {
            positions: positions.into_iter().flatten().collect(),
            radii,
            springs,
            kept: if warm {
                kept
            } else {
                vec![false; network.nodes.len()]
            },
            heat: if warm { IDEAL * 0.5 } else { IDEAL * 2.0 },
        }
    }

    pub fn positions(&self) -> &[(f64, f64)] {
        &self.positions
    }

    pub fn radii(&self) -> &[f64] {
        &self.radii
    }

    pub fn is_settled(&self) -> bool {
        self.heat < SETTLED
    }

    /// Runs up to `ticks` steps; returns whether the layout has settled. Once settled, discs
    /// that overlap are pushed apart.
    pub fn run(&mut self, ticks: usize) -> bool {
        for _ in 0..ticks {
            if self.is_settled() {
                break;
            }
            self.tick();
        }
        if self.is_settled() {
            self.separate();
        }
        self.is_settled()
    }

    /// Runs until settled.
    pub fn settle(&mut self) {
        while !self.run(50) {}
    }

    fn tick(&mut self) {
        let n = self.positions.len();
        let mut moves = vec![(0.0, 0.0); n];
        let k2 = IDEAL * IDEAL;
        let repel = |i: usize, j: usize, moves: &mut [(f64, f64)]| {
            let (dx, dy) = delta(self.positions[i], self.positions[j], i, j);
            let d2 = dx * dx + dy * dy;
            let f = k2 / d2;
            moves[i].0 += dx * f;
            moves[i].1 += dy * f;
            moves[j].0 -= dx * f;
            moves[j].1 -= dy * f;
        };
        if n <= EXACT_LIMIT {
            for i in 0..n {
                for j in i + 1..n {
                    repel(i, j, &mut moves);
                }
            }
        } else {
            let grid = Grid::new(&self.positions, 2.0 * IDEAL);
            for i in 0..n {
                for j in grid.near(self.positions[i]) {
                    if j > i {
                        repel(i, j, &mut moves);
                    }
                }
            }
        }
        for &(a, b, pull) in &self.springs {
            let (dx, dy) = delta(self.positions[a], self.positions[b], a, b);
            let d = (dx * dx + dy * dy).sqrt();
            let f = d * pull / IDEAL;
            moves[a].0 -= dx * f;
            moves[a].1 -= dy * f;
            moves[b].0 += dx * f;
            moves[b].1 += dy * f;
        }
        for (i, (mx, my)) in moves.into_iter().enumerate() {
            // A weak pull to the middle keeps unconnected groups in view.
            let (x, y) = self.positions[i];
            let (mx, my) = (mx - x * 3.0, my - y * 3.0);
            let length = (mx * mx + my * my).sqrt();
            if length > 0.0 && length.is_finite() {
                let heat = if self.kept[i] {
                    self.heat / 20.0
                } else {
                    self.heat
                };
                let step = length.min(heat);
                self.positions[i] = (x + mx / length * step, y + my / length * step);
            }
        }
        self.heat *= 0.94;
    }

    /// Pushes apart every two discs closer than their radii and a gap, in rounds until none
    /// are; pairs are looked for only in neighbouring cells of a grid as wide as two of the
    /// largest discs.
    fn separate(&mut self) {
        let n = self.positions.len();
        for _ in 0..500 {
            let grid = Grid::new(&self.positions, 2.0 * MAX_RADIUS + GAP);
            let mut moved = false;
            for i in 0..n {
                for j in grid.near(self.positions[i]) {
                    if j <= i {
                        continue;
                    }
                    let (dx, dy) = delta(self.positions[i], self.positions[j], i, j);
                    let d = (dx * dx + dy * dy).sqrt();
                    let need = self.radii[i] + self.radii[j] + GAP;
                    if d < need {
                        let push = (need - d) / 2.0 + 0.01;
                        let (ux, uy) = (dx / d, dy / d);
                        self.positions[i].0 += ux * push;
                        self.positions[i].1 += uy * push;
                        self.positions[j].0 -= ux * push;
                        self.positions[j].1 -= uy * push;
                        moved = true;
                    }
                }
            }
            if !moved {
                break;
            }
        }
    }

    /// Each node's position by key, to start the next layout from.
    pub fn placed(&self, network: &Network) -> HashMap<String, (f64, f64)> {
        network
            .nodes
            .iter()
            .zip(&self.positions)
            .map(|(n, &p)| (n.key.clone(), p))
            .collect()
    }
}

/// Nodes binned in square cells at least `cell` wide, so the nodes within `cell` of a point
/// are found in the 3×3 cells around it. At most 128 cells a side: a far-flung node widens
/// the cells rather than the grid.
struct Grid {
    origin: (f64, f64),
    cell: f64,
    side: (usize, usize),
    cells: Vec<Vec<usize>>,
}

impl Grid {
    fn new(positions: &[(f64, f64)], cell: f64) -> Grid {
        let (mut min, mut max) = ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN));
        for &(x, y) in positions {
            min = (min.0.min(x), min.1.min(y));
            max = (max.0.max(x), max.1.max(y));
        }
        let extent = (max.0 - min.0).max(max.1 - min.1).max(0.0);
        let cell = cell.max(extent / 127.0);
        let side = (
            ((max.0 - min.0).max(0.0) / cell) as usize + 1,
            ((max.1 - min.1).max(0.0) / cell) as usize + 1,
        );
        let mut grid = Grid {
            origin: min,
            cell,
            side,
            cells: vec![Vec::new(); side.0 * side.1],
        };
        for (i, &p) in positions.iter().enumerate() {
            let (cx, cy) = grid.cell_of(p);
            grid.cells[cy * side.0 + cx].push(i);
        }
        grid
    }

    fn cell_of(&self, (x, y): (f64, f64)) -> (usize, usize) {
        let cx = ((x - self.origin.0) / self.cell) as usize;
        let cy = ((y - self.origin.1) / self.cell) as usize;
        (cx.min(self.side.0 - 1), cy.min(self.side.1 - 1))
    }

    /// The nodes in the cells around `p`.
    fn near(&self, p: (f64, f64)) -> impl Iterator<Item = usize> + '_ {
        let (cx, cy) = self.cell_of(p);
        let xs = cx.saturating_sub(1)..=(cx + 1).min(self.side.0 - 1);
        let ys = cy.saturating_sub(1)..=(cy + 1).min(self.side.1 - 1);
        ys.flat_map(move |gy| {
            xs.clone()
                .flat_map(move |gx| self.cells[gy * self.side.0 + gx].iter().copied())
        })
    }
}

/// From `q` to `p`; two nodes in one spot are set apart in a direction fixed by their
/// positions in the list, so the result never divides by zero.
fn delta(p: (f64, f64), q: (f64, f64), i: usize, j: usize) -> (f64, f64) {
    let (dx, dy) = (p.0 - q.0, p.1 - q.1);
    if dx * dx + dy * dy > 1e-6 {
        (dx, dy)
    } else {
        let angle = (i * 31 + j * 17) as f64;
        (angle.cos() * 1e-3, angle.sin() * 1e-3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::Dataset;
    use crate::domain::network::graph::{Node, NodeKind};

    fn network(events: usize) -> (Dataset, Network) {
        let dataset = Dataset::from_json(&crate::domain::synthetic::dataset_json(events)).unwrap();
        let all: Vec<usize> = (0..dataset.events().len()).collect();
        let network = Network::build(&dataset, &all, NodeKind::Organization);
        (dataset, network)
    }

    fn settled(network: &Network, previous: &HashMap<String, (f64, f64)>) -> Simulation {
        let mut simulation = Simulation::new(network, previous);
        simulation.settle();
        simulation
    }

    fn distance(p: (f64, f64), q: (f64, f64)) -> f64 {
        ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt()
    }

    #[test]
    fn the_same_network_gives_the_same_picture_with_no_overlap_and_no_nan() {
        let (_, network) = network(2_000);
        let a = settled(&network, &HashMap::new());
        let b = settled(&network, &HashMap::new());
        assert_eq!(a.positions(), b.positions());
        let p = a.positions();
        assert!(p.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
        for i in 0..p.len() {
            for j in i + 1..p.len() {
                let room = a.radii()[i] + a.radii()[j];
                assert!(distance(p[i], p[j]) >= room, "{i} and {j} overlap");
            }
        }
    }

    #[test]
    fn partners_sit_closer_than_strangers() {
        let (_, network) = network(300);
        let s = settled(&network, &HashMap::new());
        let p = s.positions();
        let joined: f64 = network
            .edges
            .iter()
            .map(|e| distance(p[e.a], p[e.b]))
            .sum::<f64>()
            / network.edges.len() as f64;
        let mut all = 0.0;
        let mut count = 0.0;
        for i in 0..p.len() {
            for j in i + 1..p.len() {
                all += distance(p[i], p[j]);
                count += 1.0;
            }
        }
        assert!(
            joined < all / count * 0.8,
            "joined {joined}, any {}",
            all / count
        );
    }

    #[test]
    fn nodes_that_stay_keep_their_place_when_the_filter_changes() {
        let (dataset, whole) = network(2_000);
        let before = settled(&whole, &HashMap::new());
        let placed = before.placed(&whole);
        // The later half of the events: most organizations stay, some go.
        let half: Vec<usize> = (dataset.events().len() / 2..dataset.events().len()).collect();
        let part = Network::build(&dataset, &half, NodeKind::Organization);
        let after = settled(&part, &placed);
        let moved: Vec<f64> = part
            .nodes
            .iter()
            .zip(after.positions())
            .filter_map(|(n, &p)| Some(distance(placed.get(&n.key).copied()?, p)))
            .collect();
        let mean = moved.iter().sum::<f64>() / moved.len() as f64;
        assert!(mean < IDEAL * 0.75, "nodes moved {mean:.1} on average");
    }

    #[test]
    fn large_networks_use_the_grid_and_still_settle_apart() {
        let (_, network) = network(1_000);
        // Two copies side by side make it large enough for the grid.
        let mut big = network.clone();
        big.nodes.extend(network.nodes.iter().map(|n| Node {
            key: format!("{}-copy", n.key),
            ..n.clone()
        }));
        assert!(big.nodes.len() > EXACT_LIMIT);
        let s = settled(&big, &HashMap::new());
        let p = s.positions();
        assert!(p.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
        let apart = (0..p.len())
            .all(|i| (i + 1..p.len()).all(|j| distance(p[i], p[j]) >= s.radii()[i] + s.radii()[j]));
        assert!(apart);
    }

    #[test]
    fn radius_grows_with_events() {
        assert_eq!(node_radius(10, 10), MAX_RADIUS);
        assert!(node_radius(1, 100) < node_radius(2, 100));
        assert!(node_radius(0, 0) >= MIN_RADIUS);
    }
}
