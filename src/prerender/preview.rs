//! What a link previewer reads from a page's `<head>`: the title, the description, Open
//! Graph and Twitter card tags, and schema.org JSON-LD. Previewers run no JavaScript and
//! read only the first kilobytes of a page, so all of it comes first and is plain HTML.

use serde_json::{json, Value};

use crate::domain::model::{Event, Mode};
use crate::domain::present::{countries, where_line, Pick};
use crate::prerender::card::{HEIGHT, WIDTH};
use crate::prerender::escape::{self, attribute, one_line, shorten};
use crate::prerender::{page_of, product, Site, LOCALE};

/// Previewers cut descriptions at about this many characters.
pub const DESCRIPTION_LIMIT: usize = 200;

/// One page's preview.
pub struct Preview {
    /// What the page is about: `og:title`, and the browser tab's title before the product's.
    pub title: String,
    pub description: String,
    /// The page's own address and its card's.
    pub url: String,
    pub image: String,
    pub image_alt: String,
    /// `og:type`: `article` for an event, `website` for the main page.
    pub kind: &'static str,
    pub json_ld: Value,
}

impl Preview {
    /// The preview of the event at `position`; its page is two folders below the site's.
    pub fn of_event(site: &Site, event: &Event) -> Preview {
        let page = page_of(event);
        let url = site.public(&page, 2);
        let image = site.public(&format!("{page}card.png"), 2);
        let when = site.when(event);
        let place = where_line(event, LOCALE);
        let chinese = event
            .title
            .zh
            .as_deref()
            .map(|zh| format!("{zh} · "))
            .unwrap_or_default();
        let summary = LOCALE.pick(&event.summary).text;
        let description = shorten(
            &one_line(&format!("{chinese}{when} · {place}. {summary}")),
            DESCRIPTION_LIMIT,
        );
        let title = one_line(&event.title.en);
        let image_alt = one_line(&format!("{title}: {when}, {place}"));
        Preview {
            title,
            json_ld: event_json_ld(site, event, &url, &image, &description),
            description,
            url,
            image,
            image_alt,
            kind: "article",
        }
    }

    /// The main page's preview: the whole atlas.
    pub fn of_site(site: &Site) -> Preview {
        let (product, tagline) = product();
        let years = site
            .years()
            .map(|(first, last)| {
                format!(" {} events, {first}–{last}.", site.dataset.events().len())
            })
            .unwrap_or_default();
        let url = site.public("", 0);
        let image = site.public("card.png", 0);
        let description = shorten(&format!("{tagline}{years}"), DESCRIPTION_LIMIT);
        Preview {
            title: product.to_string(),
            json_ld: json!({
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": product,
                "description": description,
                "url": url,
                "inLanguage": ["en", "zh-Hans", "zh-Hant"],
            }),
            image_alt: format!("{product}: a map of the places the events took place"),
            description,
            url,
            image,
            kind: "website",
        }
    }

    /// The tags, for the page's `<head>`.
    pub fn head(&self) -> String {
        let (product, _) = product();
        // The browser tab: the event, then the product (as the app titles it), or the product.
        let tab = match self.title == product {
            true => self.title.clone(),
            false => format!("{} – {product}", self.title),
        };
        let mut out = format!(
            "<title>{}</title>\n    <meta name=\"description\" content=\"{}\" />\n",
            escape::text(&tab),
            attribute(&self.description)
        );
        let url = &self.url;
        if url.starts_with("http") {
            out.push_str(&format!(
                "    <link rel=\"canonical\" href=\"{}\" />\n",
                attribute(url)
            ));
        }
        for (property, value) in [
            ("og:site_name", product),
            ("og:type", self.kind),
            ("og:title", &self.title),
            ("og:description", &self.description),
            ("og:url", url),
            ("og:image", &self.image),
            ("og:image:type", "image/png"),
            ("og:image:width", &WIDTH.to_string()),
            ("og:image:height", &HEIGHT.to_string()),
            ("og:image:alt", &self.image_alt),
            ("og:locale", "en_GB"),
        ] {
            out.push_str(&format!(
                "    <meta property=\"{property}\" content=\"{}\" />\n",
                attribute(value)
            ));
        }
        for (name, value) in [
            ("twitter:card", "summary_large_image"),
            ("twitter:title", &self.title),
            ("twitter:description", &self.description),
            ("twitter:image", &self.image),
            ("twitter:image:alt", &self.image_alt),
        ] {
            out.push_str(&format!(
                "    <meta name=\"{name}\" content=\"{}\" />\n",
                attribute(value)
            ));
        }
        out.push_str(&format!(
            "    <script type=\"application/ld+json\">{}</script>\n",
            escape::json_in_script(&self.json_ld.to_string())
        ));
        out
    }
}

/// schema.org `Event`: dates at the precision the dataset knows them (`2023-05`), the venue
/// or a virtual location, the organizers, the event it is part of.
fn event_json_ld(site: &Site, event: &Event, url: &str, image: &str, description: &str) -> Value {
    let venue = event.venue.as_ref().map(|venue| {
        json!({
            "@type": "Place",
            "name": venue.name,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": venue.city,
                "addressCountry": venue.country,
            },
            "geo": { "@type": "GeoCoordinates", "latitude": venue.lat, "longitude": venue.lon },
        })
    });
    let online = json!({ "@type": "VirtualLocation", "name": "Online" });
    let (attendance, location) = match (event.mode, venue) {
        (Mode::InPerson, Some(venue)) => ("OfflineEventAttendanceMode", venue),
        (Mode::Hybrid, Some(venue)) => ("MixedEventAttendanceMode", json!([venue, online])),
        (Mode::Online, _) => ("OnlineEventAttendanceMode", online),
        (mode, None) => (
            match mode {
                Mode::Hybrid => "MixedEventAttendanceMode",
                _ => "OfflineEventAttendanceMode",
            },
            json!({ "@type": "Place", "name": countries(event, LOCALE) }),
        ),
    };
    let organizers: Vec<Value> = event
        .organizations
        .iter()
        .filter_map(|id| site.dataset.organization(id))
        .map(|o| {
            let mut organization = json!({ "@type": "Organization", "name": o.name.en });
            if let Some(abbr) = &o.abbr {
                organization["alternateName"] = json!(abbr);
            }
            organization
        })
        .collect();
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": one_line(&event.title.en),
        "startDate": event.span.start.to_string(),
        "eventAttendanceMode": format!("https://schema.org/{attendance}"),
        "location": location,
        "description": description,
        "url": url,
        "image": image,
    });
    if let Some(zh) = &event.title.zh {
        ld["alternateName"] = json!(one_line(zh));
    }
    if let Some(end) = event.span.end {
        ld["endDate"] = json!(end.to_string());
    }
    if !organizers.is_empty() {
        ld["organizer"] = json!(organizers);
    }
    if let Some(parent) = event
        .parent
        .as_deref()
        .and_then(|id| site.dataset.event(id))
    {
        ld["superEvent"] = json!({
            "@type": "Event",
            "name": one_line(&parent.title.en),
            "url": site.public(&page_of(parent), 2),
        });
    }
    ld
}
