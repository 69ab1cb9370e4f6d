//! Preview cards: the 1200×630 picture a chat or a social network shows for a shared link.
//! The card is an SVG (title, dates and place over a map excerpt drawn from the app's own
//! projection and world map), rendered to PNG with resvg and the system's fonts.

use resvg::{tiny_skia, usvg};

use crate::domain::geo::projection::{project, WORLD};
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Event;
use crate::domain::plane::{Bounds, Point};
use crate::domain::present::{text_width, where_line};
use crate::domain::pronunciation::is_cjk;
use crate::domain::script::{script_of, Script};
use crate::prerender::escape::{self, one_line};
use crate::prerender::{product, Site, LOCALE};

/// The card's size in pixels: what Open Graph and Twitter ask for.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The left part of the card, where the words are; the map excerpt is centred in the rest.
const TEXT_WIDTH: f64 = 600.0;
const MARGIN: f64 = 48.0;
/// The most the map is enlarged: about 22° of longitude across the excerpt.
const MAX_SCALE: f64 = 10.0;

const SEA: &str = "#e8eef4";
const LAND: &str = "#d9dcd3";
const LAND_BORDER: &str = "#f7f7f2";
const SHADED: &str = "#f2c38b";
const MARKER: &str = "#c2185b";
const TEXT: &str = "#1d232b";
const MUTED: &str = "#55606e";
const ACCENT: &str = "#0b5cad";

/// What a card says and shows.
#[derive(Clone, Debug, Default)]
pub struct Card {
    /// The line above the title (the product's name).
    pub kicker: String,
    pub title: String,
    /// The title in its other language, smaller, under it.
    pub subtitle: Option<String>,
    /// Short lines at the foot: dates, place.
    pub facts: Vec<String>,
    /// Venues, as longitude and latitude, marked on the map.
    pub markers: Vec<(f64, f64)>,
    /// Countries (ISO alpha-2) shaded on the map; the excerpt shows them when there is no
    /// marker, and around the markers when there are.
    pub shaded: Vec<String>,
}

/// The font family for a text: the Traditional cut for Traditional Chinese.
fn family(text: &str) -> &'static str {
    match script_of(text) {
        Script::Traditional => "'Noto Sans CJK TC', 'Noto Sans CJK SC', sans-serif",
        _ => "'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif",
    }
}

/// `text` broken into lines no wider than `room` at `font_px`: between words, or anywhere in
/// Chinese. At most `max_lines`; what does not fit ends the last line with "…".
pub fn wrap(text: &str, room: f64, font_px: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Words, with each Han character a word of its own.
    let mut words: Vec<String> = Vec::new();
    for piece in text.split_whitespace() {
        let mut word = String::new();
        for c in piece.chars() {
            if is_cjk(c) {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                words.push(c.to_string());
            } else {
                word.push(c);
            }
        }
        if !word.is_empty() {
            words.push(word + " ");
        } else if let Some(last) = words.last_mut() {
            last.push(' ');
        }
    }
    for word in words {
        let candidate = format!("{line}{word}");
        if line.is_empty() || text_width(candidate.trim_end(), font_px) <= room {
            line = candidate;
            continue;
        }
        if lines.len() + 1 == max_lines {
            // The last line there is room for, and more to say: end it with "…".
            let mut cut = line.trim_end().to_string();
            while !cut.is_empty() && text_width(&format!("{cut}…"), font_px) > room {
                cut.pop();
            }
            lines.push(format!("{}…", cut.trim_end()));
            return lines;
        }
        lines.push(line.trim_end().to_string());
        line = word;
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The map's scale and offset: world units to card pixels, with the markers (or the shaded
/// countries) centred in the part of the card right of the words.
fn fit(points: &[Point]) -> (f64, f64, f64) {
    let room_w = f64::from(WIDTH) - TEXT_WIDTH - 2.0 * MARGIN;
    let room_h = f64::from(HEIGHT) - 2.0 * MARGIN;
    let (centre, scale) = match Bounds::around(points.iter().copied()) {
        // Nothing to show: the inhabited world.
        None => (
            Point {
                x: WORLD / 2.0,
                y: WORLD * 0.42,
            },
            room_w / WORLD,
        ),
        Some(Bounds { min, max }) => {
            // A margin of 15 % on each side; one venue alone gets the closest zoom.
            let (span_x, span_y) = ((max.x - min.x) * 1.3, (max.y - min.y) * 1.3);
            let scale = (room_w / span_x.max(1e-9))
                .min(room_h / span_y.max(1e-9))
                .clamp(room_w / WORLD, MAX_SCALE);
            let centre = Point {
                x: (min.x + max.x) / 2.0,
                y: (min.y + max.y) / 2.0,
            };
            (centre, scale)
        }
    };
    let target_x = TEXT_WIDTH + (f64::from(WIDTH) - TEXT_WIDTH) / 2.0;
    let target_y = f64::from(HEIGHT) / 2.0;
    (
        scale,
        target_x - centre.x * scale,
        target_y - centre.y * scale,
    )
}

/// One line of text at (`x`, `y`).
fn text_line(out: &mut String, x: f64, y: f64, size: f64, weight: u16, fill: &str, text: &str) {
    out.push_str(&format!(
        "<text x=\"{x}\" y=\"{y}\" font-family=\"{}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
        family(text),
        escape::text(text)
    ));
}

/// The card as SVG, drawn with the site's world map.
pub fn svg(card: &Card, site: &Site) -> String {
    let map = &site.map;
    let markers: Vec<Point> = card
        .markers
        .iter()
        .map(|&(lon, lat)| project(lon, lat))
        .collect();
    let shaded: Vec<Point> = card
        .shaded
        .iter()
        .filter_map(|code| site.extents.get(code.as_str()))
        .flat_map(|bounds| [bounds.min, bounds.max])
        .collect();
    let focus: Vec<Point> = markers.iter().chain(&shaded).copied().collect();
    let (scale, dx, dy) = fit(&focus);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{SEA}\"/>"
    );
    // The world is drawn three times side by side, so an excerpt near ±180° has land on both sides.
    out.push_str(&format!(
        "<g stroke=\"{LAND_BORDER}\" stroke-width=\"{}\" stroke-linejoin=\"round\">",
        1.2 / scale
    ));
    for shift in [-WORLD, 0.0, WORLD] {
        let left = dx + shift * scale;
        if left > f64::from(WIDTH) || left + WORLD * scale < 0.0 {
            continue;
        }
        out.push_str(&format!(
            "<g transform=\"matrix({scale} 0 0 {scale} {left} {dy})\">"
        ));
        for land in &map.land {
            let fill = match land.code {
                Some(code) if card.shaded.iter().any(|c| c == code) => SHADED,
                _ => LAND,
            };
            out.push_str(&format!("<path d=\"{}\" fill=\"{fill}\"/>", land.path));
        }
        out.push_str("</g>");
    }
    out.push_str("</g>");
    for p in &markers {
        out.push_str(&format!(
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"16\" fill=\"{MARKER}\" stroke=\"#fff\" stroke-width=\"5\"/>",
            p.x * scale + dx,
            p.y * scale + dy
        ));
    }
    // The words, on a panel over the map's left part.
    out.push_str(&format!(
        "<rect width=\"{TEXT_WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\" fill-opacity=\"0.94\"/>\
         <rect width=\"{WIDTH}\" height=\"10\" fill=\"{ACCENT}\"/>"
    ));
    let room = TEXT_WIDTH - 2.0 * MARGIN;
    let mut y = MARGIN + 40.0;
    text_line(&mut out, MARGIN, y, 26.0, 700, ACCENT, &card.kicker);
    y += 30.0;
    let (size, lines) = [46.0, 40.0, 34.0]
        .into_iter()
        .map(|size| (size, wrap(&card.title, room, size, 4)))
        .find(|(_, lines)| lines.len() <= 3)
        .unwrap_or_else(|| (34.0, wrap(&card.title, room, 34.0, 4)));
    for line in &lines {
        y += size * 1.22;
        text_line(&mut out, MARGIN, y, size, 700, TEXT, line);
    }
    if let Some(subtitle) = &card.subtitle {
        y += 12.0;
        for line in wrap(subtitle, room, 30.0, 2) {
            y += 38.0;
            text_line(&mut out, MARGIN, y, 30.0, 400, MUTED, &line);
        }
    }
    // The facts sit at the foot, below whatever the title left.
    let facts: Vec<String> = card
        .facts
        .iter()
        .flat_map(|fact| wrap(fact, room, 28.0, 2))
        .collect();
    let mut foot = f64::from(HEIGHT) - MARGIN - 36.0 * (facts.len() as f64 - 1.0);
    foot = foot.max(y + 48.0);
    for fact in &facts {
        text_line(&mut out, MARGIN, foot, 28.0, 400, TEXT, fact);
        foot += 36.0;
    }
    out.push_str("</svg>");
    out
}

/// Turns card SVGs into PNGs with the system's fonts, loaded once.
pub struct Renderer {
    options: usvg::Options<'static>,
}

impl Renderer {
    /// Loads the system's fonts; fails when none draws Chinese (the test command installs
    /// Debian's `fonts-noto-cjk`).
    pub fn with_system_fonts() -> Result<Renderer, String> {
        let mut options = usvg::Options::default();
        options.fontdb_mut().load_system_fonts();
        let has_cjk = options.fontdb.faces().any(|face| {
            face.families
                .iter()
                .any(|(name, _)| name.starts_with("Noto Sans CJK"))
        });
        if !has_cjk {
            return Err("no 'Noto Sans CJK' font is installed, so the preview cards cannot show Chinese; install Debian's fonts-noto-cjk (tests/atlas setup does)".into());
        }
        Ok(Renderer { options })
    }

    /// The PNG of a card's SVG.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("the card has no size")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        encode_with_palette(&pixmap).map_err(|e| e.to_string())
    }
}

/// The card as an 8-bit palette PNG. The card is opaque and drawn in a few flat colours; its
/// 256 most frequent colours (the flat ones and the commonest edge shades) make the palette,
/// and every other edge pixel takes the nearest of them.
fn encode_with_palette(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    use std::collections::HashMap;
    let rgb = |p: &tiny_skia::PremultipliedColorU8| [p.red(), p.green(), p.blue()];
    // Counted by runs: most of a card is long runs of one colour.
    let mut counts: HashMap<[u8; 3], u32> = HashMap::new();
    let pixels = pixmap.pixels();
    for run in pixels.chunk_by(|a, b| a == b) {
        *counts.entry(rgb(&run[0])).or_default() += run.len() as u32;
    }
    let mut by_use: Vec<([u8; 3], u32)> = counts.into_iter().collect();
    by_use.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<[u8; 3]> = by_use.iter().take(256).map(|(c, _)| *c).collect();
    let distance = |a: [u8; 3], b: [u8; 3]| -> i32 {
        (0..3)
            .map(|i| (i32::from(a[i]) - i32::from(b[i])).pow(2))
            .sum()
    };
    let index: HashMap<[u8; 3], u8> = by_use
        .iter()
        .map(|(colour, _)| {
            let nearest = (0..palette.len())
                .min_by_key(|&i| distance(*colour, palette[i]))
                .unwrap_or(0);
            (*colour, nearest as u8)
        })
        .collect();
    let mut indices: Vec<u8> = Vec::with_capacity(pixels.len());
    for run in pixels.chunk_by(|a, b| a == b) {
        indices.extend(std::iter::repeat_n(index[&rgb(&run[0])], run.len()));
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    encoder.set_compression(png::Compression::Best);
    encoder.write_header()?.write_image_data(&indices)?;
    Ok(out)
}

impl Card {
    /// An event's card: its title, dates and place over its venue (or, online, over the
    /// countries taking part).
    pub fn of_event(site: &Site, event: &Event) -> Card {
        Card {
            kicker: product().0.to_string(),
            title: one_line(&event.title.en),
            subtitle: event.title.zh.as_deref().map(one_line),
            // CJK fonts draw "·" a full em wide.
            facts: vec![
                site.when(event),
                where_line(event, LOCALE).replace(" · ", " – "),
            ],
            markers: event.venue.iter().map(|v| (v.lon, v.lat)).collect(),
            shaded: event.countries.clone(),
        }
    }

    /// The main page's card: the product, what it is for, how many events, and every venue.
    pub fn of_site(site: &Site) -> Card {
        let (product, tagline) = product();
        // "Who met whom, where, when and about what", in English and Chinese.
        let question = |tagline: &str| {
            tagline
                .split([':', '：'])
                .next()
                .unwrap_or(tagline)
                .to_string()
        };
        let events = site.dataset.events();
        let years = site
            .years()
            .map(|(first, last)| format!(", {first}–{last}"))
            .unwrap_or_default();
        let mut markers: Vec<(f64, f64)> = events
            .iter()
            .filter_map(|e| e.venue.as_ref().map(|v| (v.lon, v.lat)))
            .collect();
        markers.dedup();
        Card {
            kicker: product.to_string(),
            title: question(tagline),
            subtitle: Some(question(Locale::ZhHans.text(Key::Tagline))),
            facts: vec![format!("{} events{years}", events.len())],
            markers,
            shaded: site.dataset.countries().to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_and_anywhere_in_chinese_and_ends_with_an_ellipsis() {
        let lines = wrap(
            "one two three four five six",
            text_width("one two three", 20.0),
            20.0,
            5,
        );
        assert_eq!(lines, ["one two three", "four five six"]);
        let chinese = wrap(
            "中国材料研究学会代表团访问",
            text_width("中国材料研究", 20.0),
            20.0,
            5,
        );
        assert_eq!(chinese, ["中国材料研究", "学会代表团访", "问"]);
        let cut = wrap(
            "one two three four five six",
            text_width("one two", 20.0),
            20.0,
            2,
        );
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…') && text_width(&cut[1], 20.0) <= text_width("one two", 20.0));
        assert!(wrap("", 100.0, 20.0, 3).is_empty());
    }
}
