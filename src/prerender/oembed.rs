//! oEmbed for the event pages: a content system that reads oEmbed (WordPress, Ghost, many
//! wikis and forums) embeds a pasted event link by itself. Each event page names its
//! `oembed.json` in a discovery link, and that file holds the same `<iframe>` snippet as the
//! atlas's Embed dialog, of the event in the compact atlas. Both need absolute addresses, so
//! they are written only when the build knows the site's address (`ATLAS_SITE_URL`).

use serde_json::json;

use crate::domain::model::Event;
use crate::domain::publish::embed::{iframe_snippet, EmbedSize};
use crate::domain::view_state::{to_query, ViewState};
use crate::prerender::escape::{attribute, one_line};
use crate::prerender::{page_of, product, Site};

/// The frame's size in the snippet: a column of an article.
pub const SIZE: EmbedSize = EmbedSize::Small;
/// The file beside each event page.
pub const FILE: &str = "oembed.json";

/// The address the snippet's frame shows: the event's page in the compact atlas.
pub fn embed_address(site: &Site, event: &Event) -> Option<String> {
    let url = site.url.as_ref()?;
    let query = to_query(&ViewState {
        embed: true,
        ..ViewState::default()
    });
    Some(format!("{url}{}?{query}", page_of(event)))
}

/// The frame's title: the event's, then the atlas's name.
fn frame_title(event: &Event) -> String {
    format!("{} – {}", one_line(&event.title.en), product().0)
}

/// The `<iframe>` snippet for `event`, as its oEmbed file carries it.
pub fn snippet(site: &Site, event: &Event) -> Option<String> {
    Some(iframe_snippet(
        &embed_address(site, event)?,
        SIZE,
        &frame_title(event),
    ))
}

/// The event's `oembed.json` (type `rich`), or `None` without the site's address.
pub fn json(site: &Site, event: &Event) -> Option<String> {
    let url = site.url.as_ref()?;
    let page = page_of(event);
    let value = json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": product().0,
        "provider_url": url,
        "title": one_line(&event.title.en),
        "html": snippet(site, event)?,
        "width": SIZE.width_px(),
        "height": SIZE.height_px(),
        "thumbnail_url": format!("{url}{page}card.png"),
        "thumbnail_width": crate::prerender::card::WIDTH,
        "thumbnail_height": crate::prerender::card::HEIGHT,
    });
    serde_json::to_string_pretty(&value).ok()
}

/// The discovery link for the event page's `<head>`, or `None` without the site's address.
pub fn discovery_link(site: &Site, event: &Event) -> Option<String> {
    let url = site.url.as_ref()?;
    Some(format!(
        "    <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\" />\n",
        attribute(&format!("{url}{}{FILE}", page_of(event))),
        attribute(&frame_title(event))
    ))
}
