//! The colours of the network's discs and the legend that names them: the countries with the
//! most nodes each get a colour of their own, the rest share one ("other countries"), and a
//! node whose country the dataset does not give has its own grey. So every colour drawn means
//! one thing the legend says, however many countries take part (a palette hashed by country
//! gave 60 countries 10 colours and no way to tell them apart).

use std::collections::HashMap;

use crate::domain::network::graph::Network;

/// Countries that get a colour of their own; the stylesheet has one per place in the order.
pub const OWN_COLOURS: usize = 9;

/// A disc's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Colour {
    /// The colour of the country at this place among those with the most nodes.
    Own(u8),
    /// Shared by the countries beyond the first [`OWN_COLOURS`].
    Others,
    /// The dataset gives no country.
    Unknown,
}

impl Colour {
    /// The class that paints it (`network__node--c3`, `--others`, `--none`).
    pub fn class(self) -> String {
        match self {
            Colour::Own(k) => format!("network__colour--c{k}"),
            Colour::Others => "network__colour--others".to_string(),
            Colour::Unknown => "network__colour--none".to_string(),
        }
    }
}

/// One line of the legend: a colour, and the country it stands for (none for "other
/// countries" and "country not given"), with how many nodes are drawn in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    pub colour: Colour,
    pub country: Option<String>,
    pub nodes: usize,
}

/// Which colour each country takes in one network, and the legend in that order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Legend {
    pub entries: Vec<LegendEntry>,
    own: HashMap<String, u8>,
}

impl Legend {
    /// The colours of `network`'s nodes: countries by how many nodes they have (then by code),
    /// the first [`OWN_COLOURS`] each its own.
    pub fn of(network: &Network) -> Legend {
        let mut per_country: HashMap<&str, usize> = HashMap::new();
        let mut unknown = 0;
        for node in &network.nodes {
            match node.country.as_deref() {
                Some(code) => *per_country.entry(code).or_default() += 1,
                None => unknown += 1,
            }
        }
        let mut countries: Vec<(&str, usize)> = per_country.into_iter().collect();
        countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut legend = Legend::default();
        let mut others = 0;
        for (k, (code, nodes)) in countries.into_iter().enumerate() {
            if k < OWN_COLOURS {
                legend.own.insert(code.to_string(), k as u8);
                legend.entries.push(LegendEntry {
                    colour: Colour::Own(k as u8),
                    country: Some(code.to_string()),
                    nodes,
                });
            } else {
                others += nodes;
            }
        }
        for (colour, nodes) in [(Colour::Others, others), (Colour::Unknown, unknown)] {
            if nodes > 0 {
                legend.entries.push(LegendEntry {
                    colour,
                    country: None,
                    nodes,
                });
            }
        }
        legend
    }

    /// The colour of a node in `country`.
    pub fn colour(&self, country: Option<&str>) -> Colour {
        match country {
            None => Colour::Unknown,
            Some(code) => self
                .own
                .get(code)
                .map_or(Colour::Others, |&k| Colour::Own(k)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::Dataset;
    use crate::domain::network::graph::NodeKind;
    use crate::domain::synthetic::dataset_json;

    #[test]
    fn every_colour_drawn_is_in_the_legend_and_stands_for_one_thing() {
        let dataset = Dataset::from_json(&dataset_json(2_000)).unwrap();
        let events: Vec<usize> = (0..dataset.events().len()).collect();
        for kind in [NodeKind::Organization, NodeKind::Country] {
            let network = Network::build(&dataset, &events, kind);
            let legend = Legend::of(&network);
            let mut by_colour: HashMap<Colour, Vec<Option<&str>>> = HashMap::new();
            for node in &network.nodes {
                let colour = legend.colour(node.country.as_deref());
                by_colour
                    .entry(colour)
                    .or_default()
                    .push(node.country.as_deref());
                assert!(
                    legend.entries.iter().any(|e| e.colour == colour),
                    "{colour:?}"
                );
            }
            for (colour, countries) in by_colour {
                if let Colour::Own(_) = colour {
                    assert!(countries.windows(2).all(|w| w[0] == w[1]), "{colour:?}");
                }
            }
            let own = legend
                .entries
                .iter()
                .filter(|e| e.country.is_some())
                .count();
            assert!(own <= OWN_COLOURS);
            let total: usize = legend.entries.iter().map(|e| e.nodes).sum();
            assert_eq!(total, network.nodes.len());
        }
    }

    #[test]
    fn the_countries_with_most_nodes_come_first() {
        let dataset = Dataset::from_json(crate::BUNDLED_DATASET_JSON).unwrap();
        let events: Vec<usize> = (0..dataset.events().len()).collect();
        let network = Network::build(&dataset, &events, NodeKind::Organization);
        let legend = Legend::of(&network);
        assert!(legend
            .entries
            .windows(2)
            .all(|w| w[0].nodes >= w[1].nodes || w[1].country.is_none()));
        assert_eq!(legend.entries[0].country.as_deref(), Some("CN"));
    }
}
