//! The main page as trunk built it, used as the template of every page: the parts between
//! the `page:head` and `page:body` markers of `index.html` are each page's own, the rest
//! (the stylesheet, the wasm loader, the Content-Security-Policy) is shared.

/// Markers in `index.html`: what lies between a pair is replaced on every page.
const HEAD: (&str, &str) = ("<!-- page:head -->", "<!-- /page:head -->");
const BODY: (&str, &str) = ("<!-- page:body -->", "<!-- /page:body -->");

/// The built `index.html`, cut at its markers.
#[derive(Clone, Debug)]
pub struct Template {
    /// Up to the head's part, between the two parts, and after the body's part.
    before_head: String,
    between: String,
    after_body: String,
}

impl Template {
    pub fn parse(html: &str) -> Result<Template, String> {
        let cut = |html: &'_ str, (open, close): (&str, &str)| -> Result<(usize, usize), String> {
            let start = html
                .find(open)
                .ok_or_else(|| format!("index.html has no {open} marker"))?;
            let end = html[start..]
                .find(close)
                .map(|at| start + at + close.len())
                .ok_or_else(|| format!("index.html has no {close} after {open}"))?;
            Ok((start, end))
        };
        let (head_start, head_end) = cut(html, HEAD)?;
        let (body_start, body_end) = cut(html, BODY)?;
        if body_start < head_end {
            return Err("index.html has its page:body marker before page:head".into());
        }
        Ok(Template {
            before_head: html[..head_start].to_string(),
            between: html[head_end..body_start].to_string(),
            after_body: html[body_end..].to_string(),
        })
    }

    /// A page `depth` folders below the site's, with its own head and body parts. The shared
    /// parts' relative addresses (`./app.js`) are made to lead back to the site's folder. The
    /// markers stay, so a written main page can be written again.
    pub fn page(&self, depth: usize, head: &str, body: &str) -> String {
        let up = |part: &str| relocate(part, depth);
        format!(
            "{}{}\n{head}    {}{}{}\n{body}\n    {}{}",
            up(&self.before_head),
            HEAD.0,
            HEAD.1,
            up(&self.between),
            BODY.0,
            BODY.1,
            up(&self.after_body)
        )
    }
}

/// Rewrites the `./` addresses trunk writes (in attributes and in the loader script) for a
/// page `depth` folders down.
fn relocate(part: &str, depth: usize) -> String {
    if depth == 0 {
        return part.to_string();
    }
    let up = "../".repeat(depth);
    part.replace("\"./", &format!("\"{up}"))
        .replace("'./", &format!("'{up}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT: &str = r#"<html><head><link rel="stylesheet" href="./style.css"/>
<!-- page:head --><title>Default</title><!-- /page:head -->
<script type="module">import init from './app.js'; await init({ module_or_path: './app.wasm' });</script>
</head><body><!-- page:body --><noscript>x</noscript><!-- /page:body --></body></html>"#;

    #[test]
    fn fills_the_marked_parts_and_leads_shared_addresses_back_to_the_site() {
        let template = Template::parse(BUILT).unwrap();
        let page = template.page(2, "<title>Event</title>", "<article>a</article>");
        assert!(page.contains("<title>Event</title>") && !page.contains("Default"));
        assert!(page.contains("<article>a</article>") && !page.contains("noscript"));
        assert!(page.contains(r#"href="../../style.css""#));
        assert!(page.contains("from '../../app.js'") && page.contains("'../../app.wasm'"));
        let again = Template::parse(&page)
            .unwrap()
            .page(2, "<title>Again</title>", "");
        assert!(again.contains("<title>Again</title>") && !again.contains("<title>Event"));
        let main = template.page(0, "<title>Atlas</title>", "<ol></ol>");
        assert!(main.contains(r#"href="./style.css""#) && main.contains("from './app.js'"));
    }

    #[test]
    fn says_which_marker_is_missing() {
        let error = Template::parse("<html></html>").unwrap_err();
        assert!(error.contains("page:head"), "{error}");
    }
}
