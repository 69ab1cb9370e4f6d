//! A picture's legend: what each region's marks mean, in the reader's language, and the small
//! sample drawn beside each entry.

use crate::domain::i18n::{Key, Locale};
use crate::domain::publish::markup::escape_attribute;
use crate::domain::publish::picture::{Palette, PictureRegion};

/// The width of a legend sample, in pixels.
pub const SYMBOL_WIDTH: f64 = 22.0;

/// A legend's sample drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Symbol {
    /// A map marker: a disc of this radius.
    Disc(f64),
    /// A cluster's dashed ring.
    Ring,
    /// A shaded country.
    Shaded,
    /// The selected event's marker.
    Selected,
    /// A one-day mark on the timeline.
    Dot,
    /// A several-day bar.
    Bar,
    /// A hatched span (a date known to the month or year).
    Hatched,
    /// A break in the time axis.
    Break,
    /// A network's disc.
    Node,
    /// A network's line, this wide.
    Line(f64),
}

/// One entry of a picture's legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub symbol: Symbol,
    pub label: String,
}

/// What the marks of `region` mean, in `locale`. `selected` adds the selected event's colour;
/// `country_nodes` says the network's discs are countries, not organizations.
pub fn legend(
    region: PictureRegion,
    selected: bool,
    country_nodes: bool,
    locale: Locale,
) -> Vec<LegendItem> {
    let item = |symbol, key| LegendItem {
        symbol,
        label: locale.text(key).to_string(),
    };
    let mut items = match region {
        PictureRegion::Map => vec![
            item(Symbol::Disc(8.0), Key::LegendPlace),
            item(Symbol::Ring, Key::LegendCluster),
            item(Symbol::Shaded, Key::LegendShaded),
        ],
        PictureRegion::Network => vec![
            item(
                Symbol::Node,
                match country_nodes {
                    true => Key::LegendCountryNode,
                    false => Key::LegendOrganization,
                },
            ),
            item(Symbol::Line(3.0), Key::LegendLink),
        ],
        PictureRegion::Timeline => vec![
            item(Symbol::Dot, Key::LegendDay),
            item(Symbol::Bar, Key::LegendDays),
            item(Symbol::Hatched, Key::LegendUncertain),
            item(Symbol::Break, Key::LegendGap),
        ],
    };
    if selected && region != PictureRegion::Network {
        items.push(item(Symbol::Selected, Key::LegendSelected));
    }
    items
}

/// A legend sample whose left edge is `x`, centred on `y`.
pub fn symbol(symbol: Symbol, x: f64, y: f64, palette: &Palette) -> String {
    let colour = |c: &str| escape_attribute(c);
    let (marker, background) = (colour(&palette.marker), colour(&palette.background));
    let mid = x + SYMBOL_WIDTH / 2.0;
    match symbol {
        Symbol::Disc(r) => format!(
            "<circle cx=\"{mid:.1}\" cy=\"{y:.1}\" r=\"{r}\" fill=\"{marker}\" stroke=\"{background}\" stroke-width=\"1.5\"/>\n"
        ),
        Symbol::Ring => format!(
            "<circle cx=\"{mid:.1}\" cy=\"{y:.1}\" r=\"8\" fill=\"none\" stroke=\"{marker}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>\n"
        ),
        Symbol::Shaded => format!(
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{SYMBOL_WIDTH}\" height=\"12\" rx=\"2\" fill=\"{}\"/>\n",
            y - 6.0,
            colour(&palette.land_shaded)
        ),
        Symbol::Selected => format!(
            "<circle cx=\"{mid:.1}\" cy=\"{y:.1}\" r=\"7\" fill=\"{}\"/>\n",
            colour(&palette.marker_selected)
        ),
        Symbol::Dot => format!("<circle cx=\"{mid:.1}\" cy=\"{y:.1}\" r=\"4.5\" fill=\"{marker}\"/>\n"),
        Symbol::Bar => format!(
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{SYMBOL_WIDTH}\" height=\"8\" rx=\"3\" fill=\"{marker}\"/>\n",
            y - 4.0
        ),
        Symbol::Hatched => {
            let mut out = format!(
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{SYMBOL_WIDTH}\" height=\"10\" fill=\"{}\" stroke=\"{marker}\" stroke-dasharray=\"3 2\"/>\n",
                y - 5.0,
                colour(&palette.soft)
            );
            for step in 0..4 {
                let x0 = x + 2.0 + f64::from(step) * 5.0;
                out.push_str(&format!(
                    "<line x1=\"{x0:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{marker}\" stroke-opacity=\"0.6\"/>\n",
                    y + 5.0,
                    x0 + 5.0,
                    y - 5.0
                ));
            }
            out
        }
        Symbol::Break => format!(
            "<path d=\"M{:.1} {:.1}l4 -10M{:.1} {:.1}l4 -10\" stroke=\"{}\" stroke-width=\"1.5\" fill=\"none\"/>\n",
            mid - 5.0,
            y + 5.0,
            mid + 1.0,
            y + 5.0,
            colour(&palette.muted)
        ),
        Symbol::Node => format!(
            "<circle cx=\"{mid:.1}\" cy=\"{y:.1}\" r=\"8\" fill=\"#4e79a7\" stroke=\"{background}\" stroke-width=\"1.5\"/>\n"
        ),
        Symbol::Line(width) => format!(
            "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"{}\" stroke-width=\"{width}\" stroke-linecap=\"round\"/>\n",
            x + SYMBOL_WIDTH,
            colour(&palette.muted)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_region_has_its_own_legend_in_every_language() {
        for locale in Locale::ALL {
            for region in [
                PictureRegion::Map,
                PictureRegion::Network,
                PictureRegion::Timeline,
            ] {
                let items = legend(region, true, false, locale);
                assert!(items.len() >= 2, "{region:?}");
                assert!(items.iter().all(|i| !i.label.is_empty()));
            }
        }
        assert!(legend(PictureRegion::Map, true, false, Locale::En)
            .iter()
            .any(|i| i.symbol == Symbol::Selected));
        assert!(!legend(PictureRegion::Map, false, false, Locale::En)
            .iter()
            .any(|i| i.symbol == Symbol::Selected));
        assert_eq!(
            PictureRegion::Timeline.file_name("svg"),
            "cooperation-atlas-timeline.svg"
        );
    }
}
