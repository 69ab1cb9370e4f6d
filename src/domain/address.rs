//! Which page of the site a view lives at: the main page, or the page the build writes for
//! each event of the bundled dataset (`events/<id>/`), at the site's root or under a sub-path.
//!
//! An event's page is its canonical link; `?event=<id>` on the main page keeps working, and
//! is still the form for datasets that have no pages (opened with `data=` or from a file).

use crate::domain::view_state::{parse_query, percent_decode, percent_encode, to_query};
use crate::domain::view_state::{Notice, ViewState};

/// The folder holding one folder per event, under the site's folder.
pub const EVENT_PAGES: &str = "events";

/// The path of the page the app runs on, split into the site and what the page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PagePath {
    /// The site's folder with its trailing slash: `/` or `/atlas/`.
    pub site: String,
    /// The main page's file name as it was opened (`""` or `index.html`), kept when writing.
    pub file: String,
    /// The event an event page's path names.
    pub event: Option<String>,
}

impl PagePath {
    /// Reads a `location.pathname`: `/atlas/`, `/atlas/index.html`, `/atlas/events/x/`,
    /// `/atlas/events/x/index.html` (or `/atlas/events/x`, before a host adds the slash).
    pub fn parse(pathname: &str) -> PagePath {
        let (folder, file) = match pathname.rsplit_once('/') {
            Some((folder, file)) => (format!("{folder}/"), file),
            None => ("/".to_string(), pathname),
        };
        let page = |site: &str, id: &str| {
            let site = site.strip_suffix(EVENT_PAGES)?.strip_suffix('/')?;
            let event = percent_decode(id).ok().filter(|id| !id.is_empty())?;
            Some(PagePath {
                site: format!("{site}/"),
                file: String::new(),
                event: Some(event),
            })
        };
        let inner = folder.strip_suffix('/').unwrap_or(&folder);
        let event_page = match file {
            "" | "index.html" => inner.rsplit_once('/').and_then(|(site, id)| page(site, id)),
            id if !id.contains('.') => page(inner, id),
            _ => None,
        };
        event_page.unwrap_or(PagePath {
            site: folder.clone(),
            file: file.to_string(),
            event: None,
        })
    }

    /// The view this address shows: the query's state, with the event the path names unless
    /// the query names one itself.
    pub fn view_state(&self, query: &str) -> (ViewState, Vec<Notice>) {
        let (mut state, notices) = parse_query(query);
        if state.selected_id.is_none() {
            state.selected_id = self.event.clone();
        }
        (state, notices)
    }

    /// The path and query of `state`: the selected event's own page when `has_page` says it
    /// has one (with the rest of the view as the query), else the main page.
    pub fn href(&self, state: &ViewState, has_page: impl Fn(&str) -> bool) -> String {
        let (path, query) = match state.selected_id.as_deref() {
            Some(id) if has_page(id) => {
                let rest = ViewState {
                    selected_id: None,
                    ..state.clone()
                };
                (format!("{}{}", self.site, event_page(id)), to_query(&rest))
            }
            _ => (format!("{}{}", self.site, self.file), to_query(state)),
        };
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    }
}

/// An event page's path relative to the site's folder: `events/<id>/`.
pub fn event_page(id: &str) -> String {
    format!("{EVENT_PAGES}/{}/", percent_encode(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(site: &str, file: &str, event: Option<&str>) -> PagePath {
        PagePath {
            site: site.into(),
            file: file.into(),
            event: event.map(String::from),
        }
    }

    #[test]
    fn reads_the_main_page_and_event_pages_at_the_root_and_under_a_sub_path() {
        for (pathname, expected) in [
            ("/", path("/", "", None)),
            ("/index.html", path("/", "index.html", None)),
            ("/atlas/", path("/atlas/", "", None)),
            ("/atlas/index.html", path("/atlas/", "index.html", None)),
            ("/events/forum-2021/", path("/", "", Some("forum-2021"))),
            (
                "/events/forum-2021/index.html",
                path("/", "", Some("forum-2021")),
            ),
            ("/events/forum-2021", path("/", "", Some("forum-2021"))),
            (
                "/a/b/events/forum-2021/",
                path("/a/b/", "", Some("forum-2021")),
            ),
            // Not event pages: a folder named like one elsewhere, an empty id, another file.
            ("/events/", path("/events/", "", None)),
            ("/myevents/x/", path("/myevents/x/", "", None)),
            ("/events/x/page.html", path("/events/x/", "page.html", None)),
            ("", path("/", "", None)),
        ] {
            assert_eq!(PagePath::parse(pathname), expected, "{pathname}");
        }
    }

    #[test]
    fn the_query_names_the_event_before_the_path_does() {
        let page = PagePath::parse("/atlas/events/a/");
        assert_eq!(page.view_state("").0.selected_id.as_deref(), Some("a"));
        assert_eq!(
            page.view_state("?event=b").0.selected_id.as_deref(),
            Some("b")
        );
        let (state, _) = page.view_state("?country=FR");
        assert_eq!(state.selected_id.as_deref(), Some("a"));
        assert!(state.filters.countries.contains("FR"));
    }

    #[test]
    fn writes_the_event_page_when_there_is_one_and_the_query_form_otherwise() {
        let page = PagePath::parse("/atlas/index.html");
        let mut state = page.view_state("?country=FR&event=a").0;
        assert_eq!(page.href(&state, |_| true), "/atlas/events/a/?country=FR");
        assert_eq!(
            page.href(&state, |_| false),
            "/atlas/index.html?event=a&country=FR"
        );
        state.filters.countries.clear();
        assert_eq!(page.href(&state, |_| true), "/atlas/events/a/");
        state.selected_id = None;
        assert_eq!(page.href(&state, |_| true), "/atlas/index.html");
        // From an event page, closing the event goes back to the site's main page.
        let from_event = PagePath::parse("/atlas/events/a/");
        assert_eq!(from_event.href(&state, |_| true), "/atlas/");
    }

    #[test]
    fn what_it_writes_reads_back_as_the_same_view() {
        let page = PagePath::parse("/");
        let (state, _) = page.view_state("?event=a&q=forum&topic=x&lang=zh-Hans");
        let href = page.href(&state, |_| true);
        let (path, query) = href.split_once('?').unwrap();
        assert_eq!(PagePath::parse(path).view_state(query).0, state);
    }
}
