//! The readable part of the pages, in the `<body>`: the event as an article laid out like
//! the app's event panel (so nothing moves when the app takes over), and the main page's
//! list of every event. Every text from the dataset is escaped.

use crate::domain::country::country_name;
use crate::domain::i18n::Key;
use crate::domain::model::{Event, Localized};
use crate::domain::present::{
    countries, date_span, organization_full, text_lang, where_line, Pick,
};
use crate::prerender::escape::{attribute, text};
use crate::prerender::{card, page_of, product, Site, LOCALE};

/// An element holding a dataset text, marked with its language.
fn element(tag: &str, class: &str, raw: &str) -> String {
    format!(
        "<{tag} class=\"{class}\" lang=\"{}\">{}</{tag}>",
        text_lang(raw),
        text(raw)
    )
}

/// The English text, then the Chinese one when there is one.
fn both(localized: &Localized) -> String {
    let mut out = text(LOCALE.pick(localized).text);
    if let Some(other) = LOCALE.other(localized) {
        out.push_str(&format!(
            " <span class=\"panel__muted\" lang=\"{}\">{}</span>",
            text_lang(other.text),
            text(other.text)
        ));
    }
    out
}

/// The page around a prerendered part: the header, and the app's three columns with the
/// part in the side column. The app removes all of it (`#prerendered`) once it has drawn.
/// `root` leads from the page to the site's folder.
fn page(root: &str, side: &str) -> String {
    let (product, tagline) = product();
    format!(
        r#"<div class="prerendered" id="prerendered">
      <header class="site-header">
        <div class="site-header__text">
          <p class="site-header__title"><a class="prerendered__home" href="{root}">{product}</a></p>
          <p class="site-header__tagline">{tagline}</p>
        </div>
        <div class="site-header__actions prerendered__actions"></div>
      </header>
      <div class="atlas">
        <div class="region region--filters prerendered__placeholder"></div>
        <div class="atlas__main prerendered__placeholder"><div class="region prerendered__map"></div><div class="region region--timeline"></div></div>
        <div class="atlas__side">
{side}
        </div>
      </div>
    </div>"#
    )
}

/// What readers without JavaScript are told.
const NEEDS_SCRIPT: &str =
    "The map and the timeline need JavaScript; this page shows the event as text.";

/// The event page's body: the event as an article, with links to its neighbours in time, its
/// parent and its parts, and its preview card first (chat apps take the first large picture).
pub fn event_body(site: &Site, position: usize) -> String {
    let mut article = Article {
        site,
        position,
        event: &site.dataset.events()[position],
        out: String::new(),
    };
    article.heading();
    article.facts();
    article.summary();
    article.lists();
    article.source();
    article.out.push_str(&format!(
        "            <noscript><p class=\"prerendered__note\">{NEEDS_SCRIPT} <a href=\"../../\">All events</a></p></noscript>\n          </article>"
    ));
    page("../../", &article.out)
}

/// An event's article as it is written, part by part.
struct Article<'a> {
    site: &'a Site<'a>,
    position: usize,
    event: &'a Event,
    out: String,
}

/// The page of `event`, from an event page (two folders below the site's).
fn link(event: &Event) -> String {
    format!("../../{}", page_of(event))
}

impl Article<'_> {
    /// The panel's bar, the steps to the neighbours, the card and the titles.
    fn heading(&mut self) {
        let (site, event) = (self.site, self.event);
        let (earlier, later) = site.neighbours(self.position);
        let step = |key: Key, label: Key, neighbour: Option<&Event>, rel: &str| {
            match neighbour {
            Some(e) => format!(
                "<a class=\"button button--quiet\" href=\"{}\" rel=\"{rel}\" aria-label=\"{}\">{}</a>",
                link(e),
                attribute(&LOCALE.fill(label, &[("title", LOCALE.pick(&e.title).text)])),
                text(LOCALE.text(key))
            ),
            None => format!(
                "<span class=\"button button--quiet prerendered__no-step\" aria-hidden=\"true\">{}</span>",
                text(LOCALE.text(key))
            ),
        }
        };
        let title = LOCALE.pick(&event.title).text;
        self.out.push_str(&format!(
            r#"          <article class="region region--panel region--panel-open prerendered__event" aria-labelledby="event-title">
            <div class="panel__bar">
              <p class="region__title">{}</p>
              <a class="button button--quiet" href="../../">All events</a>
            </div>
            <nav class="event-stepper" aria-label="{}">{}{}</nav>
            <img class="prerendered__card" src="card.png" loading="lazy" width="{}" height="{}" alt="{}" />
            <h1 class="panel__event-title" id="event-title" lang="{}">{}</h1>
"#,
            text(LOCALE.text(Key::EventTitle)),
            attribute(LOCALE.text(Key::NeighbouringEvents)),
            step(Key::Earlier, Key::EarlierEvent, earlier, "prev"),
            step(Key::Later, Key::LaterEvent, later, "next"),
            card::WIDTH,
            card::HEIGHT,
            attribute(&format!("{title}: {}, {}", site.when(event), where_line(event, LOCALE))),
            text_lang(title),
            text(title),
        ));
        if let Some(other) = LOCALE.other(&event.title) {
            self.line(&element("p", "panel__event-title-other", other.text));
        }
    }

    /// When, where and which countries; the event it is part of.
    fn facts(&mut self) {
        let (site, event) = (self.site, self.event);
        let start = event.span.start.to_string();
        let date_note = event
            .date_note
            .as_deref()
            .map(|n| element("span", "panel__note", n))
            .unwrap_or_default();
        self.out.push_str(&format!(
            r#"            <dl class="panel__facts">
              <dt>{}</dt><dd><time datetime="{start}">{}</time>{date_note}</dd>
              <dt>{}</dt><dd>{}</dd>
              <dt>{}</dt><dd>{}</dd>
            </dl>
"#,
            text(LOCALE.text(Key::When)),
            text(&site.when(event)),
            text(LOCALE.text(Key::Where)),
            text(&where_line(event, LOCALE)),
            text(LOCALE.text(Key::Countries)),
            text(&countries(event, LOCALE)),
        ));
        if let Some(parent) = event
            .parent
            .as_deref()
            .and_then(|id| site.dataset.event(id))
        {
            self.line(&format!(
                "<p class=\"panel__relation\">{} <a href=\"{}\">{}</a></p>",
                text(LOCALE.text(Key::PartOf)),
                link(parent),
                both(&parent.title)
            ));
        }
    }

    /// The summary, and the other language's beside it.
    fn summary(&mut self) {
        let summary = &self.event.summary;
        if summary.is_empty() {
            return;
        }
        self.line(&element("p", "panel__summary", LOCALE.pick(summary).text));
        if let Some(other) = LOCALE.other(summary) {
            self.line(&element(
                "p",
                "panel__summary panel__summary--other",
                other.text,
            ));
        }
    }

    /// Organizations, people, topics and parts, each a list under its heading.
    fn lists(&mut self) {
        let (dataset, event) = (self.site.dataset, self.event);
        let organizations = event
            .organizations
            .iter()
            .filter_map(|id| dataset.organization(id))
            .map(|o| {
                let mut item = text(&organization_full(o, LOCALE));
                if let Some(other) = LOCALE.other(&o.name) {
                    item.push_str(&format!(" {}", element("span", "panel__muted", other.text)));
                }
                if let Some(country) = &o.country {
                    item.push_str(&format!(
                        "<span class=\"panel__muted\"> · {}</span>",
                        text(country_name(country, LOCALE))
                    ));
                }
                item
            })
            .collect();
        self.list(Key::Organizations, organizations);
        let people = event
            .people
            .iter()
            .map(|p| {
                format!(
                    "<span class=\"panel__person\">{}</span> <span class=\"panel__muted\" lang=\"en\">— {}</span>",
                    both(&p.name),
                    text(&p.role)
                )
            })
            .collect();
        self.list(Key::People, people);
        let topics = event
            .topics
            .iter()
            .filter_map(|id| dataset.topic(id))
            .map(|t| both(&t.name))
            .collect();
        self.list(Key::Topics, topics);
        let parts = dataset
            .children(self.position)
            .map(|c| &dataset.events()[c])
            .map(|c| {
                format!(
                    "<a href=\"{}\">{}</a><span class=\"panel__muted\"> · {}</span>",
                    link(c),
                    both(&c.title),
                    text(&date_span(&c.span, LOCALE))
                )
            })
            .collect();
        self.list(Key::PartsOfEvent, parts);
    }

    /// The source's quote, publisher, date and document.
    fn source(&mut self) {
        let Some(source) = &self.event.source else {
            return;
        };
        let publisher = source
            .publisher
            .as_deref()
            .unwrap_or(LOCALE.text(Key::PublisherNotGiven));
        let published = source
            .published
            .as_deref()
            .map(|d| format!(" · {}", text(&LOCALE.fill(Key::Published, &[("date", d)]))))
            .unwrap_or_default();
        self.out.push_str(&format!(
            r#"            <h2 class="panel__heading">{}</h2>
            {}
            <p class="panel__muted">{}{published} · <code>{}</code></p>
"#,
            text(LOCALE.text(Key::Source)),
            element("blockquote", "panel__quote", &source.quote),
            text(publisher),
            text(&source.document),
        ));
    }

    /// A list of `items` under the heading `key`; nothing for no items.
    fn list(&mut self, key: Key, items: Vec<String>) {
        if items.is_empty() {
            return;
        }
        self.out.push_str(&format!(
            "            <h2 class=\"panel__heading\">{}</h2>\n            <ul class=\"panel__list\">\n",
            text(LOCALE.text(key))
        ));
        for item in items {
            self.out
                .push_str(&format!("              <li>{item}</li>\n"));
        }
        self.out.push_str("            </ul>\n");
    }

    /// One line of the article, indented as the rest.
    fn line(&mut self, html: &str) {
        self.out.push_str(&format!("            {html}\n"));
    }
}

/// The main page's body: every event, each linking to its page, where the app's list will be.
pub fn index_body(site: &Site) -> String {
    let events = site.dataset.events();
    let mut out = format!(
        r#"          <section class="region region--list prerendered__list" aria-labelledby="events-title">
            <h2 class="region__title" id="events-title">{} {}</h2>
            <noscript><p class="prerendered__note">The map, the timeline and the filters need JavaScript; here is every event as text.</p></noscript>
            <ol class="prerendered__events" reversed>
"#,
        text(LOCALE.text(Key::ColumnEvents)),
        events.len()
    );
    // Newest first, as the app's list starts.
    for event in events.iter().rev() {
        out.push_str(&format!(
            "              <li><a href=\"{}\">{}</a><br /><span class=\"panel__muted\">{} · {}</span></li>\n",
            page_of(event),
            both(&event.title),
            text(&date_span(&event.span, LOCALE)),
            text(&where_line(event, LOCALE)),
        ));
    }
    out.push_str("            </ol>\n          </section>");
    page("./", &out)
}
