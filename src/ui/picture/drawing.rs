//! Making a picture file of a drawn region in the browser: the region's `<svg>` is cloned and
//! each element given the computed styles the file needs as attributes (the page's stylesheet
//! is not in the file, see [`style_attributes`]); the picture's SVG is written around it in
//! Rust; the PNG is that SVG drawn on a canvas at twice its size from a Blob URL, then encoded
//! by the browser. Nothing leaves the page.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, Element};

use crate::domain::publish::picture::{style_attributes, Palette, PICTURE_STYLES};

/// A drawn region as the picture takes it.
pub struct Drawing {
    /// The `<svg>` with its styles inlined and its drawn size set.
    pub markup: String,
    /// The drawn size in CSS pixels.
    pub width: f64,
    pub height: f64,
    /// The colour of the box behind it, when not transparent.
    pub backdrop: Option<String>,
}

/// The drawing of the region whose `<svg>` matches `selector`.
pub fn drawing_markup(selector: &str) -> Option<Drawing> {
    let svg = leptos::prelude::document()
        .query_selector(selector)
        .ok()??;
    let rect = svg.get_bounding_client_rect();
    let (width, height) = (rect.width().round(), rect.height().round());
    if width < 1.0 || height < 1.0 {
        return None;
    }
    let clone = svg
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<Element>()
        .ok()?;
    inline_styles(&svg, &clone, None);
    for (name, value) in [
        ("width", format!("{width}")),
        ("height", format!("{height}")),
    ] {
        clone.set_attribute(name, &value).ok()?;
    }
    // A drawing without a view box (the network's) is drawn in pixels.
    if !clone.has_attribute("viewBox") {
        clone
            .set_attribute("viewBox", &format!("0 0 {width} {height}"))
            .ok()?;
    }
    for name in ["tabindex", "style"] {
        clone.remove_attribute(name).ok()?;
    }
    let markup = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&clone)
        .ok()?;
    let backdrop = svg
        .parent_element()
        .and_then(|p| {
            leptos::prelude::window()
                .get_computed_style(&p)
                .ok()
                .flatten()
        })
        .and_then(|s| s.get_property_value("background-color").ok())
        .filter(|colour| {
            !colour.is_empty() && colour != "rgba(0, 0, 0, 0)" && colour != "transparent"
        });
    Some(Drawing {
        markup,
        width,
        height,
        backdrop,
    })
}

/// Gives `clone` (and its children) the computed styles of `original` that differ from what
/// they inherit; drops what is not drawn (hidden labels, the pointer's line).
fn inline_styles(original: &Element, clone: &Element, parent: Option<&[String]>) {
    let window = leptos::prelude::window();
    let Ok(Some(style)) = window.get_computed_style(original) else {
        return;
    };
    let own: Vec<String> = PICTURE_STYLES
        .iter()
        .map(|(name, _)| style.get_property_value(name).unwrap_or_default())
        .collect();
    let value = |name: &str| {
        PICTURE_STYLES
            .iter()
            .position(|(n, _)| *n == name)
            .map_or("", |i| own[i].as_str())
    };
    if value("display") == "none" || value("visibility") == "hidden" {
        clone.remove();
        return;
    }
    for (name, value) in style_attributes(&own, parent) {
        let _ = clone.set_attribute(name, value);
    }
    // Both lists are taken before any child is removed from the clone.
    let originals = element_children(original);
    let clones = element_children(clone);
    for (original, clone) in originals.iter().zip(&clones) {
        inline_styles(original, clone, Some(&own));
    }
}

fn element_children(element: &Element) -> Vec<Element> {
    let children = element.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .collect()
}

/// The page's colours as its theme shows them, for the bands around the drawing, and its font
/// families (so Chinese text finds its fonts in the PNG).
pub fn page_palette() -> (Palette, String) {
    let document = leptos::prelude::document();
    let window = leptos::prelude::window();
    let root = document.document_element();
    let root_style = root
        .as_ref()
        .and_then(|r| window.get_computed_style(r).ok().flatten());
    let defaults = Palette::default();
    let variable = |name: &str, fallback: &str| {
        root_style
            .as_ref()
            .and_then(|s| s.get_property_value(name).ok())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| fallback.to_string())
    };
    let palette = Palette {
        background: variable("--surface", &defaults.background),
        text: variable("--text", &defaults.text),
        muted: variable("--muted", &defaults.muted),
        marker: variable("--marker", &defaults.marker),
        marker_selected: variable("--marker-selected", &defaults.marker_selected),
        land_shaded: variable("--land-shaded", &defaults.land_shaded),
        soft: variable("--accent-soft", &defaults.soft),
    };
    let font = document
        .body()
        .and_then(|b| window.get_computed_style(&b).ok().flatten())
        .and_then(|s| s.get_property_value("font-family").ok())
        .unwrap_or_else(|| "sans-serif".to_string());
    (palette, font)
}

/// `svg` as a file's blob.
pub fn svg_blob(svg: &str) -> Option<Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// `svg` (of `width` × `height` CSS pixels) drawn at twice its size and encoded as a PNG.
pub async fn png_blob(svg: &str, width: f64, height: f64) -> Option<Blob> {
    let source = svg_blob(svg)?;
    let url = web_sys::Url::create_object_url_with_blob(&source).ok()?;
    let drawn = draw_twice(&url, width, height).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    let canvas = drawn?;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = canvas.to_blob_with_type(&resolve, "image/png");
    });
    JsFuture::from(promise).await.ok()?.dyn_into::<Blob>().ok()
}

async fn draw_twice(url: &str, width: f64, height: f64) -> Option<web_sys::HtmlCanvasElement> {
    let image = web_sys::HtmlImageElement::new().ok()?;
    image.set_src(url);
    JsFuture::from(image.decode()).await.ok()?;
    let canvas = leptos::prelude::document()
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    let (w, h) = ((width * 2.0).round(), (height * 2.0).round());
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let context = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h)
        .ok()?;
    Some(canvas)
}
