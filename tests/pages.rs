//! The event pages and preview cards the build writes (`src/prerender`): for every bundled
//! event, the page's preview tags, JSON-LD and article, and its card's size; escaping of
//! hostile titles; relative and absolute addresses.

use std::path::{Path, PathBuf};

use cooperation_atlas::domain::dataset::Dataset;
use cooperation_atlas::prerender::card::Renderer;
use cooperation_atlas::prerender::{write_site, Site};
use cooperation_atlas::BUNDLED_DATASET_JSON;
use serde_json::Value;

/// The page template as the repository has it (trunk only adds its tags around the markers).
const INDEX_HTML: &str = include_str!("../index.html");
/// Previewers read only the start of a page.
const PREVIEW_WINDOW: usize = 32 * 1024;
const CARD_LIMIT: usize = 120 * 1024;

fn bundled() -> Dataset {
    Dataset::from_json(BUNDLED_DATASET_JSON).unwrap()
}

fn written(name: &str, dataset: &Dataset, url: Option<&str>) -> PathBuf {
    let dist = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("pages")
        .join(name);
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).unwrap();
    let site = Site::new(dataset, url).unwrap();
    let renderer = Renderer::with_system_fonts().unwrap();
    write_site(&dist, INDEX_HTML, &site, &renderer).unwrap();
    dist
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Undoes the escapes the page writer uses.
fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The `content` of `<meta {attribute}="{name}" …>` and where the tag starts.
fn meta(html: &str, attribute: &str, name: &str) -> (String, usize) {
    let open = format!("<meta {attribute}=\"{name}\" content=\"");
    let at = html.find(&open).unwrap_or_else(|| panic!("no {name} tag"));
    let rest = &html[at + open.len()..];
    (unescape(&rest[..rest.find('"').unwrap()]), at)
}

/// The text between the first `open` and the next `close` after it.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    &html[start..start + html[start..].find(close).unwrap()]
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Width and height from a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

#[test]
fn every_bundled_event_has_a_page_with_its_preview_and_a_card_of_the_right_size() {
    let dataset = bundled();
    let dist = written("bundled", &dataset, None);
    for event in dataset.events() {
        let folder = dist.join("events").join(&event.id);
        let html = read(&folder.join("index.html"));
        let title = one_line(&event.title.en);
        assert_eq!(
            unescape(between(&html, "<title>", "</title>")),
            format!("{title} – Cooperation Atlas")
        );
        let (og_title, _) = meta(&html, "property", "og:title");
        assert_eq!(og_title, title);
        let (description, _) = meta(&html, "name", "description");
        assert!(description.chars().count() <= 200, "{description}");
        assert!(description.contains(&event.span.start.year.to_string()));
        assert_eq!(meta(&html, "property", "og:type").0, "article");
        assert_eq!(meta(&html, "name", "twitter:card").0, "summary_large_image");
        assert_eq!(meta(&html, "property", "og:image:width").0, "1200");
        assert_eq!(meta(&html, "property", "og:image:height").0, "630");
        // Without a site address, the links are relative to the page and lead to it.
        assert_eq!(
            meta(&html, "property", "og:url").0,
            format!("../../events/{}/", event.id)
        );
        let (image, image_at) = meta(&html, "property", "og:image");
        assert_eq!(image, format!("../../events/{}/card.png", event.id));
        assert!(!meta(&html, "property", "og:image:alt").0.is_empty());
        assert!(
            image_at < PREVIEW_WINDOW && html.find("application/ld+json").unwrap() < PREVIEW_WINDOW,
            "the preview sits in the first 32 KB of {}",
            event.id
        );

        let ld: Value = serde_json::from_str(&unescape(between(
            &html,
            "<script type=\"application/ld+json\">",
            "</script>",
        )))
        .unwrap();
        assert_eq!(ld["@type"], "Event");
        assert_eq!(ld["name"], title.as_str());
        assert_eq!(ld["startDate"], event.span.start.to_string());
        let location = &ld["location"];
        match (&event.venue, event.mode.key()) {
            (_, "online") => assert_eq!(location["@type"], "VirtualLocation"),
            (Some(venue), "in_person") => {
                assert_eq!(location["address"]["addressLocality"], venue.city.as_str());
                assert_eq!(
                    location["address"]["addressCountry"],
                    venue.country.as_str()
                );
            }
            (Some(venue), _) => assert_eq!(location[0]["name"], venue.name.as_str()),
            (None, _) => assert_eq!(location["@type"], "Place"),
        }

        // The article: the title, the dates at their precision, the source's quote.
        let article = between(&html, "<article", "</article>");
        assert_eq!(
            unescape(between(article, "id=\"event-title\"", "</h1>"))
                .split_once('>')
                .unwrap()
                .1,
            event.title.en
        );
        assert!(article.contains(&format!("<time datetime=\"{}\">", event.span.start)));
        if let Some(source) = &event.source {
            assert!(unescape(article).contains(&source.quote), "{}", event.id);
        }

        let card = std::fs::read(folder.join("card.png")).unwrap();
        assert_eq!(png_size(&card), (1200, 630), "{}", event.id);
        assert!(
            card.len() <= CARD_LIMIT,
            "{}: {} bytes",
            event.id,
            card.len()
        );
    }
    // The main page lists every event, newest first, each linking to its page.
    let index = read(&dist.join("index.html"));
    let list = between(&index, "<ol class=\"prerendered__events\"", "</ol>");
    let links: Vec<&str> = list
        .match_indices("<a href=\"")
        .map(|(at, _)| &list[at + 9..at + 9 + list[at + 9..].find('"').unwrap()])
        .collect();
    let expected: Vec<String> = dataset
        .events()
        .iter()
        .rev()
        .map(|e| format!("events/{}/", e.id))
        .collect();
    assert_eq!(links, expected);
    assert_eq!(meta(&index, "property", "og:type").0, "website");
    assert_eq!(
        png_size(&std::fs::read(dist.join("card.png")).unwrap()),
        (1200, 630)
    );
    assert!(
        !dist.join("sitemap.xml").exists(),
        "no sitemap without the site's address"
    );
}

#[test]
fn a_title_with_quotes_markup_ampersands_and_a_line_break_stays_text() {
    const NASTY: &str = "A \"quoted\" <b>bold</b> & <script>alert('x')</script>\nsecond line";
    let mut json: Value = serde_json::from_str(BUNDLED_DATASET_JSON).unwrap();
    json["events"][0]["title"]["en"] = Value::from(NASTY);
    json["events"][0]["summary"]["en"] = Value::from("</script><!-- & \"");
    let dataset = Dataset::from_json(&json.to_string()).unwrap();
    let dist = written("nasty", &dataset, None);
    let id = json["events"][0]["id"].as_str().unwrap();
    let html = read(&dist.join("events").join(id).join("index.html"));
    assert!(
        !html.contains("<b>bold") && !html.contains("<script>alert"),
        "markup came through"
    );
    assert!(
        !html.contains("</script><!--"),
        "the summary closed a script"
    );
    assert_eq!(meta(&html, "property", "og:title").0, one_line(NASTY));
    let title = between(&html, "<title>", "</title>");
    assert!(!title.contains('\n') && unescape(title).starts_with(&one_line(NASTY)));
    let ld: Value = serde_json::from_str(between(
        &html,
        "<script type=\"application/ld+json\">",
        "</script>",
    ))
    .unwrap();
    assert_eq!(ld["name"], one_line(NASTY));
    assert!(ld["description"]
        .as_str()
        .unwrap()
        .contains("</script><!-- & \""));
    let heading = between(&html, "id=\"event-title\"", "</h1>")
        .split_once('>')
        .unwrap()
        .1;
    assert_eq!(unescape(heading), NASTY);
    // The main page's list escapes it too.
    let index = read(&dist.join("index.html"));
    assert!(!index.contains("<b>bold") && index.contains("&lt;b&gt;bold"));
}

#[test]
fn with_the_site_address_links_are_absolute_and_a_sitemap_lists_every_page() {
    let dataset = bundled();
    let dist = written("absolute", &dataset, Some("https://example.org/atlas"));
    let event = &dataset.events()[3];
    let html = read(&dist.join("events").join(&event.id).join("index.html"));
    let page = format!("https://example.org/atlas/events/{}/", event.id);
    assert_eq!(meta(&html, "property", "og:url").0, page);
    assert_eq!(
        meta(&html, "property", "og:image").0,
        format!("{page}card.png")
    );
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{page}\" />")));
    let sitemap = read(&dist.join("sitemap.xml"));
    assert_eq!(sitemap.matches("<loc>").count(), dataset.events().len() + 1);
    assert!(sitemap.contains("<loc>https://example.org/atlas/</loc>"));
    assert!(sitemap.contains(&format!("<loc>{page}</loc>")));
    assert!(
        Site::new(&dataset, Some("example.org")).is_err(),
        "an address without http(s) is refused"
    );
}

/// The `href` of the page's oEmbed discovery link, if it has one.
fn oembed_link(html: &str) -> Option<String> {
    let open = "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"";
    let at = html.find(open)? + open.len();
    Some(unescape(&html[at..at + html[at..].find('"').unwrap()]))
}

#[test]
fn with_the_site_address_every_event_page_names_an_oembed_file_whose_html_is_the_snippet() {
    use cooperation_atlas::domain::publish::embed::{iframe_snippet, EmbedSize};
    let dataset = bundled();
    let dist = written("oembed", &dataset, Some("https://example.org/atlas/"));
    for event in dataset.events() {
        let folder = dist.join("events").join(&event.id);
        let html = read(&folder.join("index.html"));
        let page = format!("https://example.org/atlas/events/{}/", event.id);
        let link = oembed_link(&html).unwrap_or_else(|| panic!("{}: no oEmbed link", event.id));
        assert_eq!(link, format!("{page}oembed.json"));
        assert!(html.find("application/json+oembed").unwrap() < PREVIEW_WINDOW);
        let json: Value = serde_json::from_str(&read(&folder.join("oembed.json"))).unwrap();
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["provider_name"], "Cooperation Atlas");
        assert_eq!(json["provider_url"], "https://example.org/atlas/");
        assert_eq!(json["title"], one_line(&event.title.en).as_str());
        assert_eq!(json["width"], 600);
        assert_eq!(json["height"], 400);
        assert_eq!(json["thumbnail_url"], format!("{page}card.png").as_str());
        // The snippet the Embed dialog writes for the event's page in the compact atlas.
        let title = format!("{} – Cooperation Atlas", one_line(&event.title.en));
        let expected = iframe_snippet(&format!("{page}?embed=1"), EmbedSize::Small, &title);
        assert_eq!(json["html"], expected.as_str());
        assert!(expected.contains(&format!("src=\"{page}?embed=1\"")));
    }
    // Without the site's address there is no absolute frame to point at: no file, no link.
    let relative = written("no-oembed", &dataset, None);
    let event = &dataset.events()[0];
    let folder = relative.join("events").join(&event.id);
    assert!(oembed_link(&read(&folder.join("index.html"))).is_none());
    assert!(!folder.join("oembed.json").exists());
}

#[test]
fn an_oembed_snippet_keeps_a_hostile_title_as_text() {
    const NASTY: &str = "\"><script>alert('x')</script> & <img src=x onerror=alert(1)>";
    let mut json: Value = serde_json::from_str(BUNDLED_DATASET_JSON).unwrap();
    json["events"][0]["title"]["en"] = Value::from(NASTY);
    let dataset = Dataset::from_json(&json.to_string()).unwrap();
    let dist = written("oembed-nasty", &dataset, Some("https://example.org/atlas/"));
    let id = json["events"][0]["id"].as_str().unwrap();
    let folder = dist.join("events").join(id);
    let oembed: Value = serde_json::from_str(&read(&folder.join("oembed.json"))).unwrap();
    let html = oembed["html"].as_str().unwrap();
    assert_eq!(
        html.matches('<').count(),
        2,
        "one iframe element and nothing else: {html}"
    );
    assert!(!html.contains("<script") && !html.contains("<img"));
    assert!(html.contains(
        "title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img"
    ));
    assert_eq!(oembed["title"], NASTY);
    let page = read(&folder.join("index.html"));
    assert!(!page.contains("<script>alert") && !page.contains("<img src=x"));
}
