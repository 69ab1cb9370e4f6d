//! A picture of one drawn region (the map, the network, the timeline) as a report needs it:
//! the view in words on top, the drawing as shown, then the legend, the dates, and the credits
//! (the atlas's name and link, and for the map its data's source). [`Picture::svg`] writes
//! the whole SVG document around the drawing's own markup; [`style_attributes`] decides which
//! computed styles each element of the drawing must carry, since the page's stylesheet is not
//! in the file. The browser side clones the drawing and turns the SVG into a PNG.

use crate::domain::i18n::{Key, Locale};
use crate::domain::present::text_width;
use crate::domain::publish::markup::{escape_attribute, escape_text};

/// The region a picture is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PictureRegion {
    Map,
    Network,
    Timeline,
}

impl PictureRegion {
    /// A stable name: in file names, ids and the tests' hooks.
    pub fn key(self) -> &'static str {
        match self {
            PictureRegion::Map => "map",
            PictureRegion::Network => "network",
            PictureRegion::Timeline => "timeline",
        }
    }

    /// The saved file's name: `cooperation-atlas-map.png`.
    pub fn file_name(self, extension: &str) -> String {
        format!("cooperation-atlas-{}.{extension}", self.key())
    }
}

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

/// The colours of the bands around the drawing: the page's own, as its theme shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: String,
    pub text: String,
    pub muted: String,
    pub marker: String,
    pub marker_selected: String,
    pub land_shaded: String,
    pub soft: String,
}

impl Default for Palette {
    /// The light theme's colours.
    fn default() -> Palette {
        Palette {
            background: "#ffffff".into(),
            text: "#1d232b".into(),
            muted: "#55606e".into(),
            marker: "#0b5cad".into(),
            marker_selected: "#c2185b".into(),
            land_shaded: "#f2c38b".into(),
            soft: "#e4eef9".into(),
        }
    }
}

/// Everything a picture is made of.
pub struct Picture<'a> {
    /// The drawing's markup: one `<svg>` element with its `width` and `height` set to the
    /// drawn size in CSS pixels.
    pub drawing: &'a str,
    pub width: f64,
    pub height: f64,
    /// The colour behind the drawing on screen (the network's sea), when it has one.
    pub backdrop: Option<&'a str>,
    /// The view in words.
    pub title: &'a str,
    /// Which dates it shows ("Dates: 2024").
    pub dates: &'a str,
    pub legend: &'a [LegendItem],
    /// The atlas's name and the view's address.
    pub credit: &'a str,
    /// Where the drawing's data comes from ("Map data: Natural Earth"), if it says.
    pub attribution: Option<&'a str>,
    pub palette: &'a Palette,
    /// The page's font families, so Chinese text finds its fonts.
    pub font_family: &'a str,
}

/// Margins, sizes and line heights of the bands, in CSS pixels.
const PAD: f64 = 16.0;
const TITLE_PX: f64 = 18.0;
const TITLE_LINE: f64 = 24.0;
const SMALL_PX: f64 = 12.0;
const SMALL_LINE: f64 = 18.0;
const SYMBOL_WIDTH: f64 = 22.0;
const SYMBOL_GAP: f64 = 6.0;
const ITEM_GAP: f64 = 18.0;
/// The bands are never narrower than this, even around a phone's drawing.
const MIN_WIDTH: f64 = 320.0;

impl Picture<'_> {
    /// The picture's size in CSS pixels (the PNG has twice as many pixels each way).
    pub fn size(&self) -> (f64, f64) {
        let layout = self.layout();
        (layout.width, layout.height)
    }

    /// The whole SVG document.
    pub fn svg(&self) -> String {
        let layout = self.layout();
        let Layout { width, height, .. } = layout;
        let palette = self.palette;
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"{}\">\n",
            escape_attribute(self.font_family)
        );
        out.push_str(&format!("<title>{}</title>\n", escape_text(self.title)));
        out.push_str(&format!(
            "<rect width=\"{width:.0}\" height=\"{height:.0}\" fill=\"{}\"/>\n",
            escape_attribute(&palette.background)
        ));
        let mut y = PAD;
        for line in &layout.title {
            y += TITLE_LINE;
            out.push_str(&text_element(
                PAD,
                y - 6.0,
                TITLE_PX,
                &palette.text,
                " font-weight=\"700\" class=\"picture__title\"",
                line,
            ));
        }
        let x = ((width - self.width) / 2.0).max(0.0);
        if let Some(backdrop) = self.backdrop {
            out.push_str(&format!(
                "<rect class=\"picture__backdrop\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.0}\" height=\"{:.0}\" fill=\"{}\"/>\n",
                layout.drawing_top,
                self.width,
                self.height,
                escape_attribute(backdrop)
            ));
        }
        out.push_str(&format!(
            "<g class=\"picture__drawing\" transform=\"translate({x:.1} {:.1})\">\n{}\n</g>\n",
            layout.drawing_top, self.drawing
        ));
        let mut y = layout.drawing_top + self.height + PAD * 0.75;
        for row in &layout.legend_rows {
            let mut x = PAD;
            let middle = y + SMALL_LINE / 2.0;
            for &index in row {
                let item = &self.legend[index];
                out.push_str(&symbol(item.symbol, x, middle, palette));
                x += SYMBOL_WIDTH + SYMBOL_GAP;
                out.push_str(&text_element(
                    x,
                    middle + SMALL_PX * 0.35,
                    SMALL_PX,
                    &palette.text,
                    " class=\"picture__legend\"",
                    &item.label,
                ));
                x += text_width(&item.label, SMALL_PX) + ITEM_GAP;
            }
            y += SMALL_LINE + 4.0;
        }
        for (line, class) in &layout.notes {
            y += SMALL_LINE;
            out.push_str(&text_element(
                PAD,
                y - 5.0,
                SMALL_PX,
                &palette.muted,
                &format!(" class=\"{class}\""),
                line,
            ));
        }
        out.push_str("</svg>\n");
        out
    }

    fn layout(&self) -> Layout {
        let width = self.width.max(MIN_WIDTH);
        let room = width - 2.0 * PAD;
        let title = wrap(self.title, room, TITLE_PX);
        let drawing_top = PAD + title.len() as f64 * TITLE_LINE + PAD * 0.5;
        // Legend items flow in rows; an item wider than the room has a row of its own.
        let mut legend_rows: Vec<Vec<usize>> = Vec::new();
        let mut used = f64::INFINITY;
        for (index, item) in self.legend.iter().enumerate() {
            let item_width = SYMBOL_WIDTH + SYMBOL_GAP + text_width(&item.label, SMALL_PX);
            if used + ITEM_GAP + item_width > room {
                legend_rows.push(Vec::new());
                used = item_width;
            } else {
                used += ITEM_GAP + item_width;
            }
            if let Some(row) = legend_rows.last_mut() {
                row.push(index);
            }
        }
        let mut notes: Vec<(String, &'static str)> = Vec::new();
        for (text, class) in [
            (Some(self.dates), "picture__dates"),
            (Some(self.credit), "picture__credit"),
            (self.attribution, "picture__attribution"),
        ] {
            for line in text.map(|t| wrap(t, room, SMALL_PX)).unwrap_or_default() {
                notes.push((line, class));
            }
        }
        let height = drawing_top
            + self.height
            + PAD * 0.75
            + legend_rows.len() as f64 * (SMALL_LINE + 4.0)
            + notes.len() as f64 * SMALL_LINE
            + PAD * 0.75;
        Layout {
            width,
            height: height.ceil(),
            title,
            drawing_top,
            legend_rows,
            notes,
        }
    }
}

struct Layout {
    width: f64,
    height: f64,
    title: Vec<String>,
    drawing_top: f64,
    /// Indexes into the legend, row by row.
    legend_rows: Vec<Vec<usize>>,
    /// Lines under the legend, each with its class.
    notes: Vec<(String, &'static str)>,
}

fn text_element(x: f64, y: f64, px: f64, fill: &str, extra: &str, text: &str) -> String {
    format!(
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{px}\" fill=\"{}\"{extra}>{}</text>\n",
        escape_attribute(fill),
        escape_text(text)
    )
}

/// A legend sample whose left edge is `x`, centred on `y`.
fn symbol(symbol: Symbol, x: f64, y: f64, palette: &Palette) -> String {
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

/// `text` in lines of at most `room` pixels at `px`: broken at spaces, and within a word (a
/// long address, Chinese text without spaces) where a word alone is too wide.
pub fn wrap(text: &str, room: f64, px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = match line.is_empty() {
            true => word.to_string(),
            false => format!("{line} {word}"),
        };
        if text_width(&candidate, px) <= room {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if text_width(&line, px) > room && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Whether a CSS property is passed down to children.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inheritance {
    Inherited,
    /// Not inherited; the value it has unless set.
    Own(&'static str),
}

/// The computed styles a drawing needs in its file, each written as the SVG presentation
/// attribute of the same name.
pub const PICTURE_STYLES: [(&str, Inheritance); 17] = [
    ("fill", Inheritance::Inherited),
    ("fill-opacity", Inheritance::Inherited),
    ("stroke", Inheritance::Inherited),
    ("stroke-width", Inheritance::Inherited),
    ("stroke-opacity", Inheritance::Inherited),
    ("stroke-dasharray", Inheritance::Inherited),
    ("stroke-linejoin", Inheritance::Inherited),
    ("stroke-linecap", Inheritance::Inherited),
    ("paint-order", Inheritance::Inherited),
    ("font-family", Inheritance::Inherited),
    ("font-size", Inheritance::Inherited),
    ("font-weight", Inheritance::Inherited),
    ("text-anchor", Inheritance::Inherited),
    ("visibility", Inheritance::Inherited),
    ("opacity", Inheritance::Own("1")),
    ("vector-effect", Inheritance::Own("none")),
    ("display", Inheritance::Own("inline")),
];

/// The attributes an element of the drawing gets: `own` are its computed values of
/// [`PICTURE_STYLES`] (in that order), `parent` its parent's, `None` for the drawing's root.
/// An inherited property is written where it differs from the parent's (the root writes them
/// all), another where it differs from its initial value. Nothing else is written, so the file
/// stays small.
pub fn style_attributes<'a>(
    own: &'a [String],
    parent: Option<&[String]>,
) -> Vec<(&'static str, &'a str)> {
    PICTURE_STYLES
        .iter()
        .zip(own)
        .enumerate()
        .filter(|(index, ((_, inheritance), value))| match inheritance {
            Inheritance::Inherited => parent.is_none_or(|p| p.get(*index) != Some(*value)),
            Inheritance::Own(initial) => value.as_str() != *initial,
        })
        .map(|(_, ((name, _), value))| (*name, value.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(values: &[(&str, &str)]) -> Vec<String> {
        PICTURE_STYLES
            .iter()
            .map(|(name, inheritance)| {
                values
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_else(|| match inheritance {
                        Inheritance::Own(initial) => initial.to_string(),
                        Inheritance::Inherited => "x".to_string(),
                    })
            })
            .collect()
    }

    #[test]
    fn an_element_carries_only_what_differs_from_its_parent_and_the_initial_values() {
        let parent = styles(&[("fill", "rgb(11, 92, 173)"), ("stroke", "none")]);
        let child = styles(&[
            ("fill", "rgb(11, 92, 173)"),
            ("stroke", "rgb(255, 255, 255)"),
            ("opacity", "0.92"),
        ]);
        assert_eq!(
            style_attributes(&child, Some(&parent)),
            [("stroke", "rgb(255, 255, 255)"), ("opacity", "0.92")]
        );
        // The root writes every inherited property, and no property at its initial value.
        let root = style_attributes(&parent, None);
        assert_eq!(root.len(), 14);
        assert!(!root.iter().any(|(name, _)| *name == "opacity"));
    }

    #[test]
    fn lines_wrap_at_spaces_and_within_long_words() {
        assert_eq!(wrap("a b c", 1000.0, 12.0), ["a b c"]);
        let lines = wrap("France or Germany · 2024 · 15 events", 80.0, 12.0);
        assert!(lines.len() > 1 && lines.iter().all(|l| text_width(l, 12.0) <= 80.0));
        assert_eq!(lines.join(" "), "France or Germany · 2024 · 15 events");
        let chinese = wrap("法国或德国 · 2024年 · 15 个活动", 60.0, 12.0);
        assert!(
            chinese.iter().all(|l| text_width(l, 12.0) <= 60.0),
            "{chinese:?}"
        );
        let address = "https://example.org/atlas/?country=FR&from=2024&to=2024";
        let parts = wrap(address, 100.0, 12.0);
        assert_eq!(parts.concat(), address);
    }

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

    #[test]
    fn the_document_holds_the_bands_around_the_drawing_and_escapes_their_text() {
        let palette = Palette::default();
        let items = legend(PictureRegion::Map, false, false, Locale::En);
        let picture = Picture {
            drawing: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"300\"><circle class=\"m\" r=\"5\"/></svg>",
            width: 600.0,
            height: 300.0,
            backdrop: Some("rgb(232, 238, 244)"),
            title: "“<b>x</b>” & France · 2024 · 15 events",
            dates: "Dates: 2024",
            legend: &items,
            credit: "Cooperation Atlas · https://example.org/atlas/?country=FR&lang=en",
            attribution: Some("Map data: Natural Earth"),
            palette: &palette,
            font_family: "system-ui, \"Noto Sans CJK SC\", sans-serif",
        };
        let svg = picture.svg();
        let (width, height) = picture.size();
        assert_eq!(width, 600.0);
        assert!(height > 300.0 + 2.0 * TITLE_LINE, "{height}");
        assert!(svg.contains("&lt;b&gt;x&lt;/b&gt;” &amp; France · 2024 · 15 events</text>"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("?country=FR&amp;lang=en"));
        assert!(svg.contains(">Map data: Natural Earth</text>"));
        assert!(svg.contains("font-family=\"system-ui, &quot;Noto Sans CJK SC&quot;, sans-serif\""));
        assert!(svg.contains("<circle class=\"m\" r=\"5\"/>"));
        assert!(svg.contains("width=\"600\" height=\"300\" fill=\"rgb(232, 238, 244)\"/>"));
        for item in &items {
            assert!(
                svg.contains(&format!(">{}</text>", item.label)),
                "{}",
                item.label
            );
        }
    }
}
