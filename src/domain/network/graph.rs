//! Who works with whom: the organizations (or countries) of a set of events as nodes, and an
//! edge between two of them for each event they both took part in.

use std::collections::HashMap;

use crate::domain::dataset::Dataset;
use crate::domain::model::{Event, Facet};

/// What the nodes of a network are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NodeKind {
    #[default]
    Organization,
    Country,
}

impl NodeKind {
    /// The value of `by=` in links.
    pub fn key(self) -> &'static str {
        match self {
            NodeKind::Organization => "organization",
            NodeKind::Country => "country",
        }
    }

    /// The facet whose values the nodes are (clicking a node filters by it).
    pub fn facet(self) -> Facet {
        match self {
            NodeKind::Organization => Facet::Organization,
            NodeKind::Country => Facet::Country,
        }
    }

    /// The organizations or countries that took part in `event`.
    pub fn members(self, event: &Event) -> &[String] {
        match self {
            NodeKind::Organization => &event.organizations,
            NodeKind::Country => &event.countries,
        }
    }

    pub fn from_key(key: &str) -> Option<NodeKind> {
        [NodeKind::Organization, NodeKind::Country]
            .into_iter()
            .find(|k| k.key() == key)
    }
}

/// An organization (by id) or a country (by code), with the events it took part in.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The organization's id or the country's code.
    pub key: String,
    /// The country that colours it: the organization's headquarters, or the country itself.
    pub country: Option<String>,
    /// How many of the events it took part in.
    pub events: u32,
}

/// Two nodes that took part in the same events.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// Positions in [`Network::nodes`], `a < b`.
    pub a: usize,
    pub b: usize,
    /// The shared events, as positions in the dataset, in date order.
    pub events: Vec<u32>,
}

impl Edge {
    pub fn weight(&self) -> usize {
        self.events.len()
    }
}

/// The nodes (most events first, then by key) and edges (heaviest first) of some events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    pub kind: NodeKind,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

impl Network {
    /// The network of `events` (positions in `dataset`, in date order).
    pub fn build(dataset: &Dataset, events: &[usize], kind: NodeKind) -> Network {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut nodes: Vec<Node> = Vec::new();
        let mut pairs: HashMap<(u32, u32), Vec<u32>> = HashMap::new();
        let mut members: Vec<u32> = Vec::new();
        for &position in events {
            members.clear();
            for key in kind.members(&dataset.events()[position]) {
                let at = *index.entry(key.as_str()).or_insert_with(|| {
                    nodes.push(Node {
                        key: key.clone(),
                        country: match kind {
                            NodeKind::Organization => {
                                dataset.organization(key).and_then(|o| o.country.clone())
                            }
                            NodeKind::Country => Some(key.clone()),
                        },
                        events: 0,
                    });
                    nodes.len() - 1
                });
                if !members.contains(&(at as u32)) {
                    members.push(at as u32);
                    nodes[at].events += 1;
                }
            }
            members.sort_unstable();
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    pairs.entry((a, b)).or_default().push(position as u32);
                }
            }
        }
        // Most events first; the order the layout and the labels give priority in.
        let mut order: Vec<usize> = (0..nodes.len()).collect();
        order.sort_by(|&x, &y| {
            nodes[y]
                .events
                .cmp(&nodes[x].events)
                .then_with(|| nodes[x].key.cmp(&nodes[y].key))
        });
        let mut rank = vec![0; nodes.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r;
        }
        let mut edges: Vec<Edge> = pairs
            .into_iter()
            .map(|((a, b), events)| {
                let (a, b) = (rank[a as usize], rank[b as usize]);
                Edge {
                    a: a.min(b),
                    b: a.max(b),
                    events,
                }
            })
            .collect();
        edges.sort_by(|x, y| {
            y.weight()
                .cmp(&x.weight())
                .then_with(|| (x.a, x.b).cmp(&(y.a, y.b)))
        });
        let nodes = order.into_iter().map(|i| nodes[i].clone()).collect();
        Network { kind, nodes, edges }
    }

    /// The position of the node with `key`.
    pub fn node(&self, key: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.key == key)
    }

    /// Each node's partners, heaviest link first: [`Network::partners`] for every node at
    /// once, in one pass over the edges.
    pub fn neighbours(&self) -> Vec<Vec<usize>> {
        let mut neighbours = vec![Vec::new(); self.nodes.len()];
        for edge in &self.edges {
            neighbours[edge.a].push(edge.b);
            neighbours[edge.b].push(edge.a);
        }
        neighbours
    }

    /// The nodes that share an event with node `i`, each with the edge's position.
    pub fn partners(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.edges.iter().enumerate().filter_map(move |(e, edge)| {
            (edge.a == i)
                .then_some(edge.b)
                .or((edge.b == i).then_some(edge.a))
                .map(|other| (other, e))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BUNDLED_DATASET_JSON;

    fn bundled() -> Dataset {
        Dataset::from_json(BUNDLED_DATASET_JSON).unwrap()
    }

    #[test]
    fn edges_join_the_organizations_of_each_event_weighted_by_shared_events() {
        let dataset = bundled();
        let all: Vec<usize> = (0..dataset.events().len()).collect();
        let network = Network::build(&dataset, &all, NodeKind::Organization);
        // Counted directly from the events.
        let shared = |x: &str, y: &str| {
            dataset
                .events()
                .iter()
                .filter(|e| {
                    e.organizations.iter().any(|o| o == x) && e.organizations.iter().any(|o| o == y)
                })
                .count()
        };
        for edge in &network.edges {
            let (x, y) = (&network.nodes[edge.a].key, &network.nodes[edge.b].key);
            assert_eq!(edge.weight(), shared(x, y), "{x}–{y}");
            assert!(edge.a < edge.b);
        }
        let pairs: usize = dataset
            .events()
            .iter()
            .map(|e| e.organizations.len() * e.organizations.len().saturating_sub(1) / 2)
            .sum();
        let total: usize = network.edges.iter().map(Edge::weight).sum();
        assert_eq!(total, pairs, "each pair of each event counted once");
        for node in &network.nodes {
            let taking_part = dataset
                .events()
                .iter()
                .filter(|e| e.organizations.contains(&node.key))
                .count();
            assert_eq!(node.events as usize, taking_part);
        }
        // C-MRS and E-MRS meet most often in the bundled data.
        let heaviest = &network.edges[0];
        let mut names = [
            network.nodes[heaviest.a].key.as_str(),
            network.nodes[heaviest.b].key.as_str(),
        ];
        names.sort_unstable();
        assert_eq!(names, ["c-mrs", "e-mrs"]);
        assert!(network.nodes.windows(2).all(|w| w[0].events >= w[1].events));
    }

    #[test]
    fn only_the_given_events_count_and_countries_can_be_the_nodes() {
        let dataset = bundled();
        let french: Vec<usize> = (0..dataset.events().len())
            .filter(|&i| dataset.events()[i].countries.iter().any(|c| c == "FR"))
            .collect();
        let network = Network::build(&dataset, &french, NodeKind::Country);
        let france = &network.nodes[network.node("FR").unwrap()];
        assert_eq!(france.events as usize, french.len());
        assert_eq!(france.country.as_deref(), Some("FR"));
        assert!(network
            .edges
            .iter()
            .all(|e| e.events.iter().all(|p| french.contains(&(*p as usize)))));
        assert_eq!(
            Network::build(&dataset, &[], NodeKind::Country),
            Network {
                kind: NodeKind::Country,
                ..Network::default()
            }
        );
        assert_eq!(NodeKind::from_key("country"), Some(NodeKind::Country));
        for (i, partners) in network.neighbours().iter().enumerate() {
            let one_by_one: Vec<usize> = network.partners(i).map(|(other, _)| other).collect();
            assert_eq!(*partners, one_by_one);
        }
    }
}
