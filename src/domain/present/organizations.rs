//! Organizations by name: short, full, the first few of an event, and the network's nodes
//! (organizations or countries).

use crate::domain::country::country_name;
use crate::domain::dataset::Dataset;
use crate::domain::i18n::{Counted, Locale};
use crate::domain::model::{Event, Organization};
use crate::domain::network::graph::{Network, NodeKind};
use crate::domain::present::Pick;

/// What lists of organizations show: the short name where there is one, else the name.
pub fn organization_short(organization: &Organization, locale: Locale) -> &str {
    organization
        .abbr
        .as_deref()
        .unwrap_or_else(|| locale.pick(&organization.name).text)
}

/// An organization as the filters and the panel name it: its name, with its short name.
pub fn organization_full(organization: &Organization, locale: Locale) -> String {
    let name = locale.pick(&organization.name).text;
    match &organization.abbr {
        Some(abbr) if abbr != name => format!("{name} ({abbr})"),
        _ => name.to_string(),
    }
}

/// The first few organizations of an event, short names, with how many more there are.
pub fn organizations_brief(dataset: &Dataset, event: &Event, locale: Locale) -> String {
    const SHOWN: usize = 3;
    let names: Vec<&str> = event
        .organizations
        .iter()
        .filter_map(|o| dataset.organization(o))
        .map(|o| organization_short(o, locale))
        .collect();
    let more = names.len().saturating_sub(SHOWN);
    let shown = names[..names.len().min(SHOWN)].join(locale.list_separator());
    if more > 0 {
        let more = locale.count(Counted::MoreOrganizations, more);
        format!("{shown} {more}")
    } else {
        shown
    }
}

/// A network node's name beside its disc: an organization's short name, a country's name.
pub fn node_name(dataset: &Dataset, network: &Network, node: usize, locale: Locale) -> String {
    node_label(dataset, network, node, locale, organization_short)
}

/// A network node's full name, for its accessible name: an organization's name, a country's.
pub fn node_full_name(dataset: &Dataset, network: &Network, node: usize, locale: Locale) -> String {
    node_label(dataset, network, node, locale, |o, locale| {
        locale.pick(&o.name).text
    })
}

fn node_label(
    dataset: &Dataset,
    network: &Network,
    node: usize,
    locale: Locale,
    organization_name: for<'a> fn(&'a Organization, Locale) -> &'a str,
) -> String {
    let key = &network.nodes[node].key;
    match network.kind {
        NodeKind::Organization => dataset
            .organization(key)
            .map_or_else(|| key.clone(), |o| organization_name(o, locale).to_string()),
        NodeKind::Country => country_name(key, locale).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Mode;
    use crate::domain::network::graph::NodeKind;
    use crate::domain::present::place;
    use crate::BUNDLED_DATASET_JSON;

    #[test]
    fn places_and_organizations_in_each_language() {
        let dataset = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
        let strasbourg = dataset
            .events()
            .iter()
            .find(|e| e.venue.as_ref().is_some_and(|v| v.city == "Strasbourg"))
            .unwrap();
        assert_eq!(place(strasbourg, Locale::En), "Strasbourg");
        assert_eq!(place(strasbourg, Locale::ZhHans), "斯特拉斯堡");
        let online = dataset
            .events()
            .iter()
            .find(|e| e.mode == Mode::Online)
            .unwrap();
        assert_eq!(place(online, Locale::En), "Online");
        assert_eq!(place(online, Locale::ZhHans), "线上");
        let cas = dataset.organization("cas").unwrap();
        assert_eq!(organization_short(cas, Locale::En), "CAS");
        assert!(organization_full(cas, Locale::En).ends_with("(CAS)"));
        let many = dataset
            .events()
            .iter()
            .find(|e| e.organizations.len() > 3)
            .unwrap();
        let brief = organizations_brief(&dataset, many, Locale::En);
        assert!(brief.contains("more"), "{brief}");
    }

    #[test]
    fn network_nodes_are_named_short_beside_the_disc_and_in_full_for_screen_readers() {
        let dataset = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
        let all: Vec<usize> = (0..dataset.events().len()).collect();
        let network = Network::build(&dataset, &all, NodeKind::Organization);
        let cas = network.nodes.iter().position(|n| n.key == "cas").unwrap();
        assert_eq!(node_name(&dataset, &network, cas, Locale::En), "CAS");
        assert_eq!(
            node_full_name(&dataset, &network, cas, Locale::En),
            "Chinese Academy of Sciences"
        );
        assert_eq!(
            node_full_name(&dataset, &network, cas, Locale::ZhHans),
            "中国科学院"
        );
        let countries = Network::build(&dataset, &all, NodeKind::Country);
        let france = countries.nodes.iter().position(|n| n.key == "FR").unwrap();
        assert_eq!(
            node_name(&dataset, &countries, france, Locale::ZhHans),
            "法国"
        );
    }
}
