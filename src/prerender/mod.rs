//! The static pages the build writes beside the app (the `atlas-pages` trunk hook): a page
//! per bundled event, readable before any script runs and with its preview card, the main
//! page's readable list of events, a sitemap, and each event's oEmbed file. Native only: none
//! of it is in the wasm.
//!
//! Pages are English, with the Chinese titles and names beside the English ones; the app
//! that starts on them shows the reader's own language.

pub mod article;
pub mod card;
pub mod escape;
pub mod oembed;
pub mod preview;
pub mod template;

use std::collections::HashMap;

use crate::domain::address::event_page;
use crate::domain::dataset::Dataset;
use crate::domain::geo::base_map::{BaseMap, WORLD_MAP_JSON};
use crate::domain::geo::projection::{project, unwrap_longitudes};
use crate::domain::geo::topojson::decode;
use crate::domain::i18n::{Key, Locale};
use crate::domain::model::Event;
use crate::domain::plane::Bounds;
use crate::domain::present::{date_span, precision_note};

/// The pages' language.
pub const LOCALE: Locale = Locale::En;

/// The build setting that makes the pages' links absolute (`og:url`, `og:image`, the
/// sitemap): the address the site is published at, such as `https://example.org/atlas/`.
pub const SITE_URL_VARIABLE: &str = "ATLAS_SITE_URL";

/// What every page is made from: the dataset, where the site is published, and names.
pub struct Site<'a> {
    pub dataset: &'a Dataset,
    /// The site's absolute address, ending in `/`, when the build was given one.
    pub url: Option<String>,
    /// The world map, for the cards.
    pub map: BaseMap,
    /// Each country's extent in world units (its largest ring's), so a card can show it whole.
    pub extents: HashMap<&'static str, Bounds>,
}

impl<'a> Site<'a> {
    pub fn new(dataset: &'a Dataset, url: Option<&str>) -> Result<Site<'a>, String> {
        let url = url
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(|u| format!("{}/", u.trim_end_matches('/')));
        if let Some(url) = &url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(format!(
                    "{SITE_URL_VARIABLE}={url} is not an http(s) address such as https://example.org/atlas/"
                ));
            }
        }
        let shapes = decode(WORLD_MAP_JSON).map_err(|e| e.0)?;
        let extents = shapes
            .iter()
            .filter_map(|shape| {
                let largest = shape.rings.iter().max_by_key(|ring| ring.len())?;
                // Unwrapped, so Russia's ring reaches past 180° instead of spanning the world.
                let ring = unwrap_longitudes(largest);
                Some((
                    shape.code?,
                    Bounds::around(ring.into_iter().map(|[lon, lat]| project(lon, lat)))?,
                ))
            })
            .collect();
        Ok(Site {
            dataset,
            url,
            map: BaseMap::build(|| 0.0)?,
            extents,
        })
    }

    /// The address of `path` (relative to the site's folder) as written on a page `depth`
    /// folders below the site: absolute when the site's address is known, else relative.
    pub fn public(&self, path: &str, depth: usize) -> String {
        match &self.url {
            Some(url) => format!("{url}{path}"),
            None => format!("{}{path}", "../".repeat(depth)),
        }
    }

    /// When an event happened, with how precisely the date is known: "May 2023 (known to the
    /// month)".
    pub fn when(&self, event: &Event) -> String {
        let dates = date_span(&event.span, LOCALE);
        match precision_note(event.span.start.precision()) {
            Some(key) => format!("{dates} ({})", LOCALE.text(key)),
            None => dates,
        }
    }

    /// The first and the last year of the events.
    pub fn years(&self) -> Option<(i32, i32)> {
        let events = self.dataset.events();
        let last = events
            .iter()
            .map(|e| e.span.end.unwrap_or(e.span.start).year)
            .max()?;
        Some((events.first()?.span.start.year, last))
    }

    /// The events just before and after the one at `position`, in date order (the dataset's).
    pub fn neighbours(&self, position: usize) -> (Option<&Event>, Option<&Event>) {
        let events = self.dataset.events();
        (
            position.checked_sub(1).map(|p| &*events[p]),
            events.get(position + 1).map(|e| &**e),
        )
    }
}

/// The product's name and what it is for, as the pages say them.
pub fn product() -> (&'static str, &'static str) {
    (LOCALE.text(Key::Product), LOCALE.text(Key::Tagline))
}

/// An event page's folder relative to the site's (`events/<id>/`).
pub fn page_of(event: &Event) -> String {
    event_page(&event.id)
}

/// `sitemap.xml`: the main page and every event page, when the site's address is known.
pub fn sitemap(site: &Site) -> Option<String> {
    let url = site.url.as_ref()?;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let pages =
        std::iter::once(String::new()).chain(site.dataset.events().iter().map(|e| page_of(e)));
    for page in pages {
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape::text(&format!("{url}{page}"))
        ));
    }
    out.push_str("</urlset>\n");
    Some(out)
}

/// What was written, for the build's log.
#[derive(Debug, Default)]
pub struct Written {
    pub pages: usize,
    pub page_bytes: u64,
    pub card_bytes: u64,
    /// The largest card and its size in bytes.
    pub largest_card: (String, u64),
}

/// Writes every page into `dist` (the main page replaced in place), from the built main page
/// `index_html`.
pub fn write_site(
    dist: &std::path::Path,
    index_html: &str,
    site: &Site,
    renderer: &card::Renderer,
) -> Result<Written, String> {
    use std::fs;
    let template = template::Template::parse(index_html)?;
    let mut written = Written::default();
    let mut write = |path: std::path::PathBuf, bytes: &[u8], is_card: bool| -> Result<(), String> {
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let size = bytes.len() as u64;
        if is_card {
            written.card_bytes += size;
            if size > written.largest_card.1 {
                written.largest_card = (path.display().to_string(), size);
            }
        } else {
            written.pages += 1;
            written.page_bytes += size;
        }
        Ok(())
    };
    let events = site.dataset.events();
    for (position, event) in events.iter().enumerate() {
        let mut head = preview::Preview::of_event(site, event).head();
        head.extend(oembed::discovery_link(site, event));
        let html = template.page(2, &head, &article::event_body(site, position));
        let folder = dist.join(page_of(event));
        write(folder.join("index.html"), html.as_bytes(), false)?;
        if let Some(json) = oembed::json(site, event) {
            let path = folder.join(oembed::FILE);
            fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    // Drawing a card takes a few tenths of a second: one thread per core.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let draw = |event: &Event| renderer.png(&card::svg(&card::Card::of_event(site, event), site));
    let cards: Vec<Result<Vec<u8>, String>> = std::thread::scope(|scope| {
        let chunks: Vec<_> = events
            .chunks(events.len().div_ceil(threads).max(1))
            .map(|chunk| scope.spawn(move || chunk.iter().map(|e| draw(e)).collect::<Vec<_>>()))
            .collect();
        chunks
            .into_iter()
            .flat_map(|chunk| chunk.join().expect("a card thread panicked"))
            .collect()
    });
    for (event, png) in events.iter().zip(cards) {
        write(dist.join(page_of(event)).join("card.png"), &png?, true)?;
    }
    let html = template.page(
        0,
        &preview::Preview::of_site(site).head(),
        &article::index_body(site),
    );
    write(dist.join("index.html"), html.as_bytes(), false)?;
    let png = renderer.png(&card::svg(&card::Card::of_site(site), site))?;
    write(dist.join("card.png"), &png, true)?;
    if let Some(xml) = sitemap(site) {
        write(dist.join("sitemap.xml"), xml.as_bytes(), false)?;
    }
    Ok(written)
}
