//! "Save picture ▾" in a region's toolbar: the region as shown, as a PNG (twice the screen's
//! pixels, for documents) or an SVG (to edit or scale), with the view in words, the legend,
//! the dates and the credits around it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::i18n::{Key, Locale};
use crate::domain::network::graph::NodeKind;
use crate::domain::present::{dates_line, view_title};
use crate::domain::publish::embed::full_view;
use crate::domain::publish::picture::{legend, Picture, PictureRegion};
use crate::ui::download::save_blob;
use crate::ui::i18n::Language;
use crate::ui::picture::drawing::{drawing_markup, page_palette, png_blob, svg_blob};
use crate::ui::state::AtlasState;
use crate::ui::url::ViewStore;
use crate::ui::widgets::{MenuButton, MenuItem};

/// The two files a picture is saved as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PictureFormat {
    Png,
    Svg,
}

/// The drawn `<svg>` of each region and its menu's id.
fn region_parts(region: PictureRegion) -> (&'static str, &'static str) {
    match region {
        PictureRegion::Map => (".map__svg", "picture-menu-map"),
        PictureRegion::Network => (".network__svg", "picture-menu-network"),
        PictureRegion::Timeline => (".timeline__svg", "picture-menu-timeline"),
    }
}

/// A picture to make: of which region, as which file, with the words around it (read when
/// the entry is chosen).
struct PictureRequest {
    region: PictureRegion,
    format: PictureFormat,
    locale: Locale,
    /// The view in words, its dates, and the atlas's name with the view's address.
    title: String,
    dates: String,
    credit: String,
    /// Whether an event is selected (its colour joins the legend).
    selected: bool,
    /// Whether the network's discs are countries.
    country_nodes: bool,
}

#[component]
pub fn PictureMenu(
    /// The region whose drawing is saved.
    region: PictureRegion,
) -> impl IntoView {
    let AtlasState {
        dataset,
        filtered,
        selected_idx,
        ..
    } = AtlasState::expect();
    let store = expect_context::<ViewStore>();
    let language = expect_context::<Language>();
    let status = RwSignal::new(String::new());
    let (selector, id) = region_parts(region);
    // Everything is read when an entry is chosen: nothing here runs on a filter change.
    let request = move |format: PictureFormat| {
        let locale = language.get_untracked();
        store.state().with_untracked(|s| {
            filtered.with_untracked(|f| PictureRequest {
                region,
                format,
                locale,
                title: view_title(&dataset, &s.filters, &f.events, locale),
                dates: dates_line(&dataset, &s.filters.window, &f.events, locale),
                credit: format!(
                    "{} · {}",
                    locale.text(Key::Product),
                    store.absolute(&full_view(s))
                ),
                selected: selected_idx.get_untracked().is_some(),
                country_nodes: s.network == Some(NodeKind::Country),
            })
        })
    };
    let request = StoredValue::new_local(request);
    let items = [
        (PictureFormat::Png, "png", Key::PicturePng),
        (PictureFormat::Svg, "svg", Key::PictureSvg),
    ]
    .into_iter()
    .map(|(format, name, label)| MenuItem {
        name,
        label: Signal::derive(move || language.text(label).to_string()),
        disabled: Signal::derive(|| false),
        on_select: Callback::new(move |()| {
            let request = request.with_value(|make| make(format));
            let locale = request.locale;
            spawn_local(async move {
                status.set(match save(request, selector).await {
                    Some(file) => locale.fill(Key::ExportDone, &[("file", &file)]),
                    None => locale.text(Key::ExportFailed).to_string(),
                });
            });
        }),
    })
    .collect();
    view! {
        <div class="picture-menu" data-picture=region.key()>
            <MenuButton
                id=id
                label=Signal::derive(move || language.text(Key::SavePicture).to_string())
                disabled=Signal::derive(|| false)
                items=items
                icon=ViewFn::from(picture_icon)
            />
            <p class="visually-hidden" role="status">{move || status.get()}</p>
        </div>
    }
}

/// A framed picture (a sun over hills): the button's face in a crowded toolbar.
fn picture_icon() -> impl IntoView {
    view! {
        <svg class="picture-menu__icon" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M1.5 2.5h13v11h-13z" fill="none" stroke="currentColor" stroke-width="1.5" />
            <circle cx="5.5" cy="6" r="1.5" fill="currentColor" />
            <path d="M2.5 12.5l4-4 2.5 2.5 2-2 2.5 3.5z" fill="currentColor" />
        </svg>
    }
}

/// Makes and saves the picture of the drawing `selector` finds; returns the file's name.
async fn save(request: PictureRequest, selector: &str) -> Option<String> {
    let drawing = drawing_markup(selector)?;
    let (palette, font_family) = page_palette();
    let PictureRequest { region, locale, .. } = request;
    let items = legend(region, request.selected, request.country_nodes, locale);
    let attribution = (region == PictureRegion::Map).then(|| locale.text(Key::PictureMapData));
    let picture = Picture {
        drawing: &drawing.markup,
        width: drawing.width,
        height: drawing.height,
        backdrop: drawing.backdrop.as_deref(),
        title: &request.title,
        dates: &request.dates,
        legend: &items,
        credit: &request.credit,
        attribution,
        palette: &palette,
        font_family: &font_family,
    };
    let svg = picture.svg();
    let (extension, blob) = match request.format {
        PictureFormat::Svg => ("svg", svg_blob(&svg)?),
        PictureFormat::Png => {
            let (width, height) = picture.size();
            ("png", png_blob(&svg, width, height).await?)
        }
    };
    let name = region.file_name(extension);
    save_blob(&name, &blob)?;
    Some(name)
}
