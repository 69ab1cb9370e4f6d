//! A cooperation network as files for graph programs: GEXF 1.2 for Gephi, whose edges carry
//! the dates of their shared events as spells (Gephi's timeline replays them), and GraphML
//! for Cytoscape, yEd and NetworkX. Nodes carry their name, Chinese name, country and number
//! of events; edges their weight, the number of shared events.

use crate::domain::dataset::Dataset;
use crate::domain::date::PartialDate;
use crate::domain::network::graph::{Network, NodeKind};

/// Text made safe for XML content and attribute values (characters XML 1.0 forbids dropped).
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

/// A node's English name, Chinese name and country, as written in both formats.
fn names(dataset: &Dataset, network: &Network, i: usize) -> (String, String, String) {
    let node = &network.nodes[i];
    let country = node.country.clone().unwrap_or_default();
    match network.kind {
        NodeKind::Organization => match dataset.organization(&node.key) {
            Some(o) => (
                o.name.en.clone(),
                o.name.zh.clone().unwrap_or_default(),
                country,
            ),
            None => (node.key.clone(), String::new(), country),
        },
        NodeKind::Country => (node.key.clone(), String::new(), country),
    }
}

/// The first and last day of the event at `position`, as `YYYY-MM-DD`.
fn days(dataset: &Dataset, position: u32) -> (String, String) {
    let span = &dataset.events()[position as usize].span;
    (
        PartialDate::of_day(span.first_day()).to_string(),
        PartialDate::of_day(span.last_day()).to_string(),
    )
}

pub fn gexf(dataset: &Dataset, network: &Network) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n\
         \x20 <meta><creator>Cooperation Atlas</creator></meta>\n\
         \x20 <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n\
         \x20   <attributes class=\"node\">\n\
         \x20     <attribute id=\"name_zh\" title=\"name_zh\" type=\"string\"/>\n\
         \x20     <attribute id=\"country\" title=\"country\" type=\"string\"/>\n\
         \x20     <attribute id=\"events\" title=\"events\" type=\"integer\"/>\n\
         \x20   </attributes>\n\
         \x20   <nodes>\n",
    );
    for (i, node) in network.nodes.iter().enumerate() {
        let (name, name_zh, country) = names(dataset, network, i);
        out.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\"><attvalues>\
             <attvalue for=\"name_zh\" value=\"{}\"/>\
             <attvalue for=\"country\" value=\"{}\"/>\
             <attvalue for=\"events\" value=\"{}\"/></attvalues></node>\n",
            xml(&node.key),
            xml(&name),
            xml(&name_zh),
            xml(&country),
            node.events
        ));
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, edge) in network.edges.iter().enumerate() {
        out.push_str(&format!(
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\"><spells>",
            xml(&network.nodes[edge.a].key),
            xml(&network.nodes[edge.b].key),
            edge.weight()
        ));
        for &position in &edge.events {
            let (start, end) = days(dataset, position);
            out.push_str(&format!("<spell start=\"{start}\" end=\"{end}\"/>"));
        }
        out.push_str("</spells></edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

pub fn graphml(dataset: &Dataset, network: &Network) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n\
         \x20 <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n\
         \x20 <key id=\"name_zh\" for=\"node\" attr.name=\"name_zh\" attr.type=\"string\"/>\n\
         \x20 <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n\
         \x20 <key id=\"events\" for=\"node\" attr.name=\"events\" attr.type=\"int\"/>\n\
         \x20 <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n\
         \x20 <key id=\"first\" for=\"edge\" attr.name=\"first\" attr.type=\"string\"/>\n\
         \x20 <key id=\"last\" for=\"edge\" attr.name=\"last\" attr.type=\"string\"/>\n\
         \x20 <graph id=\"cooperation\" edgedefault=\"undirected\">\n",
    );
    for (i, node) in network.nodes.iter().enumerate() {
        let (name, name_zh, country) = names(dataset, network, i);
        out.push_str(&format!(
            "    <node id=\"{}\"><data key=\"name\">{}</data><data key=\"name_zh\">{}</data>\
             <data key=\"country\">{}</data><data key=\"events\">{}</data></node>\n",
            xml(&node.key),
            xml(&name),
            xml(&name_zh),
            xml(&country),
            node.events
        ));
    }
    for edge in &network.edges {
        let first = edge.events.first().map(|&p| days(dataset, p).0);
        let last = edge.events.iter().map(|&p| days(dataset, p).1).max();
        out.push_str(&format!(
            "    <edge source=\"{}\" target=\"{}\"><data key=\"weight\">{}</data>\
             <data key=\"first\">{}</data><data key=\"last\">{}</data></edge>\n",
            xml(&network.nodes[edge.a].key),
            xml(&network.nodes[edge.b].key),
            edge.weight(),
            first.unwrap_or_default(),
            last.unwrap_or_default()
        ));
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_character_that_would_break_a_tag() {
        assert_eq!(
            xml("a\"<b>&'c\nd\u{1}"),
            "a&quot;&lt;b&gt;&amp;&apos;c&#10;d"
        );
    }
}
